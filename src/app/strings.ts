// UI strings of the app shell (toolbar, search, diagnostics list, notices), English and Korean.
import type { Lang } from "../model/diagnostics.ts";

const en = {
  appTitle: "ec2viz",
  untitled: "Untitled topology",
  new: "New",
  open: "Open…",
  save: "Save",
  undo: "Undo",
  redo: "Redo",
  delete: "Delete",
  fitView: "Fit view",
  toolbar: "Toolbar",
  switchLanguage: "Switch the interface to Korean",
  search: "Search",
  searchPlaceholder: "Search name, id or tag",
  searchNoMatch: "No resource matches",
  diagnostics: "Diagnostics",
  errorCountOne: "1 error",
  errorCountMany: "{count} errors",
  warningCountOne: "1 warning",
  warningCountMany: "{count} warnings",
  noDiagnostics: "No problems: this topology follows the AWS rules ec2viz checks.",
  errors: "Errors",
  warnings: "Warnings",
  error: "Error",
  warning: "Warning",
  confirmNew: "Start a new, empty topology? The current one can be brought back with Undo.",
  confirmDelete: "Delete {name}?",
  deleteAlso: "This also deletes: {list}.",
  openFailed: "Could not open {file}: the current diagram is unchanged.",
  opened: "Opened {file}.",
  openedWithWarnings: "Opened {file} with {count} warnings.",
  saved: "Saved {file}.",
  dropFileHere: "Drop a topology file to open it",
  close: "Close",
  properties: "Properties",
  details: "Details",
  shareLinkDamaged: "The share link is damaged, so it could not be opened: {reason}",
  sharedOpened: "Opened the topology from the share link.",
} as const;

export type AppStringKey = keyof typeof en;

const ko: Record<AppStringKey, string> = {
  appTitle: "ec2viz",
  untitled: "이름 없는 토폴로지",
  new: "새로 만들기",
  open: "열기…",
  save: "저장",
  undo: "실행 취소",
  redo: "다시 실행",
  delete: "삭제",
  fitView: "화면에 맞추기",
  toolbar: "도구 모음",
  switchLanguage: "Switch the interface to English",
  search: "검색",
  searchPlaceholder: "이름, ID, 태그로 검색",
  searchNoMatch: "일치하는 리소스가 없습니다",
  diagnostics: "진단",
  errorCountOne: "오류 1개",
  errorCountMany: "오류 {count}개",
  warningCountOne: "경고 1개",
  warningCountMany: "경고 {count}개",
  noDiagnostics: "문제가 없습니다. 이 토폴로지는 ec2viz가 검사하는 AWS 규칙을 모두 지킵니다.",
  errors: "오류",
  warnings: "경고",
  error: "오류",
  warning: "경고",
  confirmNew: "비어 있는 새 토폴로지를 시작할까요? 지금 토폴로지는 실행 취소로 되돌릴 수 있습니다.",
  confirmDelete: "{name}을(를) 삭제할까요?",
  deleteAlso: "함께 삭제되는 것: {list}.",
  openFailed: "{file} 파일을 열 수 없습니다. 현재 다이어그램은 그대로입니다.",
  opened: "{file} 파일을 열었습니다.",
  openedWithWarnings: "{file} 파일을 열었습니다. 경고가 {count}개 있습니다.",
  saved: "{file} 파일로 저장했습니다.",
  dropFileHere: "토폴로지 파일을 놓으면 열립니다",
  close: "닫기",
  properties: "속성",
  details: "세부 정보",
  shareLinkDamaged: "공유 링크가 손상되어 열 수 없습니다: {reason}",
  sharedOpened: "공유 링크의 토폴로지를 열었습니다.",
};

const tables: Record<Lang, Record<AppStringKey, string>> = { en, ko };

export function appText(lang: Lang, key: AppStringKey, params: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** "1 error" / "3 errors" (Korean has no plural, the table just repeats the pattern). */
export function countText(lang: Lang, what: "error" | "warning", count: number): string {
  const key: AppStringKey =
    what === "error"
      ? count === 1
        ? "errorCountOne"
        : "errorCountMany"
      : count === 1
        ? "warningCountOne"
        : "warningCountMany";
  return appText(lang, key, { count });
}

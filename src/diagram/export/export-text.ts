// Words of the Export menu, English and Korean. The English item names are public (scripts and
// tests find the menu items by them).
import { interpolate, type Lang } from "../../i18n/text.ts";

const en = {
  export: "Export",
  dialog: "Export",
  png: "PNG image",
  svg: "SVG image",
  json: "Topology (JSON)",
  yaml: "Topology (YAML)",
  copyPng: "Copy PNG to clipboard",
  copyLink: "Copy share link",
  scale: "Scale",
  background: "Background",
  white: "White",
  dark: "Dark",
  transparent: "Transparent",
  images: "Image",
  files: "Topology file",
  share: "Share",
  // Hand-offs to other tools (issue 13).
  handOff: "Other tools",
  drawio: "draw.io",
  cloudformation: "CloudFormation",
  shareLink: "Share link",
  working: "Exporting…",
  exported: "Exported {file}.",
  exportedImage: "Exported {file} ({width} × {height} px).",
  failed: "Export failed: {reason}",
  // A PNG past the browser's canvas limits (issue 14): the two ways forward, each followed by its
  // scale ("PNG at the largest scale that fits (1.4×)"), in English as the button's accessible name.
  atFit: "PNG at the largest scale that fits",
  inStrips: "PNG at full size, drawn in strips",
  drawing: "Drawing… {percent}%",
  // A long image export can be stopped (issue 14): the worker drawing it is ended.
  cancel: "Cancel export",
  cancelled: "Export cancelled: nothing was saved.",
} as const;

export type ExportTextKey = keyof typeof en;
/** Every key, for tests that render the whole table. */
export const EXPORT_TEXT_KEYS = Object.keys(en) as ExportTextKey[];

const ko: Record<ExportTextKey, string> = {
  export: "내보내기",
  dialog: "내보내기",
  png: "PNG 이미지",
  svg: "SVG 이미지",
  json: "토폴로지 (JSON)",
  yaml: "토폴로지 (YAML)",
  copyPng: "PNG를 클립보드에 복사",
  copyLink: "공유 링크 복사",
  scale: "배율",
  background: "배경",
  white: "흰색",
  dark: "어두운 색",
  transparent: "투명",
  images: "이미지",
  files: "토폴로지 파일",
  share: "공유",
  handOff: "다른 도구",
  drawio: "draw.io (diagrams.net)",
  cloudformation: "CloudFormation 템플릿",
  shareLink: "공유 링크",
  working: "내보내는 중…",
  exported: "{file} 파일로 내보냈습니다.",
  exportedImage: "{file} 파일로 내보냈습니다 ({width} × {height} px).",
  failed: "내보내지 못했습니다: {reason}",
  atFit: "그릴 수 있는 가장 큰 배율의 PNG",
  inStrips: "원래 크기 그대로, 띠로 나누어 그린 PNG",
  drawing: "그리는 중… {percent}%",
  cancel: "내보내기 취소",
  cancelled: "내보내기를 취소했습니다. 저장된 파일은 없습니다.",
};

export function exportText(
  lang: Lang,
  key: ExportTextKey,
  params: Record<string, string | number> = {},
): string {
  const table: Record<ExportTextKey, string> = lang === "ko" ? ko : en;
  return interpolate(table[key], params, lang);
}

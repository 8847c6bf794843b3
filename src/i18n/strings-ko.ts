// The Korean UI strings the first picture shows (the English is strings.ts EN_NAMES and
// strings-en.ts, whose types make this one complete), and the box faces' words (face-strings.ts).
// A chunk of its own: the page loads it before its first picture only when the UI is Korean, and
// when the user switches to Korean (load-language.ts); the rest is in strings-ko-later.ts and
// strings-ko-cli.ts. The CLI and the workers carry all three (both-languages.ts).
import { FACE_KO } from "./face-strings.ts";
import type { FirstKey } from "./strings.ts";

export const KO_FIRST: Record<FirstKey, string> = {
  ...FACE_KO,
  "details.close": "닫기",
  "details.nothingSelected":
    "선택한 항목이 없습니다. 다이어그램에서 상자를 선택하면 여기에 세부 정보가 표시됩니다.",
  "details.section.reachability": "인터넷에서 접근할 수 있나요?",
  "details.section.diagnostics": "진단",

  // App frame
  "app.appTitle": "ec2viz",
  "app.untitled": "이름 없는 토폴로지",
  "app.new": "새로 만들기",
  "app.open": "열기…",
  "app.save": "저장",
  "app.undo": "실행 취소",
  "app.redo": "다시 실행",
  "app.undoWhat": "실행 취소: {action}",
  "app.redoWhat": "다시 실행: {action}",
  "app.delete": "삭제",
  "app.fitView": "화면에 맞추기",
  "app.toolbar": "도구 모음",
  "app.switchLanguage": "Switch the interface to English",
  "app.search": "검색",
  "app.searchPlaceholder": "이름, ID, 태그로 검색",
  "app.searchNoMatch": "일치하는 리소스가 없습니다",
  "app.diagnostics": "진단",
  "app.noDiagnostics": "문제가 없습니다. 이 토폴로지는 ec2viz가 검사하는 AWS 규칙을 모두 지킵니다.",
  "app.errors": "오류",
  "app.warnings": "경고",
  "app.error": "오류",
  "app.warning": "경고",
  "app.confirmNew": "비어 있는 새 토폴로지를 시작할까요? 지금 토폴로지는 실행 취소로 되돌릴 수 있습니다.",
  "app.confirmDelete": "{name:을/를} 삭제할까요?",
  "app.deleteAlso": "함께 삭제되는 것: {list}.",
  "app.openFailed": "{file} 파일을 열 수 없습니다. 현재 다이어그램은 그대로입니다.",
  "app.opened": "{file} 파일을 열었습니다.",
  "app.openingLarge":
    "{file} 파일({size})을 여는 중입니다. 문서가 커서 잠시 페이지가 응답하지 않을 수 있습니다. 준비될 때까지 현재 다이어그램은 그대로입니다.",
  "app.openedWithWarnings": "{file} 파일을 열었습니다. {warnings:이/가} 있습니다.",
  "app.saved": "{file} 파일로 저장했습니다.",
  "app.dropFileHere": "토폴로지 파일을 놓으면 열립니다",
  "app.close": "닫기",
  "app.properties": "속성",
  "app.details": "세부 정보",
  "app.shareLinkNotOpened": "공유 링크를 열 수 없습니다: {reason}",
  "app.sharedOpened": "공유 링크의 토폴로지를 열었습니다.",
  "app.shareLinkRefused": "공유 링크의 토폴로지가 AWS 규칙에 맞지 않습니다. 현재 다이어그램은 그대로입니다.",
  "app.openAnyway": "그래도 열기",
  "app.openedWithErrors":
    "{source:을/를} 열었습니다. {errors:이/가} 있으며 오류 수를 누르면 볼 수 있습니다. 실행 취소하면 이전 다이어그램으로 돌아갑니다.",
  "app.theShareLink": "공유 링크",

  // Works in a person's hands (#12)
  "ux.skipToDiagram": "다이어그램으로 건너뛰기",
  "ux.emptyTitle": "빈 캔버스입니다.",
  "ux.emptyHint":
    "리전부터 시작하세요. 구성 요소에서 리전을 이 캔버스로 끌어 놓거나, 목록의 리전에 초점을 두고 Enter를 누르세요.",
  "ux.exampleOpened": "예제 {name:을/를} 열었습니다. 실행 취소하면 이전 작업이 돌아옵니다.",
  "ux.exampleUnknown":
    "“{name}” 예제는 없어서 다이어그램을 그대로 두었습니다. 열 수 있는 예제는 {names}입니다(예: ?example=large-1000).",
  "ux.more": "더 보기",
  "ux.collapsePalette": "구성 요소 이름 숨기기",
  "ux.expandPalette": "구성 요소 이름 보기",
  "ux.firstRegionAdded": "다이어그램을 {region}에서 시작합니다. 사용하는 리전이 맞나요?",
  "ux.firstRegionChanged": "다이어그램의 리전을 {region:으로/로} 바꿨습니다.",
  "ux.firstRegionPick": "리전",
  "autosave.save": "사본 저장",
  "autosave.useOther": "다른 탭의 내용 불러오기",
  "autosave.download": "저장된 사본 내려받기",

  // Import
  "import.report": "가져오기 보고서",
  "import.skipped": "건너뛴 리소스 ({count}개)",
  "import.import": "가져오기",
  "import.cancel": "취소",
  "import.done": "{file:을/를} 가져왔습니다.",
  "import.cancelled": "가져오기를 취소했습니다. 다이어그램은 그대로입니다.",
  "import.failed": "{file:을/를} 가져올 수 없습니다. 현재 다이어그램은 그대로입니다.",

  "history.add": "{kind} 추가",
  "history.delete": "{what} 삭제",
  "history.move": "{what} 이동",
  "history.changeRegion": "리전 변경",
  "history.open": "{name} 열기",
  "history.openFile": "파일 열기",
  "history.openExample": "예제 {name} 열기",
  "history.openShareLink": "공유 링크 열기",
  "history.import": "{name} 가져오기",
  "history.new": "새 토폴로지 만들기",
  "history.otherTab": "다른 탭의 버전 불러오기",
  "history.restoreAutosave": "자동 저장본 복원",

  // 내보내기 메뉴
  "export.export": "내보내기",

  // 캔버스와 팔레트
  "canvas.miniMap": "미니맵",
  "canvas.layingOut": "배치 중…",
  "canvas.layoutFailed": "배치하지 못했습니다: {error}",
  "canvas.expand": "펼치기",
  "canvas.collapse": "접기",
  "palette.heading": "구성 요소",
  "palette.hint": "다이어그램으로 끌어 놓거나, 컨테이너를 선택하고 Enter를 누르세요.",

  // 속성 양식
  "form.properties": "속성",
  "form.addTag": "태그 추가",

  // 서브넷의 라우팅 테이블·네트워크 ACL 표시, 팔레트 항목을 놓은 곳
  "marks.associated": "이 서브넷에 연결됨",
  "marks.mainRouteTable": "VPC의 기본 테이블을 그대로 씀",
  "marks.defaultAcl": "VPC의 기본 ACL을 그대로 씀",
  // 파일을 읽지 못한 까닭 (io/parse-json.ts, io/parse-messages.ts)
  "io.parse.syntax": "{format} 문법 오류: {line}행 {column}열",
  "io.parse.notAnObject": '토폴로지 파일은 { "version": {version}, ... } 형태의 객체여야 합니다.',
  "io.parse.missingVersion":
    '"version" 키가 없습니다. 이 형식의 파일은 "version": {version:으로/로} 시작합니다.',
  "io.parse.newerVersion":
    "이 파일은 형식 버전 {found}입니다. 이 ec2viz는 버전 {version}까지 읽을 수 있으니 ec2viz를 업데이트하세요.",
  "io.parse.unknownVersion": '알 수 없는 형식 버전 {found}입니다. "version"은 {version} 같은 정수입니다.',
  "io.parse.schemaOne": "파일 구조에 문제가 1개 있습니다.",
  "io.parse.schemaMany": "파일 구조에 문제가 {count}개 있습니다.",
  "io.syntax.line": "{format} 문법 오류: {problem}",
  "io.syntax.tooDeep": "목록과 맵이 {depth}단계보다 깊게 중첩되어 있습니다",
  "io.syntax.aliasBomb": "별칭(alias)을 펼치면 데이터가 지나치게 커집니다",
  "io.syntax.duplicateKey": "한 객체 안에 같은 키가 두 번 나옵니다: {key}",
  "io.syntax.unexpected": "여기에 올 수 없는 문자 {found}",
  "io.syntax.endsEarly": "내용이 끝나기 전에 파일이 끝났습니다",
  "io.syntax.secondDocument":
    "여기서(--- 뒤) 두 번째 문서가 시작됩니다. 토폴로지 파일에는 문서가 하나만 있어야 합니다",
  "io.syntax.reader": "{message}",
};

// The Korean words only the command line says, keyed as strings-en-cli.ts (never fetched by the page).
import type { CliKey } from "./strings.ts";

export const KO_CLI: Record<CliKey, string> = {
  // 명령줄 (`ec2viz validate`, `render`, `export`, `import`, `serve`)
  "cli.checked": "{files} 검사: {counts}",
  "cli.notAFile": "파일이 아닙니다",
  "cli.cantRead": "파일을 읽을 수 없습니다 ({code})",
  "cli.cantWrite": "파일을 쓸 수 없습니다 ({code})",
  "cli.cantWriteOut": "{file}에 쓸 수 없습니다 ({code})",
  "cli.tooLarge": "파일이 {limit}보다 큽니다. ec2viz가 읽는 파일은 {limit}까지입니다.",
  "cli.notUtf8": "UTF-8 텍스트가 아닙니다. 편집기에서 UTF-8로 저장하세요.",
  "cli.couldNotCheck": "파일을 검사하지 못했습니다: {reason}",
  "cli.readAsImport": "{format} 입력으로 읽었습니다(ec2viz import와 같이): {problem}",
  "cli.collapseUnknownOne":
    "--collapse: {list:은/는} 이 다이어그램의 컨테이너(리전, VPC, 가용 영역, 서브넷)가 아닙니다.",
  "cli.collapseUnknownMany":
    "--collapse: {list:은/는} 이 다이어그램의 컨테이너(리전, VPC, 가용 영역, 서브넷)가 아닙니다.",
  "cli.wrote": "{file}에 저장했습니다",
  "cli.wroteImage": "{file}에 저장했습니다 ({size})",
  "cli.png.tooLarge":
    "PNG가 너무 큽니다: {size:은/는} 브라우저가 열 수 있는 한도({limit})를 넘습니다. {advice}",
  "cli.png.useScale": "--scale {scale:으로/로} 그리거나 SVG로 그리세요.",
  "cli.png.useSvg": "SVG로 그리거나 --collapse로 컨테이너 몇 개를 접으세요.",
  "cli.png.noFont":
    "글꼴을 하나도 찾지 못해 PNG에 글자가 그려지지 않았습니다. 글꼴을 설치하거나(Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) SVG로 그리세요.",
  "cli.png.noCjk":
    "한글을 그릴 수 있는 글꼴(CJK)을 찾지 못해 PNG의 한국어 글자가 빈 네모로 보일 수 있습니다. 글꼴을 설치하거나(Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) SVG로 그리세요. SVG는 보는 쪽의 글꼴을 씁니다.",
  "cli.serve.portInUse":
    "127.0.0.1:{port}에서 이미 다른 프로그램이 기다리고 있습니다. --port N으로 다른 포트를 고르거나 --port 0으로 빈 포트를 쓰세요.",
  "cli.serve.portDenied": "포트 {port}에는 권한이 더 필요합니다. --port N으로 1023보다 큰 포트를 고르세요.",
  "cli.serve.cantListen": "127.0.0.1:{port}에서 기다릴 수 없습니다 ({reason})",
  "cli.serve.unreadableNow": "{file}: 지금은 읽을 수 없습니다 ({code})",
  "cli.serve.changed": "{file}: 바뀌었습니다 (버전 {rev})",
  "cli.serve.building": "ec2viz: 앱을 {dir}에 빌드합니다(처음 쓰거나 소스가 바뀌었습니다. 1분쯤 걸립니다)…",
  "cli.serve.cantBuild": "ec2viz: 앱을 빌드할 수 없습니다: {reason}",
  "cli.serve.running": "ec2viz serve: {file} → {url} (이 컴퓨터에서만 접속할 수 있습니다. Ctrl+C로 멈춥니다)",
  "cli.save.malformed": "저장 요청의 형식이 잘못되었습니다.",
  "cli.save.image":
    "{file:은/는} ec2viz가 내보낸 이미지라서 다시 쓰지 않습니다. 이미지는 내보내기로 만드세요.",
  "cli.save.imported":
    "{file:은/는} 가져오기로 읽은 파일(CloudFormation, Terraform, AWS CLI 출력)이라서 다시 쓰지 않습니다.",
  "cli.save.conflict":
    "{file} 파일이 디스크에서 바뀌었습니다. 새 내용으로 다시 그렸으니 확인하고 다시 저장하세요(실행 취소로 편집을 되돌릴 수 있습니다).",
  "cli.save.hasErrors": "오류가 있는 토폴로지는 {file}에 쓰지 않습니다. 먼저 오류를 고치세요.",
};

// Every sentence the importers write (notes, placeholder and skip reasons, errors), English and
// Korean, in one keyed table: {name} variables, Korean particles after them chosen by the one
// interpolator (src/i18n/text.ts). Kept beside the importers, which load apart from the app.
import { type LocalText, localize, type TextParams } from "../i18n/text.ts";

const IMPORT_TEXT = {
  // Any source
  "import.ipv6NotDrawn": {
    en: "IPv6 blocks, routes and rules are not drawn.",
    ko: "IPv6 블록, 경로, 규칙은 그리지 않습니다.",
  },
  "import.awsTagsLeftOut": {
    en: "Tags with AWS's reserved aws: prefix (added by AWS services) are left out.",
    ko: "AWS가 예약한 aws: 접두사 태그(AWS 서비스가 붙인 태그)는 가져오지 않습니다.",
  },
  "import.otherCaseNameTag": {
    en: "Resources without a Name tag are named by their {key} tag. Tag keys are case-sensitive: AWS's console shows only Name.",
    ko: "Name 태그가 없는 리소스는 {key} 태그로 이름을 붙였습니다. 태그 키는 대소문자를 구분하므로 AWS 콘솔에는 Name만 표시됩니다.",
  },
  "import.notDrawnType": {
    en: "ec2viz does not draw {type}.",
    ko: "ec2viz는 {type}{을/를} 그리지 않습니다.",
  },
  "import.defaultSubnet": {
    en: "Instances without a subnet are launched in a default subnet of the Region's default VPC.",
    ko: "서브넷이 없는 인스턴스는 리전 기본 VPC의 기본 서브넷에서 시작됩니다.",
  },
  "import.unknownLinksNothing": {
    en: "Its {field} is not known, so it links nothing.",
    ko: "{field}{을/를} 알 수 없어 아무것도 잇지 않습니다.",
  },
  "import.ipv6Route": {
    en: "An IPv6 route: IPv6 is not drawn.",
    ko: "IPv6 경로입니다. IPv6는 그리지 않습니다.",
  },
  "import.notRecognised": {
    en: "Not recognised: ec2viz imports AWS CLI describe-* output (JSON with Reservations, Vpcs, Subnets...), CloudFormation templates (JSON or YAML with Resources) and Terraform state or `terraform show -json` output.",
    ko: "알아볼 수 없는 파일입니다. ec2viz는 AWS CLI describe-* 출력(Reservations, Vpcs, Subnets... 가 있는 JSON), CloudFormation 템플릿(Resources가 있는 JSON/YAML), Terraform 상태와 `terraform show -json` 출력을 가져옵니다.",
  },
  "import.alreadyTopology": {
    en: "This is already an ec2viz topology, so there is nothing to import: give it to validate or render, or open it in the app, as it is. ec2viz import reads AWS CLI describe-* output, CloudFormation templates and Terraform state or `terraform show -json` output.",
    ko: "이미 ec2viz 토폴로지 파일이라 가져올 것이 없습니다. 그대로 validate나 render에 넘기거나 앱에서 여세요. ec2viz import는 AWS CLI describe-* 출력, CloudFormation 템플릿, Terraform 상태와 `terraform show -json` 출력을 읽습니다.",
  },
  "import.notTheFormatGiven": {
    en: "This is {format} input, not {given}: leave out --format, or give --format {option}.",
    ko: "{given} 입력이 아니라 {format} 입력입니다. --format을 빼거나 --format {option:으로/로} 주세요.",
  },
  "import.awsError": {
    en: "An error AWS returned, not output to import: {code}: {message} Import the command's output once it succeeds.",
    ko: "AWS가 돌려준 오류라 가져올 출력이 아닙니다: {code}: {message} 명령이 성공한 뒤 그 출력을 가져오세요.",
  },
  "import.awsErrorCalling": {
    en: "An error AWS returned to {operation}, not output to import: {code}: {message} Import the command's output once it succeeds.",
    ko: "AWS가 {operation} 호출에 돌려준 오류라 가져올 출력이 아닙니다: {code}: {message} 명령이 성공한 뒤 그 출력을 가져오세요.",
  },
  "import.notValid": {
    en: "not valid {format}: {message}",
    ko: "올바른 {format:이/가} 아닙니다: {message}",
  },
  "import.image": {
    en: "This is an image ({kind}), not text to import. An image ec2viz exported carries its topology: give it as it is to validate or render, or open it in the app. ec2viz import reads AWS CLI describe-* output, CloudFormation templates and Terraform state or `terraform show -json` output.",
    ko: "가져올 텍스트가 아니라 이미지({kind})입니다. ec2viz에서 내보낸 이미지에는 토폴로지가 들어 있으니 그대로 validate나 render에 넘기거나 앱에서 여세요. ec2viz import는 AWS CLI describe-* 출력, CloudFormation 템플릿, Terraform 상태와 `terraform show -json` 출력을 읽습니다.",
  },
  "import.notUtf": {
    en: "The file is not UTF-8 or UTF-16 text: save it as UTF-8 and import it again.",
    ko: "파일이 UTF-8이나 UTF-16 텍스트가 아닙니다. UTF-8로 저장한 뒤 다시 가져오세요.",
  },
  "import.emptyList": {
    en: "An empty JSON list: nothing to import (a --query that matches nothing prints []).",
    ko: "빈 JSON 목록이라 가져올 것이 없습니다(--query가 아무것도 찾지 못하면 []를 출력합니다).",
  },
  "import.queryFields": {
    en: "A JSON list of items that name EC2 resources (e.g. {id}; {count} in all) but hold only some of their fields, as --query prints when it picks fields: ec2viz needs each resource whole. Run the command without --query, or with one that keeps whole items, such as --query 'Reservations[].Instances[]'.",
    ko: "EC2 리소스(예: {id})를 가리키지만 필드 일부만 담은 항목 {count}개의 JSON 목록입니다. --query로 필드를 골라 내면 이렇게 나옵니다. ec2viz에는 리소스 항목이 통째로 필요하니 --query 없이 실행하거나, --query 'Reservations[].Instances[]'처럼 항목을 통째로 남기는 쿼리를 쓰세요.",
  },
  "import.otherList": {
    en: "A JSON list of {items} ({count} in all): no AWS CLI describe-* output (no EC2 resource in it), template or Terraform file, so nothing to import. ec2viz imports the JSON of `aws ec2 describe-*` commands (describe-vpcs, describe-instances…), CloudFormation templates, and Terraform state or `terraform show -json` output.",
    ko: "{items} {count}개가 든 JSON 목록입니다. AWS CLI describe-* 출력(EC2 리소스가 없음)도, 템플릿이나 Terraform 파일도 아니어서 가져올 것이 없습니다. ec2viz는 `aws ec2 describe-*` 명령(describe-vpcs, describe-instances 등)의 JSON 출력, CloudFormation 템플릿, Terraform 상태나 `terraform show -json` 출력을 가져옵니다.",
  },
  "import.listOfObjectsWithKeys": { en: "objects with keys such as {keys}", ko: "객체(키: {keys} 등)" },
  "import.listOfObjects": { en: "objects", ko: "객체" },
  "import.listOfTexts": { en: "texts", ko: "문자열" },
  "import.listOfNumbers": { en: "numbers", ko: "숫자" },
  "import.listOfLists": { en: "lists", ko: "목록" },
  "import.listOfValues": { en: "values", ko: "값" },
  "import.emptyFile": {
    en: "The file is empty.",
    ko: "파일이 비어 있습니다.",
  },
  "import.oneKindOfSource": {
    en: "This is {format} input, read on its own: one import reads one kind of source (here {format2}).",
    ko: "이것은 {format} 입력이라 따로 가져와야 합니다. 한 번에 한 종류(여기서는 {format2})만 가져옵니다.",
  },
  "import.nothingDrawnSkipped": {
    en: "Nothing to draw: none of its resources is one ec2viz draws (VPC networks and EC2). The skipped list says what each is.",
    ko: "그릴 것이 없습니다. ec2viz가 그리는 리소스(VPC 네트워크와 EC2)가 하나도 없습니다. 건너뛴 목록에 각각이 무엇인지 나와 있습니다.",
  },
  "import.nothingListed.terraform": {
    en: "Nothing to draw: the Terraform file lists no resources (a state before the first `terraform apply`, or a plan with none).",
    ko: "그릴 것이 없습니다. Terraform 파일에 리소스가 없습니다(처음 `terraform apply` 전의 상태이거나 리소스가 없는 계획).",
  },
  "import.nothingListed.cloudformation": {
    en: "Nothing to draw: the template defines no resources.",
    ko: "그릴 것이 없습니다. 템플릿에 정의된 리소스가 없습니다.",
  },
  "import.nothingListed.aws-cli": {
    en: "Nothing to draw: the output lists no resources (an empty result: check the Region, the account and any --filters).",
    ko: "그릴 것이 없습니다. 출력에 리소스가 없습니다(빈 결과입니다. 리전, 계정, --filters를 확인하세요).",
  },
  "import.terraformWrapper": {
    en: "A GitHub Actions log of hashicorp/setup-terraform's wrapper: the output inside it is read, its [command], ::debug:: and ::set-output lines are left out (terraform_wrapper: false gives the plain output).",
    ko: "hashicorp/setup-terraform 래퍼의 GitHub Actions 로그입니다. 그 안의 출력만 읽고 [command], ::debug::, ::set-output 줄은 뺐습니다(terraform_wrapper: false로 두면 출력만 나옵니다).",
  },
  "import.parametersWithoutTemplate": {
    en: "A CloudFormation parameters file (ParameterKey, ParameterValue): import it together with its template, whose parameters it gives values to.",
    ko: "CloudFormation 파라미터 파일(ParameterKey, ParameterValue)입니다. 값을 주는 대상인 템플릿과 함께 가져오세요.",
  },
  "import.problemLine": {
    en: "{file}{place}: {message}",
    ko: "{file}{place}: {message}",
  },
  "import.noProtocolRule": {
    en: "Security group rules that don't say their IP protocol are not drawn.",
    ko: "IP 프로토콜이 없는 보안 그룹 규칙은 그리지 않습니다.",
  },
  "import.ipProtocolRule": {
    en: "Security group rules for IP protocol {protocol} are not drawn (only TCP, UDP, ICMP and all traffic).",
    ko: "IP 프로토콜 {protocol}의 보안 그룹 규칙은 그리지 않습니다(TCP, UDP, ICMP, 전체 트래픽만).",
  },
  "import.cidrCanonical": {
    en: "{written} has host bits set: AWS keeps such a rule or route block as its network, {cidr}, and it is drawn so.",
    ko: "{written}에는 호스트 비트가 있습니다. AWS는 이런 규칙·경로 블록을 네트워크 주소 {cidr:으로/로} 저장하므로 그렇게 그립니다.",
  },
  "import.unreadableRuleBlock": {
    en: "A security group rule whose block is no IPv4 CIDR ({cidr}) is not drawn.",
    ko: "IPv4 CIDR가 아닌 블록({cidr})을 가진 보안 그룹 규칙은 그리지 않습니다.",
  },
  "import.prefixListRule": {
    en: "Security group rules that name a prefix list are not drawn.",
    ko: "접두사 목록을 가리키는 보안 그룹 규칙은 그리지 않습니다.",
  },
  "import.aclProtocolRule": {
    en: "Network ACL rules for protocols other than TCP, UDP, ICMP and all traffic are not drawn.",
    ko: "TCP, UDP, ICMP, 전체 트래픽 이외 프로토콜의 네트워크 ACL 규칙은 그리지 않습니다.",
  },
  "import.internalError": {
    en: "ec2viz could not read what the import made ({detail}); please report this with the file.",
    ko: "가져오기 결과를 ec2viz가 읽지 못했습니다({detail}). 이 파일과 함께 알려 주세요.",
  },
  // AWS CLI describe-* output (aws-cli.ts)
  "cli.vpcRef": {
    en: "A VPC the files refer to but don't describe.",
    ko: "파일이 가리키지만 설명하지 않는 VPC입니다.",
  },
  "cli.subnetRef": {
    en: "A subnet the files refer to but don't describe.",
    ko: "파일이 가리키지만 설명하지 않는 서브넷입니다.",
  },
  "cli.natGatewayRef": {
    en: "A NAT gateway the files refer to but don't describe.",
    ko: "파일이 가리키지만 설명하지 않는 NAT 게이트웨이입니다.",
  },
  "cli.instanceRef": {
    en: "An instance the files refer to but don't describe.",
    ko: "파일이 가리키지만 설명하지 않는 인스턴스입니다.",
  },
  "cli.securityGroupRef": {
    en: "A security group the rules refer to but the files don't describe (perhaps another account's).",
    ko: "규칙이 가리키지만 파일이 설명하지 않는 보안 그룹입니다(다른 계정의 것일 수 있습니다).",
  },
  "cli.botocoreExamples": {
    en: "A botocore examples file: the example output of each operation is read.",
    ko: "botocore 예제 파일입니다. 각 작업의 예제 출력을 읽습니다.",
  },
  "cli.nextToken": {
    en: "An output has a NextToken: it is one page only, so resources on later pages are missing (run the command without --max-items or --no-paginate).",
    ko: "출력에 NextToken이 있습니다. 한 페이지뿐이라 다음 페이지의 리소스가 빠졌습니다(--max-items나 --no-paginate 없이 다시 실행하세요).",
  },
  "cli.entryWithoutId": {
    en: "An entry without its {field} (a string), which AWS always writes: not read.",
    ko: "{field:이/가} 없는 항목이라 읽지 않았습니다(AWS는 늘 문자열로 씁니다).",
  },
  "cli.entryNotObject": {
    en: "An entry that is not an object, which AWS never writes: not read.",
    ko: "AWS가 쓰지 않는, 객체가 아닌 항목이라 읽지 않았습니다.",
  },
  "cli.flattenedList": {
    en: "A JSON list of the items of {command} output ({count} in all), as --query prints them (e.g. --query 'Reservations[].Instances[]'): read as that output. Items cut down to some fields by the query are drawn with what they hold.",
    ko: "--query로 항목만 뽑은 {command} 출력(예: --query 'Reservations[].Instances[]')의 JSON 목록, 항목 {count}개를 그 출력으로 읽었습니다. 쿼리로 일부 필드만 남은 항목은 남은 내용만으로 그립니다.",
  },
  "cli.otherCommand": {
    en: "The output of another AWS CLI command ({key}): ec2viz draws VPC networks and EC2 only.",
    ko: "다른 AWS CLI 명령의 출력({key})입니다. ec2viz는 VPC 네트워크와 EC2만 그립니다.",
  },
  "cli.duplicates": {
    en: "Resources that appeared in more than one document were read once: {duplicates}.",
    ko: "여러 문서에 나온 리소스는 한 번만 읽었습니다: {duplicates}개.",
  },
  "cli.networkInterfaces": {
    en: "Network interfaces are not drawn on their own: they link Elastic IPs and routes to their instance or NAT gateway.",
    ko: "네트워크 인터페이스는 따로 그리지 않습니다. 탄력적 IP와 경로를 인스턴스나 NAT 게이트웨이에 잇는 데 씁니다.",
  },
  "cli.secondaryCidrs": {
    en: "Secondary IPv4 CIDR blocks of VPCs are not drawn.",
    ko: "VPC의 보조 IPv4 CIDR 블록은 그리지 않습니다.",
  },
  "cli.cidrMissing": {
    en: "Its IPv4 CIDR block is missing or not valid.",
    ko: "IPv4 CIDR 블록이 없거나 올바르지 않습니다.",
  },
  "cli.subnetPartsMissing": {
    en: "Its VPC, Availability Zone or IPv4 CIDR block is missing.",
    ko: "VPC, 가용 영역 또는 IPv4 CIDR 블록이 없습니다.",
  },
  "cli.itIsState": {
    en: "It is {state}.",
    ko: "상태가 {state}입니다.",
  },
  "cli.subnetMissing": {
    en: "Its subnet is missing.",
    ko: "서브넷이 없습니다.",
  },
  "cli.classicElasticIps": {
    en: "EC2-Classic Elastic IPs are drawn like VPC ones.",
    ko: "EC2-Classic의 탄력적 IP도 VPC의 것처럼 그립니다.",
  },
  "cli.edgeAssociation": {
    en: "Gateway route table associations (edge associations) are not drawn.",
    ko: "게이트웨이 라우팅 테이블 연결(엣지 연결)은 그리지 않습니다.",
  },
  "cli.vpcMissing": {
    en: "Its VPC is missing.",
    ko: "VPC가 없습니다.",
  },
  "cli.classicGroup": {
    en: "It has no VPC (an EC2-Classic group).",
    ko: "VPC가 없습니다(EC2-Classic 보안 그룹).",
  },
  "cli.terminated": {
    en: "It is terminated.",
    ko: "종료(terminated)된 인스턴스입니다.",
  },
  "cli.instanceTypeMissing": {
    en: "The output has no InstanceType for it, which describe-instances always gives: was the output cut down (--query, or by hand)?",
    ko: "출력에 이 인스턴스의 InstanceType이 없습니다. describe-instances는 늘 이를 주므로 출력을 줄였을 수 있습니다(--query나 직접 편집).",
  },
  "cli.instanceSubnetMissing": {
    en: "The output has no SubnetId for it: an instance of EC2-Classic (which AWS has retired), or output cut down (--query, or by hand).",
    ko: "출력에 이 인스턴스의 SubnetId가 없습니다. EC2-Classic(AWS가 종료함)의 인스턴스이거나 출력을 줄였을 수 있습니다(--query나 직접 편집).",
  },
  "cli.instanceSubnetAndTypeMissing": {
    en: "The output has neither SubnetId nor InstanceType for it (describe-instances always gives the type): was the output cut down (--query, or by hand)?",
    ko: "출력에 이 인스턴스의 SubnetId도 InstanceType도 없습니다(describe-instances는 유형을 늘 줍니다). 출력을 줄였을 수 있습니다(--query나 직접 편집).",
  },
  "cli.deviceNameSkipped": {
    en: "Volume attachments with a device name like xvdf1 or C: are not drawn.",
    ko: "xvdf1이나 C: 같은 장치 이름의 볼륨 연결은 그리지 않습니다.",
  },
  "cli.routeTablesUndescribed": {
    en: "Subnets whose route table no describe-route-tables output describes are drawn grey, neither public nor private, as their routes are unknown: {count} (e.g. {subnet}). Add the output of `aws ec2 describe-route-tables` to see which are public.",
    ko: "describe-route-tables 출력에 라우팅 테이블이 없는 서브넷은 라우팅을 알 수 없어 퍼블릭도 프라이빗도 아닌 회색 서브넷으로 그렸습니다: {count}개(예: {subnet}). `aws ec2 describe-route-tables` 출력을 함께 넣으면 어느 서브넷이 퍼블릭인지 알 수 있습니다.",
  },
  "cli.internetGatewaysUndescribed": {
    en: "VPCs whose internet gateway is unknown, no describe-internet-gateways output being among the files: {count} (e.g. {vpc}). Details and the reachability answers say unknown, not no. Add the output of `aws ec2 describe-internet-gateways` to see it.",
    ko: "describe-internet-gateways 출력이 없어 인터넷 게이트웨이 연결 여부를 알 수 없는 VPC: {count}개(예: {vpc}). 세부 정보와 도달 가능성 답변에는 '없음' 대신 '알 수 없음'으로 나옵니다. `aws ec2 describe-internet-gateways` 출력도 함께 넣으면 확인할 수 있습니다.",
  },
  "cli.mainTableUndescribed": {
    en: "The main route table of VPC {vpc}: AWS makes one with every VPC, but no describe-route-tables output describes it, so its routes are unknown.",
    ko: "VPC {vpc}의 기본 라우팅 테이블입니다. AWS는 VPC마다 이 테이블을 만들지만 describe-route-tables 출력에 없어 경로를 알 수 없습니다.",
  },
  "cli.volumesUndescribed": {
    en: "EBS volumes attached to instances but not in any describe-volumes output are not drawn: {count} (e.g. {volume} on {instance}). Add the output of `aws ec2 describe-volumes` to draw them.",
    ko: "인스턴스에 연결되어 있지만 describe-volumes 출력에 없는 EBS 볼륨은 그리지 않았습니다: {count}개(예: {instance}의 {volume}). `aws ec2 describe-volumes` 출력을 함께 넣으면 그립니다.",
  },
  "cli.volumePartsMissing": {
    en: "Its Availability Zone, size or volume type is missing or not one ec2viz knows.",
    ko: "가용 영역, 크기 또는 볼륨 유형이 없거나 ec2viz가 모르는 값입니다.",
  },
  "cli.regionAssumed": {
    en: "The files don't say the Region of some VPCs: us-east-1 is assumed (choose another with ec2viz import --region, or in the app by changing the Region's code in Properties).",
    ko: "일부 VPC의 리전을 파일에서 알 수 없어 us-east-1로 가정했습니다(ec2viz import에서는 --region으로, 앱에서는 리전 속성의 리전 코드를 바꿔 고를 수 있습니다).",
  },
  "cli.prefixListRoute": {
    en: "Routes to a prefix list (gateway VPC endpoints) are not drawn.",
    ko: "접두사 목록으로 가는 경로(게이트웨이 VPC 엔드포인트)는 그리지 않습니다.",
  },
  "cli.blackholeRoute": {
    en: "Route table {table}: AWS shows the route to {destination} as a blackhole (its target {target} is deleted, or a gateway not attached to the VPC); it is kept with the target's id.",
    ko: "라우팅 테이블 {table}: AWS는 {destination}{으로/로} 가는 경로를 블랙홀로 표시합니다(대상 {target}{이/가} 삭제되었거나 VPC에 연결되지 않은 게이트웨이). 대상 ID와 함께 남겨 둡니다.",
  },
  "cli.internetGatewayActiveRoute": {
    en: "An internet gateway the routes use but the files don't describe. Its route is active, so it is attached to {vpc} (AWS marks a route to a detached gateway as a blackhole).",
    ko: "경로가 쓰지만 파일이 설명하지 않는 인터넷 게이트웨이입니다. 경로가 활성 상태이므로 {vpc}에 연결되어 있습니다(AWS는 분리된 게이트웨이로 가는 경로를 블랙홀로 표시합니다).",
  },
  "import.internetGatewayRouted": {
    en: "An internet gateway the routes use but the files don't define. AWS adds a route to an internet gateway only while it is attached to the route table's VPC, so it is drawn attached to {vpc}.",
    ko: "경로가 쓰지만 파일이 정의하지 않는 인터넷 게이트웨이입니다. AWS는 라우팅 테이블의 VPC에 연결된 인터넷 게이트웨이로만 경로를 만들므로 {vpc}에 연결된 것으로 그립니다.",
  },
  "cli.internetGatewayRef": {
    en: "An internet gateway the routes use but the files don't describe.",
    ko: "경로가 쓰지만 파일이 설명하지 않는 인터넷 게이트웨이입니다.",
  },
  // CloudFormation templates (cloudformation/)
  "cfn.zonesAssumed": {
    en: "Availability Zones that come from Fn::GetAZs or a parameter are drawn as {region}'s zones in order ({region}a, {region}b...).",
    ko: "Fn::GetAZs나 파라미터에서 오는 가용 영역은 {region}의 가용 영역을 순서대로({region}a, {region}b...) 그립니다.",
  },
  "cfn.conditionUndecided": {
    en: "Condition {name} can't be decided without deploy-time values: what depends on it is read as if it were true.",
    ko: "조건 {name}{은/는} 배포 때의 값 없이는 정할 수 없어, 이 조건에 달린 것은 참인 것으로 읽었습니다.",
  },
  "cfn.undefinedReference": {
    en: "The template refers to {name}, which it does not define.",
    ko: "템플릿이 정의하지 않은 {name}{을/를} 가리킵니다.",
  },
  "cfn.unknownTag": {
    en: "The tag !{tag} is not a CloudFormation function: values that use it are not read.",
    ko: "!{tag} 태그는 CloudFormation 함수가 아니어서 이 태그를 쓰는 값은 읽지 않았습니다.",
  },
  "cfn.importValue": {
    en: "Exported by another stack (Fn::ImportValue {text}).",
    ko: "다른 스택이 내보낸 값입니다(Fn::ImportValue {text}).",
  },
  "cfn.autoScaling": {
    en: "The instances an Auto Scaling group launches are only known when it runs.",
    ko: "Auto Scaling 그룹이 띄울 인스턴스는 실행해 봐야 알 수 있습니다.",
  },
  "cfn.nestedStack": {
    en: "A nested stack: import its own template to see what it makes.",
    ko: "중첩 스택입니다. 무엇을 만드는지 보려면 그 템플릿을 따로 가져오세요.",
  },
  "cfn.launchTemplate": {
    en: "A launch template is a recipe for instances, not an instance.",
    ko: "시작 템플릿은 인스턴스를 만드는 설정일 뿐 인스턴스가 아닙니다.",
  },
  "cfn.notDrawnKind": {
    en: "Not part of the VPC network and EC2 resources ec2viz draws.",
    ko: "ec2viz가 그리는 VPC 네트워크와 EC2 리소스가 아닙니다.",
  },
  "cfn.notResourceType": {
    en: "Its Type is not a CloudFormation resource type (a tool-specific tag, e.g. a Rain module): it is not read.",
    ko: "Type이 CloudFormation 리소스 유형이 아닙니다(Rain 모듈 같은 도구 전용 태그). 읽지 않았습니다.",
  },
  "cfn.conditionFalse": {
    en: "Its condition {condition} is false with these parameters.",
    ko: "이 파라미터 값에서는 조건 {condition}{이/가} 거짓입니다.",
  },
  "cfn.namedById": {
    en: "Named by its AWS id in {owner}; the template does not define it.",
    ko: "{owner}{이/가} AWS ID로 가리키며, 템플릿은 이것을 정의하지 않습니다.",
  },
  "cfn.madeByAws": {
    en: "Made by AWS with {logicalId} ({attribute}); the template does not describe it.",
    ko: "AWS가 {logicalId}{과/와} 함께 만드는 것({attribute})으로, 템플릿이 설명하지 않습니다.",
  },
  "cfn.notImported": {
    en: "{logicalId} ({type}) is not imported, so it is drawn as outside the document.",
    ko: "{logicalId}({type}){을/를} 가져오지 않아 문서 밖의 것으로 그립니다.",
  },
  "cfn.notKnownBecause": {
    en: "Its {what} is not known: {reason}",
    ko: "{what}{을/를} 알 수 없습니다: {reason}",
  },
  "cfn.parametersFile": {
    en: "Parameter values from {file}: {names}.",
    ko: "{file}의 파라미터 값을 썼습니다: {names}.",
  },
  "cfn.parametersFileCli": {
    en: "Parameter values from {file}: {names} (--param overrides them).",
    ko: "{file}의 파라미터 값을 썼습니다: {names}(--param이 우선합니다).",
  },
  "cfn.routeTablesUndescribed": {
    en: "Subnets of a VPC the template doesn't create are drawn grey, neither public nor private, as their routes are unknown: {count} (e.g. {subnet}). Without a SubnetRouteTableAssociation they use that VPC's main route table, which a template can't describe.",
    ko: "템플릿이 만들지 않는 VPC의 서브넷은 라우팅을 알 수 없어 퍼블릭도 프라이빗도 아닌 회색 서브넷으로 그렸습니다: {count}개(예: {subnet}). SubnetRouteTableAssociation이 없는 서브넷은 그 VPC의 기본 라우팅 테이블을 쓰는데, 템플릿은 그 테이블을 설명할 수 없습니다.",
  },
  "cfn.duplicateLogicalIds": {
    en: "Logical ids defined more than once in the Resources of {file}: {count} (e.g. {id}, last at line {line}). The last definition of each is read, as CloudFormation deploys it (it accepts such a template without a word).",
    ko: "{file}의 Resources에 두 번 이상 정의된 논리 ID: {count}개(예: {id}, 마지막은 {line}행). CloudFormation이 배포하는 대로 각각 마지막 정의를 읽습니다(CloudFormation은 이런 템플릿을 아무 말 없이 받아들입니다).",
  },
  "cfn.getTemplate": {
    en: "The output of aws cloudformation get-template: the template in its TemplateBody is read (places inside it count from the template's first line).",
    ko: "aws cloudformation get-template 출력입니다. TemplateBody 안의 템플릿을 읽었습니다(그 안의 위치는 템플릿 첫 줄부터 셉니다).",
  },
  "cfn.ruleLeftOut": {
    en: "A rule of {owner} is left out. {reason}",
    ko: "{owner}의 규칙 하나를 뺐습니다. {reason}",
  },
  "cfn.emptyId": {
    en: "{owner} names a resource by an empty string (a parameter left at its empty default?): that link is left out. Give the parameter a value with ec2viz import --param Name=id, or a parameters file opened with the template.",
    ko: "{owner}{이/가} 빈 문자열로 리소스를 가리킵니다(기본값이 빈 파라미터?). 그 연결은 빼 두었습니다. ec2viz import의 --param 이름=ID 또는 템플릿과 함께 여는 파라미터 파일로 값을 지정하세요.",
  },
  "cfn.notGiven": {
    en: "The template doesn't give its {what}.",
    ko: "템플릿에 {what}{이/가} 없습니다.",
  },
  "cfn.emptyValue": {
    en: "Its {what} is an empty string (a parameter left at its empty default?).",
    ko: "{what}{이/가} 빈 문자열입니다(기본값이 빈 파라미터?).",
  },
  "cfn.deployTime": {
    en: "Its {what} is only known at deploy time.",
    ko: "{what}{은/는} 배포할 때에야 알 수 있습니다.",
  },
  "cfn.zoneAssumed": {
    en: "{id}: no Availability Zone is known, so it is drawn in {fallback} (AWS would pick one).",
    ko: "{id}: 가용 영역을 알 수 없어 {fallback}에 그립니다(AWS가 하나를 고릅니다).",
  },
  "cfn.ipv6OnlySubnet": {
    en: "An IPv6-only subnet.",
    ko: "IPv6 전용 서브넷입니다.",
  },
  "import.defaultVpc": {
    en: "Groups and instances without a VPC or subnet are in the Region's default VPC.",
    ko: "VPC나 서브넷이 없는 보안 그룹과 인스턴스는 리전의 기본 VPC에 있습니다.",
  },
  "cfn.groupByName": {
    en: "Security groups named by group name (not id) in a template are not linked.",
    ko: "템플릿에서 ID가 아닌 이름으로 지정한 보안 그룹은 연결하지 않았습니다.",
  },
  "cfn.launchTemplateRead": {
    en: "Instances launched from a launch template of this template take what they don't set themselves (type, image, key, network interfaces, groups, block devices) from its LaunchTemplateData, and the tags its TagSpecifications give instances and volumes (the instance's own Tags win): {count} (e.g. {instance} from launch template {template}).",
    ko: "이 템플릿의 시작 템플릿으로 시작하는 인스턴스는 직접 정하지 않은 설정(유형, 이미지, 키, 네트워크 인터페이스, 보안 그룹, 블록 디바이스)과, TagSpecifications가 인스턴스와 볼륨에 붙이는 태그를 그 LaunchTemplateData에서 가져옵니다(인스턴스에 직접 붙인 Tags가 우선): {count}개(예: 시작 템플릿 {template}의 {instance}).",
  },
  "cfn.launchTemplateVersion": {
    en: "Instances launched from a numbered version of a launch template of this template are drawn from the LaunchTemplateData written here, its current version, which that version may not be: {count} (e.g. {instance}, version {version} of {template}).",
    ko: "이 템플릿의 시작 템플릿을 특정 번호의 버전으로 시작하는 인스턴스는 여기에 적힌 현재 버전의 LaunchTemplateData로 그렸습니다. 지정한 버전은 이 내용과 다를 수 있습니다: {count}개(예: {template}의 버전 {version:으로/로} 시작하는 {instance}).",
  },
  "cfn.launchTemplateOutside": {
    en: "Its {what} would come from launch template {template}, which this template doesn't define.",
    ko: "{what}{은/는} 이 템플릿에 정의되지 않은 시작 템플릿 {template}에서 정해집니다.",
  },
  "cfn.defaultInstanceType": {
    en: "Instances without an InstanceType get CloudFormation's default, m1.small.",
    ko: "InstanceType이 없는 인스턴스는 CloudFormation 기본값 m1.small로 그립니다.",
  },
  "cfn.blockDevicesUndrawn": {
    en: "EBS volumes an instance's block device mappings create are not drawn when the template doesn't give their size, device name or volume type (without VolumeSize a volume takes its snapshot's or image's size): {count} (e.g. {device} of {instance}).",
    ko: "인스턴스의 블록 디바이스 매핑으로 만들어지는 EBS 볼륨 중 템플릿에 크기, 디바이스 이름, 볼륨 유형이 없는 것은 그리지 않았습니다(VolumeSize가 없으면 스냅샷이나 이미지의 크기를 따릅니다): {count}개(예: {instance}의 {device}).",
  },
  "cfn.outsideTemplate": {
    en: "Defined outside this template.",
    ko: "이 템플릿 밖에서 정의된 것입니다.",
  },
  "cfn.vpnGateway": {
    en: "Attaches a virtual private gateway, which ec2viz does not draw.",
    ko: "ec2viz가 그리지 않는 가상 프라이빗 게이트웨이를 연결합니다.",
  },
  "cfn.unknownDestination": {
    en: "Its destination is not a known IPv4 block.",
    ko: "목적지가 알려진 IPv4 블록이 아닙니다.",
  },
  "cfn.networkInterfaces": {
    en: "Network interfaces are not drawn on their own: their subnet and groups go to the instance that attaches them.",
    ko: "네트워크 인터페이스는 따로 그리지 않습니다. 서브넷과 보안 그룹은 이를 붙인 인스턴스에 반영합니다.",
  },
  "cfn.loopUnknown": {
    en: "A loop whose collection is only known at deploy time: the resources it makes are not read.",
    ko: "배포 때에야 알 수 있는 컬렉션을 도는 반복문이라, 이 반복문이 만드는 리소스는 읽지 않았습니다.",
  },
  "cfn.loopTooLarge": {
    en: "Its loops make more than {max} resources, so none of them are read: CloudFormation allows 500 resources in a template, loops included.",
    ko: "반복문이 리소스를 {max}개 넘게 만들어 하나도 읽지 않았습니다. CloudFormation은 반복문으로 만든 것을 포함해 템플릿 하나에 리소스를 500개까지 허용합니다.",
  },
  "cfn.forEachExpanded": {
    en: "Fn::ForEach loops (AWS::LanguageExtensions) are expanded the way CloudFormation would.",
    ko: "Fn::ForEach 반복문(AWS::LanguageExtensions)은 CloudFormation처럼 펼쳐서 읽었습니다.",
  },
  "cfn.parameterNoDefault": {
    en: "Template parameter {name} has no default (give it a value with ec2viz import --param {name}=..., or a parameters file opened with the template).",
    ko: "템플릿 파라미터 {name}에 기본값이 없습니다(ec2viz import의 --param {name}=... 또는 템플릿과 함께 여는 파라미터 파일로 값을 지정하세요).",
  },
  "cfn.regionFromZones": {
    en: "A template doesn't say its Region: {region} is taken from the Availability Zones its parameters are given (choose another with ec2viz import --region, or in the app by changing the Region's code in Properties).",
    ko: "템플릿에는 리전이 없어 파라미터로 받은 가용 영역에서 {region:을/를} 가져왔습니다(ec2viz import에서는 --region으로, 앱에서는 리전 속성의 리전 코드를 바꿔 고를 수 있습니다).",
  },
  "cfn.regionFromResourceZones": {
    en: "A template doesn't say its Region: {region} is taken from the Availability Zones its resources name (pass --region to choose).",
    ko: "템플릿에는 리전이 없어 리소스에 적힌 가용 영역에서 {region:을/를} 가져왔습니다(--region으로 정할 수 있습니다).",
  },
  "cfn.regionAssumed": {
    en: "A template doesn't say its Region: {defaultRegion} is assumed (choose another with ec2viz import --region, or in the app by changing the Region's code in Properties).",
    ko: "템플릿에는 리전이 없어 {defaultRegion:으로/로} 가정했습니다(ec2viz import에서는 --region으로, 앱에서는 리전 속성의 리전 코드를 바꿔 고를 수 있습니다).",
  },
  "cfn.transformUnread": {
    en: "The template asks for the transform {unread}: it is read as written, without what the transform would add.",
    ko: "템플릿이 변환 {unread}{을/를} 요청합니다. 변환이 더할 내용 없이 쓰인 그대로 읽었습니다.",
  },
  "cfn.openParameters": {
    en: "Parameters without a default or a given value (--param, or a parameters file opened with the template): {open}. What they name is drawn as outside the document.",
    ko: "기본값도, 지정한 값(--param이나 템플릿과 함께 연 파라미터 파일)도 없는 파라미터: {open}. 이들이 가리키는 것은 문서 밖의 것으로 그립니다.",
  },
  "cfn.unknownParam": {
    en: "--param {name}: the template has no such parameter.",
    ko: "--param {name}: 템플릿에 그런 파라미터가 없습니다.",
  },
  // Terraform state and plans (terraform/)
  "tf.dataSource": {
    en: "A data source: it reads something that exists outside this state.",
    ko: "데이터 소스입니다. 이 상태 밖에 있는 것을 읽어 올 뿐입니다.",
  },
  "tf.referredById": {
    en: "{kind} this file refers to by its AWS id but does not contain.",
    ko: "이 파일이 AWS ID로 가리키지만 담고 있지 않은 {kind}입니다.",
  },
  "tf.allocationNotShown": {
    en: "The Elastic IP of NAT gateway {address}: the plan sets its allocation_id through a local value, a variable or a module output it doesn't show, so which one is known after apply.",
    ko: "NAT 게이트웨이 {address}의 탄력적 IP: 계획이 보여 주지 않는 로컬 값, 변수 또는 모듈 출력으로 allocation_id를 정하므로, 어느 것인지는 적용(apply) 뒤에 알 수 있습니다.",
  },
  "tf.indirectLink": {
    en: "Where a plan's link goes through a local value, a variable or a module output, it is drawn to the only resource of that kind there.",
    ko: "계획의 연결이 로컬 값, 변수, 모듈 출력을 거치는 곳은 그 범위에 하나뿐인 같은 종류의 리소스에 연결했습니다.",
  },
  "tf.referencedMissing": {
    en: "{address} is referenced but not in this file.",
    ko: "{address}{을/를} 참조하지만 이 파일에 없습니다.",
  },
  "tf.notImported": {
    en: "{address} ({type}) is not imported.",
    ko: "{address}({type}){을/를} 가져오지 않았습니다.",
  },
  "tf.notKnownYet": {
    en: "Its {field} is not known (yet).",
    ko: "{field}{을/를} (아직) 알 수 없습니다.",
  },
  "tf.zoneAssumed": {
    en: "Subnets a plan creates without an Availability Zone are drawn in {zone} (AWS picks one when they are created).",
    ko: "계획에서 가용 영역 없이 만드는 서브넷은 {zone}에 그립니다(AWS가 만들 때 하나를 고릅니다).",
  },
  "tf.notAws": {
    en: "Not an AWS resource.",
    ko: "AWS 리소스가 아닙니다.",
  },
  "tf.edgeAssociation": {
    en: "An edge association (a gateway's route table), which is not drawn.",
    ko: "엣지 연결(게이트웨이의 라우팅 테이블)은 그리지 않습니다.",
  },
  "tf.networkInterfaces": {
    en: "Network interfaces are not drawn on their own: they link Elastic IPs to their instance.",
    ko: "네트워크 인터페이스는 따로 그리지 않습니다. 탄력적 IP를 인스턴스에 잇는 데 씁니다.",
  },
  "tf.regionAssumed": {
    en: "The file doesn't say the Region of some VPCs: us-east-1 is assumed (choose another with ec2viz import --region, or in the app by changing the Region's code in Properties).",
    ko: "일부 VPC의 리전을 파일에서 알 수 없어 us-east-1로 가정했습니다(ec2viz import에서는 --region으로, 앱에서는 리전 속성의 리전 코드를 바꿔 고를 수 있습니다).",
  },
  "tf.planAddresses": {
    en: "A Terraform plan: resources still to be created have no AWS id yet, so their addresses are their ids and links come from the configuration's references.",
    ko: "Terraform 계획(plan)입니다. 아직 만들어지지 않은 리소스는 AWS ID가 없어 주소를 ID로 쓰고, 연결은 구성의 참조에서 가져왔습니다.",
  },
  "tf.blockDeviceUnread": {
    en: "A block device of instance {instance} is not drawn: the file doesn't say its device name, size, type or Availability Zone.",
    ko: "인스턴스 {instance}의 블록 디바이스 하나는 그리지 않았습니다. 파일에 디바이스 이름, 크기, 유형이나 가용 영역이 없습니다.",
  },
  "tf.stateVersion3": {
    en: "A version 3 state (Terraform 0.11 or older) is read from its flat attributes; for the best result run `terraform state pull` with Terraform 0.12 or newer and import that.",
    ko: "버전 3 상태(Terraform 0.11 이하)를 평면 속성에서 읽었습니다. 더 정확하게 읽으려면 Terraform 0.12 이상에서 `terraform state pull`로 받은 파일을 가져오세요.",
  },
  "tf.launchTemplateRead": {
    en: "Instances launched from an aws_launch_template of the file take what they don't set themselves (instance type, AMI, key, security groups, the first network interface's subnet, groups and public address) from it, and the tags its tag_specifications give instances and volumes (the instance's own tags, volume_tags and a device's tags win): {count} (e.g. {instance} from {template}).",
    ko: "파일에 있는 aws_launch_template으로 시작하는 인스턴스는 직접 정하지 않은 설정(인스턴스 유형, AMI, 키, 보안 그룹, 첫 네트워크 인터페이스의 서브넷·보안 그룹·퍼블릭 주소)과, tag_specifications가 인스턴스와 볼륨에 붙이는 태그를 그 템플릿에서 가져옵니다(인스턴스의 tags, volume_tags, 디바이스의 tags가 우선): {count}개(예: {template}의 {instance}).",
  },
  "tf.instanceInDefaultSubnet": {
    en: "Instances whose configuration sets no subnet_id are drawn in the Region's default subnet, where AWS launches them, not in a subnet of the plan: {count} (e.g. {instance}).",
    ko: "설정에 subnet_id가 없는 인스턴스는 계획 속 서브넷으로 짐작하지 않고, AWS가 실제로 띄우는 리전의 기본 서브넷에 그렸습니다: {count}개(예: {instance}).",
  },
  "tf.natEipPaired": {
    en: "NAT gateways whose allocation_id the plan sets through a local value, a variable or a module output are drawn with their module's own Elastic IP of the same index (as terraform-aws-modules/vpc pairs them): {count} (e.g. {nat} with {eip}).",
    ko: "계획이 로컬 값, 변수 또는 모듈 출력으로 allocation_id를 정하는 NAT 게이트웨이는 같은 모듈에서 인덱스가 같은 탄력적 IP와 함께 그렸습니다(terraform-aws-modules/vpc가 짝짓는 방식): {count}개(예: {nat:과/와} {eip}).",
  },
  "tf.routeTablesUndescribed": {
    en: "Subnets whose route table the file doesn't hold are drawn grey, neither public nor private, as their routes are unknown (private when the plan creates their VPC: a new VPC's main route table has only the local route): {count} (e.g. {subnet}). Without an aws_route_table_association they use their VPC's main route table, which a state holds as aws_default_route_table, as the table of an aws_main_route_table_association, or as the aws_route_table that aws_vpc's main_route_table_id names.",
    ko: "파일에 라우팅 테이블이 없는 서브넷은 라우팅을 알 수 없어 퍼블릭도 프라이빗도 아닌 회색 서브넷으로 그렸습니다(플랜이 새로 만드는 VPC의 서브넷은 프라이빗입니다. 새 VPC의 기본 라우팅 테이블에는 로컬 경로만 있기 때문입니다): {count}개(예: {subnet}). aws_route_table_association이 없는 서브넷은 VPC의 기본 라우팅 테이블을 쓰는데, 상태에는 그 테이블이 aws_default_route_table, aws_main_route_table_association의 테이블, 또는 aws_vpc의 main_route_table_id가 가리키는 aws_route_table로만 들어갑니다.",
  },
  "tf.mainTableOutside": {
    en: "The main route table of VPC {vpc} (aws_vpc's main_route_table_id): the file doesn't hold it, so its routes are unknown.",
    ko: "VPC {vpc}의 기본 라우팅 테이블입니다(aws_vpc의 main_route_table_id). 파일에 없어 경로를 알 수 없습니다.",
  },
  "tf.stateVersionUnread": {
    en: "Terraform state version {shown} is not read (ec2viz reads versions 3 and 4). Upgrade it with a current Terraform (`terraform init` then `terraform state pull`), or import the output of `terraform show -json`.",
    ko: "Terraform 상태 버전 {shown}{은/는} 읽지 못합니다(버전 3과 4만 읽습니다). 최신 Terraform으로 올리거나(`terraform init` 후 `terraform state pull`), `terraform show -json`의 출력을 가져오세요.",
  },
} as const satisfies Record<string, LocalText>;

type ImportTextKey = keyof typeof IMPORT_TEXT;
/** Every key, for tests that render the whole table. */
export const IMPORT_TEXT_KEYS = Object.keys(IMPORT_TEXT) as ImportTextKey[];

/** An importer's sentence in both languages, with its params filled in. */
export function importText(key: ImportTextKey, params: TextParams = {}): LocalText {
  return localize(IMPORT_TEXT[key], params);
}

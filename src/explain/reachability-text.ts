// The words of the three reachability answers (src/model/reachability.ts), English and Korean, one
// template per sentence. Korean particles after names, ids and numbers come from the interpolator
// ({name:이/가}), so they fit whatever the name ends with.
import { PUBLIC_NAMES } from "../i18n/accessible-names.ts";
import type { LocalText } from "../i18n/text.ts";

const text = <K extends string>(table: Record<K, LocalText>) => table;

export const REACH_TEXT = text({
  // Questions and verdicts.
  // Questions and buttons people and scripts find the answers by: public names, kept there.
  outboundQuestion: PUBLIC_NAMES.outboundQuestion.text,
  peerQuestion: PUBLIC_NAMES.peerQuestion.text,
  inboundYes: { en: "Reachable from the internet", ko: "인터넷에서 접근할 수 있음" },
  inboundNo: { en: "Not reachable from the internet", ko: "인터넷에서 접근할 수 없음" },
  inboundUnknown: {
    en: "Unknown: what decides it is outside this document",
    ko: "알 수 없음: 이를 결정하는 정보가 이 문서에 없음",
  },
  outboundYes: { en: "Can reach the internet", ko: "인터넷으로 나갈 수 있음" },
  outboundUnknown: {
    en: "Unknown: what decides it is outside this document",
    ko: "알 수 없음: 이를 결정하는 정보가 이 문서에 없음",
  },
  outboundNo: { en: "Cannot reach the internet", ko: "인터넷으로 나갈 수 없음" },
  outboundRanges: {
    en: "Can reach only {ranges} on {traffic}",
    ko: "{traffic}{으로/로}는 {ranges}에만 나갈 수 있음",
  },
  peerYes: {
    en: "{from} can reach {to} on {traffic}",
    ko: "{from}에서 {to}의 {traffic}{으로/로} 연결할 수 있음",
  },
  peerNo: {
    en: "{from} cannot reach {to} on {traffic}",
    ko: "{from}에서 {to}의 {traffic}{으로/로} 연결할 수 없음",
  },
  met: { en: "Met", ko: "충족" },
  notMet: { en: "Not met", ko: "미충족" },
  unknownStatus: { en: "Unknown", ko: "알 수 없음" },
  checksForEveryPort: { en: "What every port needs", ko: "모든 포트에 필요한 조건" },
  portsHeading: { en: "Ports its security groups open", ko: "보안 그룹이 여는 포트" },
  noPorts: {
    en: "Its security groups open no port to any address range, so nothing from outside gets in.",
    ko: "보안 그룹이 어떤 주소 범위에도 포트를 열지 않아 밖에서는 아무것도 들어올 수 없습니다.",
  },
  noPortsOutside: {
    en: "Its security groups are outside this document, so which ports they open is unknown.",
    ko: "보안 그룹이 이 문서 밖에 있어 어떤 포트를 여는지 알 수 없습니다.",
  },
  noPortsSomeOutside: {
    en: "Its security groups in this document open no port to any address range, but some of its groups are outside this document, so which ports those open is unknown.",
    ko: "이 문서에 있는 보안 그룹은 어떤 주소 범위에도 포트를 열지 않지만, 일부 보안 그룹이 문서 밖에 있어 그 그룹이 여는 포트는 알 수 없습니다.",
  },
  noPortsVpcDefault: {
    en: "The default security group of its VPC opens no port to any address range, so nothing from the internet gets in.",
    ko: "VPC의 기본 보안 그룹은 어떤 주소 범위에도 포트를 열지 않아 인터넷에서는 아무것도 들어올 수 없습니다.",
  },
  portAnywhere: { en: "{traffic}: from anywhere", ko: "{traffic}: 어디서든 접근 가능" },
  portRanges: { en: "{traffic}: only from {ranges}", ko: "{traffic}: {ranges}에서만 접근 가능" },
  portBlocked: { en: "{traffic}: not reachable", ko: "{traffic}: 접근 불가" },
  awsDoc: PUBLIC_NAMES.awsDocLink.text,
  showPath: PUBLIC_NAMES.showPath.text,
  otherInstance: PUBLIC_NAMES.otherInstance.text,
  // The "Other instance" picker's list: bounded, so it says when typing would show more.
  pickerMore: {
    en: "{shown} of {total} shown: type a name or id to narrow them",
    ko: "{total}개 중 {shown}개 표시: 이름이나 ID를 입력해 좁히세요",
  },
  pickerNoMatch: {
    en: "No other instance matches “{query}”.",
    ko: "“{query}”에 맞는 다른 인스턴스가 없습니다.",
  },
  protocol: { en: "Protocol", ko: "프로토콜" },
  port: { en: "Port", ko: "포트" },
  check: PUBLIC_NAMES.reachCheck.text,
  noOtherInstance: {
    en: "There is no other instance in this document to connect to.",
    ko: "이 문서에는 연결할 다른 인스턴스가 없습니다.",
  },
  decides: { en: "decides", ko: "결정 요소" },

  // Instance state.
  running: { en: "Instance {instance} is running.", ko: "인스턴스 {instance:이/가} 실행 중입니다." },
  notRunning: {
    en: "Instance {instance} is {state}: only a running instance sends or answers traffic, and a stopped instance gives back its public IPv4 address (an Elastic IP stays).",
    ko: "인스턴스 {instance:은/는} '{state}' 상태입니다. 실행 중인 인스턴스만 트래픽을 보내고 받으며, 중지된 인스턴스는 퍼블릭 IPv4 주소를 반납합니다(탄력적 IP는 남습니다).",
  },

  // Internet gateway.
  gatewayMet: {
    en: "Internet gateway {gateway} is attached to VPC {vpc}.",
    ko: "인터넷 게이트웨이 {gateway:이/가} VPC {vpc}에 연결되어 있습니다.",
  },
  gatewayNotMet: {
    en: "VPC {vpc} has no internet gateway attached, so nothing from the internet can enter it.",
    ko: "VPC {vpc}에 연결된 인터넷 게이트웨이가 없어 인터넷에서 들어올 길이 없습니다.",
  },
  gatewayOutside: {
    en: "VPC {vpc} is outside this document: whether an internet gateway is attached to it is unknown.",
    ko: "VPC {vpc:은/는} 이 문서 밖에 있어 인터넷 게이트웨이가 연결되어 있는지 알 수 없습니다.",
  },
  gatewayUndescribed: {
    en: "Whether an internet gateway is attached to VPC {vpc} is unknown: this document doesn't describe its internet gateways (describe-vpcs doesn't tell; describe-internet-gateways does).",
    ko: "VPC {vpc}에 인터넷 게이트웨이가 연결되어 있는지 알 수 없습니다. 이 문서에는 VPC의 인터넷 게이트웨이 정보가 없습니다(describe-vpcs에는 나오지 않고 describe-internet-gateways에 나옵니다).",
  },
  gatewayNoVpc: {
    en: "The instance's subnet is not in this document, so its VPC and internet gateway are unknown.",
    ko: "인스턴스의 서브넷이 이 문서에 없어 VPC와 인터넷 게이트웨이를 알 수 없습니다.",
  },

  // Route tables.
  routeIgw: {
    en: "Route table {table} sends {destination} to internet gateway {target}, attached to this VPC: subnet {subnet} is public.",
    ko: "라우팅 테이블 {table:이/가} {destination:을/를} 이 VPC에 연결된 인터넷 게이트웨이 {target:으로/로} 보내므로 서브넷 {subnet:은/는} 퍼블릭입니다.",
  },
  routeDetached: {
    en: "Route table {table} sends {destination} to {target}, which is not attached to this VPC: the route leads nowhere.",
    ko: "라우팅 테이블 {table:이/가} {destination:을/를} {target:으로/로} 보내지만, 이 게이트웨이는 이 VPC에 연결되어 있지 않아 경로가 막혀 있습니다.",
  },
  routeGatewayUnknown: {
    en: "Route table {table} sends {destination} to internet gateway {target}, defined outside this document without the VPC it is attached to: whether subnet {subnet} is public can't be told here. Import the gateway's source too (describe-internet-gateways output, or the stack or state that defines it).",
    ko: "라우팅 테이블 {table:이/가} {destination:을/를} 인터넷 게이트웨이 {target:으로/로} 보내지만, 이 게이트웨이는 문서 밖에 정의되어 있고 어느 VPC에 연결되어 있는지 기록이 없어 서브넷 {subnet:이/가} 퍼블릭인지 여기서는 알 수 없습니다. 게이트웨이를 정의한 곳(describe-internet-gateways 출력, 또는 게이트웨이를 정의한 스택이나 상태)도 함께 가져오세요.",
  },
  routeNat: {
    en: "Route table {table} sends {destination} to NAT gateway {target}.",
    ko: "라우팅 테이블 {table:이/가} {destination:을/를} NAT 게이트웨이 {target:으로/로} 보냅니다.",
  },
  routeNatInbound: {
    en: "Route table {table} sends {destination} to NAT gateway {target}, not to an internet gateway: subnet {subnet} is private, and a NAT gateway only lets connections out.",
    ko: "라우팅 테이블 {table:이/가} {destination:을/를} 인터넷 게이트웨이가 아닌 NAT 게이트웨이 {target:으로/로} 보내므로 서브넷 {subnet:은/는} 프라이빗입니다. NAT 게이트웨이는 나가는 연결만 허용합니다.",
  },
  routeOther: {
    en: "Route table {table} sends {destination} to {target}, which is not a way to the internet.",
    ko: "라우팅 테이블 {table:이/가} {destination:을/를} {target:으로/로} 보내지만, 그곳은 인터넷으로 가는 길이 아닙니다.",
  },
  routeNone: {
    en: "Route table {table} has no route for internet addresses (0.0.0.0/0), only the local route inside the VPC: subnet {subnet} is private.",
    ko: "라우팅 테이블 {table}에는 인터넷 주소(0.0.0.0/0)로 가는 경로가 없고 VPC 안의 로컬 경로만 있어 서브넷 {subnet:은/는} 프라이빗입니다.",
  },
  routeImplicit: {
    en: "Subnet {subnet} uses its VPC's main route table, which has only the local route: no way to the internet.",
    ko: "서브넷 {subnet:은/는} VPC의 기본 라우팅 테이블을 쓰는데, 여기에는 로컬 경로만 있어 인터넷으로 가는 길이 없습니다.",
  },
  routeOutsideVpc: {
    en: "Subnet {subnet} has no route table of its own in this document, and its VPC {vpc} is outside it: the main route table it uses, and so whether it is public, is unknown.",
    ko: "서브넷 {subnet}에는 이 문서에 자기 라우팅 테이블이 없고 VPC {vpc:은/는} 문서 밖에 있어, 서브넷이 쓰는 기본 라우팅 테이블도, 퍼블릭인지도 알 수 없습니다.",
  },
  routeTableOutside: {
    en: "Subnet {subnet} uses route table {table}, which is outside this document: its routes, and so whether the subnet is public, are unknown.",
    ko: "서브넷 {subnet:은/는} 라우팅 테이블 {table:을/를} 쓰는데, 이 테이블은 문서 밖에 있어 경로도, 서브넷이 퍼블릭인지도 알 수 없습니다.",
  },
  routeNoSubnet: {
    en: "The instance's subnet is not in this document.",
    ko: "인스턴스의 서브넷이 이 문서에 없습니다.",
  },

  // Public address.
  addressPublic: {
    en: "It has a public IPv4 address, which the internet gateway maps to its private address.",
    ko: "퍼블릭 IPv4 주소가 있어 인터넷 게이트웨이가 이 주소를 인스턴스의 프라이빗 주소로 바꿔 줍니다.",
  },
  addressEip: {
    en: "Elastic IP {eip} gives it a fixed public address.",
    ko: "탄력적 IP {eip:이/가} 고정 퍼블릭 주소를 줍니다.",
  },
  addressNone: {
    en: "It has no public IPv4 address and no Elastic IP: the internet has no address to send to, and the gateway can't carry its traffic.",
    ko: "퍼블릭 IPv4 주소도 탄력적 IP도 없어 인터넷에서 보낼 주소가 없고, 인터넷 게이트웨이도 트래픽을 내보낼 수 없습니다.",
  },

  // NAT gateway.
  natReady: {
    en: "NAT gateway {nat} is public, has Elastic IP {eip} and sits in public subnet {subnet}: it sends the traffic out with its own address.",
    ko: "NAT 게이트웨이 {nat:은/는} 퍼블릭이고 탄력적 IP {eip:이/가} 있으며 퍼블릭 서브넷 {subnet}에 있어, 자신의 주소로 트래픽을 내보냅니다.",
  },
  natPrivate: {
    en: "NAT gateway {nat} is private: it reaches other networks, never the internet.",
    ko: "NAT 게이트웨이 {nat:은/는} 프라이빗이라 다른 네트워크에만 닿고 인터넷에는 닿지 않습니다.",
  },
  natNoEip: {
    en: "NAT gateway {nat} has no Elastic IP, so it has no public address to go out with.",
    ko: "NAT 게이트웨이 {nat}에 탄력적 IP가 없어 밖으로 나갈 퍼블릭 주소가 없습니다.",
  },
  natSubnet: {
    en: "NAT gateway {nat} sits in subnet {subnet}, which has no route to an internet gateway.",
    ko: "NAT 게이트웨이 {nat:이/가} 있는 서브넷 {subnet}에는 인터넷 게이트웨이로 가는 경로가 없습니다.",
  },
  natMissing: {
    en: "NAT gateway {nat} is not defined in this document.",
    ko: "NAT 게이트웨이 {nat:이/가} 이 문서에 정의되어 있지 않습니다.",
  },

  // Security groups, inbound from the internet.
  sgUndefined: {
    en: "Its security groups are not defined in this document, so no inbound rule of theirs can be read here.",
    ko: "보안 그룹이 이 문서에 정의되어 있지 않아 인바운드 규칙을 여기서 읽을 수 없습니다.",
  },
  sgDefaultIn: {
    en: "It lists no security group, so it is in the default security group of {vpc}: AWS puts an instance launched without one there. That group's default inbound rule admits traffic only from instances in the same group, so nothing from the internet gets in (unless its rules were changed outside this document).",
    ko: "지정된 보안 그룹이 없으므로 {vpc}의 기본 보안 그룹에 속합니다. AWS는 보안 그룹 없이 시작한 인스턴스를 이 그룹에 넣습니다. 이 그룹의 기본 인바운드 규칙은 같은 그룹에 속한 인스턴스의 트래픽만 허용하므로 인터넷에서는 아무것도 들어올 수 없습니다(문서 밖에서 규칙을 바꾸지 않았다면).",
  },
  sgInAnywhere: {
    en: "Its security groups admit {traffic} from every internet address.",
    ko: "보안 그룹이 모든 인터넷 주소에서 오는 {traffic:을/를} 허용합니다.",
  },
  sgInRanges: {
    en: "Its security groups admit {traffic} only from {ranges}; the rest of the internet is refused.",
    ko: "보안 그룹이 {ranges}에서 오는 {traffic}만 허용하고, 나머지 인터넷 주소는 막습니다.",
  },
  sgInPrivate: {
    en: "Its security groups admit {traffic} only from private ranges, which no internet address is in.",
    ko: "보안 그룹이 {traffic:을/를} 프라이빗 주소 범위에서만 허용하는데, 인터넷 주소는 그 안에 없습니다.",
  },
  sgInClosed: {
    en: "No inbound rule of its security groups ({groups}) admits {traffic}.",
    ko: "보안 그룹({groups})의 인바운드 규칙 중 {traffic:을/를} 허용하는 것이 없습니다.",
  },
  sgRule: {
    en: "Rule {rule} of {group}: {traffic} from {cidr}",
    ko: "{group}의 규칙 {rule}: {cidr}에서 오는 {traffic}",
  },
  sgRulePrivate: {
    en: "Rule {rule} of {group}: {traffic} from {cidr}, a private range: nothing from the internet",
    ko: "{group}의 규칙 {rule}: {cidr}에서 오는 {traffic}. 프라이빗 범위라 인터넷에서는 아무것도 들어오지 않습니다",
  },
  sgRuleGroup: {
    en: "Rule {rule} of {group}: {traffic} from members of security group {source}",
    ko: "{group}의 규칙 {rule}: 보안 그룹 {source} 소속에서 오는 {traffic}",
  },
  sgRuleOut: {
    en: "Rule {rule} of {group}: {traffic} to {cidr}",
    ko: "{group}의 규칙 {rule}: {cidr}{으로/로} 가는 {traffic}",
  },
  sgRuleOutGroup: {
    en: "Rule {rule} of {group}: {traffic} to members of security group {source}",
    ko: "{group}의 규칙 {rule}: 보안 그룹 {source} 소속으로 가는 {traffic}",
  },

  // Security groups, outbound.
  sgOutDefault: {
    en: "Security group {group} keeps AWS's default outbound rule: all traffic out. Replies come back whatever the inbound rules say, because security groups are stateful.",
    ko: "보안 그룹 {group:은/는} AWS 기본 아웃바운드 규칙(모든 트래픽 허용)을 그대로 씁니다. 보안 그룹은 상태 저장(stateful) 방식이므로 응답은 인바운드 규칙과 상관없이 돌아옵니다.",
  },
  sgOutAnywhere: {
    en: "Its security groups let {traffic} out to every internet address; the replies come back on their own (security groups are stateful).",
    ko: "보안 그룹이 모든 인터넷 주소로 나가는 {traffic:을/를} 허용합니다. 보안 그룹은 상태 저장(stateful) 방식이므로 응답은 따로 허용하지 않아도 돌아옵니다.",
  },
  sgOutRanges: {
    en: "Its security groups let {traffic} out only to {ranges}.",
    ko: "보안 그룹이 {ranges}{으로/로} 나가는 {traffic}만 허용합니다.",
  },
  sgOutClosed: {
    en: "No outbound rule of its security groups ({groups}) lets {traffic} out to the internet.",
    ko: "보안 그룹({groups})의 아웃바운드 규칙 중 인터넷으로 나가는 {traffic:을/를} 허용하는 것이 없습니다.",
  },
  sgUndefinedOut: {
    en: "Its security groups are not defined in this document, so no outbound rule of theirs can be read here.",
    ko: "보안 그룹이 이 문서에 정의되어 있지 않아 아웃바운드 규칙을 여기서 읽을 수 없습니다.",
  },
  sgDefaultOut: {
    en: "It lists no security group, so it is in the default security group of {vpc}: AWS puts an instance launched without one there. That group's default outbound rule allows all traffic out (unless its rules were changed outside this document), and the replies come back on their own (security groups are stateful).",
    ko: "지정된 보안 그룹이 없으므로 {vpc}의 기본 보안 그룹에 속합니다. AWS는 보안 그룹 없이 시작한 인스턴스를 이 그룹에 넣습니다. 이 그룹의 기본 아웃바운드 규칙은 모든 트래픽을 내보내며(문서 밖에서 규칙을 바꾸지 않았다면), 보안 그룹은 상태 저장(stateful) 방식이므로 응답은 따로 허용하지 않아도 돌아옵니다.",
  },

  // Security groups between two instances.
  peerOutDefault: {
    en: "Security group {group} of {from} keeps AWS's default outbound rule: all traffic out.",
    ko: "{from}의 보안 그룹 {group:은/는} AWS 기본 아웃바운드 규칙(모든 트래픽 허용)을 그대로 씁니다.",
  },
  peerOutGroup: {
    en: "{from}'s security groups let {traffic} out to a group {to} belongs to.",
    ko: "{from}의 보안 그룹이 {to:이/가} 속한 보안 그룹으로 나가는 {traffic:을/를} 허용합니다.",
  },
  peerOutCidr: {
    en: "{from}'s security groups let {traffic} out to a range that holds all of {to}'s subnet.",
    ko: "{from}의 보안 그룹이 {to}의 서브넷 전체를 포함하는 범위로 나가는 {traffic:을/를} 허용합니다.",
  },
  peerOutPartial: {
    en: "{from}'s security groups let {traffic} out only to part of {to}'s subnet: whether {to} is in it depends on its private address, which the document doesn't record.",
    ko: "{from}의 보안 그룹은 {to}의 서브넷 일부로 나가는 {traffic}만 허용합니다. {to:이/가} 그 안에 있는지는 문서에 없는 프라이빗 주소에 달려 있습니다.",
  },
  peerOutClosed: {
    en: "No outbound rule of {from}'s security groups ({groups}) lets {traffic} out to {to}.",
    ko: "{from}의 보안 그룹({groups}) 아웃바운드 규칙 중 {to:으로/로} 가는 {traffic:을/를} 허용하는 것이 없습니다.",
  },
  peerInGroup: {
    en: "{to}'s security groups admit {traffic} from a group {from} belongs to (a security group reference admits its members' private addresses).",
    ko: "{to}의 보안 그룹이 {from:이/가} 속한 보안 그룹에서 오는 {traffic:을/를} 허용합니다(보안 그룹을 참조하면 그 그룹에 속한 인스턴스의 프라이빗 주소가 허용됩니다).",
  },
  peerInCidr: {
    en: "{to}'s security groups admit {traffic} from a range that holds all of {from}'s subnet.",
    ko: "{to}의 보안 그룹이 {from}의 서브넷 전체를 포함하는 범위에서 오는 {traffic:을/를} 허용합니다.",
  },
  peerInPartial: {
    en: "{to}'s security groups admit {traffic} only from part of {from}'s subnet: whether {from} is in it depends on its private address, which the document doesn't record.",
    ko: "{to}의 보안 그룹은 {from}의 서브넷 일부에서 오는 {traffic}만 허용합니다. {from:이/가} 그 안에 있는지는 문서에 없는 프라이빗 주소에 달려 있습니다.",
  },
  peerInClosed: {
    en: "No inbound rule of {to}'s security groups ({groups}) admits {traffic} from {from}, by its address or by one of its groups.",
    ko: "{to}의 보안 그룹({groups}) 인바운드 규칙 중 {from}에서 오는 {traffic:을/를} 주소나 보안 그룹으로 허용하는 것이 없습니다.",
  },
  peerUndefined: {
    en: "{to}'s security groups are not defined in this document, so no inbound rule of theirs can be read here.",
    ko: "{to}의 보안 그룹이 이 문서에 정의되어 있지 않아 인바운드 규칙을 여기서 읽을 수 없습니다.",
  },
  peerUndefinedOut: {
    en: "{from}'s security groups are not defined in this document, so no outbound rule of theirs can be read here.",
    ko: "{from}의 보안 그룹이 이 문서에 정의되어 있지 않아 아웃바운드 규칙을 여기서 읽을 수 없습니다.",
  },
  peerOutVpcDefault: {
    en: "{from} lists no security group, so it is in the default security group of {vpc}, whose default outbound rule allows all traffic out (unless its rules were changed outside this document).",
    ko: "{from}에는 지정된 보안 그룹이 없어 {vpc}의 기본 보안 그룹에 속하며, 이 그룹의 기본 아웃바운드 규칙은 모든 트래픽을 내보냅니다(문서 밖에서 규칙을 바꾸지 않았다면).",
  },
  peerInVpcDefault: {
    en: "Neither {from} nor {to} lists a security group, so both are in the default security group of {vpc}, whose default inbound rule admits all traffic from instances in the same group (unless its rules were changed outside this document).",
    ko: "{from}에도 {to}에도 지정된 보안 그룹이 없어 둘 다 {vpc}의 기본 보안 그룹에 속합니다. 이 그룹의 기본 인바운드 규칙은 같은 그룹에 속한 인스턴스의 모든 트래픽을 허용합니다(문서 밖에서 규칙을 바꾸지 않았다면).",
  },
  peerInVpcDefaultOwnGroups: {
    en: "{to} lists no security group, so it is in the default security group of {vpc}, whose default inbound rule admits traffic only from instances in that same group; {from} lists security groups of its own, so it isn't one of them.",
    ko: "{to}에는 지정된 보안 그룹이 없어 {vpc}의 기본 보안 그룹에 속합니다. 이 그룹의 기본 인바운드 규칙은 같은 그룹에 속한 인스턴스의 트래픽만 허용하는데, {from}에는 자기 보안 그룹이 지정되어 있어 이 그룹에 속하지 않습니다.",
  },
  peerInVpcDefaultOtherVpc: {
    en: "{to} lists no security group, so it is in the default security group of {vpc}, whose default inbound rule admits traffic only from instances in that same group; {from} lists none either, but it is not in {vpc}, and each VPC has its own default group.",
    ko: "{to}에는 지정된 보안 그룹이 없어 {vpc}의 기본 보안 그룹에 속합니다. 이 그룹의 기본 인바운드 규칙은 같은 그룹에 속한 인스턴스의 트래픽만 허용합니다. {from}에도 지정된 보안 그룹이 없지만 {vpc}에 있지 않고, 기본 보안 그룹은 VPC마다 따로 있습니다.",
  },
  sgDocumentDefault: {
    en: "{who} lists no security group, so it is in {group}, the default security group of {vpc} (AWS puts an instance launched without one there), judged by the rules this document gives it.",
    ko: "{who}에는 지정된 보안 그룹이 없어 {vpc}의 기본 보안 그룹 {group}에 속합니다(AWS는 보안 그룹 없이 시작한 인스턴스를 이 그룹에 넣습니다). 이 문서에 적힌 그 그룹의 규칙으로 판단합니다.",
  },
  defaultGroupVpc: { en: "VPC {vpc}", ko: "VPC {vpc}" },
  defaultGroupVpcUnknown: { en: "its VPC", ko: "해당 VPC" },

  // Same VPC.
  sameVpc: {
    en: "Both are in VPC {vpc}: the local route of route table {table} carries traffic between its subnets.",
    ko: "둘 다 VPC {vpc}에 있어 라우팅 테이블 {table}의 로컬 경로가 서브넷 사이의 트래픽을 전달합니다.",
  },
  sameVpcImplicit: {
    en: "Both are in VPC {vpc}: the local route every route table has carries traffic between its subnets.",
    ko: "둘 다 VPC {vpc}에 있어 모든 라우팅 테이블에 있는 로컬 경로가 서브넷 사이의 트래픽을 전달합니다.",
  },
  otherVpc: {
    en: "{from} is in VPC {vpcA} and {to} in VPC {vpcB}: traffic between VPCs needs a peering connection or a transit gateway, which ec2viz doesn't model.",
    ko: "{from:은/는} VPC {vpcA}에, {to:은/는} VPC {vpcB}에 있습니다. VPC 사이의 트래픽에는 피어링 연결이나 전송 게이트웨이가 필요한데, ec2viz는 이를 다루지 않습니다.",
  },
  unknownVpc: {
    en: "The subnet of one of the two instances is not in this document.",
    ko: "두 인스턴스 중 하나의 서브넷이 이 문서에 없습니다.",
  },

  // Network ACLs.
  aclDefault: {
    en: "Subnet {subnet} uses its VPC's default network ACL, which allows all traffic both ways.",
    ko: "서브넷 {subnet:은/는} 양방향 모든 트래픽을 허용하는 VPC의 기본 네트워크 ACL을 씁니다.",
  },
  aclIntro: {
    en: "Network ACL {acl} of subnet {subnet}: stateless, so the request and its reply are checked separately, lowest rule number first.",
    ko: "서브넷 {subnet}의 네트워크 ACL {acl}: 상태 비저장(stateless) 방식이므로 요청과 응답을 따로, 규칙 번호가 낮은 것부터 검사합니다.",
  },
  aclSameSubnet: {
    en: "Both are in subnet {subnet}: a network ACL filters traffic entering and leaving a subnet, not inside it, so no ACL is evaluated.",
    ko: "둘 다 서브넷 {subnet}에 있습니다. 네트워크 ACL은 서브넷에 드나드는 트래픽만 거르고 서브넷 안의 트래픽은 검사하지 않습니다.",
  },
  legIn: { en: "In: {what} from {peer}: {result}", ko: "인바운드: {peer}에서 오는 {what}: {result}" },
  legOut: { en: "Out: {what} to {peer}: {result}", ko: "아웃바운드: {peer}{으로/로} 가는 {what}: {result}" },
  legReplies: { en: "the replies on ports {from}-{to}", ko: "포트 {from}-{to}의 응답" },
  peerInternet: { en: "the internet", ko: "인터넷" },
  peerSubnet: { en: "subnet {subnet} ({cidr})", ko: "서브넷 {subnet}({cidr})" },
  resultAllowed: { en: "allowed by rule {rules}", ko: "규칙 {rules}에서 허용" },
  resultDefault: { en: "allowed", ko: "허용" },
  resultDenied: { en: "denied by {rules}", ko: "{rules}에서 거부" },
  resultSomeAddresses: {
    en: "allowed only for {ranges} (rule {allow}); the rest is denied by {deny}",
    ko: "{ranges}만 허용(규칙 {allow}), 나머지는 {deny}에서 거부",
  },
  resultSomePorts: {
    en: "allowed only on ports {ports} (rule {allow}); the other ports are denied by {deny}, so a client that picks one of them gets no answer",
    ko: "포트 {ports}만 허용(규칙 {allow}), 나머지 포트는 {deny}에서 거부되어 그 포트를 고른 클라이언트는 응답을 받지 못합니다",
  },
  ruleList: { en: "rule {numbers}", ko: "규칙 {numbers}" },
  finalRule: { en: "the final * rule", ko: "마지막 * 규칙" },
});

export type ReachTextKey = keyof typeof REACH_TEXT;

/** Titles of the AWS pages each kind of check cites. */
export const REACH_DOCS = {
  running: {
    url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html",
    title: { en: "Instance state changes", ko: "인스턴스 상태 변경" },
  },
  gateway: {
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html",
    title: { en: "Internet gateways", ko: "인터넷 게이트웨이" },
  },
  route: {
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
    title: { en: "Route tables", ko: "라우팅 테이블" },
  },
  "public-address": {
    url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html",
    title: { en: "Instance IP addressing", ko: "인스턴스 IP 주소 지정" },
  },
  nat: {
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html",
    title: { en: "NAT gateways", ko: "NAT 게이트웨이" },
  },
  "sg-ingress": {
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    title: { en: "Security group rules", ko: "보안 그룹 규칙" },
  },
  "sg-egress": {
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    title: { en: "Security group rules", ko: "보안 그룹 규칙" },
  },
  /** A security group check answered by the VPC's default group (the instance lists none). */
  "sg-default": {
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
    title: { en: "Default security groups for your VPCs", ko: "VPC의 기본 보안 그룹" },
  },
  "same-vpc": {
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
    title: { en: "Route tables", ko: "라우팅 테이블" },
  },
  acl: {
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
    title: { en: "Network ACLs", ko: "네트워크 ACL" },
  },
} as const;

// Explanations of routing and subnet-edge filtering (format 2): route tables and their routes, NAT
// gateways, Elastic IPs, network ACLs, security group references and key pairs, in English and
// Korean. Our own words, checked against the linked AWS pages (Amazon VPC and EC2 User Guides).
import type { ConceptEntry } from "./catalog-types.ts";

/**
 * The four resources format 2 adds. Their titles are their public kind words, so once these kinds
 * are diagram kinds (LABEL_KINDS) this record is their KIND_CONCEPTS entry, spread into kinds.ts.
 */
const NETWORK_KIND_IDS = ["routeTable", "natGateway", "elasticIp", "networkAcl"] as const;
type NetworkKindId = (typeof NETWORK_KIND_IDS)[number];

/** Concepts met inside those resources and in the reachability answers. */
export const NETWORK_RELATED_IDS = [
  "mainRouteTable",
  "localRoute",
  "privateNatGateway",
  "networkAclRules",
  "ephemeralPorts",
  "defaultNetworkAcl",
  "securityGroupReferences",
  "keyPair",
] as const;
type NetworkRelatedId = (typeof NETWORK_RELATED_IDS)[number];

type NetworkConceptId = NetworkKindId | NetworkRelatedId;

const NETWORK_CONCEPTS: Record<NetworkConceptId, ConceptEntry> = {
  routeTable: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
    en: {
      title: "Route table",
      what: "A route table is the list of routes a subnet's traffic follows. Each route pairs a destination (an address range such as 0.0.0.0/0, meaning every IPv4 address) with a target: an internet gateway, a NAT gateway, an instance, or a connection to another network. When several routes match, the most specific one (the longest prefix) wins.",
      why: "Routing is what really makes a subnet public or private. The same instance is reachable or hidden depending only on whether its subnet's table sends 0.0.0.0/0 to an internet gateway attached to the VPC.",
      relations:
        "A table belongs to one VPC and always holds the implicit local route for the VPC's own addresses. Each subnet uses exactly one table: the one it is explicitly associated with, else the VPC's main table. One table can serve many subnets. ec2viz draws it as a small mark on each subnet that uses it; select the mark to see its routes.",
      docTitle: "Configure route tables",
    },
    ko: {
      title: "라우팅 테이블",
      what: "라우팅 테이블은 서브넷의 트래픽이 따라가는 경로 목록입니다. 경로마다 목적지(예: 모든 IPv4 주소를 뜻하는 0.0.0.0/0)와 대상(인터넷 게이트웨이, NAT 게이트웨이, 인스턴스, 다른 네트워크로 가는 연결 등)이 짝지어 있습니다. 여러 경로가 맞으면 가장 구체적인 경로, 곧 접두사가 가장 긴 경로가 쓰입니다.",
      why: "서브넷을 실제로 퍼블릭이나 프라이빗으로 만드는 것은 라우팅입니다. 같은 인스턴스라도 서브넷의 테이블이 0.0.0.0/0을 VPC에 연결된 인터넷 게이트웨이로 보내는지에 따라 밖에서 접근할 수도, 숨겨질 수도 있습니다.",
      relations:
        "테이블은 한 VPC에 속하며, VPC 자체 주소로 가는 로컬 경로를 늘 암묵적으로 갖고 있습니다. 서브넷은 정확히 하나의 테이블을 씁니다. 명시적으로 연결한 테이블이 있으면 그것을, 없으면 VPC의 기본 테이블을 씁니다. 테이블 하나를 여러 서브넷이 함께 쓸 수 있습니다. ec2viz는 테이블을 쓰는 서브넷마다 작은 표시로 그리며, 표시를 선택하면 경로를 볼 수 있습니다.",
      docTitle: "라우팅 테이블 구성",
    },
  },
  mainRouteTable: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-route-tables.html",
    en: {
      title: "Main route table",
      what: "Every VPC comes with one main route table. Any subnet that is not explicitly associated with another table uses it automatically.",
      why: "It guarantees that a new subnet always has routes, even before anyone thinks about routing. That is also its risk: a route added to the main table reaches every subnet that relies on it.",
      relations:
        "A VPC has exactly one main table. The usual safe design keeps the main table private (local route only, perhaps a NAT gateway) and gives public subnets their own custom table with 0.0.0.0/0 to the internet gateway. The main table can't be deleted, but another table can be made main.",
      docTitle: "Subnet route tables",
    },
    ko: {
      title: "기본 라우팅 테이블",
      what: "모든 VPC에는 기본(main) 라우팅 테이블이 하나씩 있습니다. 다른 테이블에 명시적으로 연결되지 않은 서브넷은 자동으로 이 테이블을 씁니다.",
      why: "라우팅을 따로 신경 쓰기 전에도 새 서브넷에 늘 경로가 있도록 해 줍니다. 다만 주의할 점이 있습니다. 기본 테이블에 경로를 추가하면 이 테이블에 기대는 모든 서브넷에 적용됩니다.",
      relations:
        "VPC마다 기본 테이블은 정확히 하나입니다. 흔히 쓰는 안전한 설계는 기본 테이블을 프라이빗으로 두고(로컬 경로만, 필요하면 NAT 게이트웨이), 퍼블릭 서브넷에는 0.0.0.0/0을 인터넷 게이트웨이로 보내는 사용자 지정 테이블을 따로 연결하는 것입니다. 기본 테이블은 삭제할 수 없지만 다른 테이블을 기본으로 바꿀 수는 있습니다.",
      docTitle: "서브넷 라우팅 테이블",
    },
  },
  localRoute: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-route-tables.html",
    en: {
      title: "Local route",
      what: "The local route sends traffic for the VPC's own CIDR block to the VPC itself. AWS adds it to every route table.",
      why: "It is why instances in different subnets of one VPC can talk to each other without any extra setup: their traffic never leaves the VPC.",
      relations:
        "It can't be deleted, and ec2viz doesn't write it in the file: every table has it. Whether two instances may actually talk is still decided by their security groups and by the network ACLs of both subnets.",
      docTitle: "Subnet route tables",
    },
    ko: {
      title: "로컬 경로",
      what: "로컬 경로는 VPC 자체의 CIDR 블록으로 가는 트래픽을 VPC 안으로 보냅니다. AWS가 모든 라우팅 테이블에 넣어 둡니다.",
      why: "한 VPC 안의 서로 다른 서브넷에 있는 인스턴스끼리 따로 설정하지 않아도 통신할 수 있는 이유가 이 경로입니다. 이 트래픽은 VPC 밖으로 나가지 않습니다.",
      relations:
        "로컬 경로는 삭제할 수 없으며, 모든 테이블에 있으므로 ec2viz는 파일에 적지 않습니다. 두 인스턴스가 실제로 통신할 수 있는지는 여전히 보안 그룹과 양쪽 서브넷의 네트워크 ACL이 정합니다.",
      docTitle: "서브넷 라우팅 테이블",
    },
  },
  natGateway: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html",
    en: {
      title: "NAT gateway",
      what: "A NAT gateway lets instances in private subnets open connections to the outside while nobody outside can open a connection to them. It replaces the instance's private source address with its own address on the way out, and maps the replies back.",
      why: "Private servers still need to download updates and call external APIs. A NAT gateway gives them that one-way door without a public address of their own. AWS runs it for you, scaled and highly available within its Availability Zone.",
      relations:
        "A public NAT gateway (the default) sits in a public subnet and needs an Elastic IP; private subnets send 0.0.0.0/0 to it in their route table, and it goes on through the internet gateway. It lives in one zone, so AWS recommends one per zone. NAT gateways are charged by the hour and per gigabyte processed.",
      docTitle: "NAT gateways",
    },
    ko: {
      title: "NAT 게이트웨이",
      what: "NAT 게이트웨이는 프라이빗 서브넷의 인스턴스가 바깥으로 연결을 열 수 있게 하면서도, 바깥에서는 그 인스턴스로 연결을 시작하지 못하게 합니다. 나가는 트래픽의 출발지 프라이빗 주소를 자기 주소로 바꾸고, 돌아오는 응답은 다시 원래 인스턴스로 돌려줍니다.",
      why: "프라이빗 서버도 업데이트를 내려받거나 외부 API를 호출해야 합니다. NAT 게이트웨이는 서버마다 퍼블릭 주소를 주지 않고도 이런 한 방향 출입구를 만들어 줍니다. AWS가 운영하는 서비스로, 자신이 있는 가용 영역 안에서 이중화되어 있고 트래픽에 맞춰 자동으로 확장됩니다.",
      relations:
        "퍼블릭 NAT 게이트웨이(기본값)는 퍼블릭 서브넷에 두고 탄력적 IP를 붙여야 합니다. 프라이빗 서브넷의 라우팅 테이블이 0.0.0.0/0을 NAT 게이트웨이로 보내면, 트래픽은 거기서 인터넷 게이트웨이를 거쳐 나갑니다. NAT 게이트웨이는 한 가용 영역에만 있으므로 AWS는 영역마다 하나씩 두기를 권장합니다. 사용 시간과 처리한 데이터양(GB)에 따라 요금이 붙습니다.",
      docTitle: "NAT 게이트웨이",
    },
  },
  privateNatGateway: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-scenarios.html",
    en: {
      title: "Public and private NAT gateways",
      what: 'A NAT gateway has a connectivity type. "public" (the default) translates to an Elastic IP and reaches the internet through the VPC\'s internet gateway. "private" has no Elastic IP and reaches only other networks: other VPCs or your data center, through a transit gateway or a virtual private gateway.',
      why: "A private NAT gateway solves a different problem: talking to networks whose address ranges overlap yours, or that only accept traffic from a few known private addresses.",
      relations:
        "A private NAT gateway never leads to the internet: an internet gateway drops the traffic a private NAT gateway sends it. A public NAT gateway in a subnet without a route to an internet gateway is created by AWS but can't reach the internet either.",
      docTitle: "NAT gateway use cases",
    },
    ko: {
      title: "퍼블릭 NAT 게이트웨이와 프라이빗 NAT 게이트웨이",
      what: 'NAT 게이트웨이에는 연결 유형이 있습니다. "public"(기본값)은 탄력적 IP로 주소를 바꾸고 VPC의 인터넷 게이트웨이를 거쳐 인터넷으로 나갑니다. "private"는 탄력적 IP가 없으며, 전송 게이트웨이나 가상 프라이빗 게이트웨이를 거쳐 다른 VPC나 회사 데이터 센터 같은 다른 네트워크에만 닿습니다.',
      why: "프라이빗 NAT 게이트웨이는 다른 문제를 풉니다. 주소 범위가 내 VPC와 겹치는 네트워크나, 미리 정한 몇 개의 프라이빗 주소에서 오는 트래픽만 받는 네트워크와 통신할 때 씁니다.",
      relations:
        "프라이빗 NAT 게이트웨이로는 인터넷에 나갈 수 없습니다. 프라이빗 NAT 게이트웨이가 보낸 트래픽은 인터넷 게이트웨이가 버립니다. 퍼블릭 NAT 게이트웨이라도 인터넷 게이트웨이로 가는 경로가 없는 서브넷에 두면 AWS가 만들어 주기는 하지만 인터넷에 닿지 못합니다.",
      docTitle: "NAT 게이트웨이 사용 사례",
    },
  },
  elasticIp: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-eips.html",
    en: {
      title: "Elastic IP",
      what: "An Elastic IP is a public IPv4 address you allocate to your account and keep until you release it. You associate it with an instance (its network interface) or give it to a public NAT gateway.",
      why: "An automatic public address changes when an instance stops. An Elastic IP stays the same, so DNS records and partners' allow lists keep working, and you can move it to a replacement instance within seconds.",
      relations:
        "An Elastic IP is associated with one thing at a time; associating it elsewhere takes it away from the first. It only helps in a public subnet, whose route table leads to an internet gateway. The default quota is five per Region, and since February 2024 every public IPv4 address is charged by the hour, associated or not.",
      docTitle: "Elastic IP addresses",
    },
    ko: {
      title: "탄력적 IP",
      what: "탄력적 IP(Elastic IP)는 계정에 할당해 두고 직접 해제할 때까지 계속 쓰는 퍼블릭 IPv4 주소입니다. 인스턴스(의 네트워크 인터페이스)에 연결하거나 퍼블릭 NAT 게이트웨이에 줍니다.",
      why: "자동으로 받은 퍼블릭 주소는 인스턴스를 중지하면 바뀝니다. 탄력적 IP는 바뀌지 않으므로 DNS 레코드나 협력사의 허용 목록이 그대로 동작하고, 장애 시 대체 인스턴스로 몇 초 만에 옮길 수 있습니다.",
      relations:
        "탄력적 IP는 한 번에 하나에만 연결됩니다. 다른 곳에 연결하면 먼저 연결된 곳에서는 떨어집니다. 라우팅 테이블이 인터넷 게이트웨이로 이어지는 퍼블릭 서브넷에서만 쓸모가 있습니다. 기본 한도는 리전당 5개이며, 2024년 2월부터 모든 퍼블릭 IPv4 주소는 연결 여부와 상관없이 시간당 요금이 붙습니다.",
      docTitle: "탄력적 IP 주소",
    },
  },
  networkAcl: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
    en: {
      title: "Network ACL",
      what: "A network ACL (access control list) is a firewall at the edge of a subnet. It has numbered inbound and outbound rules, each allowing or denying traffic by protocol, port range and address range.",
      why: "Security groups protect each instance and can only allow. A network ACL adds a second, coarser layer for a whole subnet, and it can deny, for example to block an address range that is attacking you.",
      relations:
        "Each subnet uses exactly one ACL: the one that lists it, else its VPC's default ACL. Traffic between instances of the same subnet doesn't pass it. It is stateless: replies are checked again, so the ephemeral ports clients use must be allowed in the other direction. ec2viz draws it as a small mark on each subnet that uses it.",
      docTitle: "Control subnet traffic with network access control lists",
    },
    ko: {
      title: "네트워크 ACL",
      what: "네트워크 ACL(액세스 제어 목록)은 서브넷 경계에 있는 방화벽입니다. 번호가 붙은 인바운드 규칙과 아웃바운드 규칙이 있고, 규칙마다 프로토콜, 포트 범위, 주소 범위로 트래픽을 허용하거나 거부합니다.",
      why: "보안 그룹은 인스턴스마다 적용되고 허용만 할 수 있습니다. 네트워크 ACL은 그 바깥에서 서브넷 전체를 감싸는, 한 겹 더 넓은 방어선입니다. 거부 규칙도 쓸 수 있어서, 예를 들어 공격해 오는 주소 범위를 통째로 막을 수 있습니다.",
      relations:
        "서브넷은 정확히 하나의 ACL을 씁니다. 자신을 목록에 넣은 ACL이 있으면 그것을, 없으면 VPC의 기본 ACL을 씁니다. 같은 서브넷 안의 인스턴스끼리 오가는 트래픽은 ACL을 거치지 않습니다. 상태 비저장(stateless) 방식이라 응답도 다시 검사하므로, 클라이언트가 쓰는 임시 포트를 반대 방향에서 허용해야 합니다. ec2viz는 ACL을 쓰는 서브넷마다 작은 표시로 그립니다.",
      docTitle: "네트워크 액세스 제어 목록을 사용하여 서브넷 트래픽 제어",
    },
  },
  networkAclRules: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html",
    en: {
      title: "Network ACL rules: order and statelessness",
      what: "Rules are checked from the lowest rule number up (1 to 32766), and the first rule that matches decides: allow or deny. A packet that matches no rule is denied by the final rule, shown as *, which can't be removed.",
      why: "Order lets you make exceptions: deny one address range at rule 90, then allow everyone else at rule 100. Leaving gaps (100, 110, 120…) makes room to insert rules later.",
      relations:
        "Inbound and outbound rules are separate lists, and they don't remember connections. A web server behind an ACL needs an inbound rule for port 443 and an outbound rule for the replies to the client's ephemeral ports. Security groups, which are stateful, need no such reply rule.",
      docTitle: "Network ACL rules",
    },
    ko: {
      title: "네트워크 ACL 규칙: 순서와 상태 비저장",
      what: "규칙은 번호가 가장 작은 것부터(1~32766) 차례로 검사하며, 처음 맞는 규칙이 허용이나 거부를 결정합니다. 어떤 규칙에도 맞지 않는 패킷은 *로 표시된 마지막 규칙이 거부하며, 이 규칙은 지울 수 없습니다.",
      why: "순서가 있으므로 예외를 만들 수 있습니다. 90번에서 특정 주소 범위를 거부하고, 100번에서 나머지 모두를 허용하는 식입니다. 번호 사이를 띄워 두면(100, 110, 120…) 나중에 규칙을 끼워 넣기 쉽습니다.",
      relations:
        "인바운드와 아웃바운드 규칙은 따로 있는 목록이며, 상태 비저장 방식이라 연결을 기억하지 않습니다. ACL 뒤의 웹 서버에는 443번 포트로 들어오는 인바운드 규칙과 함께, 클라이언트의 임시 포트로 응답을 내보내는 아웃바운드 규칙도 있어야 합니다. 상태 저장 방식인 보안 그룹에는 이런 응답용 규칙이 필요 없습니다.",
      docTitle: "네트워크 ACL 규칙",
    },
  },
  ephemeralPorts: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html",
    en: {
      title: "Ephemeral ports",
      what: "When a client opens a connection, its operating system picks a temporary source port for it, and the server replies to that port. The range depends on the client: many Linux kernels use 32768–61000, Windows uses 49152–65535, and a NAT gateway uses 1024–65535.",
      why: "Because network ACLs are stateless, a reply is just another packet to them. Unless the ACL allows the client's ephemeral range in the reply direction, the request gets in but the answer never gets back.",
      relations:
        "For a server facing the internet, allow 1024–65535 outbound to cover every kind of client; for instances that start connections (through a NAT gateway, for example), allow the same range inbound. ec2viz's reachability answer checks 1024–65535 in both directions where it matters.",
      docTitle: "Ephemeral ports",
    },
    ko: {
      title: "임시 포트",
      what: "클라이언트가 연결을 열면 운영 체제가 그 연결에 쓸 임시 출발지 포트를 고르고, 서버는 그 포트로 응답합니다. 범위는 클라이언트에 따라 다릅니다. 많은 Linux 커널은 32768~61000, Windows는 49152~65535, NAT 게이트웨이는 1024~65535를 씁니다.",
      why: "네트워크 ACL은 상태 비저장 방식이므로 응답도 다른 패킷과 똑같이 규칙으로 검사합니다. ACL이 응답 방향으로 클라이언트의 임시 포트 범위를 허용하지 않으면, 요청은 들어가도 응답은 돌아오지 못합니다.",
      relations:
        "인터넷을 향한 서버라면 모든 종류의 클라이언트를 위해 아웃바운드로 1024~65535를 허용하고, NAT 게이트웨이를 거치는 경우처럼 인스턴스가 먼저 연결을 여는 경우에는 같은 범위를 인바운드로 허용합니다. ec2viz의 도달 가능성 답변은 필요한 방향에서 1024~65535를 검사합니다.",
      docTitle: "임시 포트",
    },
  },
  defaultNetworkAcl: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html",
    en: {
      title: "Default network ACL",
      what: "Every VPC comes with a default network ACL that allows all inbound and all outbound traffic. Subnets that no other ACL lists use it.",
      why: "It keeps a new VPC working out of the box, so you only need ACLs when you want an extra layer. A custom ACL is the opposite: it denies everything until you add rules.",
      relations:
        "When a document has no network ACL for a VPC, ec2viz assumes AWS's default one, so ACLs never block anything there. Creating a custom ACL from the palette starts with rules that mirror the default (allow all at rule 100) so that adding it cuts nothing off by surprise.",
      docTitle: "Default network ACL",
    },
    ko: {
      title: "기본 네트워크 ACL",
      what: "모든 VPC에는 인바운드와 아웃바운드 트래픽을 모두 허용하는 기본 네트워크 ACL이 있습니다. 다른 ACL에 들어 있지 않은 서브넷은 이 ACL을 씁니다.",
      why: "덕분에 새 VPC는 처음부터 그대로 동작하고, 추가 방어선이 필요할 때만 ACL을 손보면 됩니다. 사용자 지정 ACL은 반대로, 규칙을 추가하기 전까지 모든 트래픽을 거부합니다.",
      relations:
        "문서에 어떤 VPC의 네트워크 ACL이 없으면 ec2viz는 AWS의 기본 ACL이 있다고 보므로, 그 VPC에서는 ACL이 아무것도 막지 않습니다. 팔레트로 새 ACL을 만들면 기본 ACL과 같은 규칙(100번에서 모두 허용)으로 시작하므로, ACL을 추가했다고 갑자기 트래픽이 끊기지는 않습니다.",
      docTitle: "기본 네트워크 ACL",
    },
  },
  securityGroupReferences: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    en: {
      title: "Security group references",
      what: "A security group rule can name another security group instead of an address range. An inbound rule from sg-web admits traffic from the private addresses of every instance that has sg-web, wherever they are in the VPC.",
      why: "Instances come and go and their addresses change; the role they play doesn't. Writing \"the database accepts port 5432 from the web tier's group\" stays correct when the web tier grows, shrinks or moves to another subnet.",
      relations:
        "The referenced group must be in the same VPC (or a peered one). A reference covers private addresses only: it never admits anything from the internet. A group can refer to itself, which lets members of one tier talk to each other.",
      docTitle: "Security group rules",
    },
    ko: {
      title: "보안 그룹 참조",
      what: "보안 그룹 규칙에는 주소 범위 대신 다른 보안 그룹을 적을 수 있습니다. sg-web에서 오는 인바운드 규칙은 sg-web이 붙은 모든 인스턴스의 프라이빗 주소에서 오는 트래픽을, VPC 어디에 있든 허용합니다.",
      why: '인스턴스는 생겼다 사라지고 주소도 바뀌지만, 맡은 역할은 그대로입니다. "데이터베이스는 웹 계층 그룹에서 오는 5432번 포트를 받는다"라고 적어 두면 웹 계층이 늘거나 줄거나 다른 서브넷으로 옮겨도 규칙은 계속 맞습니다.',
      relations:
        "참조하는 그룹은 같은 VPC(또는 피어링된 VPC)에 있어야 합니다. 참조는 프라이빗 주소만 허용하므로 인터넷에서 오는 트래픽은 절대 들여보내지 않습니다. 그룹이 자기 자신을 참조할 수도 있으며, 그러면 같은 계층의 인스턴스끼리 통신할 수 있습니다.",
      docTitle: "보안 그룹 규칙",
    },
  },
  keyPair: {
    docUrl: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-key-pairs.html",
    en: {
      title: "Key pair",
      what: "A key pair is a public key that AWS stores under a name, and the matching private key that only you keep. An instance launched with a key pair's name gets the public key installed, and you log in (SSH on Linux) with the private key instead of a password.",
      why: "Keys can't be guessed the way passwords can, and AWS never keeps your private key, so you must store it safely: lose it and you can't log in with that key again.",
      relations:
        "The key name is fixed at launch. Logging in still needs a network path: SSH (22) or RDP (3389) open in a security group, ideally only to your own address range. EC2 Instance Connect and Session Manager are ways to log in without opening those ports to the internet.",
      docTitle: "Amazon EC2 key pairs and Amazon EC2 instances",
    },
    ko: {
      title: "키 페어",
      what: "키 페어는 AWS가 이름을 붙여 보관하는 퍼블릭 키와, 나만 갖고 있는 짝이 되는 프라이빗 키입니다. 키 페어 이름을 지정해 시작한 인스턴스에는 퍼블릭 키가 설치되고, 로그인할 때(Linux라면 SSH) 비밀번호 대신 프라이빗 키를 씁니다.",
      why: "키는 비밀번호처럼 추측할 수 없고, AWS는 프라이빗 키를 보관하지 않습니다. 그러니 프라이빗 키는 직접 안전하게 보관해야 하며, 잃어버리면 그 키로는 다시 로그인할 수 없습니다.",
      relations:
        "키 이름은 인스턴스를 시작할 때 정해집니다. 로그인하려면 네트워크 경로도 있어야 합니다. 보안 그룹에서 SSH(22)나 RDP(3389)가 열려 있어야 하며, 되도록 내 주소 범위에만 여는 것이 좋습니다. EC2 Instance Connect나 Session Manager를 쓰면 이 포트를 인터넷에 열지 않고도 로그인할 수 있습니다.",
      docTitle: "Amazon EC2 키 페어 및 Amazon EC2 인스턴스",
    },
  },
};

function pick<K extends NetworkConceptId>(ids: readonly K[]): Record<K, ConceptEntry> {
  return Object.fromEntries(ids.map((id) => [id, NETWORK_CONCEPTS[id]])) as Record<K, ConceptEntry>;
}

export const NETWORK_KIND_CONCEPTS: Record<NetworkKindId, ConceptEntry> = pick(NETWORK_KIND_IDS);
export const NETWORK_RELATED_CONCEPTS: Record<NetworkRelatedId, ConceptEntry> = pick(NETWORK_RELATED_IDS);

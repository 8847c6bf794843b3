// Explanations of the concepts that appear inside a resource (its AMI, its instance type, its rules…),
// in English and Korean. Our own words, checked against the linked AWS pages.
import {
  MAX_KEY_LENGTH,
  MAX_PREFIX,
  MAX_TAGS,
  MAX_VALUE_LENGTH,
  MIN_PREFIX,
  RULES_PER_DIRECTION,
} from "../model/aws-limits.ts";
import type { ConceptEntry } from "./catalog-types.ts";
import { NETWORK_RELATED_CONCEPTS, NETWORK_RELATED_IDS } from "./network-concepts.ts";

export const RELATED_CONCEPT_IDS = [
  "ami",
  "instanceType",
  "tags",
  "securityGroupRules",
  "ebsVolumeTypes",
  "cidr",
  "publicIp",
  "autoAssignPublicIp",
  "azId",
  ...NETWORK_RELATED_IDS,
] as const;

export type RelatedConceptId = (typeof RELATED_CONCEPT_IDS)[number];

export const RELATED_CONCEPTS: Record<RelatedConceptId, ConceptEntry> = {
  ...NETWORK_RELATED_CONCEPTS,
  ami: {
    docUrl: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIs.html",
    en: {
      title: "Amazon Machine Image (AMI)",
      what: "An AMI is the template an instance boots from: a snapshot of a root disk with an operating system and any software already installed, plus settings such as which volumes to create at launch. Its id looks like ami-0abc1234.",
      why: "Packing the system once and starting every server from the same image makes servers identical and quick to launch. AWS, the AWS Marketplace and the community publish images, and you can make your own from a configured instance.",
      relations:
        "Every instance is launched from one AMI, and an AMI id belongs to one Region (the same system has another id elsewhere). An AMI is built for one processor architecture, x86_64 or arm64, and must match the instance type: Graviton types such as m7g need an arm64 AMI. It also fixes the root device: for current AMIs an EBS volume created from its snapshot at launch, under a name the AMI chooses, such as /dev/xvda or /dev/sda1.",
      docTitle: "Amazon Machine Images in Amazon EC2",
    },
    ko: {
      title: "Amazon 머신 이미지(AMI)",
      what: "AMI는 인스턴스가 부팅할 때 쓰는 템플릿입니다. 운영 체제와 필요한 소프트웨어가 설치된 루트 디스크의 스냅샷과, 시작할 때 만들 볼륨 같은 설정이 들어 있습니다. ID는 ami-0abc1234 같은 모양입니다.",
      why: "시스템을 한 번 구성해 두고 모든 서버를 같은 이미지에서 시작하면 서버가 똑같아지고 빨리 띄울 수 있습니다. AWS, AWS Marketplace, 커뮤니티가 이미지를 공개하며, 설정을 마친 인스턴스로 직접 만들 수도 있습니다.",
      relations:
        "모든 인스턴스는 하나의 AMI에서 시작되며, AMI ID는 한 리전에만 속합니다(같은 시스템도 다른 리전에서는 ID가 다릅니다). AMI는 x86_64나 arm64 중 한 프로세서 아키텍처용으로 만들어지므로 인스턴스 유형과 맞아야 합니다. m7g 같은 Graviton 유형에는 arm64 AMI가 필요합니다. 루트 장치도 AMI가 정합니다. 요즘 AMI는 시작할 때 AMI의 스냅샷으로 EBS 루트 볼륨을 만들고, /dev/xvda나 /dev/sda1처럼 AMI가 정한 이름으로 연결합니다.",
      docTitle: "Amazon EC2의 Amazon 머신 이미지",
    },
  },
  instanceType: {
    docUrl: "https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html",
    en: {
      title: "Instance type",
      what: "The instance type is the hardware profile of an instance: vCPUs, memory, storage and network speed. Its name reads series + generation + options, a dot, then the size: in c7gn.xlarge, c is the series (compute optimized), 7 the generation, g (a Graviton processor) and n (extra network bandwidth) are options, and xlarge is the size. Everything before the dot, c7gn, is the instance family.",
      why: "Workloads differ: a web server, an in-memory database and a machine learning job need very different machines. Each series is tuned for one kind of work, and sizes let you pay only for the capacity you need.",
      relations:
        "The type is chosen when the instance is launched and can be changed later (an EBS-backed instance must be stopped first). Not every type is offered in every Availability Zone, and some need a matching AMI, for example Graviton types need an Arm image.",
      docTitle: "Amazon EC2 instance type naming conventions",
    },
    ko: {
      title: "인스턴스 유형",
      what: "인스턴스 유형은 인스턴스의 하드웨어 사양으로, vCPU, 메모리, 스토리지, 네트워크 속도를 정합니다. 이름은 시리즈 + 세대 + 옵션, 점, 크기 순서로 읽습니다. c7gn.xlarge라면 c는 시리즈(컴퓨팅 최적화), 7은 세대, g(Graviton 프로세서)와 n(향상된 네트워크 대역폭)은 옵션, xlarge는 크기입니다. 점 앞부분 전체인 c7gn을 인스턴스 패밀리라고 합니다.",
      why: "웹 서버, 인메모리 데이터베이스, 머신 러닝 작업은 필요한 컴퓨터가 서로 많이 다릅니다. 시리즈마다 맞춰진 작업 종류가 있고, 필요한 만큼의 크기를 골라 그만큼만 비용을 냅니다.",
      relations:
        "유형은 인스턴스를 시작할 때 고르며 나중에 바꿀 수 있습니다(EBS 기반 인스턴스는 먼저 중지해야 합니다). 모든 유형이 모든 가용 영역에서 제공되지는 않으며, Graviton 유형에는 Arm용 이미지가 필요한 것처럼 AMI와 맞아야 하는 경우도 있습니다.",
      docTitle: "Amazon EC2 인스턴스 유형 명명 규칙",
    },
  },
  tags: {
    docUrl: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html",
    en: {
      title: "Tags",
      what: 'Tags are labels you attach to a resource as key–value pairs, like Project = shop or Environment = test. The tag with the key "Name" is what the AWS console shows as the resource\'s name.',
      why: "Once you have many resources, tags answer who owns this, what is it for and what does it cost: you can filter by them, group costs by them and use them in access policies and automation.",
      relations: `Every resource in this diagram except Regions and Availability Zones can carry tags: those two are places AWS runs, not resources you create, so they can't be tagged. A resource can have at most ${MAX_TAGS}; a key can be up to ${MAX_KEY_LENGTH} characters and a value up to ${MAX_VALUE_LENGTH}. Keys are case-sensitive, and keys starting with aws: are reserved for AWS.`,
      docTitle: "Tag your Amazon EC2 resources",
    },
    ko: {
      title: "태그",
      what: "태그는 리소스에 키–값 쌍으로 붙이는 레이블입니다. 예: Project = shop, Environment = test. 키가 Name인 태그는 AWS 콘솔에서 리소스 이름으로 보입니다.",
      why: "리소스가 많아지면 이게 누구 것이고, 무엇에 쓰이며, 비용이 얼마인지 알기 어렵습니다. 태그로 리소스를 필터링하고, 비용을 태그별로 집계하고, 접근 정책과 자동화에도 쓸 수 있습니다.",
      relations: `이 다이어그램에서 리전과 가용 영역을 뺀 모든 리소스에 태그를 붙일 수 있습니다. 리전과 가용 영역은 직접 만드는 리소스가 아니라 AWS가 운영하는 장소이므로 태그를 붙일 수 없습니다. 리소스당 최대 ${MAX_TAGS}개이며 키는 ${MAX_KEY_LENGTH}자, 값은 ${MAX_VALUE_LENGTH}자까지입니다. 키는 대소문자를 구분하고, aws:로 시작하는 키는 AWS 전용입니다.`,
      docTitle: "Amazon EC2 리소스에 태그 지정",
    },
  },
  securityGroupRules: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    en: {
      title: "Security group rules",
      what: "Each rule names a protocol (TCP, UDP, ICMP or all), a port range and a range of addresses. Inbound rules say where traffic may come from; outbound rules say where it may go. 0.0.0.0/0 means every IPv4 address on the internet.",
      why: "Rules can only allow, never deny, so a group starts closed and you open exactly what you need. Because groups are stateful, you don't write rules for replies: the reply to an allowed request is let out regardless of the group's outbound rules.",
      relations: `A new group has no inbound rules (nothing comes in) and one outbound rule allowing all traffic out. An instance with several groups gets the sum of their rules. By default a group holds up to ${RULES_PER_DIRECTION} inbound and ${RULES_PER_DIRECTION} outbound rules. Opening SSH (22) or RDP (3389) to 0.0.0.0/0 lets every address on the internet try to log in, and automated scanners try exactly that all day: allow only the addresses you administer from (such as your office's range), or use EC2 Instance Connect or Session Manager instead of an open port.`,
      docTitle: "Security group rules",
    },
    ko: {
      title: "보안 그룹 규칙",
      what: "규칙마다 프로토콜(TCP, UDP, ICMP 또는 전체), 포트 범위, 주소 범위를 지정합니다. 인바운드 규칙은 트래픽이 어디서 들어올 수 있는지, 아웃바운드 규칙은 어디로 나갈 수 있는지 정합니다. 0.0.0.0/0은 인터넷의 모든 IPv4 주소를 뜻합니다.",
      why: "규칙은 허용만 할 수 있고 거부는 할 수 없으므로, 그룹은 닫힌 상태에서 시작해 필요한 것만 엽니다. 보안 그룹은 상태 저장(stateful) 방식이므로 응답용 규칙을 따로 쓸 필요가 없습니다. 허용된 요청에 대한 응답은 그룹의 아웃바운드 규칙과 관계없이 나갑니다.",
      relations: `새 보안 그룹에는 인바운드 규칙이 없어 아무것도 들어오지 못하고, 모든 트래픽을 내보내는 아웃바운드 규칙이 하나 있습니다. 여러 그룹이 붙은 인스턴스에는 모든 그룹의 규칙이 합쳐져 적용됩니다. 기본 한도는 그룹당 인바운드 ${RULES_PER_DIRECTION}개, 아웃바운드 ${RULES_PER_DIRECTION}개입니다. SSH(22)나 RDP(3389)를 0.0.0.0/0에 열면 인터넷의 모든 주소가 로그인을 시도할 수 있고, 자동 스캐너가 하루 종일 바로 그런 포트를 찾아다닙니다. 관리하는 곳의 주소 범위(예: 사무실 IP 범위)만 허용하거나, 포트를 여는 대신 EC2 Instance Connect나 Session Manager를 쓰세요.`,
      docTitle: "보안 그룹 규칙",
    },
  },
  ebsVolumeTypes: {
    docUrl: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html",
    en: {
      title: "EBS volume types",
      what: "EBS offers SSD types for fast random access — gp3 and gp2 (general purpose), io1 and io2 (provisioned IOPS) — and HDD types for large sequential reads and writes — st1 (throughput optimized) and sc1 (cold). standard is the previous-generation magnetic type.",
      why: "Each type balances speed and price differently. gp3 suits most workloads, io1/io2 guarantee high IOPS for I/O-heavy databases, and the HDD types store large data sets cheaply.",
      relations:
        "The type fixes the allowed size, IOPS and throughput of a volume. st1 and sc1 can't be boot volumes, and only io1 and io2 support Multi-Attach. You can change a volume's type later without detaching it.",
      docTitle: "Amazon EBS volume types",
    },
    ko: {
      title: "EBS 볼륨 유형",
      what: "EBS에는 빠른 임의 접근에 맞는 SSD 유형인 gp3·gp2(범용), io1·io2(프로비저닝된 IOPS)와, 큰 데이터를 순서대로 읽고 쓰는 데 맞는 HDD 유형인 st1(처리량 최적화), sc1(콜드)이 있습니다. standard는 이전 세대의 마그네틱 유형입니다.",
      why: "유형마다 속도와 가격의 균형이 다릅니다. 대부분의 작업에는 gp3가 알맞고, I/O가 많은 데이터베이스에는 높은 IOPS를 보장하는 io1/io2가, 큰 데이터를 싸게 보관하려면 HDD 유형이 좋습니다.",
      relations:
        "유형에 따라 볼륨의 허용 크기, IOPS, 처리량이 정해집니다. st1과 sc1은 부팅 볼륨이 될 수 없고, 다중 연결은 io1과 io2만 지원합니다. 볼륨 유형은 분리하지 않고도 나중에 바꿀 수 있습니다.",
      docTitle: "Amazon EBS 볼륨 유형",
    },
  },
  cidr: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html",
    en: {
      title: "CIDR blocks and reserved addresses",
      what: "A CIDR block writes an address range as a start address and a prefix length: 10.0.1.0/24 fixes the first 24 bits, leaving 8 bits, so 2^8 = 256 addresses. A smaller prefix means a bigger block: /16 has 65,536 addresses, /28 has 16.",
      why: `Every VPC and subnet needs its own range so that addresses never clash. AWS allows blocks from /${MIN_PREFIX} to /${MAX_PREFIX}, and keeps the first four and the last address of every subnet for its own use, so a /24 leaves 251 for your resources.`,
      relations:
        "A subnet's block must lie inside its VPC's block and must not overlap another subnet of the same VPC. The five reserved addresses are the network address, the VPC router, one more reserved by AWS (base +2; the Amazon DNS server itself sits at the VPC's base +2, such as 10.0.0.2 in 10.0.0.0/16), one kept for the future, and the last (broadcast) address.",
      docTitle: "Subnet CIDR blocks",
    },
    ko: {
      title: "CIDR 블록과 예약된 주소",
      what: "CIDR 블록은 주소 범위를 시작 주소와 접두사 길이로 적습니다. 10.0.1.0/24는 앞 24비트를 고정하고 8비트를 남기므로 2^8 = 256개 주소입니다. 접두사가 작을수록 블록이 커서 /16은 65,536개, /28은 16개입니다.",
      why: `VPC와 서브넷마다 고유한 범위가 있어야 주소가 겹치지 않습니다. AWS는 /${MIN_PREFIX}부터 /${MAX_PREFIX}까지의 블록을 허용하며, 모든 서브넷에서 처음 4개와 마지막 1개 주소를 예약해 두므로 /24라면 리소스가 쓸 수 있는 주소는 251개입니다.`,
      relations:
        "서브넷의 블록은 VPC 블록 안에 있어야 하고 같은 VPC의 다른 서브넷과 겹치면 안 됩니다. 예약된 주소 5개는 네트워크 주소, VPC 라우터, AWS가 예약한 주소(시작 주소 +2. Amazon DNS 서버 자체는 10.0.0.0/16의 10.0.0.2처럼 VPC 범위의 시작 주소 +2에 있습니다), 향후 사용을 위한 주소, 그리고 마지막(브로드캐스트) 주소입니다.",
      docTitle: "서브넷 CIDR 블록",
    },
  },
  publicIp: {
    docUrl: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html",
    en: {
      title: "Public IPv4 address and Elastic IP",
      what: "Every instance has a private IPv4 address from its subnet. To be reached from the internet it also needs a public IPv4 address: either one AWS hands out at launch (when the subnet or launch settings ask for it) or an Elastic IP, a fixed address you allocate and attach.",
      why: "Private addresses are not routable on the internet. The internet gateway maps the public address to the instance's private one, so outside users have an address to send packets to.",
      relations:
        "An auto-assigned public address is released when the instance is stopped, hibernated or terminated, and the instance gets a different one when it starts again; an Elastic IP stays allocated to your account until you release it. Either only helps in a public subnet. Since February 2024 AWS charges for every public IPv4 address by the hour, auto-assigned or Elastic.",
      docTitle: "Amazon EC2 instance IP addressing",
    },
    ko: {
      title: "퍼블릭 IPv4 주소와 탄력적 IP",
      what: "모든 인스턴스는 서브넷에서 프라이빗 IPv4 주소를 받습니다. 인터넷에서 접근하려면 퍼블릭 IPv4 주소도 있어야 합니다. 서브넷이나 시작 설정에 따라 인스턴스를 시작할 때 AWS가 자동으로 할당하는 주소이거나, 직접 할당해서 붙이는 고정 주소인 탄력적 IP(Elastic IP)입니다.",
      why: "프라이빗 주소는 인터넷에서 라우팅되지 않습니다. 인터넷 게이트웨이가 퍼블릭 주소를 인스턴스의 프라이빗 주소로 바꿔 주므로, 외부 사용자는 패킷을 보낼 주소를 갖게 됩니다.",
      relations:
        "자동으로 할당된 퍼블릭 주소는 인스턴스를 중지·최대 절전 모드로 전환·종료하면 반납되고, 다시 시작하면 다른 주소를 받습니다. 탄력적 IP는 직접 해제할 때까지 계정에 할당된 채로 남습니다. 어느 쪽이든 퍼블릭 서브넷에서만 쓸모가 있습니다. 2024년 2월부터 AWS는 자동 할당이든 탄력적 IP든 모든 퍼블릭 IPv4 주소에 시간당 요금을 받습니다.",
      docTitle: "Amazon EC2 인스턴스 IP 주소 지정",
    },
  },
  autoAssignPublicIp: {
    // VPC User Guide, subnet-public-ip.html and default-subnet.html; EC2 User Guide,
    // using-instance-addressing.html (released on stop, hibernate, terminate; a new one on start);
    // the public IPv4 charge since 2024-02-01 (Subnet.MapPublicIpOnLaunch in the EC2 API Reference).
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html",
    en: {
      title: "Auto-assigned public IPv4 address",
      what: "A subnet has a setting, \"Auto-assign public IPv4 address\" (MapPublicIpOnLaunch in the API): when it is on, every instance launched in the subnet gets a public IPv4 address from Amazon's pool. A launch can override it either way with its network interface's AssociatePublicIpAddress. The setting is on in a default VPC's subnets and off in subnets you create.",
      why: "An instance in a public subnet needs a public address to be reached from the internet; the setting spares you from giving one to each new server by hand, and leaving it off in private subnets keeps their instances from getting one by accident.",
      relations:
        "The address is lent, not yours: AWS releases it when the instance is stopped, hibernated or terminated, and the instance gets a different one when it starts again (a reboot keeps it). For an address that never changes, associate an Elastic IP. Since February 2024 AWS charges for every public IPv4 address by the hour, auto-assigned or Elastic. In this diagram, an instance's publicIp says whether it has one.",
      docTitle: "Modify the IP addressing attributes of your subnet",
    },
    ko: {
      title: "자동 할당 퍼블릭 IPv4 주소",
      what: "서브넷에는 '퍼블릭 IPv4 주소 자동 할당'(API에서는 MapPublicIpOnLaunch) 설정이 있습니다. 이 설정이 켜져 있으면 그 서브넷에서 시작하는 인스턴스마다 Amazon 주소 풀에서 퍼블릭 IPv4 주소를 하나씩 받습니다. 인스턴스를 시작할 때 네트워크 인터페이스의 AssociatePublicIpAddress로 서브넷 설정과 다르게 정할 수도 있습니다. 기본 VPC의 서브넷은 이 설정이 켜져 있고, 직접 만든 서브넷은 꺼져 있습니다.",
      why: "퍼블릭 서브넷의 인스턴스가 인터넷에서 접속을 받으려면 퍼블릭 주소가 있어야 합니다. 이 설정을 켜 두면 새 서버마다 주소를 따로 붙이지 않아도 되고, 프라이빗 서브넷에서 꺼 두면 인스턴스가 실수로 퍼블릭 주소를 받는 일을 막을 수 있습니다.",
      relations:
        "이 주소는 빌려 쓰는 것이지 내 것이 아닙니다. 인스턴스를 중지·최대 절전 모드로 전환·종료하면 AWS가 주소를 회수하고, 다시 시작하면 다른 주소를 줍니다(재부팅할 때는 그대로입니다). 바뀌지 않는 주소가 필요하면 탄력적 IP를 연결하세요. 2024년 2월부터 AWS는 자동 할당이든 탄력적 IP든 모든 퍼블릭 IPv4 주소에 시간당 요금을 받습니다. 이 다이어그램에서는 인스턴스의 publicIp가 퍼블릭 주소가 있는지를 나타냅니다.",
      docTitle: "서브넷의 IP 주소 지정 속성 수정",
    },
  },
  azId: {
    // AWS Regions and Availability Zones, az-ids.html and aws-availability-zones.html: names mapped per
    // account in the oldest Regions (accounts created before November 2025), uniform in Regions opened
    // after November 2012; an AZ ID is the same physical zone in every account.
    docUrl: "https://docs.aws.amazon.com/global-infrastructure/latest/regions/az-ids.html",
    en: {
      title: "Availability Zone ID (AZ ID)",
      what: "An AZ ID such as use1-az1 or apne2-az1 names one physical Availability Zone, and it means the same zone in every AWS account. A zone name such as us-east-1a is the label your account uses for a zone.",
      why: "In AWS's oldest Regions, us-east-1 among them, AWS mapped zone names to physical zones separately for each account, so that customers who all picked the \"a\" zone still spread out. For accounts created before November 2025, your us-east-1a may be another account's us-east-1c. Regions opened since late 2012 map names the same way for every account, but the AZ ID is the one name that never depends on the account.",
      relations:
        "When you line resources up with another account (a shared subnet, an endpoint, a partner's servers you want close by), compare AZ IDs, not names. The EC2 console and aws ec2 describe-availability-zones show each zone's name and ID. This diagram, like the AWS API for subnets and volumes, uses zone names.",
      docTitle: "AZ IDs",
    },
    ko: {
      title: "가용 영역 ID(AZ ID)",
      what: "use1-az1이나 apne2-az1 같은 AZ ID는 물리적인 가용 영역 하나를 가리키며, 어느 AWS 계정에서 보든 같은 영역입니다. us-east-1a 같은 가용 영역 이름은 내 계정에서 그 영역을 부르는 이름입니다.",
      why: "us-east-1 같은 AWS의 오래된 리전에서는 고객이 모두 'a' 영역을 골라도 한곳에 몰리지 않도록 계정마다 이름과 물리적 영역을 따로 짝지었습니다. 그래서 2025년 11월 전에 만든 계정이라면 내 us-east-1a가 다른 계정의 us-east-1c일 수 있습니다. 2012년 말 이후에 문을 연 리전은 모든 계정에서 이름이 같은 영역을 가리키지만, 계정과 상관없이 늘 같은 영역을 뜻하는 이름은 AZ ID뿐입니다.",
      relations:
        "다른 계정과 리소스 위치를 맞출 때(서브넷을 공유하거나, 엔드포인트를 두거나, 파트너의 서버 가까이에 두려 할 때)는 이름이 아니라 AZ ID를 비교하세요. EC2 콘솔이나 aws ec2 describe-availability-zones에서 영역마다 이름과 ID를 볼 수 있습니다. 이 다이어그램은 서브넷과 볼륨에 대한 AWS API처럼 영역 이름을 씁니다.",
      docTitle: "AZ ID",
    },
  },
};

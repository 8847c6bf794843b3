// Explanations of every kind of node the diagram draws, in English and Korean.
// Facts come from the AWS documentation pages linked beside each entry; the wording is ours.

import { SECURITY_GROUPS_PER_INTERFACE } from "../model/aws-limits.ts";
import type { LabelKind } from "../model/kind-labels.ts";
import type { ConceptEntry } from "./catalog-types.ts";
import { NETWORK_KIND_CONCEPTS } from "./network-concepts.ts";

export const KIND_CONCEPTS: Record<LabelKind, ConceptEntry> = {
  region: {
    docUrl: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html",
    en: {
      title: "Region",
      what: "A Region is a separate geographic area where AWS runs its data centers, such as Seoul (code ap-northeast-2). Each Region is made of several Availability Zones and works independently of the other Regions.",
      why: "Picking a Region puts your servers close to your users for low latency, keeps data in the country where it must stay, and isolates failures: a problem in one Region does not spread to another. Prices and available services also differ from Region to Region.",
      relations:
        "Almost everything in this diagram belongs to exactly one Region: a VPC is created in one Region and reaches into all of its Availability Zones. Resources in two Regions do not see each other unless you connect them on purpose.",
      docTitle: "Regions and Zones",
    },
    ko: {
      title: "리전",
      what: "리전은 AWS가 데이터 센터를 운영하는 지리적으로 분리된 지역입니다. 예를 들어 서울 리전의 코드는 ap-northeast-2입니다. 리전마다 여러 개의 가용 영역이 있고, 리전끼리는 서로 독립적으로 동작합니다.",
      why: "리전을 고르면 서버를 사용자 가까이에 두어 지연 시간을 줄이고, 데이터를 반드시 보관해야 하는 나라 안에 둘 수 있습니다. 한 리전의 장애가 다른 리전으로 번지지 않는다는 장점도 있습니다. 요금과 제공되는 서비스도 리전마다 다릅니다.",
      relations:
        "이 다이어그램의 거의 모든 리소스는 정확히 하나의 리전에 속합니다. VPC는 한 리전에서 만들어지고 그 리전의 모든 가용 영역에 걸쳐 있습니다. 서로 다른 리전의 리소스는 일부러 연결하지 않는 한 서로 보이지 않습니다.",
      docTitle: "리전 및 영역",
    },
  },
  availabilityZone: {
    docUrl: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html",
    en: {
      title: "Availability Zone",
      what: "An Availability Zone (AZ) is one or more data centers inside a Region with their own power, cooling and network. Its name is the Region code plus a letter, like ap-northeast-2a; its AZ ID, like apne2-az1, names the same physical zone in every AWS account.",
      why: "Zones of a Region are far enough apart that a fire, flood or power cut in one rarely touches another, yet close enough to be linked by fast private connections. Running copies of your application in two or more zones keeps it available when one zone fails.",
      relations:
        "A VPC spans every zone of its Region, but each subnet lives in exactly one zone, and so do the instances launched in it. An EBS volume also lives in one zone and can only attach to an instance in that same zone.",
      docTitle: "Regions and Zones",
    },
    ko: {
      title: "가용 영역",
      what: "가용 영역(AZ)은 리전 안에 있는 하나 이상의 데이터 센터로, 전력·냉각·네트워크를 따로 갖추고 있습니다. 이름은 리전 코드 뒤에 알파벳 한 글자를 붙인 형태이고(예: ap-northeast-2a), apne2-az1 같은 AZ ID는 어느 AWS 계정에서나 같은 물리적 영역을 가리킵니다.",
      why: "한 리전의 가용 영역들은 화재, 홍수, 정전 같은 사고가 동시에 닥치지 않을 만큼 떨어져 있으면서도 빠른 전용 회선으로 연결될 만큼 가깝습니다. 애플리케이션을 두 개 이상의 가용 영역에 나눠 두면 한 영역에 장애가 나도 서비스를 계속할 수 있습니다.",
      relations:
        "VPC는 리전의 모든 가용 영역에 걸쳐 있지만 서브넷은 정확히 한 가용 영역에만 있고, 그 안에서 시작한 인스턴스도 마찬가지입니다. EBS 볼륨도 한 가용 영역에 있으며 같은 영역의 인스턴스에만 연결할 수 있습니다.",
      docTitle: "리전 및 영역",
    },
  },
  vpc: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html",
    en: {
      title: "VPC",
      what: "A VPC (Virtual Private Cloud) is your own private network inside AWS, walled off from every other customer's network. You give it a range of IPv4 addresses, usually private ones, as a CIDR block between /16 and /28, such as 10.0.0.0/16.",
      why: "Servers need a network to talk on, and you want to decide who can reach them. A VPC gives you that network as software: you carve it into subnets, choose where traffic may flow, and nobody else's resources can enter it unless you allow them.",
      relations:
        "A VPC belongs to one Region and stretches across all of its Availability Zones. Inside it live subnets (one zone each), route tables, security groups and instances. An internet gateway attached to it is its door to the internet.",
      docTitle: "What is Amazon VPC?",
    },
    ko: {
      title: "VPC",
      what: "VPC(Virtual Private Cloud)는 AWS 안에 있는 나만의 프라이빗 네트워크로, 다른 고객의 네트워크와 완전히 분리되어 있습니다. VPC에는 10.0.0.0/16처럼 /16에서 /28 사이 크기의 IPv4 주소 범위(CIDR 블록)를 지정하며, 보통 프라이빗 주소를 씁니다.",
      why: "서버가 통신하려면 네트워크가 있어야 하고, 누가 그 서버에 접근할 수 있는지도 직접 정해야 합니다. VPC는 그런 네트워크를 소프트웨어로 제공합니다. 서브넷으로 나누고 트래픽이 흐를 길을 정할 수 있으며, 허용하지 않은 외부 리소스는 들어올 수 없습니다.",
      relations:
        "VPC는 한 리전에 속하며 그 리전의 모든 가용 영역에 걸쳐 있습니다. 그 안에 서브넷(각각 한 가용 영역), 라우팅 테이블, 보안 그룹, 인스턴스가 들어 있습니다. VPC에 연결한 인터넷 게이트웨이가 인터넷으로 통하는 문 역할을 합니다.",
      docTitle: "Amazon VPC란 무엇인가요?",
    },
  },
  internetGateway: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html",
    en: {
      title: "Internet gateway",
      what: "An internet gateway is the component that connects a VPC to the internet. AWS runs it for you, redundant and scaled automatically, so it is neither a single point of failure nor a bandwidth limit.",
      why: "A VPC is closed by default. The gateway is the way in and out: it carries traffic between the internet and the VPC, and translates between an instance's private address and its public IPv4 address.",
      relations:
        "A VPC can have only one internet gateway attached at a time. Attaching it is not enough: a subnet's route table must send internet-bound traffic (0.0.0.0/0) to it, which is what makes that subnet public, and an instance also needs a public IPv4 address.",
      docTitle: "Enable VPC internet access using internet gateways",
    },
    ko: {
      title: "인터넷 게이트웨이",
      what: "인터넷 게이트웨이는 VPC를 인터넷에 연결해 주는 구성 요소입니다. AWS가 이중화하고 자동으로 확장해 운영하므로 단일 장애 지점이 되지 않고, 대역폭 제한도 없습니다.",
      why: "VPC는 기본적으로 닫혀 있습니다. 인터넷 게이트웨이는 VPC의 출입구로서 인터넷과 VPC 사이의 트래픽을 전달하고, 인스턴스의 프라이빗 주소와 퍼블릭 IPv4 주소를 서로 변환해 줍니다.",
      relations:
        "한 VPC에는 한 번에 하나의 인터넷 게이트웨이만 연결할 수 있습니다. 연결만으로는 부족하고, 서브넷의 라우팅 테이블이 인터넷으로 가는 트래픽(0.0.0.0/0)을 게이트웨이로 보내야 그 서브넷이 퍼블릭이 됩니다. 인스턴스에는 퍼블릭 IPv4 주소도 있어야 합니다.",
      docTitle: "인터넷 게이트웨이를 사용하여 VPC의 인터넷 액세스 활성화",
    },
  },
  publicSubnet: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html",
    en: {
      title: "Public subnet",
      what: "A subnet is a slice of the VPC's address range that lives in one Availability Zone. It is public when its route table sends internet traffic (0.0.0.0/0) to an internet gateway.",
      why: "Some servers must be reachable from the internet, like web servers, load balancers or a bastion host for administrators. Grouping them in public subnets keeps that exposure in one clearly marked place.",
      relations:
        "It sits in one zone of its VPC and relies on the VPC's internet gateway. An instance in it is reachable from the internet only if it also has a public IPv4 address and a security group rule that lets the traffic in.",
      docTitle: "Subnets for your VPC",
    },
    ko: {
      title: "퍼블릭 서브넷",
      what: "서브넷은 VPC 주소 범위의 일부를 떼어 한 가용 영역에 둔 것입니다. 라우팅 테이블이 인터넷으로 가는 트래픽(0.0.0.0/0)을 인터넷 게이트웨이로 보내면 퍼블릭 서브넷이 됩니다.",
      why: "웹 서버, 로드 밸런서, 관리자용 배스천 호스트처럼 인터넷에서 접근할 수 있어야 하는 서버가 있습니다. 이런 서버를 퍼블릭 서브넷에 모아 두면 외부에 노출되는 부분이 한곳에 분명하게 드러납니다.",
      relations:
        "VPC의 한 가용 영역에 있으며 VPC의 인터넷 게이트웨이에 의존합니다. 그 안의 인스턴스는 퍼블릭 IPv4 주소가 있고, 보안 그룹 규칙이 트래픽을 허용할 때만 인터넷에서 접근할 수 있습니다.",
      docTitle: "VPC의 서브넷",
    },
  },
  privateSubnet: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html",
    en: {
      title: "Private subnet",
      what: "A private subnet is a subnet whose route table has no route to an internet gateway. Its instances talk to the rest of the VPC using private addresses only.",
      why: "Databases, application servers and batch workers should not be open to the internet at all. Putting them in a private subnet means no one outside can start a connection to them, even by mistake in a security group.",
      relations:
        "Like every subnet it lives in one Availability Zone of its VPC. Instances here still reach other subnets of the VPC through the local route. To download updates they usually go out through a NAT gateway placed in a public subnet.",
      docTitle: "Subnets for your VPC",
    },
    ko: {
      title: "프라이빗 서브넷",
      what: "프라이빗 서브넷은 라우팅 테이블에 인터넷 게이트웨이로 가는 경로가 없는 서브넷입니다. 그 안의 인스턴스는 프라이빗 주소로만 VPC의 다른 리소스와 통신합니다.",
      why: "데이터베이스, 애플리케이션 서버, 배치 작업용 서버는 인터넷에 열려 있을 필요가 전혀 없습니다. 프라이빗 서브넷에 두면 보안 그룹을 실수로 열어 두더라도 외부에서 먼저 연결을 시작할 수 없습니다.",
      relations:
        "다른 서브넷과 마찬가지로 VPC의 한 가용 영역에 있습니다. 이곳의 인스턴스도 로컬 경로를 통해 VPC의 다른 서브넷과 통신할 수 있습니다. 업데이트를 내려받을 때는 보통 퍼블릭 서브넷에 둔 NAT 게이트웨이를 거쳐 밖으로 나갑니다.",
      docTitle: "VPC의 서브넷",
    },
  },
  subnet: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html",
    en: {
      title: "Subnet",
      what: "A subnet is a slice of the VPC's address range that lives in one Availability Zone. It is public when its route table sends internet traffic (0.0.0.0/0) to an internet gateway, private otherwise. This one's route table is outside this document, so which it is is unknown.",
      why: "The route table decides, and it isn't here: the subnet has no table of its own in the document and its VPC is defined elsewhere (another stack, a file the import didn't read), so the VPC's main table it uses is too. ec2viz doesn't guess: it draws the subnet grey and answers Unknown where the routes would decide.",
      relations:
        "It lives in one Availability Zone of its VPC. Add the route table that serves it (for an import: describe-route-tables, or the VPC's stack) and it is drawn public or private.",
      docTitle: "Subnets for your VPC",
    },
    ko: {
      title: "서브넷",
      what: "서브넷은 VPC 주소 범위의 일부를 떼어 한 가용 영역에 둔 것입니다. 라우팅 테이블이 인터넷으로 가는 트래픽(0.0.0.0/0)을 인터넷 게이트웨이로 보내면 퍼블릭, 그렇지 않으면 프라이빗입니다. 이 서브넷의 라우팅 테이블은 이 문서 밖에 있어서 어느 쪽인지 알 수 없습니다.",
      why: "이를 정하는 라우팅 테이블이 문서에 없습니다. 서브넷에 명시적으로 연결된 테이블이 문서에 없고 VPC도 다른 곳(다른 스택, 가져오기에서 읽지 않은 파일)에 정의되어 있으므로, 서브넷이 쓰는 VPC의 기본 라우팅 테이블도 문서 밖에 있습니다. ec2viz는 추측하지 않고 서브넷을 회색으로 그리며, 경로에 따라 달라지는 답은 '알 수 없음'으로 표시합니다.",
      relations:
        "VPC의 한 가용 영역에 있습니다. 이 서브넷이 쓰는 라우팅 테이블을 추가하면(가져오기라면 describe-route-tables 출력이나 VPC의 스택) 퍼블릭 또는 프라이빗으로 그려집니다.",
      docTitle: "VPC의 서브넷",
    },
  },
  securityGroup: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html",
    en: {
      title: "Security group",
      what: "A security group is a virtual firewall around an instance. Its rules list which traffic may come in (inbound) and go out (outbound). Rules can only allow; anything not allowed is dropped.",
      why: "Even in a public subnet you rarely want every port open. A security group lets you open exactly what a server needs, for example HTTP on port 80 from anyone and SSH on port 22 only from your office.",
      relations: `A group belongs to one VPC and is attached to instances (up to ${SECURITY_GROUPS_PER_INTERFACE} per network interface by default, a quota you can raise); their rules add up. An instance launched without one gets its VPC's default security group, which by default admits traffic only from instances in that same group and lets everything out. It is stateful: when a request is allowed in, the reply goes back out automatically. It is the last step on the way from the internet to an instance.`,
      docTitle: "Control traffic to your AWS resources using security groups",
    },
    ko: {
      title: "보안 그룹",
      what: "보안 그룹은 인스턴스를 감싸는 가상 방화벽입니다. 규칙으로 어떤 트래픽이 들어오고(인바운드) 나갈 수 있는지(아웃바운드) 정합니다. 규칙은 허용만 할 수 있으며, 허용되지 않은 트래픽은 모두 차단됩니다.",
      why: "퍼블릭 서브넷에 있더라도 모든 포트를 여는 일은 드뭅니다. 보안 그룹을 쓰면 서버에 꼭 필요한 것만 열 수 있습니다. 예를 들어 80번 포트 HTTP는 누구에게나, 22번 포트 SSH는 사무실에서만 허용할 수 있습니다.",
      relations: `보안 그룹은 한 VPC에 속하고 인스턴스에 연결됩니다(기본 한도는 네트워크 인터페이스당 ${SECURITY_GROUPS_PER_INTERFACE}개이며 늘릴 수 있음). 여러 그룹의 규칙은 합쳐져서 적용됩니다. 보안 그룹 없이 시작한 인스턴스는 VPC의 기본 보안 그룹에 들어가며, 이 그룹은 기본적으로 같은 그룹에 속한 인스턴스의 트래픽만 받아들이고 나가는 트래픽은 모두 허용합니다. 상태 저장(stateful) 방식이라 들어온 요청이 허용되면 응답은 자동으로 나갈 수 있습니다. 인터넷에서 인스턴스로 가는 길의 마지막 관문입니다.`,
      docTitle: "보안 그룹을 사용하여 AWS 리소스에 대한 트래픽 제어",
    },
  },
  instance: {
    docUrl: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/concepts.html",
    en: {
      title: "EC2 instance",
      what: "An EC2 instance is a virtual server you rent from AWS. It starts from an image (AMI) that holds the operating system and software, and its instance type decides how many vCPUs, how much memory and how much network speed it gets.",
      why: "Instead of buying and installing hardware, you start a server in minutes, pay while it runs, and change its size or add more servers when your traffic grows. When you no longer need it, you stop or terminate it.",
      relations:
        "An instance is launched into one subnet, so it lives in that subnet's Availability Zone and takes a private address from its range. Security groups filter its traffic, and EBS volumes in the same zone act as its disks, usually including its root volume.",
      docTitle: "What is Amazon EC2?",
    },
    ko: {
      title: "EC2 인스턴스",
      what: "EC2 인스턴스는 AWS에서 빌려 쓰는 가상 서버입니다. 운영 체제와 소프트웨어가 담긴 이미지(AMI)로 시작하며, 인스턴스 유형에 따라 vCPU 수, 메모리 양, 네트워크 속도가 정해집니다.",
      why: "하드웨어를 사서 설치하는 대신 몇 분 만에 서버를 시작하고, 실행한 만큼 요금을 내며, 트래픽이 늘면 크기를 바꾸거나 서버를 추가할 수 있습니다. 더 이상 필요 없으면 중지하거나 종료하면 됩니다.",
      relations:
        "인스턴스는 하나의 서브넷에서 시작되므로 그 서브넷의 가용 영역에 있고, 서브넷 주소 범위에서 프라이빗 주소를 받습니다. 보안 그룹이 트래픽을 걸러 주고, 같은 가용 영역의 EBS 볼륨이 루트 볼륨을 포함한 디스크 역할을 합니다.",
      docTitle: "Amazon EC2란 무엇인가요?",
    },
  },
  volume: {
    docUrl: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volumes.html",
    en: {
      title: "EBS volume",
      what: "An EBS (Elastic Block Store) volume is a network-attached disk for EC2 instances. The instance sees it as a raw block device that it formats and mounts like a local drive.",
      why: "A volume is separate from the server: its data survives stopping the instance, and you can detach a data volume and attach it to another instance in the zone. A snapshot copies a volume to Amazon S3 for backup; from it you can create a new volume, also in another zone. On termination the root volume is deleted by default (its DeleteOnTermination flag is on), while data volumes attached later stay and keep costing until you delete them. Size can grow but never shrink, and type, IOPS and throughput can change while the volume is in use.",
      relations:
        "A volume lives in one Availability Zone and can attach only to instances in that same zone, each under a device name such as /dev/xvda (often the root volume) or /dev/sdf. Only io1 and io2 volumes can attach to several instances at once (Multi-Attach). An encrypted volume (encrypted: true) is encrypted with an AWS KMS key at rest, in transit to the instance and in its snapshots; encryption is chosen when the volume is created.",
      docTitle: "Amazon EBS volumes",
    },
    ko: {
      title: "EBS 볼륨",
      what: "EBS(Elastic Block Store) 볼륨은 네트워크로 연결되는 EC2 인스턴스용 디스크입니다. 인스턴스에는 일반 블록 장치로 보이므로 로컬 드라이브처럼 포맷하고 마운트해서 씁니다.",
      why: "볼륨은 서버와 따로 존재하므로 인스턴스를 중지해도 데이터가 남고, 데이터 볼륨은 떼어 내 같은 가용 영역의 다른 인스턴스에 붙일 수 있습니다. 스냅샷은 볼륨을 Amazon S3에 복사해 두는 백업이며, 스냅샷으로 다른 가용 영역에도 새 볼륨을 만들 수 있습니다. 인스턴스를 종료하면 루트 볼륨은 기본적으로 함께 삭제되지만(DeleteOnTermination 설정이 켜져 있음), 나중에 붙인 데이터 볼륨은 남아서 삭제할 때까지 요금이 계속 부과됩니다. 크기는 늘릴 수만 있고 줄일 수는 없으며, 유형·IOPS·처리량은 사용 중에도 바꿀 수 있습니다.",
      relations:
        "볼륨은 한 가용 영역에 있으며 같은 영역의 인스턴스에만 연결할 수 있습니다. 연결할 때는 /dev/xvda(주로 루트 볼륨)나 /dev/sdf 같은 장치 이름을 씁니다. 여러 인스턴스에 동시에 연결(다중 연결)할 수 있는 것은 io1과 io2 볼륨뿐입니다. 암호화된 볼륨(encrypted: true)은 AWS KMS 키로 저장 데이터, 인스턴스와 주고받는 데이터, 스냅샷이 모두 암호화되며, 암호화 여부는 볼륨을 만들 때 정합니다.",
      docTitle: "Amazon EBS 볼륨",
    },
  },
  internet: {
    docUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/extend-intro.html",
    en: {
      title: "Internet",
      what: "The public internet: your users, their browsers and every network outside AWS. In this diagram it stands for any address on the internet, which security group rules write as 0.0.0.0/0.",
      why: "It is drawn so you can follow the path a request takes from a user to your server, and see at a glance which resources are exposed to it.",
      relations:
        "The internet reaches a VPC only through an attached internet gateway, then a public subnet's route, then a running instance's public IPv4 address; the subnet's network ACL and a security group rule must both allow the traffic. If any link is missing, the request stops there.",
      docTitle: "Connect your VPC to other networks",
    },
    ko: {
      title: "인터넷",
      what: "사용자의 브라우저를 비롯해 AWS 바깥의 모든 네트워크를 아우르는 공용 인터넷입니다. 이 다이어그램에서는 인터넷의 모든 주소를 뜻하며, 보안 그룹 규칙에서는 0.0.0.0/0으로 씁니다.",
      why: "사용자의 요청이 서버까지 가는 길을 따라가 보고, 어떤 리소스가 인터넷에 노출되어 있는지 한눈에 보기 위해 그려 둡니다.",
      relations:
        "인터넷에서 VPC로 들어오려면 연결된 인터넷 게이트웨이, 퍼블릭 서브넷의 경로, 실행 중인 인스턴스의 퍼블릭 IPv4 주소를 차례로 거쳐야 하고, 서브넷의 네트워크 ACL과 보안 그룹 규칙이 모두 그 트래픽을 허용해야 합니다. 하나라도 빠지면 요청은 거기서 멈춥니다.",
      docTitle: "VPC를 다른 네트워크에 연결",
    },
  },
  // Format 2 kinds: their texts live with the other network concepts.
  ...NETWORK_KIND_CONCEPTS,
};

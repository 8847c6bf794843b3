// Every diagnostic message, in English and Korean, in one place. A rule reports a message id and
// plain params (names, numbers, paths); the text is made here with the one interpolator of
// src/i18n/text.ts, which also picks Korean particles after names ({who:은/는}). Diagnostics keep
// the id and params, so a UI can show them in the other language without validating again.
// A message is a template per language; where the wording depends on a param, a function picks
// the template (never the values: those always go through placeholders).
import { interpolate, type Lang, type LocalText } from "../i18n/text.ts";
import { ICMP_MAX, MAX_PORT, MAX_PREFIX, MIN_PREFIX, RESERVED_PER_SUBNET } from "./aws-limits.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { ResourceKind } from "./topology-index.ts";

/** Param values stay JSON-friendly: diagnostics are printed by `ec2viz validate --json`. */
type ParamValue = string | number | boolean;
type MessageParams = Readonly<Record<string, ParamValue>>;

type Render<P> = string | ((p: P) => string);
/** A message's template in both languages; `params` exists only for the type checker. */
type Message<P> = Readonly<Record<Lang, Render<P>>> & { params?: P };

const message = <P extends MessageParams>(m: Readonly<Record<Lang, Render<P>>>): Message<P> => m;

const n = (value: number) => value.toLocaleString("en-US");
/** Addresses in an IPv4 block of this prefix length. */
const blockSize = (prefix: number) => 2 ** (32 - prefix);

const KIND_WORDS: Record<ResourceKind, LocalText> = {
  region: { en: "a Region", ko: "리전" },
  vpc: { en: "a VPC", ko: "VPC" },
  internetGateway: { en: "an internet gateway", ko: "인터넷 게이트웨이" },
  subnet: { en: "a subnet", ko: "서브넷" },
  securityGroup: { en: "a security group", ko: "보안 그룹" },
  instance: { en: "an EC2 instance", ko: "EC2 인스턴스" },
  volume: { en: "an EBS volume", ko: "EBS 볼륨" },
  routeTable: { en: "a route table", ko: "라우팅 테이블" },
  natGateway: { en: "a NAT gateway", ko: "NAT 게이트웨이" },
  elasticIp: { en: "an Elastic IP", ko: "탄력적 IP" },
  networkAcl: { en: "a network ACL", ko: "네트워크 ACL" },
};

/** Words for what a reference may name beyond one kind (a route's target). */
const TARGET_WORDS: Record<string, LocalText> = {
  routeTarget: {
    en: "an internet gateway, NAT gateway or instance (or the AWS id of a vgw-, tgw-, pcx-, vpce-, eigw-, lgw-, cagw- or eni- target)",
    ko: "인터넷 게이트웨이, NAT 게이트웨이, 인스턴스(또는 vgw-, tgw-, pcx-, vpce-, eigw-, lgw-, cagw-, eni- 대상의 AWS ID)",
  },
};

const kindEn = (kind: string) => (KIND_WORDS[kind as ResourceKind] ?? TARGET_WORDS[kind])?.en ?? kind;
const kindKo = (kind: string) => (KIND_WORDS[kind as ResourceKind] ?? TARGET_WORDS[kind])?.ko ?? kind;

type Who = { who: string };
type Range = { min: number; max: number };
type VolumeField = "sizeGiB" | "iops" | "throughput";
const UNIT: Record<VolumeField, string> = { sizeGiB: "GiB", iops: "IOPS", throughput: "MiB/s" };
const FIELD: Record<VolumeField, LocalText> = {
  sizeGiB: { en: "size", ko: "크기" },
  iops: { en: "IOPS", ko: "IOPS" },
  throughput: { en: "throughput", ko: "처리량" },
};

export const MESSAGES = {
  // A message made elsewhere in both languages (schema problems are worded from zod's issues).
  text: message<LocalText>({ en: "{en}", ko: "{ko}" }),

  "duplicate-id": message<{ id: string; path: string; first: string }>({
    en: 'The id "{id}" at {path} is already used at {first}. Every resource needs its own id, the way AWS gives each resource a unique id, so references stay unambiguous.',
    ko: '{path}의 ID "{id}"{은/는} 이미 {first}에서 쓰고 있습니다. AWS가 리소스마다 고유 ID를 주듯, 참조가 헷갈리지 않도록 리소스마다 다른 ID를 쓰세요.',
  }),
  "unknown-reference.missing": message<{ owner: string; target: string; path: string; expected: string }>({
    en: (p) =>
      `{owner} refers to "{target}" in {path}, but there is no ${kindEn(p.expected).replace(/^an? /, "")} with that id. Add it, or fix the id.`,
    ko: (p) =>
      `{owner}의 {path:이/가} "{target}"{을/를} 가리키지만 그런 ID의 ${kindKo(p.expected)}{이/가} 없습니다. 리소스를 추가하거나 ID를 고치세요.`,
  }),
  "unknown-reference.kind": message<{
    owner: string;
    target: string;
    path: string;
    expected: string;
    actual: string;
  }>({
    en: (p) =>
      `{owner} refers to "{target}" in {path}, which is ${kindEn(p.actual)}, but this field needs ${kindEn(p.expected)}.`,
    ko: (p) =>
      `{owner}의 {path:이/가} 가리키는 "{target}"{은/는} ${kindKo(p.actual)}입니다. 이 항목에는 ${kindKo(p.expected)}{이/가} 와야 합니다.`,
  }),

  "region-unknown": message<{ region: string; guess: string }>({
    en: (p) =>
      `"{region}" is not an AWS Region code. Region codes look like ap-northeast-2 (Seoul) or us-east-1.${p.guess ? " Did you mean {guess}?" : ""}`,
    ko: (p) =>
      `"{region}"{은/는} AWS 리전 코드가 아닙니다. 리전 코드는 ap-northeast-2(서울), us-east-1과 같은 형식입니다.${p.guess ? " {guess:을/를} 말씀하신 건가요?" : ""}`,
  }),
  "az-not-in-region.region": message<{ region: string; zone: string }>({
    en: 'Region {region} lists "{zone}", which is not one of its Availability Zones: a zone\'s name is its Region code plus a letter ({region}a, {region}b…).',
    ko: '리전 {region}에 "{zone}"{이/가} 있지만 이 리전의 가용 영역이 아닙니다. 가용 영역 이름은 리전 코드 뒤에 문자 하나를 붙인 것입니다({region}a, {region}b…).',
  }),
  "az-not-in-region.subnet": message<Who & { zone: string; region: string; zones: string }>({
    en: (p) =>
      `Subnet {who} is in {zone}, but its VPC's Region {region} lists ${p.zones ? "only {zones}" : "no zones"}. A subnet lives in one Availability Zone of its VPC's Region.`,
    ko: (p) =>
      `서브넷 {who}의 가용 영역은 {zone}인데, VPC의 리전 {region}에는 ${p.zones ? "{zones}만 있습니다" : "가용 영역이 없습니다"}. 서브넷은 VPC가 속한 리전의 가용 영역 하나에 있어야 합니다.`,
  }),
  "az-not-in-region.volume": message<Who & { zone: string }>({
    en: "Volume {who} is in {zone}, which no Region of this topology lists. Add the zone to its Region's availabilityZones.",
    ko: "볼륨 {who}의 가용 영역 {zone:은/는} 이 토폴로지의 어느 리전에도 없습니다. 해당 리전의 availabilityZones에 추가하세요.",
  }),

  "vpc-cidr-size": message<Who & { cidr: string }>({
    en: `VPC {who} has the block {cidr}; AWS allows VPC blocks from /${MIN_PREFIX} (${n(blockSize(MIN_PREFIX))} addresses) to /${MAX_PREFIX} (${n(blockSize(MAX_PREFIX))} addresses).`,
    ko: `VPC {who}의 블록이 {cidr}입니다. AWS는 /${MIN_PREFIX}(주소 ${n(blockSize(MIN_PREFIX))}개)부터 /${MAX_PREFIX}(주소 ${n(blockSize(MAX_PREFIX))}개)까지의 VPC 블록만 허용합니다.`,
  }),
  "vpc-cidr-size.link-local": message<Who & { cidr: string }>({
    en: "VPC {who} uses {cidr}, inside 169.254.0.0/16, the link-local range; AWS keeps it for the instance metadata service, the Amazon DNS resolver (169.254.169.253) and time sync, and doesn't allow it for a VPC.",
    ko: "VPC {who}의 {cidr:은/는} 링크 로컬 범위인 169.254.0.0/16 안에 있습니다. AWS는 이 범위를 인스턴스 메타데이터 서비스, Amazon DNS 확인자(169.254.169.253), 시간 동기화에 쓰므로 VPC에는 쓸 수 없습니다.",
  }),
  "subnet-cidr-size": message<Who & { cidr: string }>({
    en: `Subnet {who} has the block {cidr}; AWS allows subnet blocks from /${MIN_PREFIX} to /${MAX_PREFIX} (a /${MAX_PREFIX} has ${n(blockSize(MAX_PREFIX))} addresses, ${n(blockSize(MAX_PREFIX) - RESERVED_PER_SUBNET)} of them usable).`,
    ko: `서브넷 {who}의 블록이 {cidr}입니다. AWS는 /${MIN_PREFIX}부터 /${MAX_PREFIX}까지의 서브넷 블록만 허용합니다(/${MAX_PREFIX}은 주소 ${n(blockSize(MAX_PREFIX))}개, 그중 ${n(blockSize(MAX_PREFIX) - RESERVED_PER_SUBNET)}개 사용 가능).`,
  }),
  "subnet-outside-vpc": message<Who & { cidr: string; vpc: string; vpcCidr: string }>({
    en: "Subnet {who} ({cidr}) is not inside its VPC {vpc} ({vpcCidr}). A subnet takes its addresses from its VPC's block: pick a block within {vpcCidr}. (AWS also lets a VPC add secondary blocks for subnets; ec2viz models only the primary one.)",
    ko: "서브넷 {who}({cidr}){이/가} VPC {vpc}({vpcCidr}) 범위 밖에 있습니다. 서브넷은 VPC 블록에서 주소를 떼어 쓰므로 {vpcCidr} 안의 블록을 고르세요. (AWS에서는 VPC에 보조 CIDR 블록을 추가해 서브넷에 쓸 수도 있지만, ec2viz는 기본 블록만 다룹니다.)",
  }),
  "subnet-overlap": message<Who & { cidr: string; other: string; otherCidr: string; suggestion: string }>({
    en: "Subnet {who} ({cidr}) overlaps subnet {other} ({otherCidr}) in the same VPC. Subnets of a VPC can't share addresses; give one of them another block, e.g. {suggestion}.",
    ko: "서브넷 {who}({cidr}){이/가} 같은 VPC의 서브넷 {other}({otherCidr}){과/와} 겹칩니다. 한 VPC 안의 서브넷끼리는 주소 범위가 겹칠 수 없으니 하나에 다른 블록(예: {suggestion})을 주세요.",
  }),
  "igw-multiple": message<Who & { vpc: string; first: string }>({
    en: "Internet gateway {who} is attached to VPC {vpc}, which already has {first}. AWS attaches at most one internet gateway to a VPC; detach one (set its vpc to null).",
    ko: "인터넷 게이트웨이 {who:이/가} 이미 {first:이/가} 연결된 VPC {vpc}에 연결되어 있습니다. VPC 하나에는 인터넷 게이트웨이를 한 번에 하나만 연결할 수 있습니다. 하나를 분리하세요(vpc를 null로).",
  }),
  "public-subnet-no-igw": message<Who & { vpc: string; table: string; gateway: string }>({
    en: "Subnet {who} is set up to be public: its route table {table} sends internet traffic (0.0.0.0/0) to internet gateway {gateway}. But its VPC {vpc} has no internet gateway attached, so the route leads nowhere (AWS shows it as a blackhole). Attach {gateway} to {vpc}, or let the subnet use a table without that route.",
    ko: "서브넷 {who:은/는} 퍼블릭으로 구성되어 있습니다. 라우팅 테이블 {table:이/가} 인터넷 트래픽(0.0.0.0/0)을 인터넷 게이트웨이 {gateway:으로/로} 보내기 때문입니다. 그런데 VPC {vpc}에 연결된 인터넷 게이트웨이가 없어 이 경로는 아무 데도 가지 못합니다(AWS는 블랙홀로 표시합니다). {gateway:을/를} {vpc}에 연결하거나, 서브넷이 그 경로가 없는 테이블을 쓰게 하세요.",
  }),

  "instance-type-unknown": message<Who & { type: string; guess: string }>({
    en: (p) =>
      `Instance {who} has the type "{type}", which is not an EC2 instance type.${p.guess ? " Did you mean {guess}?" : ""} A type name is series, generation, options, then a dot and the size, like t3.micro or m7g.large.`,
    ko: (p) =>
      `인스턴스 {who}의 유형 "{type}"{은/는} EC2 인스턴스 유형이 아닙니다.${p.guess ? " {guess:을/를} 말씀하신 건가요?" : ""} 유형 이름은 시리즈, 세대, 옵션 뒤에 점과 크기를 붙여 t3.micro나 m7g.large처럼 씁니다.`,
  }),
  "public-ip-private-subnet": message<Who & { subnet: string }>({
    en: "Instance {who} has a public IP but sits in the private subnet {subnet}: its route table has no 0.0.0.0/0 route to an internet gateway, so the address can't be reached from the internet.",
    ko: "인스턴스 {who}에 퍼블릭 IP가 있지만 프라이빗 서브넷 {subnet}에 있습니다. 라우팅 테이블에 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없으니 인터넷에서 이 주소로 접근할 수 없습니다.",
  }),
  "sg-other-vpc": message<Who & { vpc: string; group: string; groupVpc: string }>({
    en: "Instance {who} is in VPC {vpc} but uses security group {group} of VPC {groupVpc}. A security group only applies inside its own VPC: use one created in {vpc}.",
    ko: "인스턴스 {who:은/는} VPC {vpc}에 있는데 VPC {groupVpc}의 보안 그룹 {group:을/를} 씁니다. 보안 그룹은 자기 VPC 안에서만 쓸 수 있으니 {vpc}에 만든 보안 그룹을 쓰세요.",
  }),
  "sg-limit": message<Who & { count: number; max: number }>({
    en: "Instance {who} has {count} security groups; AWS's default quota is {max} per network interface. The quota can be raised (up to 16) through Service Quotas; otherwise merge rules into fewer groups.",
    ko: "인스턴스 {who}에 보안 그룹이 {count}개 있습니다. AWS의 기본 할당량은 네트워크 인터페이스당 {max}개입니다. Service Quotas에서 할당량을 늘릴 수 있고(최대 16개), 그렇지 않으면 규칙을 더 적은 그룹으로 합치세요.",
  }),

  "sg-port-range": message<Who & { protocol: string; range: string }>({
    en: `Security group {who} has a {protocol} rule with the port range {range}. A TCP or UDP rule needs fromPort and toPort between 0 and ${MAX_PORT}, with fromPort no larger than toPort (one port: the same number twice).`,
    ko: `보안 그룹 {who}의 {protocol} 규칙 포트 범위가 {range}입니다. TCP와 UDP 규칙에는 0~${MAX_PORT} 사이의 fromPort와 toPort가 있어야 하고, fromPort가 toPort보다 클 수 없습니다. 포트 하나만 열려면 fromPort와 toPort에 같은 숫자를 넣으세요.`,
  }),
  "sg-rule-limit": message<Who & { direction: "ingress" | "egress"; count: number; max: number }>({
    en: (p) =>
      `Security group {who} has {count} ${p.direction === "ingress" ? "inbound" : "outbound"} rules; AWS's default quota is {max} in each direction. The quota can be raised through Service Quotas; otherwise combine ranges or split the rules over more groups.`,
    ko: (p) =>
      `보안 그룹 {who}에 ${p.direction === "ingress" ? "인바운드" : "아웃바운드"} 규칙이 {count}개 있습니다. AWS의 기본 할당량은 방향마다 {max}개입니다. Service Quotas에서 할당량을 늘릴 수 있고, 그렇지 않으면 범위를 합치거나 규칙을 여러 그룹으로 나누세요.`,
  }),

  "ebs-az-mismatch": message<Who & { zone: string; instance: string; instanceZone: string }>({
    en: "Volume {who} is in {zone} but is attached to instance {instance} in {instanceZone}. An EBS volume can attach only to an instance in its own Availability Zone (make a snapshot and restore it in {instanceZone} to move it).",
    ko: "볼륨 {who:은/는} {zone}에 있는데 {instanceZone}의 인스턴스 {instance}에 연결되어 있습니다. EBS 볼륨은 같은 가용 영역의 인스턴스에만 연결됩니다(옮기려면 스냅샷을 만들어 {instanceZone}에서 복원하세요).",
  }),
  "ebs-size.range": message<Who & Range & { type: string; field: VolumeField; value: number }>({
    // "has 60 IOPS", not "has a IOPS of 60 IOPS"; "{type} volumes", not "a io1 volume".
    en: (p) =>
      `Volume {who} ({type}) has ${p.field === "iops" ? `${n(p.value)} IOPS` : `a ${FIELD[p.field].en} of ${n(p.value)} ${UNIT[p.field]}`}; {type} volumes allow ${n(p.min)} to ${n(p.max)} ${UNIT[p.field]}.`,
    ko: (p) =>
      `볼륨 {who}({type})의 ${FIELD[p.field].ko}{이/가} ${n(p.value)} ${UNIT[p.field]}입니다. {type} 볼륨은 ${n(p.min)}~${n(p.max)} ${UNIT[p.field]}만 허용합니다.`,
  }),
  "ebs-size.iops-required": message<Who & Range & { type: string }>({
    en: (p) =>
      `Volume {who} is {type}, a provisioned IOPS type: give it an iops value (${n(p.min)} to ${n(p.max)}).`,
    ko: (p) =>
      `볼륨 {who:은/는} 프로비저닝된 IOPS 유형({type})이므로 iops 값(${n(p.min)}~${n(p.max)})이 있어야 합니다.`,
  }),
  "ebs-size.not-settable": message<Who & { type: string; field: "iops" | "throughput" }>({
    en: (p) =>
      `Volume {who} sets {field}, but a {type} volume doesn't let you choose it${p.field === "iops" ? " (only gp3, io1 and io2 do)" : " (only gp3 does)"}.`,
    ko: (p) =>
      `볼륨 {who}에 ${FIELD[p.field].ko} 값을 지정했지만 {type} 볼륨에서는 이 값을 정할 수 없습니다${p.field === "iops" ? "(gp3, io1, io2만 가능)" : "(gp3만 가능)"}.`,
  }),
  "ebs-multi-attach.type": message<Who & { type: string }>({
    en: "Volume {who} turns on Multi-Attach, but only io1 and io2 volumes support it, not {type}.",
    ko: "볼륨 {who}에 다중 연결(Multi-Attach)이 켜져 있지만 이 기능은 io1과 io2 볼륨만 지원합니다({type} 볼륨에서는 사용할 수 없음).",
  }),
  "ebs-multi-attach.off": message<Who & { count: number }>({
    en: "Volume {who} is attached to {count} instances, but a volume attaches to one instance at a time unless it is an io1/io2 volume with multiAttach: true.",
    ko: "볼륨 {who:이/가} 인스턴스 {count}개에 연결되어 있습니다. multiAttach: true인 io1/io2 볼륨이 아니면 볼륨은 한 번에 인스턴스 하나에만 연결됩니다.",
  }),
  "ebs-multi-attach.too-many": message<Who & { count: number; max: number }>({
    en: "Volume {who} is attached to {count} instances; Multi-Attach allows at most {max}.",
    ko: "볼륨 {who:이/가} 인스턴스 {count}개에 연결되어 있습니다. 다중 연결은 최대 {max}개까지입니다.",
  }),
  "ebs-device-conflict": message<Who & { instance: string; device: string; other: string }>({
    en: "Volume {who} is attached to instance {instance} as {device}, which volume {other} already uses there. Each device name is used once per instance: pick a free one such as /dev/sdf to /dev/sdp.",
    ko: "볼륨 {who:이/가} 인스턴스 {instance}에 {device:으로/로} 연결되어 있는데, 이 이름은 이미 볼륨 {other:이/가} 쓰고 있습니다. 장치 이름은 인스턴스마다 한 번만 쓸 수 있으니 /dev/sdf~/dev/sdp 중 빈 이름을 고르세요.",
  }),
  "ebs-boot-type": message<Who & { type: string; device: string }>({
    en: "Volume {who} is {type} (HDD) attached as the root device {device}, but st1 and sc1 volumes can't be boot volumes. Use gp3 for the root volume and keep {type} for data.",
    ko: "볼륨 {who:은/는} {type}(HDD)인데 루트 장치 {device:으로/로} 연결되어 있습니다. st1과 sc1 볼륨은 부팅 볼륨이 될 수 없습니다. 루트 볼륨은 gp3로 하고 {type:은/는} 데이터용으로 쓰세요.",
  }),

  "tag-limit.count": message<Who & { count: number; max: number }>({
    en: "{who} has {count} tags; AWS allows at most {max} per resource.",
    ko: "{who}에 태그가 {count}개 있습니다. AWS는 리소스당 최대 {max}개까지 허용합니다.",
  }),
  "tag-limit.key-length": message<Who & { key: string; length: number; max: number }>({
    en: '{who} has a tag key of {length} characters ("{key}"); a key needs 1 to {max} characters.',
    ko: '{who}의 태그 키("{key}"){이/가} {length}자입니다. 키는 1~{max}자여야 합니다.',
  }),
  "tag-limit.reserved": message<Who & { key: string }>({
    en: '{who} has the tag key "{key}": keys starting with "aws:" are reserved for AWS\'s own tags.',
    ko: '{who}에 태그 키 "{key}"{이/가} 있습니다. "aws:"로 시작하는 키는 AWS 자체 태그용으로 예약되어 있습니다.',
  }),
  "tag-limit.value-length": message<Who & { key: string; length: number; max: number }>({
    en: '{who}\'s tag "{key}" has a value of {length} characters; AWS allows at most {max}.',
    ko: '{who}의 태그 "{key}" 값이 {length}자입니다. AWS는 최대 {max}자까지 허용합니다.',
  }),

  // ---- Format 2: routing and network ACLs (issue 9) ----
  "route-duplicate": message<Who & { destination: string }>({
    en: "Route table {who} has two routes for {destination}. A table holds one route per destination (AWS refuses the second); keep the one whose target you mean.",
    ko: "라우팅 테이블 {who}에 {destination:으로/로} 가는 경로가 두 개 있습니다. 테이블에는 목적지마다 경로를 하나만 둘 수 있습니다(AWS는 두 번째를 거부합니다). 원하는 대상의 경로만 남기세요.",
  }),
  "route-table-main-multiple": message<Who & { vpc: string; first: string }>({
    en: "Route table {who} is marked main, but VPC {vpc} already has the main table {first}. A VPC has exactly one main route table, used by every subnet without an association of its own.",
    ko: "라우팅 테이블 {who:이/가} 기본(main)으로 되어 있지만 VPC {vpc}에는 이미 기본 테이블 {first:이/가} 있습니다. VPC의 기본 라우팅 테이블은 하나뿐이며, 명시적으로 연결하지 않은 모든 서브넷이 이 테이블을 씁니다.",
  }),
  "sg-default-multiple": message<Who & { vpc: string; first: string }>({
    en: "Security group {who} is marked default, but VPC {vpc} already has the default security group {first}. A VPC has exactly one default security group, which AWS gives every instance launched without a group of its own.",
    ko: "보안 그룹 {who:이/가} 기본(default)으로 되어 있지만 VPC {vpc}에는 이미 기본 보안 그룹 {first:이/가} 있습니다. VPC의 기본 보안 그룹은 하나뿐이며, AWS는 보안 그룹 없이 시작한 모든 인스턴스를 이 그룹에 넣습니다.",
  }),
  "acl-default-multiple": message<Who & { vpc: string; first: string }>({
    en: "Network ACL {who} is marked default, but VPC {vpc} already has the default network ACL {first}. A VPC has exactly one default network ACL, used by every subnet without an ACL of its own.",
    ko: "네트워크 ACL {who:이/가} 기본(default)으로 되어 있지만 VPC {vpc}에는 이미 기본 네트워크 ACL {first:이/가} 있습니다. VPC의 기본 네트워크 ACL은 하나뿐이며, 명시적으로 연결한 ACL이 없는 모든 서브넷이 이 ACL을 씁니다.",
  }),
  "subnet-association-multiple": message<
    Who & { kind: "routeTable" | "networkAcl"; first: string; second: string }
  >({
    en: (p) =>
      p.kind === "routeTable"
        ? "Subnet {who} is associated with two route tables, {first} and {second}. A subnet uses exactly one route table at a time: remove it from one of them."
        : "Subnet {who} is associated with two network ACLs, {first} and {second}. A subnet uses exactly one network ACL at a time: remove it from one of them.",
    ko: (p) =>
      p.kind === "routeTable"
        ? "서브넷 {who:이/가} 라우팅 테이블 {first}, {second} 두 곳에 연결되어 있습니다. 서브넷은 한 번에 라우팅 테이블 하나만 씁니다. 한쪽에서 빼세요."
        : "서브넷 {who:이/가} 네트워크 ACL {first}, {second} 두 곳에 연결되어 있습니다. 서브넷은 한 번에 네트워크 ACL 하나만 씁니다. 한쪽에서 빼세요.",
  }),
  "acl-rule-number": message<Who & { direction: "ingress" | "egress"; number: number; duplicate: boolean }>({
    en: (p) =>
      p.duplicate
        ? `Network ACL {who} has two ${p.direction === "ingress" ? "inbound" : "outbound"} rules numbered {number}. Rules are evaluated in number order and the first match decides, so each number is used once per direction.`
        : `Network ACL {who} has an ${p.direction === "ingress" ? "inbound" : "outbound"} rule numbered {number}; AWS accepts rule numbers 1 to 32766 (the last rule, *, is AWS's own deny).`,
    ko: (p) =>
      p.duplicate
        ? `네트워크 ACL {who}에 번호가 {number}인 ${p.direction === "ingress" ? "인바운드" : "아웃바운드"} 규칙이 두 개 있습니다. 규칙은 번호 순서로 평가되고 처음 맞는 규칙이 결정하므로, 방향마다 번호는 한 번만 씁니다.`
        : `네트워크 ACL {who}의 ${p.direction === "ingress" ? "인바운드" : "아웃바운드"} 규칙 번호가 {number}입니다. AWS는 1부터 32766까지의 번호만 받습니다(마지막 규칙 *는 AWS의 기본 거부 규칙입니다).`,
  }),

  // ---- Format 2: more rules (issue 9) ----
  "route-table-other-vpc.subnet": message<Who & { vpc: string; subnet: string; otherVpc: string }>({
    en: "Route table {who} belongs to VPC {vpc} but lists subnet {subnet} of VPC {otherVpc}. A route table steers traffic only inside its own VPC, so AWS associates it only with that VPC's subnets: associate {subnet} with a table of {otherVpc}.",
    ko: "라우팅 테이블 {who:은/는} VPC {vpc}에 속하는데 VPC {otherVpc}의 서브넷 {subnet:을/를} 연결하고 있습니다. 라우팅 테이블은 자기 VPC 안의 트래픽만 안내하므로 AWS는 같은 VPC의 서브넷만 연결할 수 있게 합니다. {subnet:을/를} {otherVpc}의 테이블에 연결하세요.",
  }),
  "route-table-other-vpc.target": message<
    Who & {
      vpc: string;
      target: string;
      kind: "internetGateway" | "natGateway" | "instance";
      otherVpc: string;
    }
  >({
    en: (p) =>
      `Route table {who} of VPC {vpc} sends traffic to ${kindEn(p.kind).replace(/^an? /, "")} {target} in VPC {otherVpc}. A route's target must be in the table's own VPC (AWS refuses the route: the table and the target "belong to different networks"). Use a target in {vpc}; to reach another VPC, route to a peering connection (pcx-…) or a transit gateway (tgw-…).`,
    ko: (p) =>
      `VPC {vpc}의 라우팅 테이블 {who:이/가} VPC {otherVpc}에 있는 ${kindKo(p.kind)} {target:으로/로} 트래픽을 보냅니다. 경로의 대상은 테이블과 같은 VPC에 있어야 합니다(AWS는 테이블과 대상이 서로 다른 네트워크에 있다며 경로를 거부합니다). {vpc}의 대상을 쓰고, 다른 VPC로 가려면 피어링 연결(pcx-…)이나 전송 게이트웨이(tgw-…)로 라우팅하세요.`,
  }),
  "route-blackhole": message<Who & { destination: string; gateway: string; vpc: string }>({
    en: "Route table {who} sends {destination} to internet gateway {gateway}, which is not attached to any VPC. AWS keeps such a route but marks it as a blackhole and drops the traffic. Attach {gateway} to {vpc}, or point the route at the gateway that is attached.",
    ko: "라우팅 테이블 {who:이/가} {destination:을/를} 인터넷 게이트웨이 {gateway:으로/로} 보내지만, 이 게이트웨이는 어느 VPC에도 연결되어 있지 않습니다. AWS는 이런 경로를 남겨 두되 블랙홀로 표시하고 트래픽을 버립니다. {gateway:을/를} {vpc}에 연결하거나, 연결된 게이트웨이로 경로를 바꾸세요.",
  }),
  "nat-gateway-no-internet.eip": message<Who>({
    en: "NAT gateway {who} is public but has no Elastic IP. A public NAT gateway replaces its subnets' private addresses with its Elastic IP on the way out, so without one it can't reach the internet. Associate an Elastic IP with it (AWS asks for one when you create it), or make it private if it only reaches other networks.",
    ko: "NAT 게이트웨이 {who:은/는} 퍼블릭인데 탄력적 IP가 없습니다. 퍼블릭 NAT 게이트웨이는 나가는 트래픽의 프라이빗 주소를 자기 탄력적 IP로 바꾸어 보내므로, 탄력적 IP가 없으면 인터넷에 나갈 수 없습니다. 탄력적 IP를 연결하거나(AWS는 만들 때 하나를 요구합니다), 다른 네트워크로만 나간다면 프라이빗으로 바꾸세요.",
  }),
  "nat-gateway-no-internet.subnet": message<Who & { subnet: string }>({
    en: "NAT gateway {who} is public but sits in subnet {subnet}, which is not public (its route table has no 0.0.0.0/0 route to an attached internet gateway). AWS creates it there, but the traffic it forwards has no way out. Put the NAT gateway in a public subnet and let the private subnets route 0.0.0.0/0 to it.",
    ko: "NAT 게이트웨이 {who:은/는} 퍼블릭인데 퍼블릭이 아닌 서브넷 {subnet}에 있습니다(라우팅 테이블에 연결된 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없습니다). AWS는 그대로 만들어 주지만, 이 게이트웨이가 넘겨받은 트래픽은 나갈 길이 없습니다. NAT 게이트웨이를 퍼블릭 서브넷에 두고, 프라이빗 서브넷이 0.0.0.0/0을 이 게이트웨이로 보내게 하세요.",
  }),
  "eip-association-multiple": message<
    Who & { address: string; first: string; target: string; firstTarget: string }
  >({
    en: (p) =>
      `Elastic IP {who} has the address {address}, which Elastic IP {first} already has${p.firstTarget && p.target ? " (associated with {firstTarget}; this one with {target})" : ""}. An Elastic IP is one allocated address, associated with one instance, network interface or NAT gateway at a time: associating it elsewhere moves it. Keep one entry for {address}.`,
    ko: (p) =>
      `탄력적 IP {who}의 주소 {address:은/는} 이미 탄력적 IP {first}의 주소입니다${p.firstTarget && p.target ? "({firstTarget}에 연결된 주소를 {target}에도 연결했습니다)" : ""}. 탄력적 IP는 할당받은 주소 하나이며, 한 번에 인스턴스나 네트워크 인터페이스, NAT 게이트웨이 하나에만 연결됩니다. 다른 곳에 연결하면 원래 연결은 풀립니다. {address} 항목은 하나만 두세요.`,
  }),
  "sg-admin-port-open": message<Who & { ports: string; cidr: string }>({
    en: (p) =>
      `Security group {who} lets every internet address ({cidr}) in on ${p.ports.includes(",") ? "ports" : "port"} {ports}. Remote administration ports open to the world are scanned and attacked constantly, and AWS Security Hub flags them (controls EC2.13 for SSH, EC2.14 for RDP, EC2.53; EC2.54 for ::/0). Allow only your office range (e.g. 203.0.113.0/24), or log in through Session Manager or EC2 Instance Connect instead.`,
    ko: "보안 그룹 {who:이/가} 모든 인터넷 주소({cidr})에서 {ports} 포트로 들어오는 트래픽을 허용합니다. 전 세계에 열린 원격 관리 포트는 끊임없이 스캔과 공격을 받으며, AWS Security Hub도 이를 찾아 경고합니다(SSH는 EC2.13, RDP는 EC2.14, 둘 다 EC2.53, ::/0은 EC2.54). 사무실 주소 범위(예: 203.0.113.0/24)만 허용하거나, Session Manager나 EC2 Instance Connect로 접속하세요.",
  }),
  // ---- Issue 11 ----
  "region-tags": message<Who>({
    en: "Region {who} has tags, but AWS Regions can't be tagged: a Region is a place where AWS runs, not a resource you create. ec2viz keeps these tags, yet they exist nowhere in AWS; put them on the VPCs, subnets and instances instead.",
    ko: "리전 {who}에 태그가 있지만 AWS 리전에는 태그를 달 수 없습니다. 리전은 직접 만드는 리소스가 아니라 AWS가 서비스를 운영하는 장소입니다. ec2viz는 이 태그를 그대로 두지만 AWS에는 어디에도 없으니, VPC, 서브넷, 인스턴스에 다세요.",
  }),
  // AWS resource ids: ami- and 8 (before 2016–2018) or 17 hex digits (EC2 User Guide, resource-ids.html).
  "ami-id-length": message<Who & { ami: string; digits: number }>({
    en: 'Instance {who} names the AMI {ami}, which has {digits} hex digits after "ami-". AWS AMI ids have 17 hex digits (ids from before 2018 may have 8), so AWS would not find this image: copy the id from the EC2 console or from `aws ec2 describe-images`.',
    ko: '인스턴스 {who}의 AMI {ami:은/는} "ami-" 뒤의 16진수가 {digits}자리입니다. AWS의 AMI ID는 16진수 17자리이고 2018년 이전의 ID만 8자리일 수 있으므로, AWS에서 이 이미지를 찾을 수 없습니다. EC2 콘솔이나 `aws ec2 describe-images`에서 ID를 그대로 복사해 오세요.',
  }),
  // Device names AWS accepts: EC2 User Guide, device_naming.html (Linux HVM and PV, Windows).
  "ebs-device-name": message<Who & { instance: string; device: string }>({
    en: "Volume {who} is attached to instance {instance} as {device}, a device name AWS doesn't accept. On Linux, data volumes take /dev/sdf to /dev/sdp (AWS also accepts /dev/sd[a-z] and /dev/xvd[a-z]), and the root volume takes the name its AMI gives, /dev/xvda or /dev/sda1. Windows instances take xvdf to xvdz for data volumes.",
    ko: "볼륨 {who:이/가} 인스턴스 {instance}에 {device:으로/로} 연결되어 있는데, AWS가 받지 않는 장치 이름입니다. Linux에서는 데이터 볼륨에 /dev/sdf~/dev/sdp를 쓰고(/dev/sd[a-z], /dev/xvd[a-z]도 받습니다), 루트 볼륨에는 AMI가 정한 /dev/xvda나 /dev/sda1을 씁니다. Windows 인스턴스는 데이터 볼륨에 xvdf~xvdz를 씁니다.",
  }),
  "ebs-device-name.nvme": message<Who & { instance: string; device: string }>({
    en: "Volume {who} is attached to instance {instance} as {device}, but that is the name Linux gives an NVMe volume inside the instance, not a name AWS takes when you attach a volume. Attach it as one of /dev/sdf to /dev/sdp: on a Nitro instance it then shows up inside as an /dev/nvme…n1 device.",
    ko: "볼륨 {who:이/가} 인스턴스 {instance}에 {device:으로/로} 연결되어 있는데, 이 이름은 인스턴스 안에서 Linux가 NVMe 볼륨에 붙이는 이름이지 AWS에서 볼륨을 연결할 때 쓰는 이름이 아닙니다. /dev/sdf~/dev/sdp 중 하나로 연결하세요. Nitro 인스턴스에서는 이 볼륨이 안에서 /dev/nvme…n1 장치로 보입니다.",
  }),
  // IpPermission.FromPort/ToPort and IcmpTypeCode (EC2 API Reference): for ICMP they hold the type
  // and the code, -1 meaning all; all types (-1) needs all codes (-1).
  "icmp-type-code": message<
    Who & { place: "securityGroup" | "networkAcl"; type: number; code: number; allTypes: boolean }
  >({
    en: (p) =>
      `${p.place === "securityGroup" ? "Security group" : "Network ACL"} {who} has an ICMP rule with type {type} and code {code}. ` +
      (p.allTypes
        ? "A rule for all ICMP types (-1) must also allow all codes (-1): AWS takes a code only with one type, such as type 3 (destination unreachable) with code 4."
        : `For ICMP, fromPort holds the ICMP type and toPort the code, each from 0 to ${ICMP_MAX} or -1 for all; AWS refuses other values. For example, type 8 with code -1 allows ping requests, and -1 with -1 allows every ICMP message.`),
    ko: (p) =>
      `${p.place === "securityGroup" ? "보안 그룹" : "네트워크 ACL"} {who}의 ICMP 규칙이 유형 {type}, 코드 {code}입니다. ` +
      (p.allTypes
        ? "모든 ICMP 유형(-1)을 허용하는 규칙은 코드도 모두(-1) 허용해야 합니다. AWS는 유형을 하나 지정했을 때만 코드를 받습니다(예: 유형 3 Destination Unreachable의 코드 4)."
        : `ICMP 규칙에서는 fromPort에 ICMP 유형을, toPort에 코드를 넣으며, 각각 0~${ICMP_MAX} 사이의 값이거나 전체를 뜻하는 -1이어야 합니다. AWS는 그 밖의 값을 거부합니다. 예를 들어 유형 8, 코드 -1은 ping 요청을 허용하고, -1과 -1은 모든 ICMP 메시지를 허용합니다.`),
  }),
  "ebs-boot-multi-attach": message<Who & { type: string; device: string }>({
    en: "Volume {who} ({type}) has Multi-Attach turned on and is attached as the root device {device}, but a Multi-Attach volume can't be a boot volume. Boot from an ordinary volume (gp3, or {type} without Multi-Attach) and keep the shared volume for data, e.g. on /dev/sdf.",
    ko: "볼륨 {who}({type})에 다중 연결(Multi-Attach)이 켜져 있는데 루트 장치 {device:으로/로} 연결되어 있습니다. 다중 연결 볼륨은 부팅 볼륨이 될 수 없습니다. 부팅은 일반 볼륨(gp3나 다중 연결을 끈 {type})으로 하고, 공유 볼륨은 /dev/sdf 같은 데이터용 장치에 연결하세요.",
  }),
  "ebs-performance-ratio.iops": message<
    Who & { type: string; value: number; size: number; ratio: number; max: number; needed: number }
  >({
    en: (p) =>
      `Volume {who} ({type}, ${n(p.size)} GiB) asks for ${n(p.value)} IOPS, but a {type} volume gets at most ${n(p.ratio)} IOPS per GiB of size: ${n(p.max)} IOPS at ${n(p.size)} GiB. Make it at least ${n(p.needed)} GiB, or lower the IOPS.`,
    ko: (p) =>
      `볼륨 {who}({type}, ${n(p.size)} GiB)에 ${n(p.value)} IOPS를 지정했지만, {type} 볼륨은 크기 1 GiB당 최대 ${n(p.ratio)} IOPS까지만 받을 수 있어 ${n(p.size)} GiB에서는 ${n(p.max)} IOPS가 한도입니다. 크기를 ${n(p.needed)} GiB 이상으로 늘리거나 IOPS를 낮추세요.`,
  }),
  "ebs-performance-ratio.throughput": message<
    Who & { type: string; value: number; iops: number; ratio: number; max: number; needed: number }
  >({
    en: (p) =>
      `Volume {who} ({type}) asks for ${n(p.value)} MiB/s with ${n(p.iops)} IOPS, but a {type} volume gets at most ${p.ratio} MiB/s of throughput per provisioned IOPS: ${n(p.max)} MiB/s at ${n(p.iops)} IOPS. Provision at least ${n(p.needed)} IOPS, or lower the throughput.`,
    ko: (p) =>
      `볼륨 {who}({type})에 ${n(p.iops)} IOPS로 처리량 ${n(p.value)} MiB/s를 지정했지만, {type} 볼륨은 프로비저닝된 IOPS 1당 처리량을 최대 ${p.ratio} MiB/s까지만 받을 수 있어 ${n(p.iops)} IOPS에서는 ${n(p.max)} MiB/s가 한도입니다. IOPS를 ${n(p.needed)} 이상으로 늘리거나 처리량을 낮추세요.`,
  }),
} as const;

export type MessageId = keyof typeof MESSAGES;
/** The params a message needs, checked at compile time where rules call `finding`. */
export type ParamsOf<K extends MessageId> = (typeof MESSAGES)[K] extends Message<infer P> ? P : never;

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(MESSAGES, id);
}

function render(entry: Message<MessageParams>, params: MessageParams, lang: Lang): string {
  const template = entry[lang];
  return interpolate(typeof template === "function" ? template(params) : template, params, lang);
}

/** The text of a message in one language. */
export function formatMessage<K extends MessageId>(id: K, params: ParamsOf<K>, lang: Lang): string {
  return render(MESSAGES[id] as unknown as Message<MessageParams>, params as MessageParams, lang);
}

/**
 * The diagnostic's message in `lang`, rendered from its message id and params (no re-validation).
 * A diagnostic without them (made by hand, or read from old JSON) keeps its message as it is.
 */
export function messageIn(d: Diagnostic, lang: Lang): string {
  if (d.messageId === undefined || d.params === undefined || !isMessageId(d.messageId)) return d.message;
  return render(MESSAGES[d.messageId] as unknown as Message<MessageParams>, d.params, lang);
}

/** A copy of the diagnostic with its message in `lang`. */
export function localizeDiagnostic(d: Diagnostic, lang: Lang): Diagnostic {
  return { ...d, message: messageIn(d, lang) };
}

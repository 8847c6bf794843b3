// Every diagnostic message, in English and Korean, in one place. A rule reports a message id and
// plain params (names, numbers, paths); the text is made here. Diagnostics keep the id and params,
// so a UI can show them in the other language without validating again (see localizeDiagnostic).
import type { Diagnostic, Lang } from "./diagnostics.ts";
import type { ResourceKind } from "./topology-index.ts";

/** Param values stay JSON-friendly: diagnostics are printed by `ec2viz validate --json`. */
export type ParamValue = string | number | boolean;
export type MessageParams = Readonly<Record<string, ParamValue>>;

interface Template<P> {
  en: (p: P) => string;
  ko: (p: P) => string;
}

const template = <P>(en: (p: P) => string, ko: (p: P) => string): Template<P> => ({ en, ko });

const n = (value: number) => value.toLocaleString("en-US");

const KIND_WORDS: Record<ResourceKind, { en: string; ko: string }> = {
  region: { en: "a Region", ko: "리전" },
  vpc: { en: "a VPC", ko: "VPC" },
  internetGateway: { en: "an internet gateway", ko: "인터넷 게이트웨이" },
  subnet: { en: "a subnet", ko: "서브넷" },
  securityGroup: { en: "a security group", ko: "보안 그룹" },
  instance: { en: "an EC2 instance", ko: "EC2 인스턴스" },
  volume: { en: "an EBS volume", ko: "EBS 볼륨" },
};

const kindEn = (kind: string) => KIND_WORDS[kind as ResourceKind]?.en ?? kind;
const kindKo = (kind: string) => KIND_WORDS[kind as ResourceKind]?.ko ?? kind;

type Who = { who: string };
type Range = { min: number; max: number };
type VolumeField = "sizeGiB" | "iops" | "throughput";
const UNIT: Record<VolumeField, string> = { sizeGiB: "GiB", iops: "IOPS", throughput: "MiB/s" };
const FIELD_EN: Record<VolumeField, string> = { sizeGiB: "size", iops: "IOPS", throughput: "throughput" };
const FIELD_KO: Record<VolumeField, string> = { sizeGiB: "크기", iops: "IOPS", throughput: "처리량" };

export const MESSAGES = {
  // A message made elsewhere in both languages (schema problems are worded from zod's issues).
  text: template<{ en: string; ko: string }>(
    (p) => p.en,
    (p) => p.ko,
  ),

  "duplicate-id": template<{ id: string; path: string; first: string }>(
    (p) =>
      `The id "${p.id}" at ${p.path} is already used at ${p.first}. Every resource needs its own id, the way AWS gives each resource a unique id, so references stay unambiguous.`,
    (p) =>
      `${p.path}의 ID "${p.id}"는 이미 ${p.first}에서 쓰고 있습니다. AWS가 리소스마다 고유 ID를 주듯, 참조가 헷갈리지 않도록 리소스마다 다른 ID를 쓰세요.`,
  ),
  "unknown-reference.missing": template<{ owner: string; target: string; path: string; expected: string }>(
    (p) =>
      `${p.owner} refers to "${p.target}" in ${p.path}, but there is no ${kindEn(p.expected).replace(/^an? /, "")} with that id. Add it, or fix the id.`,
    (p) =>
      `${p.owner}의 ${p.path}가 "${p.target}"를 가리키지만 그런 ID의 ${kindKo(p.expected)}이(가) 없습니다. 리소스를 추가하거나 ID를 고치세요.`,
  ),
  "unknown-reference.kind": template<{
    owner: string;
    target: string;
    path: string;
    expected: string;
    actual: string;
  }>(
    (p) =>
      `${p.owner} refers to "${p.target}" in ${p.path}, which is ${kindEn(p.actual)}, but this field needs ${kindEn(p.expected)}.`,
    (p) =>
      `${p.owner}의 ${p.path}가 가리키는 "${p.target}"는 ${kindKo(p.actual)}입니다. 이 항목에는 ${kindKo(p.expected)}이(가) 와야 합니다.`,
  ),

  "region-unknown": template<{ region: string; guess: string }>(
    (p) =>
      `"${p.region}" is not an AWS Region code. Region codes look like ap-northeast-2 (Seoul) or us-east-1.${p.guess ? ` Did you mean ${p.guess}?` : ""}`,
    (p) =>
      `"${p.region}"은(는) AWS 리전 코드가 아닙니다. 리전 코드는 ap-northeast-2(서울), us-east-1처럼 생겼습니다.${p.guess ? ` ${p.guess}을(를) 말씀하신 건가요?` : ""}`,
  ),
  "az-not-in-region.region": template<{ region: string; zone: string }>(
    (p) =>
      `Region ${p.region} lists "${p.zone}", which is not one of its Availability Zones: a zone's name is its Region code plus a letter (${p.region}a, ${p.region}b…).`,
    (p) =>
      `리전 ${p.region}에 "${p.zone}"가 있지만 이 리전의 가용 영역이 아닙니다. 가용 영역 이름은 리전 코드 뒤에 문자 하나를 붙인 것입니다(${p.region}a, ${p.region}b…).`,
  ),
  "az-not-in-region.subnet": template<Who & { zone: string; region: string; zones: string }>(
    (p) =>
      `Subnet ${p.who} is in ${p.zone}, but its VPC's Region ${p.region} lists only ${p.zones || "no zones"}. A subnet lives in one Availability Zone of its VPC's Region.`,
    (p) =>
      `서브넷 ${p.who}의 가용 영역은 ${p.zone}인데, VPC의 리전 ${p.region}에는 ${p.zones ? `${p.zones}만 있습니다` : "가용 영역이 없습니다"}. 서브넷은 VPC가 속한 리전의 가용 영역 하나에 있어야 합니다.`,
  ),
  "az-not-in-region.volume": template<Who & { zone: string }>(
    (p) =>
      `Volume ${p.who} is in ${p.zone}, which no Region of this topology lists. Add the zone to its Region's availabilityZones.`,
    (p) =>
      `볼륨 ${p.who}의 가용 영역 ${p.zone}은(는) 이 토폴로지의 어느 리전에도 없습니다. 해당 리전의 availabilityZones에 추가하세요.`,
  ),

  "vpc-cidr-size": template<Who & { cidr: string }>(
    (p) =>
      `VPC ${p.who} has the block ${p.cidr}; AWS allows VPC blocks from /16 (65,536 addresses) to /28 (16 addresses).`,
    (p) =>
      `VPC ${p.who}의 블록이 ${p.cidr}입니다. AWS는 /16(주소 65,536개)부터 /28(주소 16개)까지의 VPC 블록만 허용합니다.`,
  ),
  "vpc-cidr-size.link-local": template<Who & { cidr: string }>(
    (p) =>
      `VPC ${p.who} uses ${p.cidr}, inside 169.254.0.0/16, the link-local range AWS keeps for instance metadata; AWS doesn't allow it for a VPC.`,
    (p) =>
      `VPC ${p.who}의 ${p.cidr}은(는) 169.254.0.0/16 안에 있습니다. 이 링크 로컬 범위는 인스턴스 메타데이터용으로 AWS가 쓰므로 VPC에 쓸 수 없습니다.`,
  ),
  "subnet-cidr-size": template<Who & { cidr: string }>(
    (p) =>
      `Subnet ${p.who} has the block ${p.cidr}; AWS allows subnet blocks from /16 to /28 (a /28 has 16 addresses, 11 of them usable).`,
    (p) =>
      `서브넷 ${p.who}의 블록이 ${p.cidr}입니다. AWS는 /16부터 /28까지의 서브넷 블록만 허용합니다(/28은 주소 16개, 그중 11개 사용 가능).`,
  ),
  "subnet-outside-vpc": template<Who & { cidr: string; vpc: string; vpcCidr: string }>(
    (p) =>
      `Subnet ${p.who} (${p.cidr}) is not inside its VPC ${p.vpc} (${p.vpcCidr}). A subnet takes its addresses from its VPC's block: pick a block within ${p.vpcCidr}.`,
    (p) =>
      `서브넷 ${p.who}(${p.cidr})이(가) VPC ${p.vpc}(${p.vpcCidr}) 범위 밖에 있습니다. 서브넷은 VPC 블록에서 주소를 떼어 쓰므로 ${p.vpcCidr} 안의 블록을 고르세요.`,
  ),
  "subnet-overlap": template<Who & { cidr: string; other: string; otherCidr: string; suggestion: string }>(
    (p) =>
      `Subnet ${p.who} (${p.cidr}) overlaps subnet ${p.other} (${p.otherCidr}) in the same VPC. Subnets of a VPC can't share addresses; give one of them another block, e.g. ${p.suggestion}.`,
    (p) =>
      `서브넷 ${p.who}(${p.cidr})이(가) 같은 VPC의 서브넷 ${p.other}(${p.otherCidr})과(와) 겹칩니다. 한 VPC의 서브넷끼리는 주소를 나눠 쓸 수 없으니 다른 블록(예: ${p.suggestion})을 주세요.`,
  ),
  "igw-multiple": template<Who & { vpc: string; first: string }>(
    (p) =>
      `Internet gateway ${p.who} is attached to VPC ${p.vpc}, which already has ${p.first}. AWS attaches at most one internet gateway to a VPC; detach one (set its vpc to null).`,
    (p) =>
      `인터넷 게이트웨이 ${p.who}이(가) 이미 ${p.first}이(가) 연결된 VPC ${p.vpc}에 연결되어 있습니다. AWS는 VPC 하나에 인터넷 게이트웨이를 하나만 연결합니다. 하나를 분리하세요(vpc를 null로).`,
  ),
  "public-subnet-no-igw": template<Who & { vpc: string }>(
    (p) =>
      `Subnet ${p.who} is marked public, but its VPC ${p.vpc} has no internet gateway attached. A subnet is public only when its route table sends internet traffic (0.0.0.0/0) to an attached internet gateway: attach one, or mark the subnet private.`,
    (p) =>
      `서브넷 ${p.who}이(가) 퍼블릭으로 되어 있지만 VPC ${p.vpc}에 연결된 인터넷 게이트웨이가 없습니다. 라우팅 테이블이 인터넷 트래픽(0.0.0.0/0)을 연결된 인터넷 게이트웨이로 보낼 때만 퍼블릭 서브넷입니다. 게이트웨이를 연결하거나 서브넷을 프라이빗으로 바꾸세요.`,
  ),

  "instance-type-unknown": template<Who & { type: string; guess: string }>(
    (p) =>
      `Instance ${p.who} has the type "${p.type}", which is not an EC2 instance type.${p.guess ? ` Did you mean ${p.guess}?` : ""} Types are named family, generation, options and size, like t3.micro or m7g.large.`,
    (p) =>
      `인스턴스 ${p.who}의 유형 "${p.type}"은(는) EC2 인스턴스 유형이 아닙니다.${p.guess ? ` ${p.guess}을(를) 말씀하신 건가요?` : ""} 유형 이름은 패밀리, 세대, 옵션, 크기 순으로 t3.micro나 m7g.large처럼 씁니다.`,
  ),
  "public-ip-private-subnet": template<Who & { subnet: string }>(
    (p) =>
      `Instance ${p.who} has a public IP but sits in the private subnet ${p.subnet}: with no route to an internet gateway, the address can't be reached from the internet.`,
    (p) =>
      `인스턴스 ${p.who}에 퍼블릭 IP가 있지만 프라이빗 서브넷 ${p.subnet}에 있습니다. 인터넷 게이트웨이로 가는 경로가 없으니 인터넷에서 이 주소로 접근할 수 없습니다.`,
  ),
  "sg-other-vpc": template<Who & { vpc: string; group: string; groupVpc: string }>(
    (p) =>
      `Instance ${p.who} is in VPC ${p.vpc} but uses security group ${p.group} of VPC ${p.groupVpc}. A security group only applies inside its own VPC: use one created in ${p.vpc}.`,
    (p) =>
      `인스턴스 ${p.who}은(는) VPC ${p.vpc}에 있는데 VPC ${p.groupVpc}의 보안 그룹 ${p.group}을(를) 씁니다. 보안 그룹은 자기 VPC 안에서만 쓸 수 있으니 ${p.vpc}에 만든 보안 그룹을 쓰세요.`,
  ),
  "sg-limit": template<Who & { count: number; max: number }>(
    (p) =>
      `Instance ${p.who} has ${p.count} security groups; AWS allows ${p.max} per network interface by default. Merge rules into fewer groups.`,
    (p) =>
      `인스턴스 ${p.who}에 보안 그룹이 ${p.count}개 있습니다. AWS는 기본적으로 네트워크 인터페이스당 ${p.max}개까지 허용합니다. 규칙을 더 적은 그룹으로 합치세요.`,
  ),

  "sg-port-range": template<Who & { protocol: string; range: string }>(
    (p) =>
      `Security group ${p.who} has a ${p.protocol} rule with the port range ${p.range}. A TCP or UDP rule needs fromPort and toPort between 0 and 65535, with fromPort no larger than toPort (one port: the same number twice).`,
    (p) =>
      `보안 그룹 ${p.who}의 ${p.protocol} 규칙 포트 범위가 ${p.range}입니다. TCP와 UDP 규칙에는 0~65535 사이의 fromPort와 toPort가 있어야 하고, fromPort가 toPort보다 클 수 없습니다(포트 하나면 같은 숫자를 두 번).`,
  ),
  "sg-rule-limit": template<Who & { direction: "ingress" | "egress"; count: number; max: number }>(
    (p) =>
      `Security group ${p.who} has ${p.count} ${p.direction === "ingress" ? "inbound" : "outbound"} rules; AWS allows ${p.max} in each direction by default. Combine ranges or split the rules over more groups.`,
    (p) =>
      `보안 그룹 ${p.who}에 ${p.direction === "ingress" ? "인바운드" : "아웃바운드"} 규칙이 ${p.count}개 있습니다. AWS는 기본적으로 방향마다 ${p.max}개까지 허용합니다. 범위를 합치거나 규칙을 여러 그룹으로 나누세요.`,
  ),

  "ebs-az-mismatch": template<Who & { zone: string; instance: string; instanceZone: string }>(
    (p) =>
      `Volume ${p.who} is in ${p.zone} but is attached to instance ${p.instance} in ${p.instanceZone}. An EBS volume can attach only to an instance in its own Availability Zone (make a snapshot and restore it in ${p.instanceZone} to move it).`,
    (p) =>
      `볼륨 ${p.who}은(는) ${p.zone}에 있는데 ${p.instanceZone}의 인스턴스 ${p.instance}에 연결되어 있습니다. EBS 볼륨은 같은 가용 영역의 인스턴스에만 연결됩니다(옮기려면 스냅샷을 만들어 ${p.instanceZone}에서 복원하세요).`,
  ),
  "ebs-size.range": template<Who & Range & { type: string; field: VolumeField; value: number }>(
    (p) =>
      `Volume ${p.who} (${p.type}) has a ${FIELD_EN[p.field]} of ${n(p.value)} ${UNIT[p.field]}; a ${p.type} volume allows ${n(p.min)} to ${n(p.max)} ${UNIT[p.field]}.`,
    (p) =>
      `볼륨 ${p.who}(${p.type})의 ${FIELD_KO[p.field]}가 ${n(p.value)} ${UNIT[p.field]}입니다. ${p.type} 볼륨은 ${n(p.min)}~${n(p.max)} ${UNIT[p.field]}만 허용합니다.`,
  ),
  "ebs-size.iops-required": template<Who & Range & { type: string }>(
    (p) =>
      `Volume ${p.who} is ${p.type}, a provisioned IOPS type: give it an iops value (${n(p.min)} to ${n(p.max)}).`,
    (p) =>
      `볼륨 ${p.who}은(는) 프로비저닝된 IOPS 유형(${p.type})이므로 iops 값(${n(p.min)}~${n(p.max)})이 있어야 합니다.`,
  ),
  "ebs-size.not-settable": template<Who & { type: string; field: "iops" | "throughput" }>(
    (p) =>
      `Volume ${p.who} sets ${p.field}, but a ${p.type} volume doesn't let you choose it${p.field === "iops" ? " (only gp3, io1 and io2 do)" : " (only gp3 does)"}.`,
    (p) =>
      `볼륨 ${p.who}에 ${p.field}가 있지만 ${p.type} 볼륨은 이 값을 정할 수 없습니다${p.field === "iops" ? "(gp3, io1, io2만 가능)" : "(gp3만 가능)"}.`,
  ),
  "ebs-multi-attach.type": template<Who & { type: string }>(
    (p) => `Volume ${p.who} turns on Multi-Attach, but only io1 and io2 volumes support it, not ${p.type}.`,
    (p) =>
      `볼륨 ${p.who}에 다중 연결(Multi-Attach)이 켜져 있지만 이 기능은 io1과 io2 볼륨만 지원합니다(${p.type}은 불가).`,
  ),
  "ebs-multi-attach.off": template<Who & { count: number }>(
    (p) =>
      `Volume ${p.who} is attached to ${p.count} instances, but a volume attaches to one instance at a time unless it is an io1/io2 volume with multiAttach: true.`,
    (p) =>
      `볼륨 ${p.who}이(가) 인스턴스 ${p.count}개에 연결되어 있습니다. multiAttach: true인 io1/io2 볼륨이 아니면 볼륨은 한 번에 인스턴스 하나에만 연결됩니다.`,
  ),
  "ebs-multi-attach.too-many": template<Who & { count: number; max: number }>(
    (p) => `Volume ${p.who} is attached to ${p.count} instances; Multi-Attach allows at most ${p.max}.`,
    (p) =>
      `볼륨 ${p.who}이(가) 인스턴스 ${p.count}개에 연결되어 있습니다. 다중 연결은 최대 ${p.max}개까지입니다.`,
  ),
  "ebs-device-conflict": template<Who & { instance: string; device: string; other: string }>(
    (p) =>
      `Volume ${p.who} is attached to instance ${p.instance} as ${p.device}, which volume ${p.other} already uses there. Each device name is used once per instance: pick a free one such as /dev/sdf to /dev/sdp.`,
    (p) =>
      `볼륨 ${p.who}이(가) 인스턴스 ${p.instance}에 ${p.device}로 연결되어 있는데, 이 이름은 이미 볼륨 ${p.other}이(가) 쓰고 있습니다. 장치 이름은 인스턴스마다 한 번만 쓸 수 있으니 /dev/sdf~/dev/sdp 중 빈 이름을 고르세요.`,
  ),
  "ebs-boot-type": template<Who & { type: string; device: string }>(
    (p) =>
      `Volume ${p.who} is ${p.type} (HDD) attached as the root device ${p.device}, but st1 and sc1 volumes can't be boot volumes. Use gp3 for the root volume and keep ${p.type} for data.`,
    (p) =>
      `볼륨 ${p.who}은(는) ${p.type}(HDD)인데 루트 장치 ${p.device}로 연결되어 있습니다. st1과 sc1 볼륨은 부팅 볼륨이 될 수 없습니다. 루트 볼륨은 gp3로 하고 ${p.type}은 데이터용으로 쓰세요.`,
  ),

  "tag-limit.count": template<Who & { count: number; max: number }>(
    (p) => `${p.who} has ${p.count} tags; AWS allows at most ${p.max} per resource.`,
    (p) => `${p.who}에 태그가 ${p.count}개 있습니다. AWS는 리소스당 최대 ${p.max}개까지 허용합니다.`,
  ),
  "tag-limit.key-length": template<Who & { key: string; length: number; max: number }>(
    (p) =>
      `${p.who} has a tag key of ${p.length} characters ("${p.key}"); a key needs 1 to ${p.max} characters.`,
    (p) => `${p.who}의 태그 키("${p.key}")가 ${p.length}자입니다. 키는 1~${p.max}자여야 합니다.`,
  ),
  "tag-limit.reserved": template<Who & { key: string }>(
    (p) => `${p.who} has the tag key "${p.key}": keys starting with "aws:" are reserved for AWS's own tags.`,
    (p) =>
      `${p.who}에 태그 키 "${p.key}"가 있습니다. "aws:"로 시작하는 키는 AWS 자체 태그용으로 예약되어 있습니다.`,
  ),
  "tag-limit.value-length": template<Who & { key: string; length: number; max: number }>(
    (p) => `${p.who}'s tag "${p.key}" has a value of ${p.length} characters; AWS allows at most ${p.max}.`,
    (p) => `${p.who}의 태그 "${p.key}" 값이 ${p.length}자입니다. AWS는 최대 ${p.max}자까지 허용합니다.`,
  ),
} as const;

export type MessageId = keyof typeof MESSAGES;
/** The params a message needs, checked at compile time where rules call `finding`. */
export type ParamsOf<K extends MessageId> = Parameters<(typeof MESSAGES)[K]["en"]>[0];

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(MESSAGES, id);
}

/** The text of a message in one language. */
export function formatMessage<K extends MessageId>(id: K, params: ParamsOf<K>, lang: Lang): string {
  const entry = MESSAGES[id] as Template<ParamsOf<K>>;
  return entry[lang](params);
}

/**
 * The diagnostic's message in `lang`, rendered from its message id and params (no re-validation).
 * A diagnostic without them (made by hand, or read from old JSON) keeps its message as it is.
 */
export function messageIn(d: Diagnostic, lang: Lang): string {
  if (d.messageId === undefined || d.params === undefined || !isMessageId(d.messageId)) return d.message;
  const entry = MESSAGES[d.messageId] as Template<MessageParams>;
  return entry[lang](d.params);
}

/** A copy of the diagnostic with its message in `lang`. */
export function localizeDiagnostic(d: Diagnostic, lang: Lang): Diagnostic {
  return { ...d, message: messageIn(d, lang) };
}

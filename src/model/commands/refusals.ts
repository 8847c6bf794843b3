// Why a command changed nothing, as a code plus params, rendered in English or Korean in the AWS
// terms a learner meets in the console. Codes are stable (tests and the UI match on them); the
// wording is ours.
import { isStringKey, textOf } from "../../i18n/strings.ts";
import { interpolate, type Lang, type LocalText, type TextParams } from "../../i18n/text.ts";
import { KIND_LABELS, type LabelKind } from "../kind-labels.ts";
import type { Refusal } from "./types.ts";

export const REFUSAL_CODES = [
  "not-found",
  "region-none-left",
  "region-already-present",
  "region-az-missing",
  "region-no-more-azs",
  "region-zones-unknown",
  "vpc-no-free-block",
  "igw-already-attached",
  "az-not-in-region",
  "az-needed",
  "az-choose",
  "subnet-vpc-full",
  "public-subnet-no-igw",
  "public-subnet-igw-unknown",
  "device-names-used",
  "sg-limit",
  "sg-already-assigned",
  "move-ebs-cross-az",
  "move-sg-other-vpc",
  "sg-other-vpc",
  "invalid-value",
  "id-immutable",
  "drop-on-canvas",
  "drop-wrong-target",
  "drop-outside-document",
  "nothing-selected",
  "eip-already-associated",
  "eip-private-nat",
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Where each palette item may go, said as the AWS rule behind it (the catalog's `where.*`). */
function whereText(item: string): LocalText | "" {
  const kind = item === "publicSubnet" || item === "privateSubnet" ? "subnet" : item;
  const key = `where.${kind}`;
  return isStringKey(key) ? textOf(key) : "";
}

/**
 * The templates, filled by the one interpolator (src/i18n/text.ts). Params are the refusal's own,
 * plus `itemLabel` and `where` for palette refusals (derived from their `item` param).
 */
const MESSAGES: Record<RefusalCode, LocalText> = {
  "not-found": {
    en: 'There is no {kind} "{id}" in this topology.',
    ko: '이 토폴로지에 {kind} "{id}"{이/가} 없습니다.',
  },
  "region-none-left": {
    en: "Every Region ec2viz knows is already in this topology.",
    ko: "ec2viz가 아는 모든 리전이 이미 토폴로지에 있습니다.",
  },
  "region-already-present": {
    en: "{code} is already in this topology: each Region appears once.",
    ko: "{code:은/는} 이미 토폴로지에 있습니다. 리전은 한 번만 들어갈 수 있습니다.",
  },
  "region-az-missing": {
    en: "{code} has no zone {zone} to take the place of {az}. Remove that Availability Zone first.",
    ko: "{code}에는 {az:을/를} 대신할 {zone} 영역이 없습니다. 먼저 그 가용 영역을 삭제하세요.",
  },
  "region-no-more-azs": {
    en: "{region} already shows all of its {count} Availability Zones.",
    ko: "{region}의 가용 영역 {count}개가 이미 모두 표시되어 있습니다.",
  },
  "region-zones-unknown": {
    en: "{region} already shows zones a, b and c, the three every AWS Region has. ec2viz doesn't know which other zones {code} has for your account: a file can name one (for example {code}d).",
    ko: "{region}에는 모든 AWS 리전에 있는 a, b, c 영역이 이미 표시되어 있습니다. ec2viz는 계정에서 {code}의 다른 영역이 무엇인지 모릅니다. 파일에는 다른 영역을 적을 수 있습니다(예: {code}d).",
  },
  "vpc-no-free-block": {
    en: "{region} has no free /16 left in 10.0.0.0/8 for a new VPC: ec2viz keeps the VPCs of a Region apart, because VPCs whose ranges overlap can't be connected later (peering, routes between them).",
    ko: "{region}에는 새 VPC에 줄 빈 /16 블록이 10.0.0.0/8 안에 없습니다. 주소 범위가 겹치는 VPC끼리는 나중에 피어링이나 라우팅으로 연결할 수 없으므로 ec2viz는 한 리전의 VPC 범위가 겹치지 않게 잡습니다.",
  },
  "igw-already-attached": {
    en: "{vpc} already has {gateway}: a VPC can have only one internet gateway attached at a time.",
    ko: "{vpc}에는 이미 {gateway:이/가} 있습니다. VPC 하나에는 인터넷 게이트웨이를 한 번에 하나만 연결할 수 있습니다.",
  },
  "az-not-in-region": {
    en: "{az} is not an Availability Zone of {region}: a subnet must be in its VPC's Region.",
    ko: "{az:은/는} {region}의 가용 영역이 아닙니다. 서브넷은 VPC가 속한 리전에 있어야 합니다.",
  },
  "az-needed": {
    en: "{vpc} has no Availability Zone yet: a subnet lives in exactly one AZ. Add an Availability Zone first.",
    ko: "{vpc}에는 아직 가용 영역이 없습니다. 서브넷은 가용 영역 하나에 속하므로 먼저 가용 영역을 추가하세요.",
  },
  "az-choose": {
    en: "{vpc} spans several Availability Zones and a subnet lives in exactly one: drop it on an Availability Zone box.",
    ko: "{vpc:은/는} 여러 가용 영역에 걸쳐 있고 서브넷은 그중 하나에만 속합니다. 가용 영역 상자에 놓으세요.",
  },
  "subnet-vpc-full": {
    en: "{vpc} ({cidr}) has no free address block left for a subnet: subnets of a VPC can't overlap.",
    ko: "{vpc}({cidr})에는 서브넷에 줄 빈 주소 블록이 없습니다. 한 VPC의 서브넷은 겹칠 수 없습니다.",
  },
  "public-subnet-no-igw": {
    en: "{vpc} has no internet gateway, so a public subnet would have no route to the internet. Add an internet gateway to the VPC first.",
    ko: "{vpc}에는 인터넷 게이트웨이가 없어 퍼블릭 서브넷이 인터넷으로 나갈 경로가 없습니다. 먼저 VPC에 인터넷 게이트웨이를 추가하세요.",
  },
  "public-subnet-igw-unknown": {
    en: "Whether {vpc} has an internet gateway is unknown (this document doesn't describe its gateways), so a public subnet would have none to route to here. Add the VPC's internet gateway first.",
    ko: "{vpc}에 인터넷 게이트웨이가 있는지 알 수 없어(이 문서에 게이트웨이 정보가 없음) 퍼블릭 서브넷이 경로로 삼을 게이트웨이가 여기에는 없습니다. 먼저 VPC의 인터넷 게이트웨이를 추가하세요.",
  },
  "device-names-used": {
    en: "{instance} already uses every data device name from /dev/sdf to /dev/sdp.",
    ko: "{instance:은/는} 데이터 볼륨용 장치 이름 /dev/sdf~/dev/sdp를 이미 모두 쓰고 있습니다.",
  },
  "sg-limit": {
    en: "{instance} already has {limit} security groups, the most AWS allows per network interface by default.",
    ko: "{instance}에는 이미 보안 그룹이 {limit}개 있습니다. AWS는 기본적으로 네트워크 인터페이스당 {limit}개까지 허용합니다.",
  },
  "sg-already-assigned": {
    en: "{group} is already assigned to {instance}.",
    ko: "{group:은/는} 이미 {instance}에 할당되어 있습니다.",
  },
  "move-ebs-cross-az": {
    en: "{instance} can't move from {from} to {to}: its EBS volumes ({volumes}) stay in {from}, and a volume attaches only to an instance in its own Availability Zone.",
    ko: "{instance:을/를} {from}에서 {to:으로/로} 옮길 수 없습니다. EBS 볼륨({volumes})은 {from}에 남고, 볼륨은 같은 가용 영역의 인스턴스에만 연결됩니다.",
  },
  "move-sg-other-vpc": {
    en: "{instance} can't move to {vpc}: its security groups belong to another VPC. Remove them from the instance first.",
    ko: "{instance:을/를} {vpc:으로/로} 옮길 수 없습니다. 보안 그룹이 다른 VPC에 속해 있으니 먼저 인스턴스에서 빼세요.",
  },
  "sg-other-vpc": {
    en: "{group} belongs to {vpc}: an instance can only use security groups of its own VPC.",
    ko: "{group:은/는} {vpc}에 속합니다. 인스턴스는 자기 VPC의 보안 그룹만 쓸 수 있습니다.",
  },
  "invalid-value": { en: "{field}: {message}", ko: "{field}: {message}" },
  "id-immutable": {
    en: "The id of an existing resource can't be changed here; other resources refer to it.",
    ko: "다른 리소스가 참조하므로 기존 리소스의 ID는 여기서 바꿀 수 없습니다.",
  },
  "drop-on-canvas": {
    en: "The empty canvas only takes a Region. {where}",
    ko: "빈 캔버스에는 리전만 놓을 수 있습니다. {where}",
  },
  "drop-wrong-target": {
    en: "{itemLabel} can't go on {target}. {where}",
    ko: "{itemLabel:은/는} {target}에 놓을 수 없습니다. {where}",
  },
  "drop-outside-document": {
    en: "{target} is outside the document: ec2viz knows it only by its id, not its Availability Zone or addresses, so {itemLabel} can't be added into it here. Open or import the file that defines it to build in it.",
    ko: "{target:은/는} 문서 밖에 정의되어 있습니다. ec2viz는 ID만 알 뿐 가용 영역도 주소 범위도 모르므로 여기서는 그 안에 {itemLabel:을/를} 추가할 수 없습니다. 그 안에 만들려면 이를 정의한 파일을 열거나 가져오세요.",
  },
  "eip-already-associated": {
    en: "{target} already has {eip}. An instance or NAT gateway takes one Elastic IP here; select that one to change it.",
    ko: "{target}에는 이미 {eip:이/가} 있습니다. 여기서는 인스턴스나 NAT 게이트웨이마다 탄력적 IP를 하나씩 둡니다. 바꾸려면 그 탄력적 IP를 선택하세요.",
  },
  "eip-private-nat": {
    en: "{nat} is a private NAT gateway: AWS gives private NAT gateways no Elastic IP.",
    ko: "{nat:은/는} 프라이빗 NAT 게이트웨이입니다. AWS는 프라이빗 NAT 게이트웨이에 탄력적 IP를 붙이지 않습니다.",
  },
  "nothing-selected": {
    en: "Select where the {itemLabel} goes first. {where}",
    ko: "{itemLabel:을/를} 넣을 곳을 먼저 선택하세요. {where}",
  },
};

export function refusalMessage(refusal: Refusal, lang: Lang): string {
  const item = refusal.params.item;
  const palette: TextParams =
    typeof item === "string"
      ? { itemLabel: KIND_LABELS[item as LabelKind] ?? item, where: whereText(item) }
      : {};
  return interpolate(MESSAGES[refusal.code][lang], { ...refusal.params, ...palette }, lang);
}

/** A refusal as the properties form shows it beside its field: an invalid value's rule alone. */
export function refusalBesideField(refusal: Refusal, lang: Lang): string {
  const rule = refusal.params.message;
  return refusal.code === "invalid-value" && typeof rule === "object"
    ? rule[lang]
    : refusalMessage(refusal, lang);
}

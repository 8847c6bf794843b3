// The AWS rules an edit of one resource can break, checked on the edited document before an update
// is committed. Each problem names the field it belongs to so a form can show it beside that field.
// Messages are bilingual because the form shows them in whichever language the UI is in.

import { type LocalText, localize, type TextParams } from "../../i18n/text.ts";
import { contains, overlaps, parseCidr, tryCidr } from "../cidr.ts";
import {
  definedOnly,
  findDefined,
  type Instance,
  type InternetGateway,
  type Region,
  type SecurityGroup,
  type Subnet,
  type Topology,
  type Volume,
  type Vpc,
} from "../schema.ts";
import { SECURITY_GROUPS_PER_INSTANCE } from "./add-compute.ts";

export interface FieldProblem {
  field: string;
  message: LocalText;
}

/** A problem with a field; the texts are templates of the one interpolator (src/i18n/text.ts). */
const problem = (field: string, en: string, ko: string, params: TextParams = {}): FieldProblem => ({
  field,
  message: localize({ en, ko }, params),
});

/** Syntax and size of a CIDR block; `min`/`max` are the allowed prefix lengths. */
export function cidrProblem(field: string, text: string, min = 16, max = 28): FieldProblem | undefined {
  const parsed = parseCidr(text);
  if (!parsed.ok) {
    const r = parsed.reason;
    if (r.kind === "host-bits")
      return problem(
        field,
        "Not the start of its block: write {fix}",
        "블록의 시작 주소가 아닙니다. {fix:으로/로} 쓰세요",
        { fix: r.suggestion },
      );
    return problem(
      field,
      "Write an IPv4 CIDR block like 10.0.0.0/16",
      "10.0.0.0/16 같은 IPv4 CIDR 블록으로 쓰세요",
    );
  }
  const { prefix } = parsed.cidr;
  if (prefix < min || prefix > max)
    return problem(
      field,
      `AWS allows block sizes from /${min} to /${max}`,
      `AWS는 /${min}부터 /${max}까지의 블록만 허용합니다`,
    );
  return undefined;
}

export function tagProblems(tags: Record<string, string> | undefined): FieldProblem[] {
  if (!tags) return [];
  const out: FieldProblem[] = [];
  const keys = Object.keys(tags);
  if (keys.length > 50)
    out.push(problem("tags", "AWS allows at most 50 tags per resource", "리소스당 태그는 50개까지입니다"));
  for (const key of keys) {
    if (key.length === 0)
      out.push(problem("tags", "A tag key can't be empty", "태그 키는 비워 둘 수 없습니다"));
    if (key.length > 128)
      out.push(
        problem(
          "tags",
          `Tag key "${key.slice(0, 20)}…" is longer than 128 characters`,
          `태그 키 "${key.slice(0, 20)}…"가 128자를 넘습니다`,
        ),
      );
    if (key.toLowerCase().startsWith("aws:"))
      out.push(
        problem(
          "tags",
          `Tag keys starting with "aws:" are reserved for AWS`,
          `"aws:"로 시작하는 태그 키는 AWS 전용입니다`,
        ),
      );
    if ((tags[key] ?? "").length > 256)
      out.push(
        problem(
          "tags",
          `The value of tag "${key}" is longer than 256 characters`,
          `태그 "${key}"의 값이 256자를 넘습니다`,
        ),
      );
  }
  return out;
}

function regionProblems(doc: Topology, r: Region): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const az of r.availabilityZones) {
    if (!az.startsWith(r.id))
      out.push(
        problem(
          "availabilityZones",
          `${az} is not a zone of ${r.id}: AZ names start with the Region code`,
          "{az:은/는} {region}의 가용 영역이 아닙니다. AZ 이름은 리전 코드로 시작합니다",
          { az, region: r.id },
        ),
      );
  }
  const vpcs = new Set(
    definedOnly(doc.vpcs)
      .filter((v) => v.region === r.id)
      .map((v) => v.id),
  );
  const used = definedOnly(doc.subnets).find(
    (s) => vpcs.has(s.vpc) && !r.availabilityZones.includes(s.availabilityZone),
  );
  if (used)
    out.push(
      problem(
        "availabilityZones",
        `Subnet ${used.name || used.id} is still in ${used.availabilityZone}`,
        "서브넷 {name:이/가} 아직 {zone}에 있습니다",
        { name: used.name || used.id, zone: used.availabilityZone },
      ),
    );
  return out;
}

function vpcProblems(doc: Topology, v: Vpc): FieldProblem[] {
  const syntax = cidrProblem("cidrBlock", v.cidrBlock);
  if (syntax) return [syntax];
  const block = tryCidr(v.cidrBlock);
  if (!block) return [];
  if (overlaps(block, { network: (169 << 24) + (254 << 16), prefix: 16 }))
    return [
      problem(
        "cidrBlock",
        "169.254.0.0/16 is link-local and can't be used for a VPC",
        "169.254.0.0/16은 링크 로컬 주소라 VPC에 쓸 수 없습니다",
      ),
    ];
  const outside = definedOnly(doc.subnets).find(
    (s) => s.vpc === v.id && !contains(block, tryCidr(s.cidrBlock) ?? block),
  );
  if (outside)
    return [
      problem(
        "cidrBlock",
        `Subnet ${outside.name || outside.id} (${outside.cidrBlock}) would fall outside ${v.cidrBlock}`,
        "서브넷 {name}({cidr}){이/가} {vpcCidr} 밖으로 벗어납니다",
        { name: outside.name || outside.id, cidr: outside.cidrBlock, vpcCidr: v.cidrBlock },
      ),
    ];
  return [];
}

function subnetProblems(doc: Topology, s: Subnet, before: Subnet): FieldProblem[] {
  const out: FieldProblem[] = [];
  const vpc = findDefined(doc.vpcs, s.vpc);
  const syntax = cidrProblem("cidrBlock", s.cidrBlock);
  const block = tryCidr(s.cidrBlock);
  if (syntax) out.push(syntax);
  else if (vpc && block) {
    const vpcBlock = tryCidr(vpc.cidrBlock);
    if (vpcBlock && !contains(vpcBlock, block))
      out.push(
        problem(
          "cidrBlock",
          `Must lie inside the VPC's block ${vpc.cidrBlock}`,
          `VPC 블록 ${vpc.cidrBlock} 안에 있어야 합니다`,
        ),
      );
    const clash = definedOnly(doc.subnets).find(
      (o) =>
        o.vpc === s.vpc &&
        o.id !== s.id &&
        overlaps(block, tryCidr(o.cidrBlock) ?? { network: 0, prefix: 32 }),
    );
    if (clash)
      out.push(
        problem(
          "cidrBlock",
          `Overlaps subnet ${clash.name || clash.id} (${clash.cidrBlock}): subnets of a VPC can't overlap`,
          "서브넷 {name}({cidr}){과/와} 겹칩니다. 한 VPC의 서브넷은 겹칠 수 없습니다",
          { name: clash.name || clash.id, cidr: clash.cidrBlock },
        ),
      );
  }
  const region = vpc && findDefined(doc.regions, vpc.region);
  if (region && !region.availabilityZones.includes(s.availabilityZone))
    out.push(
      problem(
        "availabilityZone",
        `Choose a zone of ${region.id}: ${region.availabilityZones.join(", ")}`,
        `${region.id}의 가용 영역을 고르세요: ${region.availabilityZones.join(", ")}`,
      ),
    );
  else if (s.availabilityZone !== before.availabilityZone) {
    const mover = definedOnly(doc.instances).find(
      (i) =>
        i.subnet === s.id &&
        definedOnly(doc.volumes).some((v) => (v.attachments ?? []).some((a) => a.instance === i.id)),
    );
    if (mover)
      out.push(
        problem(
          "availabilityZone",
          `Instance ${mover.name || mover.id} has EBS volumes in ${before.availabilityZone}; volumes can't change zone`,
          `인스턴스 ${mover.name || mover.id}의 EBS 볼륨이 ${before.availabilityZone}에 있어 가용 영역을 바꿀 수 없습니다`,
        ),
      );
  }
  return out;
}

function gatewayProblems(doc: Topology, g: InternetGateway): FieldProblem[] {
  if (g.vpc === null) return [];
  if (!definedOnly(doc.vpcs).some((v) => v.id === g.vpc))
    return [problem("vpc", `There is no VPC ${g.vpc}`, "VPC {vpc:이/가} 없습니다", { vpc: g.vpc })];
  const other = definedOnly(doc.internetGateways).find((o) => o.vpc === g.vpc && o.id !== g.id);
  if (other)
    return [
      problem(
        "vpc",
        `That VPC already has internet gateway ${other.name || other.id}; AWS allows one per VPC`,
        "그 VPC에는 이미 인터넷 게이트웨이 {name:이/가} 있습니다. VPC당 하나만 허용됩니다",
        { name: other.name || other.id },
      ),
    ];
  return [];
}

function portProblems(field: string, rules: SecurityGroup["ingress"]): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (rules.length > 60)
    out.push(
      problem(field, "AWS allows at most 60 rules in each direction", "방향마다 규칙은 60개까지입니다"),
    );
  for (const rule of rules) {
    if (rule.protocol !== "tcp" && rule.protocol !== "udp") continue;
    const { fromPort, toPort } = rule;
    if (fromPort === undefined || toPort === undefined || fromPort < 0 || toPort < 0)
      out.push(
        problem(
          field,
          "TCP and UDP rules need a port range from 0 to 65535",
          "TCP와 UDP 규칙에는 0~65535 사이의 포트 범위가 필요합니다",
        ),
      );
    else if (fromPort > toPort)
      out.push(
        problem(
          field,
          `Port range ${fromPort}-${toPort} runs backwards`,
          `포트 범위 ${fromPort}-${toPort}의 순서가 거꾸로입니다`,
        ),
      );
  }
  return out;
}

function instanceProblems(doc: Topology, i: Instance): FieldProblem[] {
  const groups = i.securityGroups ?? [];
  if (groups.length > SECURITY_GROUPS_PER_INSTANCE)
    return [
      problem(
        "securityGroups",
        `At most ${SECURITY_GROUPS_PER_INSTANCE} security groups per network interface`,
        `네트워크 인터페이스당 보안 그룹은 ${SECURITY_GROUPS_PER_INSTANCE}개까지입니다`,
      ),
    ];
  if (new Set(groups).size !== groups.length)
    return [
      problem("securityGroups", "A security group is listed twice", "같은 보안 그룹이 두 번 들어 있습니다"),
    ];
  const vpc = findDefined(doc.subnets, i.subnet)?.vpc;
  const sameVpc = (id: string) => definedOnly(doc.securityGroups).some((g) => g.id === id && g.vpc === vpc);
  if (!groups.every(sameVpc))
    return [
      problem(
        "securityGroups",
        "Use security groups of the instance's own VPC",
        "인스턴스와 같은 VPC의 보안 그룹만 쓸 수 있습니다",
      ),
    ];
  return [];
}

const SIZE_RANGE: Record<Volume["volumeType"], [number, number]> = {
  gp2: [1, 16384],
  gp3: [1, 65536],
  io1: [4, 16384],
  io2: [4, 65536],
  st1: [125, 16384],
  sc1: [125, 16384],
  standard: [1, 1024],
};
const IOPS_RANGE: Partial<Record<Volume["volumeType"], [number, number]>> = {
  gp3: [3000, 80000],
  io1: [100, 64000],
  io2: [100, 256000],
};
const ROOT_DEVICES = new Set(["/dev/xvda", "/dev/sda1"]);

export function volumeProblems(v: Volume, before: Volume): FieldProblem[] {
  const out: FieldProblem[] = [];
  const t = v.volumeType;
  const [min, max] = SIZE_RANGE[t];
  if (v.sizeGiB < min || v.sizeGiB > max)
    out.push(
      problem(
        "sizeGiB",
        `A ${t} volume is ${min} to ${max.toLocaleString("en")} GiB`,
        `${t} 볼륨 크기는 ${min}~${max.toLocaleString("en")} GiB입니다`,
      ),
    );
  const iops = IOPS_RANGE[t];
  if (v.iops !== undefined && iops && (v.iops < iops[0] || v.iops > iops[1]))
    out.push(
      problem(
        "iops",
        `${t} IOPS range from ${iops[0].toLocaleString("en")} to ${iops[1].toLocaleString("en")}`,
        `${t} IOPS는 ${iops[0].toLocaleString("en")}~${iops[1].toLocaleString("en")}입니다`,
      ),
    );
  if (v.throughput !== undefined && (t !== "gp3" || v.throughput < 125 || v.throughput > 2000))
    out.push(
      problem(
        "throughput",
        "Throughput is set only on gp3, from 125 to 2,000 MiB/s",
        "처리량은 gp3에서만 125~2,000 MiB/s로 정할 수 있습니다",
      ),
    );
  if (v.multiAttach && t !== "io1" && t !== "io2")
    out.push(
      problem(
        "multiAttach",
        "Multi-Attach works only with io1 and io2 volumes",
        "다중 연결은 io1과 io2 볼륨에서만 됩니다",
      ),
    );
  const attachments = v.attachments ?? [];
  if ((t === "st1" || t === "sc1") && attachments.some((a) => ROOT_DEVICES.has(a.device)))
    out.push(
      problem(
        "volumeType",
        `${t} can't be a boot volume; this one is attached as a root device`,
        "{type:은/는} 부팅 볼륨이 될 수 없는데 이 볼륨은 루트 장치로 연결되어 있습니다",
        { type: t },
      ),
    );
  if (v.availabilityZone !== before.availabilityZone && attachments.length > 0)
    out.push(
      problem(
        "availabilityZone",
        "An attached volume stays in its instance's Availability Zone",
        "연결된 볼륨은 인스턴스의 가용 영역을 벗어날 수 없습니다",
      ),
    );
  return out;
}

/** Every problem the edited resource has in the edited document; empty means the edit may commit. */
export function problemsAfterEdit(
  doc: Topology,
  kind: string,
  after: unknown,
  before: unknown,
): FieldProblem[] {
  const tags = tagProblems((after as { tags?: Record<string, string> }).tags);
  // An external resource carries only what is known: there is nothing more to check here.
  if ((after as { external?: unknown }).external === true) return tags;
  switch (kind) {
    case "region":
      return [...regionProblems(doc, after as Region), ...tags];
    case "vpc":
      return [...vpcProblems(doc, after as Vpc), ...tags];
    case "subnet":
      return [...subnetProblems(doc, after as Subnet, before as Subnet), ...tags];
    case "internetGateway":
      return [...gatewayProblems(doc, after as InternetGateway), ...tags];
    case "securityGroup": {
      const g = after as SecurityGroup;
      return [...portProblems("ingress", g.ingress), ...portProblems("egress", g.egress ?? []), ...tags];
    }
    case "instance":
      return [...instanceProblems(doc, after as Instance), ...tags];
    case "volume":
      return [...volumeProblems(after as Volume, before as Volume), ...tags];
    default:
      return tags;
  }
}

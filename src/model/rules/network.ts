// Network rules from the Amazon VPC User Guide: Region and zone names, VPC and subnet block sizes,
// subnets inside their VPC and apart from each other, one internet gateway per VPC, and what makes
// a subnet public.
import { type Cidr, contains, formatCidr, lastAddress, overlaps, parseCidr, tryCidr } from "../cidr.ts";
import { jsonPath } from "../diagnostics.ts";
import { AWS_REGIONS, awsRegion, regionOfZoneName } from "../regions.ts";
import { closest } from "./closest.ts";
import { type Finding, finding, label, type RuleContext } from "./types.ts";

const MIN_PREFIX = 16;
const MAX_PREFIX = 28;
const LINK_LOCAL = parseCidr("169.254.0.0/16");

export function unknownRegions({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  doc.regions.forEach((r, i) => {
    if (awsRegion(r.id)) return;
    const guess = closest(
      r.id,
      AWS_REGIONS.map((x) => x.code),
    );
    const hintEn = guess ? ` Did you mean ${guess}?` : "";
    const hintKo = guess ? ` ${guess}을(를) 말씀하신 건가요?` : "";
    out.push(
      finding(
        "region-unknown",
        jsonPath(["regions", i, "id"]),
        r.id,
        `"${r.id}" is not an AWS Region code. Region codes look like ap-northeast-2 (Seoul) or us-east-1.${hintEn}`,
        `"${r.id}"은(는) AWS 리전 코드가 아닙니다. 리전 코드는 ap-northeast-2(서울), us-east-1처럼 생겼습니다.${hintKo}`,
      ),
    );
  });
  return out;
}

export function zonesOutsideRegion({ doc, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  doc.regions.forEach((r, i) => {
    r.availabilityZones.forEach((az, j) => {
      if (regionOfZoneName(az) === r.id) return;
      out.push(
        finding(
          "az-not-in-region",
          jsonPath(["regions", i, "availabilityZones", j]),
          r.id,
          `Region ${r.id} lists "${az}", which is not one of its Availability Zones: a zone's name is its Region code plus a letter (${r.id}a, ${r.id}b…).`,
          `리전 ${r.id}에 "${az}"가 있지만 이 리전의 가용 영역이 아닙니다. 가용 영역 이름은 리전 코드 뒤에 문자 하나를 붙인 것입니다(${r.id}a, ${r.id}b…).`,
        ),
      );
    });
  });
  doc.subnets.forEach((s, i) => {
    const region = index.regions.get(index.vpcs.get(s.vpc)?.region ?? "");
    if (!region || region.availabilityZones.includes(s.availabilityZone)) return;
    out.push(
      finding(
        "az-not-in-region",
        jsonPath(["subnets", i, "availabilityZone"]),
        s.id,
        `Subnet ${label(s)} is in ${s.availabilityZone}, but its VPC's Region ${region.id} lists only ${region.availabilityZones.join(", ") || "no zones"}. A subnet lives in one Availability Zone of its VPC's Region.`,
        `서브넷 ${label(s)}의 가용 영역은 ${s.availabilityZone}인데, VPC의 리전 ${region.id}에는 ${region.availabilityZones.join(", ") || "가용 영역이 없습니다"}${region.availabilityZones.length ? "만 있습니다" : ""}. 서브넷은 VPC가 속한 리전의 가용 영역 하나에 있어야 합니다.`,
      ),
    );
  });
  doc.volumes.forEach((v, i) => {
    if (index.regionByAz.has(v.availabilityZone)) return;
    out.push(
      finding(
        "az-not-in-region",
        jsonPath(["volumes", i, "availabilityZone"]),
        v.id,
        `Volume ${label(v)} is in ${v.availabilityZone}, which no Region of this topology lists. Add the zone to its Region's availabilityZones.`,
        `볼륨 ${label(v)}의 가용 영역 ${v.availabilityZone}은(는) 이 토폴로지의 어느 리전에도 없습니다. 해당 리전의 availabilityZones에 추가하세요.`,
      ),
    );
  });
  return out;
}

function sizeProblem(cidr: Cidr): boolean {
  return cidr.prefix < MIN_PREFIX || cidr.prefix > MAX_PREFIX;
}

export function vpcCidrSizes({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  doc.vpcs.forEach((v, i) => {
    const cidr = tryCidr(v.cidrBlock);
    if (!cidr) return;
    const path = jsonPath(["vpcs", i, "cidrBlock"]);
    if (sizeProblem(cidr)) {
      out.push(
        finding(
          "vpc-cidr-size",
          path,
          v.id,
          `VPC ${label(v)} has the block ${v.cidrBlock}; AWS allows VPC blocks from /16 (65,536 addresses) to /28 (16 addresses).`,
          `VPC ${label(v)}의 블록이 ${v.cidrBlock}입니다. AWS는 /16(주소 65,536개)부터 /28(주소 16개)까지의 VPC 블록만 허용합니다.`,
        ),
      );
    } else if (LINK_LOCAL.ok && overlaps(cidr, LINK_LOCAL.cidr)) {
      out.push(
        finding(
          "vpc-cidr-size",
          path,
          v.id,
          `VPC ${label(v)} uses ${v.cidrBlock}, inside 169.254.0.0/16, the link-local range AWS keeps for instance metadata; AWS doesn't allow it for a VPC.`,
          `VPC ${label(v)}의 ${v.cidrBlock}은(는) 169.254.0.0/16 안에 있습니다. 이 링크 로컬 범위는 인스턴스 메타데이터용으로 AWS가 쓰므로 VPC에 쓸 수 없습니다.`,
        ),
      );
    }
  });
  return out;
}

export function subnetCidrs({ doc, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  doc.subnets.forEach((s, i) => {
    const cidr = tryCidr(s.cidrBlock);
    if (!cidr) return;
    const path = jsonPath(["subnets", i, "cidrBlock"]);
    if (sizeProblem(cidr)) {
      out.push(
        finding(
          "subnet-cidr-size",
          path,
          s.id,
          `Subnet ${label(s)} has the block ${s.cidrBlock}; AWS allows subnet blocks from /16 to /28 (a /28 has 16 addresses, 11 of them usable).`,
          `서브넷 ${label(s)}의 블록이 ${s.cidrBlock}입니다. AWS는 /16부터 /28까지의 서브넷 블록만 허용합니다(/28은 주소 16개, 그중 11개 사용 가능).`,
        ),
      );
    }
    const vpc = index.vpcs.get(s.vpc);
    const vpcCidr = vpc ? tryCidr(vpc.cidrBlock) : undefined;
    if (vpc && vpcCidr && !contains(vpcCidr, cidr)) {
      out.push(
        finding(
          "subnet-outside-vpc",
          path,
          s.id,
          `Subnet ${label(s)} (${s.cidrBlock}) is not inside its VPC ${label(vpc)} (${vpc.cidrBlock}). A subnet takes its addresses from its VPC's block: pick a block within ${vpc.cidrBlock}.`,
          `서브넷 ${label(s)}(${s.cidrBlock})이(가) VPC ${label(vpc)}(${vpc.cidrBlock}) 범위 밖에 있습니다. 서브넷은 VPC 블록에서 주소를 떼어 쓰므로 ${vpc.cidrBlock} 안의 블록을 고르세요.`,
        ),
      );
    }
  });
  return out;
}

/** Overlaps within each VPC, by a sweep over blocks sorted by start address (n log n). */
export function subnetOverlaps({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const byVpc = new Map<string, { index: number; cidr: Cidr }[]>();
  doc.subnets.forEach((s, i) => {
    const cidr = tryCidr(s.cidrBlock);
    if (!cidr) return;
    const list = byVpc.get(s.vpc) ?? [];
    list.push({ index: i, cidr });
    byVpc.set(s.vpc, list);
  });
  for (const list of byVpc.values()) {
    list.sort((a, b) => a.cidr.network - b.cidr.network || a.index - b.index);
    let widest: { index: number; cidr: Cidr } | undefined;
    for (const item of list) {
      if (widest && item.cidr.network <= lastAddress(widest.cidr)) {
        const [earlier, later] = widest.index < item.index ? [widest, item] : [item, widest];
        const a = doc.subnets[earlier.index];
        const b = doc.subnets[later.index];
        if (a && b) {
          out.push(
            finding(
              "subnet-overlap",
              jsonPath(["subnets", later.index, "cidrBlock"]),
              b.id,
              `Subnet ${label(b)} (${b.cidrBlock}) overlaps subnet ${label(a)} (${a.cidrBlock}) in the same VPC. Subnets of a VPC can't share addresses; give one of them another block, e.g. ${suggestAfter(widest.cidr, item.cidr)}.`,
              `서브넷 ${label(b)}(${b.cidrBlock})이(가) 같은 VPC의 서브넷 ${label(a)}(${a.cidrBlock})과(와) 겹칩니다. 한 VPC의 서브넷끼리는 주소를 나눠 쓸 수 없으니 다른 블록(예: ${suggestAfter(widest.cidr, item.cidr)})을 주세요.`,
            ),
          );
        }
      }
      if (!widest || lastAddress(item.cidr) > lastAddress(widest.cidr)) widest = item;
    }
  }
  return out;
}

/** The first block of the same size right after `taken` (a hint, not a guarantee of freedom). */
function suggestAfter(taken: Cidr, block: Cidr): string {
  const size = 2 ** (32 - block.prefix);
  const start = Math.ceil((lastAddress(taken) + 1) / size) * size;
  return start + size - 1 <= 0xffffffff
    ? formatCidr({ network: start, prefix: block.prefix })
    : `/${block.prefix}`;
}

export function gateways({ doc, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const firstOnVpc = new Map<string, string>();
  doc.internetGateways.forEach((g, i) => {
    if (g.vpc === null || !index.vpcs.has(g.vpc)) return;
    const first = firstOnVpc.get(g.vpc);
    if (first === undefined) {
      firstOnVpc.set(g.vpc, g.id);
      return;
    }
    out.push(
      finding(
        "igw-multiple",
        jsonPath(["internetGateways", i, "vpc"]),
        g.id,
        `Internet gateway ${label(g)} is attached to VPC ${g.vpc}, which already has ${first}. AWS attaches at most one internet gateway to a VPC; detach one (set its vpc to null).`,
        `인터넷 게이트웨이 ${label(g)}이(가) 이미 ${first}이(가) 연결된 VPC ${g.vpc}에 연결되어 있습니다. AWS는 VPC 하나에 인터넷 게이트웨이를 하나만 연결합니다. 하나를 분리하세요(vpc를 null로).`,
      ),
    );
  });
  doc.subnets.forEach((s, i) => {
    if (!s.public || !index.vpcs.has(s.vpc)) return;
    if ((index.gatewaysByVpc.get(s.vpc) ?? []).length > 0) return;
    out.push(
      finding(
        "public-subnet-no-igw",
        jsonPath(["subnets", i, "public"]),
        s.id,
        `Subnet ${label(s)} is marked public, but its VPC ${s.vpc} has no internet gateway attached. A subnet is public only when its route table sends internet traffic (0.0.0.0/0) to an attached internet gateway: attach one, or mark the subnet private.`,
        `서브넷 ${label(s)}이(가) 퍼블릭으로 되어 있지만 VPC ${s.vpc}에 연결된 인터넷 게이트웨이가 없습니다. 라우팅 테이블이 인터넷 트래픽(0.0.0.0/0)을 연결된 인터넷 게이트웨이로 보낼 때만 퍼블릭 서브넷입니다. 게이트웨이를 연결하거나 서브넷을 프라이빗으로 바꾸세요.`,
      ),
    );
  });
  return out;
}

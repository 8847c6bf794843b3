// EC2 instance rules: a known instance type, a public address only where it can be used, and
// security groups from the instance's own VPC, at most five of them.
import { jsonPath } from "../diagnostics.ts";
import { INSTANCE_TYPES } from "../instance-types.generated.ts";
import { closest } from "./closest.ts";
import { type Finding, finding, label, type RuleContext } from "./types.ts";

const KNOWN_TYPES = new Set(INSTANCE_TYPES);

/** AWS's default quota of security groups per network interface. */
export const SECURITY_GROUPS_PER_INTERFACE = 5;

export function instanceTypes({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, inst] of doc.instances.entries()) {
    if (KNOWN_TYPES.has(inst.instanceType)) continue;
    const guess = closest(inst.instanceType, INSTANCE_TYPES);
    out.push(
      finding(
        "instance-type-unknown",
        jsonPath(["instances", i, "instanceType"]),
        inst.id,
        `Instance ${label(inst)} has the type "${inst.instanceType}", which is not an EC2 instance type.${guess ? ` Did you mean ${guess}?` : ""} Types are named family, generation, options and size, like t3.micro or m7g.large.`,
        `인스턴스 ${label(inst)}의 유형 "${inst.instanceType}"은(는) EC2 인스턴스 유형이 아닙니다.${guess ? ` ${guess}을(를) 말씀하신 건가요?` : ""} 유형 이름은 패밀리, 세대, 옵션, 크기 순으로 t3.micro나 m7g.large처럼 씁니다.`,
      ),
    );
  }
  return out;
}

export function publicAddresses({ doc, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, inst] of doc.instances.entries()) {
    const subnet = index.subnets.get(inst.subnet);
    if (!inst.publicIp || !subnet || subnet.public) continue;
    out.push(
      finding(
        "public-ip-private-subnet",
        jsonPath(["instances", i, "publicIp"]),
        inst.id,
        `Instance ${label(inst)} has a public IP but sits in the private subnet ${label(subnet)}: with no route to an internet gateway, the address can't be reached from the internet.`,
        `인스턴스 ${label(inst)}에 퍼블릭 IP가 있지만 프라이빗 서브넷 ${label(subnet)}에 있습니다. 인터넷 게이트웨이로 가는 경로가 없으니 인터넷에서 이 주소로 접근할 수 없습니다.`,
      ),
    );
  }
  return out;
}

export function securityGroupsOfInstances({ doc, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, inst] of doc.instances.entries()) {
    const groups = inst.securityGroups ?? [];
    const vpc = index.subnets.get(inst.subnet)?.vpc;
    for (const [j, id] of groups.entries()) {
      const group = index.securityGroups.get(id);
      if (!group || vpc === undefined || group.vpc === vpc) continue;
      out.push(
        finding(
          "sg-other-vpc",
          jsonPath(["instances", i, "securityGroups", j]),
          inst.id,
          `Instance ${label(inst)} is in VPC ${vpc} but uses security group ${label(group)} of VPC ${group.vpc}. A security group only applies inside its own VPC: use one created in ${vpc}.`,
          `인스턴스 ${label(inst)}은(는) VPC ${vpc}에 있는데 VPC ${group.vpc}의 보안 그룹 ${label(group)}을(를) 씁니다. 보안 그룹은 자기 VPC 안에서만 쓸 수 있으니 ${vpc}에 만든 보안 그룹을 쓰세요.`,
        ),
      );
    }
    if (groups.length > SECURITY_GROUPS_PER_INTERFACE) {
      out.push(
        finding(
          "sg-limit",
          jsonPath(["instances", i, "securityGroups"]),
          inst.id,
          `Instance ${label(inst)} has ${groups.length} security groups; AWS allows ${SECURITY_GROUPS_PER_INTERFACE} per network interface by default. Merge rules into fewer groups.`,
          `인스턴스 ${label(inst)}에 보안 그룹이 ${groups.length}개 있습니다. AWS는 기본적으로 네트워크 인터페이스당 ${SECURITY_GROUPS_PER_INTERFACE}개까지 허용합니다. 규칙을 더 적은 그룹으로 합치세요.`,
        ),
      );
    }
  }
  return out;
}

// Ids and references: every id is used once in the document, and every reference names an
// existing resource of the right kind (an instance's `subnet` must be a subnet, not a VPC).
import { jsonPath } from "../diagnostics.ts";
import { COLLECTIONS } from "../schema.ts";
import type { ResourceKind } from "../topology-index.ts";
import { type Finding, finding, type RuleContext } from "./types.ts";

const KIND_WORDS: Record<ResourceKind, { en: string; ko: string }> = {
  region: { en: "a Region", ko: "리전" },
  vpc: { en: "a VPC", ko: "VPC" },
  internetGateway: { en: "an internet gateway", ko: "인터넷 게이트웨이" },
  subnet: { en: "a subnet", ko: "서브넷" },
  securityGroup: { en: "a security group", ko: "보안 그룹" },
  instance: { en: "an EC2 instance", ko: "EC2 인스턴스" },
  volume: { en: "an EBS volume", ko: "EBS 볼륨" },
};

export function duplicateIds({ doc }: RuleContext): Finding[] {
  const seen = new Map<string, string>();
  const out: Finding[] = [];
  for (const collection of COLLECTIONS) {
    doc[collection].forEach((item, i) => {
      const path = jsonPath([collection, i, "id"]);
      const first = seen.get(item.id);
      if (first === undefined) {
        seen.set(item.id, path);
        return;
      }
      out.push(
        finding(
          "duplicate-id",
          path,
          item.id,
          `The id "${item.id}" at ${path} is already used at ${first}. Every resource needs its own id, the way AWS gives each resource a unique id, so references stay unambiguous.`,
          `${path}의 ID "${item.id}"는 이미 ${first}에서 쓰고 있습니다. AWS가 리소스마다 고유 ID를 주듯, 참조가 헷갈리지 않도록 리소스마다 다른 ID를 쓰세요.`,
        ),
      );
    });
  }
  return out;
}

interface Reference {
  path: (string | number)[];
  owner: string;
  target: string;
  expected: ResourceKind;
  field: string;
}

function referencesOf({ doc }: RuleContext): Reference[] {
  const refs: Reference[] = [];
  const add = (path: (string | number)[], owner: string, target: string, expected: ResourceKind) => {
    refs.push({ path, owner, target, expected, field: String(path.at(-1)) });
  };
  for (const [i, v] of doc.vpcs.entries()) add(["vpcs", i, "region"], v.id, v.region, "region");
  for (const [i, g] of doc.internetGateways.entries()) {
    if (g.vpc !== null) add(["internetGateways", i, "vpc"], g.id, g.vpc, "vpc");
  }
  for (const [i, s] of doc.subnets.entries()) add(["subnets", i, "vpc"], s.id, s.vpc, "vpc");
  for (const [i, g] of doc.securityGroups.entries()) add(["securityGroups", i, "vpc"], g.id, g.vpc, "vpc");
  for (const [i, inst] of doc.instances.entries()) {
    add(["instances", i, "subnet"], inst.id, inst.subnet, "subnet");
    for (const [j, sg] of (inst.securityGroups ?? []).entries()) {
      add(["instances", i, "securityGroups", j], inst.id, sg, "securityGroup");
    }
  }
  for (const [i, vol] of doc.volumes.entries()) {
    for (const [j, a] of (vol.attachments ?? []).entries()) {
      add(["volumes", i, "attachments", j, "instance"], vol.id, a.instance, "instance");
    }
  }
  return refs;
}

export function unknownReferences(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const ref of referencesOf(ctx)) {
    const actual = ctx.index.kindById.get(ref.target);
    if (actual === ref.expected) continue;
    const path = jsonPath(ref.path);
    const want = KIND_WORDS[ref.expected];
    out.push(
      actual === undefined
        ? finding(
            "unknown-reference",
            path,
            ref.owner,
            `${ref.owner} refers to "${ref.target}" in ${path}, but there is no ${want.en.replace(/^an? /, "")} with that id. Add it, or fix the id.`,
            `${ref.owner}의 ${path}가 "${ref.target}"를 가리키지만 그런 ID의 ${want.ko}이(가) 없습니다. 리소스를 추가하거나 ID를 고치세요.`,
          )
        : finding(
            "unknown-reference",
            path,
            ref.owner,
            `${ref.owner} refers to "${ref.target}" in ${path}, which is ${KIND_WORDS[actual].en}, but this field needs ${want.en}.`,
            `${ref.owner}의 ${path}가 가리키는 "${ref.target}"는 ${KIND_WORDS[actual].ko}입니다. 이 항목에는 ${want.ko}이(가) 와야 합니다.`,
          ),
    );
  }
  return out;
}

// The parts of the topology document that need no validator: the format version, the lists and
// their order, the empty document, and the helpers that tell defined resources from external ones.
// Kept apart from schema.ts (zod) so the first picture and the layout worker don't load zod; schema.ts
// re-exports all of it, so either import works.
import type { Topology } from "./schema.ts";

export const FORMAT_VERSION = 2;

export const INSTANCE_STATES = [
  "pending",
  "running",
  "shutting-down",
  "terminated",
  "stopping",
  "stopped",
] as const;

/**
 * AWS id prefixes of route targets ec2viz does not draw. A route to one of these is kept with its
 * AWS id (shown in the route table's details) and never counts as a way to the internet.
 */
export const UNDRAWN_TARGET_PREFIXES = {
  "vgw-": { en: "virtual private gateway", ko: "가상 프라이빗 게이트웨이" },
  "tgw-": { en: "transit gateway", ko: "전송 게이트웨이" },
  "pcx-": { en: "VPC peering connection", ko: "VPC 피어링 연결" },
  "vpce-": { en: "VPC endpoint", ko: "VPC 엔드포인트" },
  "eigw-": { en: "egress-only internet gateway", ko: "외부 전용 인터넷 게이트웨이" },
  "lgw-": { en: "local gateway", ko: "로컬 게이트웨이" },
  "cagw-": { en: "carrier gateway", ko: "캐리어 게이트웨이" },
  "eni-": { en: "network interface", ko: "네트워크 인터페이스" },
} as const;
export type UndrawnTargetPrefix = keyof typeof UNDRAWN_TARGET_PREFIXES;

/** The undrawn kind an id names by its AWS prefix (vgw-, tgw-, pcx-…), if it is one. */
export function undrawnTargetPrefix(target: string): UndrawnTargetPrefix | undefined {
  return (Object.keys(UNDRAWN_TARGET_PREFIXES) as UndrawnTargetPrefix[]).find(
    (prefix) => target.startsWith(prefix) && target.length > prefix.length,
  );
}

export function isExternal<T extends { external?: boolean | undefined }>(
  item: T,
): item is Extract<T, { external: true }> {
  return item.external === true;
}

/** Only the resources the document defines (rules and drawings that need their fields use these). */
export function definedOnly<T extends { external?: boolean | undefined }>(
  items: readonly T[],
): Exclude<T, { external: true }>[] {
  return items.filter((item): item is Exclude<T, { external: true }> => item.external !== true);
}

/** The first resource with this id, when the document defines it (an external one doesn't count). */
export function findDefined<T extends { id: string; external?: boolean | undefined }>(
  items: readonly T[],
  id: string | undefined,
): Exclude<T, { external: true }> | undefined {
  const item = items.find((x) => x.id === id);
  return item === undefined || item.external === true ? undefined : (item as Exclude<T, { external: true }>);
}

/** [index in the list, resource] of the defined resources, so rules can still name JSONPaths. */
export function definedEntries<T extends { external?: boolean | undefined }>(
  items: readonly T[],
): [number, Exclude<T, { external: true }>][] {
  const out: [number, Exclude<T, { external: true }>][] = [];
  items.forEach((item, i) => {
    if (item.external !== true) out.push([i, item as Exclude<T, { external: true }>]);
  });
  return out;
}

/**
 * The ids of the instances that use this security group, in document order: those that list it, and,
 * for a VPC's default group (default: true), its VPC's instances that list no group.
 */
export function instancesInGroup(doc: Topology, groupId: string): string[] {
  const group = doc.securityGroups.find((g) => g.id === groupId && g.external !== true);
  const vpcSubnets =
    group?.default === true
      ? new Set(doc.subnets.filter((s) => s.vpc === group.vpc).map((s) => s.id))
      : undefined;
  return doc.instances
    .filter(
      (i) =>
        i.securityGroups?.includes(groupId) ||
        (vpcSubnets !== undefined &&
          i.external !== true &&
          (i.securityGroups ?? []).length === 0 &&
          vpcSubnets.has(i.subnet)),
    )
    .map((i) => i.id);
}

/** The lists of a topology, by their key in the file. */
export const COLLECTIONS = [
  "regions",
  "vpcs",
  "internetGateways",
  "subnets",
  "securityGroups",
  "instances",
  "volumes",
  "routeTables",
  "natGateways",
  "elasticIps",
  "networkAcls",
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/**
 * Whether the canvas has nothing to draw, so it shows its "start with a Region" hint. Not "no
 * Region": an import of a template or state that takes its VPC or subnets from elsewhere has none,
 * yet draws its placeholders and instances (a security group alone is a badge, drawn on nothing).
 */
export function drawsNothing(doc: Topology): boolean {
  return COLLECTIONS.every((list) => list === "securityGroups" || doc[list].length === 0);
}

export function emptyTopology(name?: string): Topology {
  return {
    version: FORMAT_VERSION,
    ...(name === undefined ? {} : { name }),
    regions: [],
    vpcs: [],
    internetGateways: [],
    subnets: [],
    securityGroups: [],
    instances: [],
    volumes: [],
    routeTables: [],
    natGateways: [],
    elasticIps: [],
    networkAcls: [],
  };
}

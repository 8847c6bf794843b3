// Kind words and accessible names of diagram boxes. Accessible names are always English
// ("EC2 instance web-1"): users' scripts rely on them (see the README's accessibility section).
import { IMPORTED_LABELS } from "../import/report-text.ts";
import { KIND_LABELS as WORDS } from "../model/kind-labels.ts";
import type { DiagramKind } from "./types.ts";

export type KindLabelKey = Exclude<DiagramKind, "subnet"> | "publicSubnet" | "privateSubnet";

/** Kind words by the diagram's keys (the zone box is "az" here), from the model's one table. */
export const KIND_LABELS: Record<"en" | "ko", Record<KindLabelKey, string>> = {
  en: wordsIn("en"),
  ko: wordsIn("ko"),
};

function wordsIn(lang: "en" | "ko"): Record<KindLabelKey, string> {
  const w = (kind: keyof typeof WORDS) => WORDS[kind][lang];
  return {
    region: w("region"),
    az: w("availabilityZone"),
    vpc: w("vpc"),
    internetGateway: w("internetGateway"),
    publicSubnet: w("publicSubnet"),
    privateSubnet: w("privateSubnet"),
    instance: w("instance"),
    volume: w("volume"),
    internet: w("internet"),
    natGateway: w("natGateway"),
    elasticIp: w("elasticIp"),
  };
}

export const SECURITY_GROUP_LABEL = WORDS.securityGroup;

export function labelKey(kind: DiagramKind, isPublic: boolean): KindLabelKey {
  if (kind === "subnet") return isPublic ? "publicSubnet" : "privateSubnet";
  return kind;
}

/** "EC2 instance web-1", "Availability Zone ap-northeast-2a", "Internet". */
export function accessibleName(key: KindLabelKey, shown: string | undefined): string {
  const kind = KIND_LABELS.en[key];
  return shown === undefined || shown === "" ? kind : `${kind} ${shown}`;
}

/** The word a subnet mark adds for the VPC's own table or ACL ("main" route table, "default" ACL). */
export const MARK_ROLE = {
  routeTable: { en: "main", ko: "기본" },
  networkAcl: { en: "default", ko: "기본" },
} as const;

/** The role word to print after a mark's name, unless the name already says it. */
export function markRoleText(
  mark: { kind: keyof typeof MARK_ROLE; name: string; vpcWide: boolean },
  lang: "en" | "ko",
): string | undefined {
  if (!mark.vpcWide) return undefined;
  const words = MARK_ROLE[mark.kind];
  const name = mark.name.trim().toLowerCase();
  return name === words.en || name === words.ko ? undefined : words[lang];
}

/** What a box shows as its name: the resource's name, else its id (an AZ box: its zone). */
export function resourceTitle(
  resource: { id: string; name?: string } | undefined,
  n: { resourceId?: string; id: string },
): string {
  const name = resource?.name;
  return name !== undefined && name !== "" ? name : (n.resourceId ?? n.id);
}

/** The grey text after a container's name: a Region's code, a VPC's or subnet's CIDR block. */
export function containerDetail(
  kind: DiagramKind,
  resource: { id?: string; cidrBlock?: string } | undefined,
  title: string,
): string | undefined {
  if (kind === "region") return resource?.id !== undefined && resource.id !== title ? resource.id : undefined;
  if (kind === "vpc" || kind === "subnet") return resource?.cidrBlock;
  return undefined;
}

/** What a folded box holds, by kind (counted by the layout). */
export type HeldCounts = Partial<Record<DiagramKind, number>>;

// The kinds people look for first; a folded box names at most three of them (all in its tooltip).
const HELD_ORDER: readonly (keyof typeof HELD_WORDS)[] = [
  "instance",
  "volume",
  "subnet",
  "vpc",
  "natGateway",
  "internetGateway",
  "elasticIp",
  "az",
];
const HELD_WORDS = {
  instance: IMPORTED_LABELS.instances,
  volume: IMPORTED_LABELS.volumes,
  subnet: IMPORTED_LABELS.subnets,
  vpc: IMPORTED_LABELS.vpcs,
  natGateway: IMPORTED_LABELS.natGateways,
  internetGateway: IMPORTED_LABELS.internetGateways,
  elasticIp: IMPORTED_LABELS.elasticIps,
  az: IMPORTED_LABELS.availabilityZones,
} as const;

/**
 * "3 instances · 4 volumes · 2 subnets" / "인스턴스 3개 · 볼륨 4개 · 서브넷 2개": what a folded box
 * holds, the first `most` kinds people look for (all of them when `most` is omitted).
 */
export function heldText(held: HeldCounts, lang: "en" | "ko", most = Number.POSITIVE_INFINITY): string {
  const parts: string[] = [];
  for (const kind of HELD_ORDER) {
    const n = held[kind] ?? 0;
    const words = HELD_WORDS[kind];
    if (n === 0 || !words || parts.length >= most) continue;
    parts.push(lang === "ko" ? `${words.ko} ${n}개` : `${n} ${n === 1 ? words.one : words.many}`);
  }
  if (parts.length === 0) return lang === "ko" ? "비어 있음" : "empty";
  return parts.join(" · ");
}

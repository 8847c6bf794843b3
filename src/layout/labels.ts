// Accessible names of diagram boxes, and the words a box shows besides its kind word. Accessible
// names are always English ("EC2 instance web-1"): tests and users' scripts find boxes by them, so
// they are kept exactly. The kind words come from the model's one table (src/model/kind-labels.ts).
import { type CountWord, countText, faceText } from "../i18n/face-strings.ts";
import type { LocalText } from "../i18n/text.ts";
import { displayName, KIND_LABELS, type LabelKind } from "../model/kind-labels.ts";
import type { DiagramKind } from "./types.ts";

/** "EC2 instance web-1", "Availability Zone ap-northeast-2a", "Internet". */
export function accessibleName(kind: LabelKind, shown: string | undefined): string {
  const word = KIND_LABELS[kind].en;
  return shown === undefined || shown === "" ? word : `${word} ${shown}`;
}

/** The word a subnet mark adds for the VPC's own table or ACL ("main" route table, "default" ACL). */
const MARK_ROLE = {
  routeTable: { en: "main", ko: "기본" },
  networkAcl: { en: "default", ko: "기본" },
} as const;

/** The role word a mark prints after its name (both languages), unless the name already says it. */
export function markRole(mark: {
  kind: keyof typeof MARK_ROLE;
  name: string;
  vpcWide: boolean;
}): LocalText | undefined {
  if (!mark.vpcWide) return undefined;
  const words = MARK_ROLE[mark.kind];
  const name = mark.name.trim().toLowerCase();
  return name === words.en || name === words.ko ? undefined : words;
}

/** What a box shows as its name: the resource's name, else its id (an AZ box: its zone). */
export function resourceTitle(
  resource: { id: string; name?: string } | undefined,
  n: { resourceId?: string; id: string },
): string {
  return resource ? displayName(resource) : (n.resourceId ?? n.id);
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
const HELD_ORDER = [
  "instance",
  "volume",
  "subnet",
  "vpc",
  "natGateway",
  "internetGateway",
  "elasticIp",
  "availabilityZone",
] as const satisfies readonly (DiagramKind & CountWord)[];

/**
 * "3 instances · 4 volumes · 2 subnets" / "인스턴스 3개 · 볼륨 4개 · 서브넷 2개": what a folded box
 * holds, the first `most` kinds people look for (all of them when `most` is omitted).
 */
export function heldText(held: HeldCounts, lang: "en" | "ko", most = Number.POSITIVE_INFINITY): string {
  const parts: string[] = [];
  for (const kind of HELD_ORDER) {
    const n = held[kind] ?? 0;
    if (n === 0 || parts.length >= most) continue;
    parts.push(countText(lang, kind, n));
  }
  if (parts.length === 0) return faceText(lang, "face.empty");
  return parts.join(" · ");
}

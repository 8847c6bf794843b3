// Kind words and accessible names of diagram boxes. Accessible names are always English
// ("EC2 instance web-1"): users' scripts rely on them (see the README's accessibility section).
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

// Kind words exactly as promised in notes/names.md, and "<Kind> <name or id>" labels used in
// refusal and cascade messages so users recognise the node they were looking at.
import type { Lang } from "../diagnostics.ts";
import type { Topology } from "../schema.ts";
import { COLLECTION_OF_KIND, type ResourceKind } from "../topology-index.ts";

export type LabelKind =
  | "region"
  | "availabilityZone"
  | "vpc"
  | "internetGateway"
  | "publicSubnet"
  | "privateSubnet"
  | "securityGroup"
  | "instance"
  | "volume"
  | "internet";

export const KIND_LABELS: Record<LabelKind, { en: string; ko: string }> = {
  region: { en: "Region", ko: "리전" },
  availabilityZone: { en: "Availability Zone", ko: "가용 영역" },
  vpc: { en: "VPC", ko: "VPC" },
  internetGateway: { en: "Internet gateway", ko: "인터넷 게이트웨이" },
  publicSubnet: { en: "Public subnet", ko: "퍼블릭 서브넷" },
  privateSubnet: { en: "Private subnet", ko: "프라이빗 서브넷" },
  securityGroup: { en: "Security group", ko: "보안 그룹" },
  instance: { en: "EC2 instance", ko: "EC2 인스턴스" },
  volume: { en: "EBS volume", ko: "EBS 볼륨" },
  internet: { en: "Internet", ko: "인터넷" },
};

export function kindLabel(kind: LabelKind, lang: Lang): string {
  return KIND_LABELS[kind][lang];
}

/** The label kind of a resource: subnets split into public and private like in the diagram. */
export function labelKindOf(doc: Topology, kind: ResourceKind, id: string): LabelKind {
  if (kind !== "subnet") return kind;
  const subnet = doc.subnets.find((s) => s.id === id);
  return subnet?.public ? "publicSubnet" : "privateSubnet";
}

/** Name when set, else id — the same rule the diagram uses for node names. */
export function displayName(doc: Topology, kind: ResourceKind, id: string): string {
  const collection = doc[COLLECTION_OF_KIND[kind]] as readonly { id: string; name?: string }[];
  const item = collection.find((r) => r.id === id);
  return item?.name || id;
}

/** "VPC main-vpc", "퍼블릭 서브넷 public-a". */
export function resourceLabel(doc: Topology, kind: ResourceKind, id: string, lang: Lang): string {
  return `${kindLabel(labelKindOf(doc, kind, id), lang)} ${displayName(doc, kind, id)}`;
}

/** The same label in both languages, for refusal params. */
export function labelText(doc: Topology, kind: ResourceKind, id: string): { en: string; ko: string } {
  return { en: resourceLabel(doc, kind, id, "en"), ko: resourceLabel(doc, kind, id, "ko") };
}

export function kindText(kind: LabelKind): { en: string; ko: string } {
  return KIND_LABELS[kind];
}

/** Kind word for any resource kind; a subnet whose kind of route is unknown is just "Subnet". */
export function resourceKindText(kind: ResourceKind): { en: string; ko: string } {
  return kind === "subnet" ? { en: "Subnet", ko: "서브넷" } : KIND_LABELS[kind];
}

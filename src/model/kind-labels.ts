// How the app names things: the kind words of the diagram (node names, palette items, panel
// headings and messages all take them from here; the English ones are part of every box's
// accessible name, so they are kept exactly), and a resource's display name ("name, else id").
// Subnets split into public and private like in the diagram (just "Subnet" when the document can't
// say which); the Availability Zone and the Internet are drawn but are not records.
import type { LocalText } from "../i18n/text.ts";
import type { Lang } from "./diagnostics.ts";
import { isSubnetPublic, subnetRoutesUnknown } from "./routing.ts";
import type { Subnet, Topology } from "./schema.ts";
import {
  COLLECTION_OF_KIND,
  indexTopology,
  type ResourceKind,
  type TopologyIndex,
} from "./topology-index.ts";

export const LABEL_KINDS = [
  "region",
  "availabilityZone",
  "vpc",
  "internetGateway",
  "publicSubnet",
  "privateSubnet",
  "securityGroup",
  "instance",
  "volume",
  "internet",
  // Format 2, in the order the palette shows them
  "natGateway",
  "routeTable",
  "networkAcl",
  "elasticIp",
  // A subnet whose route table is outside the document: public or private is unknown. Drawn, never
  // in the palette (a subnet dropped there is public or private).
  "subnet",
] as const;

export type LabelKind = (typeof LABEL_KINDS)[number];

/** Every drawn kind but the Internet (which is always there) and the subnet of unknown routes: the palette's items. */
export type PaletteKind = Exclude<LabelKind, "internet" | "subnet">;

/**
 * The palette's items in the order users see them, which is public: the original nine first, then
 * format 2's routing resources in the order the issue names them.
 */
export const PALETTE_KINDS: readonly PaletteKind[] = LABEL_KINDS.filter(
  (kind): kind is PaletteKind => kind !== "internet" && kind !== "subnet",
);

export const KIND_LABELS: Record<LabelKind, LocalText> = {
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
  routeTable: { en: "Route table", ko: "라우팅 테이블" },
  natGateway: { en: "NAT gateway", ko: "NAT 게이트웨이" },
  elasticIp: { en: "Elastic IP", ko: "탄력적 IP" },
  networkAcl: { en: "Network ACL", ko: "네트워크 ACL" },
  subnet: { en: "Subnet", ko: "서브넷" },
};

export function kindLabel(kind: LabelKind, lang: Lang): string {
  return KIND_LABELS[kind][lang];
}

/**
 * The label kind of a subnet: public or private as its routes say, or just "subnet" when they are
 * outside the document (its VPC's main table is: routing.ts subnetRoutesUnknown), or the subnet is
 * (a placeholder, undefined here).
 */
export function subnetLabelKind(
  index: TopologyIndex,
  subnet: Subnet | undefined,
): "publicSubnet" | "privateSubnet" | "subnet" {
  if (subnet === undefined || subnetRoutesUnknown(index, subnet)) return "subnet";
  return isSubnetPublic(index, subnet) ? "publicSubnet" : "privateSubnet";
}

/** The label kind of a resource: a subnet is a public or a private subnet (derived from its routes). */
export function labelKindOf(doc: Topology, kind: ResourceKind, id: string): LabelKind {
  return kind === "subnet" ? labelKindIn(indexTopology(doc), kind, id) : kind;
}

/** The same with an index at hand (builds none: for loops and for every box of the canvas). */
export function labelKindIn(index: TopologyIndex, kind: ResourceKind, id: string): LabelKind {
  return kind === "subnet" ? subnetLabelKind(index, index.subnets.get(id)) : kind;
}

/** The kind word of a record kind when its subnet's routes are not known (a subnet is just "Subnet"). */
export function resourceKindText(kind: ResourceKind | "availabilityZone"): LocalText {
  return KIND_LABELS[kind];
}

/**
 * How every view names a resource: its name when it has one (the diagram shows names), else its
 * id. An empty name counts as none.
 */
export function displayName(item: { id: string; name?: string | undefined }): string {
  return item.name || item.id;
}

/** The display name of the resource of `kind` with `id` (its id when there is none). */
export function displayNameById(doc: Topology, kind: ResourceKind, id: string): string {
  const collection = doc[COLLECTION_OF_KIND[kind]] as readonly { id: string; name?: string }[];
  return displayName(collection.find((r) => r.id === id) ?? { id });
}

/** "VPC main-vpc", "퍼블릭 서브넷 public-a". */
export function resourceLabel(doc: Topology, kind: ResourceKind, id: string, lang: Lang): string {
  return `${kindLabel(labelKindOf(doc, kind, id), lang)} ${displayNameById(doc, kind, id)}`;
}

/** The same label in both languages, for refusal params and undo steps (a zone is named by its code). */
export function labelText(doc: Topology, kind: ResourceKind | "availabilityZone", id: string): LocalText {
  if (kind === "availabilityZone") {
    const word = KIND_LABELS.availabilityZone;
    return { en: `${word.en} ${id}`, ko: `${word.ko} ${id}` };
  }
  return { en: resourceLabel(doc, kind, id, "en"), ko: resourceLabel(doc, kind, id, "ko") };
}

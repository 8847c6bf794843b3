// The kinds the diagram draws, as the explanations see them: subnets split into public and private,
// plus the Availability Zone and the Internet, which are drawn but are not records in the document.
import type { Topology } from "../model/schema.ts";
import type { ResourceKind } from "../model/topology-index.ts";

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
] as const;

export type LabelKind = (typeof LABEL_KINDS)[number];

/** Public subnets and private subnets are different kinds to a learner, so they are here too. */
export function labelKindOfResource(doc: Topology, kind: ResourceKind, id: string): LabelKind {
  if (kind !== "subnet") return kind;
  return doc.subnets.find((s) => s.id === id)?.public ? "publicSubnet" : "privateSubnet";
}

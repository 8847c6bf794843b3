// The palette's items, in the order users see them. Labels come from the public names list.

import type { Lang } from "../../model/diagnostics.ts";
import { KIND_LABELS, type LabelKind } from "../../model/kind-labels.ts";

/** Every drawn kind but the Internet (which is always there). */
export type PaletteKind = Exclude<LabelKind, "internet">;

/**
 * The palette's items, in the order users see them: the original nine first (their order is
 * public), then format 2's routing resources in the order the issue names them.
 */
export const PALETTE_KINDS: readonly PaletteKind[] = [
  "region",
  "availabilityZone",
  "vpc",
  "internetGateway",
  "publicSubnet",
  "privateSubnet",
  "securityGroup",
  "instance",
  "volume",
  "natGateway",
  "routeTable",
  "networkAcl",
  "elasticIp",
];

/** The dataTransfer type a palette drag carries; its value is a PaletteKind. */
export const PALETTE_MIME = "application/ec2viz-kind";

export function isPaletteKind(value: unknown): value is PaletteKind {
  return typeof value === "string" && (PALETTE_KINDS as readonly string[]).includes(value);
}

/** English label: the item's accessible name, the same in every UI language. */
export function paletteLabel(kind: PaletteKind, lang: Lang = "en"): string {
  return KIND_LABELS[kind][lang];
}

/** During dragover only the types are readable: is this a palette drag? */
export function isPaletteDrag(types: readonly string[]): boolean {
  return types.includes(PALETTE_MIME);
}

/** On drop: the palette kind carried by the drag, if any. */
export function readPaletteKind(data: Pick<DataTransfer, "getData">): PaletteKind | undefined {
  const value = data.getData(PALETTE_MIME);
  return isPaletteKind(value) ? value : undefined;
}

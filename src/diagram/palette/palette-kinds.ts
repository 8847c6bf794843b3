// The palette's items, in the order users see them. Labels come from the public names list.

import type { Lang } from "../../model/diagnostics.ts";
import { KIND_LABELS, LABEL_KINDS, type LabelKind } from "../../model/kind-labels.ts";

/** Kinds without a palette item: the Internet (always there) and, for now, format 2's new kinds. */
const NOT_IN_PALETTE = ["internet", "routeTable", "natGateway", "elasticIp", "networkAcl"] as const;

/** Every drawn kind with a palette item, in the order of the kind words. */
export type PaletteKind = Exclude<LabelKind, (typeof NOT_IN_PALETTE)[number]>;
export const PALETTE_KINDS: readonly PaletteKind[] = LABEL_KINDS.filter(
  (kind): kind is PaletteKind => !(NOT_IN_PALETTE as readonly string[]).includes(kind),
);

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

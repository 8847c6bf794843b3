// Palette drag data and item labels; the items and their order are PALETTE_KINDS (src/model/kind-labels.ts).

import type { Lang } from "../../model/diagnostics.ts";
import { KIND_LABELS, PALETTE_KINDS, type PaletteKind } from "../../model/kind-labels.ts";

/** The dataTransfer type a palette drag carries; its value is a PaletteKind. */
export const PALETTE_MIME = "application/ec2viz-kind";

function isPaletteKind(value: unknown): value is PaletteKind {
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

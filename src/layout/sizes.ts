// Box sizes and paddings of the diagram. Components draw inside exactly these boxes, so the
// layout and the rendering agree without measuring the DOM (which a worker can't do anyway).
import { estimateTextWidth } from "../io/svg-text.ts";
import type { DiagramKind } from "./types.ts";

/** The boxes that hold no others (cards and the Internet). */
type LeafKind = Exclude<DiagramKind, "region" | "vpc" | "availabilityZone" | "subnet">;

const LEAF_SIZE: Record<LeafKind, Size> = {
  instance: { width: 216, height: 88 },
  volume: { width: 164, height: 60 },
  internetGateway: { width: 184, height: 52 },
  internet: { width: 156, height: 56 },
  natGateway: { width: 216, height: 88 },
  elasticIp: { width: 172, height: 60 },
};

const LEAF_KINDS: readonly string[] = Object.keys(LEAF_SIZE);

export interface Size {
  width: number;
  height: number;
}

/** Inner spacing of a container: the header holds its label, `side` the rest of the border. */
export interface Padding {
  header: number;
  side: number;
  bottom: number;
}

export const PADDING: Record<"region" | "vpc" | "availabilityZone" | "subnet" | "root", Padding> = {
  root: { header: 24, side: 24, bottom: 24 },
  region: { header: 56, side: 28, bottom: 28 },
  vpc: { header: 52, side: 24, bottom: 24 },
  // Room under the label strip for a line that turns there (10 px clear of the strip and the subnets).
  availabilityZone: { header: 56, side: 20, bottom: 20 },
  // A subnet's header has a second row: the marks of its route table and network ACL.
  subnet: { header: 74, side: 16, bottom: 16 },
};

/** Height of the label strip at the top of each container (part of `PADDING.header`). */
export const HEADER_HEIGHT = 36;

/** The row of route table and network ACL marks under a subnet's label strip. */
export const MARK_ROW = { top: 41, height: 20, gap: 6, left: 12 } as const;

/** The smallest gap between a line and a border it runs beside (a line on a frame reads as the frame). */
export const BORDER_GAP = 8;

/** Space between sibling boxes. */
export const GAP = { subnetItems: 16, beside: 28, siblings: 24, band: 28 };

/** A container drawn folded, when nothing else is known about it. */
export const COLLAPSED_SIZE: Size = { width: 260, height: 64 };

/** A folded box is as wide as its header and its count line need, within these bounds. */
export const FOLDED_WIDTH = { min: 200, max: 440 };

const widest = (list: readonly string[], font: Parameters<typeof estimateTextWidth>[1]) =>
  Math.max(0, ...list.map((t) => estimateTextWidth(t, font)));

/** The end of a container's header strip: the diagnostics badge, the fold button and padding. */
export const HEADER_END = 24 + 26 + 8;

/**
 * How far a container's header text reaches from its left edge (frame border, icon, kind word in
 * the longer of both languages, name, detail), so nothing drawn over the strip covers it.
 */
export function headerLabelWidth(texts: {
  kindWords: readonly string[];
  title: string;
  detail?: string | undefined;
  icon: boolean;
}): number {
  // Frame borders, the icon and the gaps between the header's parts (see diagram.css's header).
  const chrome = 4 + (texts.icon ? 36 : 10) + 3 * 6;
  const detail = texts.detail ? 12 + estimateTextWidth(texts.detail, { size: 12, mono: true }) : 0;
  return (
    chrome +
    widest(texts.kindWords, { size: 13, weight: 700 }) +
    estimateTextWidth(texts.title, { size: 13, weight: 600 }) +
    detail
  );
}

/**
 * A folded container: one header line (icon, kind word, name, detail, badge, fold button) and one
 * line saying what it holds, as wide as the longer needs in either language, so the name shows
 * whole unless it is truly long (then the canvas cuts it with an ellipsis and a tooltip).
 */
export function foldedSize(texts: {
  kindWords: readonly string[];
  title: string;
  detail?: string | undefined;
  heldTexts: readonly string[];
  icon: boolean;
}): Size {
  const header = headerLabelWidth(texts) + HEADER_END;
  const body = 2 * 12 + 4 + widest(texts.heldTexts, { size: 12 });
  const width = Math.ceil(Math.min(FOLDED_WIDTH.max, Math.max(FOLDED_WIDTH.min, header, body)));
  return { width, height: COLLAPSED_SIZE.height };
}

/** An open container is as wide as its header's words, up to this; a longer name is cut (ellipsis, tooltip). */
export const HEADER_WIDTH_MAX = 520;

/** The "outside the document" words in the header of a container defined outside the document. */
export const EXTERNAL_HEADER = { gap: 6, font: { size: 11 } } as const;

/**
 * The width an open container's header needs: its kind word, name and detail (in the longer of both
 * languages), then, for one defined outside the document, those words in either language, then its
 * end. A subnet holding one instance was narrower than "Public subnet public-a · 10.0.1.0/24".
 */
export function containerHeaderWidth(
  texts: Parameters<typeof headerLabelWidth>[0],
  externalWords: readonly string[] = [],
): number {
  const words = externalWords.length ? EXTERNAL_HEADER.gap + widest(externalWords, EXTERNAL_HEADER.font) : 0;
  return Math.ceil(Math.min(HEADER_WIDTH_MAX, headerLabelWidth(texts) + words + HEADER_END));
}

/** The smaller cards (volumes and Elastic IPs): a smaller tile, and less room around it. */
export function isSmallCard(kind: DiagramKind): boolean {
  return kind === "volume" || kind === "elasticIp";
}

/**
 * A card's coloured tile (its kind's glyph sits on it), in the card's own coordinates: `size` square,
 * `pad` in from the left and, but for an internet gateway's (centred down its side), from the top (`y`).
 */
export function cardTile(kind: DiagramKind, height: number): { pad: number; y: number; size: number } {
  const small = isSmallCard(kind);
  const pad = small ? 8 : 9;
  const size = small ? 30 : 34;
  return { pad, y: kind === "internetGateway" ? (height - size) / 2 : pad, size };
}

/**
 * The size of a container frame's tile in its top left corner (its kind's glyph sits on it), or
 * undefined for a frame without one: an Availability Zone's (`variant` as in FRAME, colours.ts).
 */
export function frameTile(variant: string): number | undefined {
  return variant === "availabilityZone" ? undefined : 34;
}

/** Smallest box for an empty container, so its label stays readable. */
export const MIN_CONTAINER: Record<"region" | "vpc" | "availabilityZone" | "subnet", Size> = {
  region: { width: 360, height: 160 },
  vpc: { width: 320, height: 140 },
  availabilityZone: { width: 280, height: 120 },
  subnet: { width: 280, height: 96 },
};

export function leafSize(kind: DiagramKind, collapsed: boolean): Size {
  if (collapsed) return COLLAPSED_SIZE;
  if (LEAF_KINDS.includes(kind)) return LEAF_SIZE[kind as LeafKind];
  return MIN_CONTAINER[kind as keyof typeof MIN_CONTAINER] ?? COLLAPSED_SIZE;
}

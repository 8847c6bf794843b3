// Box sizes and paddings of the diagram. Components draw inside exactly these boxes, so the
// layout and the rendering agree without measuring the DOM (which a worker can't do anyway).
import type { DiagramKind } from "./types.ts";

export type LeafKind = "instance" | "volume" | "internetGateway" | "internet" | "natGateway" | "elasticIp";

export const LEAF_SIZE: Record<LeafKind, Size> = {
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

export const PADDING: Record<"region" | "vpc" | "az" | "subnet" | "root", Padding> = {
  root: { header: 24, side: 24, bottom: 24 },
  region: { header: 56, side: 28, bottom: 28 },
  vpc: { header: 52, side: 24, bottom: 24 },
  az: { header: 48, side: 20, bottom: 20 },
  // A subnet's header has a second row: the marks of its route table and network ACL.
  subnet: { header: 74, side: 16, bottom: 16 },
};

/** Height of the label strip at the top of each container (part of `PADDING.header`). */
export const HEADER_HEIGHT = 36;

/** The row of route table and network ACL marks under a subnet's label strip. */
export const MARK_ROW = { top: 41, height: 20, gap: 6, left: 12 } as const;

/** Space between sibling boxes. */
export const GAP = { subnetItems: 16, beside: 28, siblings: 24, band: 28 };

/** A container drawn folded. */
export const COLLAPSED_SIZE: Size = { width: 260, height: 64 };

/** Smallest box for an empty container, so its label stays readable. */
export const MIN_CONTAINER: Record<"region" | "vpc" | "az" | "subnet", Size> = {
  region: { width: 360, height: 160 },
  vpc: { width: 320, height: 140 },
  az: { width: 280, height: 120 },
  subnet: { width: 280, height: 96 },
};

export function leafSize(kind: DiagramKind, collapsed: boolean): Size {
  if (collapsed) return COLLAPSED_SIZE;
  if (LEAF_KINDS.includes(kind)) return LEAF_SIZE[kind as LeafKind];
  return MIN_CONTAINER[kind as keyof typeof MIN_CONTAINER] ?? COLLAPSED_SIZE;
}

// The far picture: the overview (containers with their miniatures, gateways, marks and lines) drawn
// once on a canvas, which the diagram shows over its boxes while the wheel turns below TINY_ZOOM
// (FarPicture.tsx). There, every box is a few pixels wide, and the boxes that zooming out
// brings in cost the browser most of each frame to raster in software (issue #14: frame p95 33-50 ms
// at 10,000 instances); a canvas that only moves and scales costs none. Its look follows the boxes'
// (colours.ts, sizes.ts, miniature-paths.ts) without their words and glyphs, which the tiny band
// doesn't paint either. Pure: no DOM; the context and Path2D come from the caller.
import {
  CARD,
  CARD_DASH,
  cardBorder,
  EDGE_STYLE,
  EXPORT_INK,
  EXTERNAL_DASH,
  FRAME,
  FRAME_LINE,
  MARK,
  MARK_DASH,
  NEUTRAL,
} from "../layout/colours.ts";
import { miniaturePaths } from "../layout/miniature-paths.ts";
import { arrowHeadPath, roundedRoutePath } from "../layout/route-geometry.ts";
import { cardTile, MARK_ROW } from "../layout/sizes.ts";
import type { DiagramEdge, DiagramNode, DiagramNodeData } from "../layout/to-flow.ts";
import type { EdgeKind, LayoutResult, Point } from "../layout/types.ts";
import { TINY_ZOOM } from "./zoom-bands.ts";

/** The most pixels the far picture's biggest canvas may have (4 bytes each: 8 MB; its copies add a third). */
export const FAR_PICTURE_PIXELS = 2_000_000;

/** The 2D context calls the far picture makes (CanvasRenderingContext2D has them all). */
export interface FarContext {
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, width: number, height: number): void;
  translate(x: number, y: number): void;
  save(): void;
  restore(): void;
  setLineDash(dash: readonly number[]): void;
  fill(path: never): void;
  stroke(path: never): void;
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  lineJoin: CanvasLineJoin;
  globalAlpha: number;
}

/** A box to draw: its node's data and its place in diagram coordinates. */
export interface FarBox {
  data: DiagramNodeData;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FarLine {
  kind: EdgeKind;
  points: readonly Point[];
}

/**
 * Canvas pixels per diagram unit of each copy of the far picture for a picture `width` × `height`,
 * largest first: the tiny band's top zoom at the screen's pixel ratio (less when that would pass
 * FAR_PICTURE_PIXELS: scaled up then, soft while the wheel turns, as a held wheel's picture is
 * anyway), then half of it, and so on down past `minZoom`. The compositor scales a canvas with one
 * bilinear look-up per pixel: shrunk more than twice, its thin lines flicker in and out, so each
 * zoom is drawn from the copy at most twice its size (farLevel). The copies add a third at most.
 */
export function farPictureScales(width: number, height: number, minZoom: number, pixelRatio = 1): number[] {
  const fits = Math.sqrt(FAR_PICTURE_PIXELS / Math.max(1, width * height));
  const scales = [Math.min(TINY_ZOOM * pixelRatio, fits)];
  for (let s = (scales[0] as number) / 2; s * 2 > minZoom * pixelRatio; s /= 2) scales.push(s);
  return scales;
}

/** Which of `scales` (farPictureScales) draws `zoom`: the smallest at least as big as the screen's pixels. */
export function farLevel(scales: readonly number[], zoom: number, pixelRatio = 1): number {
  let level = 0;
  for (let i = 1; i < scales.length; i++) if ((scales[i] as number) >= zoom * pixelRatio) level = i;
  return level;
}

/**
 * The boxes of the canvas's overview `nodes` (containers with their miniatures, gateways, the
 * Internet) placed where `layout` puts them, in the layout's order: parents before children (the
 * canvas's node list needn't be in it).
 */
export function farBoxes(layout: LayoutResult, nodes: readonly DiagramNode[]): FarBox[] {
  const dataOf = new Map(nodes.map((n) => [n.id, n.data]));
  const boxes: FarBox[] = [];
  for (const at of layout.nodes) {
    const data = dataOf.get(at.id);
    if (data) boxes.push({ data, x: at.absX, y: at.absY, width: at.width, height: at.height });
  }
  return boxes;
}

/** The lines of the canvas's `edges` that the overview shows (no volume attachments). */
export function farLines(edges: readonly DiagramEdge[]): FarLine[] {
  const lines: FarLine[] = [];
  for (const e of edges) if (e.data && e.data.kind !== "attach") lines.push(e.data);
  return lines;
}

const CONTAINER_KINDS: ReadonlySet<string> = new Set(["region", "vpc", "availabilityZone", "subnet"]);
const INK = EXPORT_INK.light;
/** The corner tile of a framed container (an Availability Zone has none). */
const FRAME_TILE = 34;

/** A rounded rectangle as path data. */
function roundRect(x: number, y: number, w: number, h: number, r: number): string {
  const q = Math.max(0, Math.min(r, w / 2, h / 2));
  return (
    `M${x + q} ${y}h${w - 2 * q}a${q} ${q} 0 0 1 ${q} ${q}v${h - 2 * q}a${q} ${q} 0 0 1 ${-q} ${q}` +
    `h${-(w - 2 * q)}a${q} ${q} 0 0 1 ${-q} ${-q}v${-(h - 2 * q)}a${q} ${q} 0 0 1 ${q} ${-q}z`
  );
}

/**
 * Draws the far picture: `boxes` (parents before children), then `lines` over them (as the canvas
 * draws the lines of boxes inside containers), at `scale` canvas pixels per diagram unit from the
 * diagram's origin.
 */
export function drawFarPicture<P>(
  ctx: FarContext,
  boxes: readonly FarBox[],
  lines: readonly FarLine[],
  scale: number,
  toPath: (d: string) => P,
): void {
  const fill = (d: string, colour: string) => {
    ctx.fillStyle = colour;
    ctx.fill(toPath(d) as never);
  };
  const stroke = (d: string, colour: string, width: number, dash: readonly number[] = []) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.stroke(toPath(d) as never);
  };
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.lineJoin = "round";
  for (const box of boxes) {
    const { data } = box;
    if (CONTAINER_KINDS.has(data.kind)) container(box);
    else if (data.kind === "internet") {
      const d = roundRect(
        box.x + 1,
        box.y + 1,
        box.width - 2,
        box.height - 2,
        Math.min(28, box.height / 2 - 1),
      );
      fill(d, INK.internet.fill);
      stroke(d, INK.internet.stroke, 2);
    } else card(box);
  }
  for (const line of lines) {
    if (line.points.length < 2) continue;
    const look = EDGE_STYLE[line.kind];
    stroke(roundedRoutePath(line.points), look.stroke, look.width, look.dash?.split(" ").map(Number));
    if (line.kind !== "attach") fill(arrowHeadPath(line.points), look.stroke);
  }
  ctx.setLineDash([]);

  function container(box: FarBox) {
    const key = box.data.face.variant as keyof typeof FRAME;
    const frame = FRAME[key];
    const line = FRAME_LINE[key];
    const paint = INK.frame[key];
    const half = line.width / 2;
    const d = roundRect(box.x + half, box.y + half, box.width - line.width, box.height - line.width, 2);
    if (paint.fill !== "none") {
      ctx.globalAlpha = paint.fillOpacity ?? 1;
      fill(d, paint.fill);
      ctx.globalAlpha = 1;
    }
    stroke(d, frame.stroke, line.width, box.data.external ? EXTERNAL_DASH : line.dash);
    if (key !== "availabilityZone")
      fill(`M${box.x} ${box.y}h${FRAME_TILE}v${FRAME_TILE}h${-FRAME_TILE}z`, frame.stroke);
    if (!box.data.collapsed && box.data.marks) marks(box, box.data.marks);
    if (box.data.miniature && box.data.miniature.length > 0) {
      ctx.save();
      ctx.translate(box.x, box.y);
      for (const { path } of miniaturePaths(box.data.miniature)) {
        fill(path.d, path.fill);
        if (path.stroke) {
          ctx.lineJoin = path.roundJoin ? "round" : "miter";
          stroke(path.d, path.stroke, path.strokeWidth ?? 1);
        }
      }
      ctx.restore();
      ctx.lineJoin = "round";
    }
  }

  // A subnet's marks: a chip each, side by side under its header, half the row at most (as the
  // canvas lays them out; their words aren't drawn, so each takes the most room it may).
  function marks(box: FarBox, list: NonNullable<DiagramNodeData["marks"]>) {
    const top = box.y + MARK_ROW.top;
    const width = (box.width - 2 * MARK_ROW.left) / 2 - MARK_ROW.gap / 2;
    let x = box.x + MARK_ROW.left;
    for (const m of list) {
      const colour = MARK[m.kind];
      const d = roundRect(x + 0.5, top + 0.5, width - 1, MARK_ROW.height - 1, MARK_ROW.height / 2);
      fill(d, INK.chipFill);
      stroke(d, colour, 1, m.external ? MARK_DASH : []);
      fill(roundRect(x + 2, top + 2, 16, 16, 8), colour);
      x += width + MARK_ROW.gap;
    }
  }

  function card(box: FarBox) {
    const kind = box.data.kind as keyof typeof CARD;
    const d = roundRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1, 6);
    fill(d, INK.card.fill);
    const border = cardBorder(kind, box.data.face.variant, box.data.external === true, INK);
    stroke(d, border.stroke, 1, border.dashed ? CARD_DASH : []);
    const tile = cardTile(kind, box.height);
    fill(roundRect(box.x + tile.x, box.y + tile.y, tile.size, tile.size, 4), CARD[kind] ?? NEUTRAL.external);
  }
}

// The far picture: the overview (containers with their miniatures, gateways, marks and lines) drawn
// once on a canvas, which the diagram shows over its boxes while the wheel turns below TINY_ZOOM
// (FarPicture.tsx). There, every box is a few pixels wide, and the boxes that zooming out
// brings in cost the browser most of each frame to raster in software (issue #14: frame p95 33-50 ms
// at 10,000 instances); a canvas that only moves and scales costs none. Its look follows the boxes'
// (colours.ts, sizes.ts, miniature-paths.ts) without their words and glyphs, which the tiny band
// doesn't paint either. Pure: no DOM; the context comes from the caller. Every shape is traced on the
// context's own path, never built as a Path2D: at 20,000 instances the Path2D objects of one drawing
// were ~40 MB of garbage, which an idle page kept until V8's memory reducer ran, half a minute later.
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
import { DOT_RADIUS, type MiniLayer, miniatureLayers } from "../layout/miniature-paths.ts";
import { type RoutePen, traceArrowHead, traceRoute } from "../layout/route-geometry.ts";
import { cardTile, frameTile, MARK_ROW } from "../layout/sizes.ts";
import type { DiagramEdge, DiagramNode, DiagramNodeData } from "../layout/to-flow.ts";
import { type EdgeKind, isContainerKind, type LayoutResult, type Point } from "../layout/types.ts";
import { TINY_ZOOM } from "./zoom-bands.ts";

/** The most pixels the far picture's biggest canvas may have (4 bytes each: 8 MB; its copies add a third). */
export const FAR_PICTURE_PIXELS = 2_000_000;

/** The 2D context calls the far picture makes (CanvasRenderingContext2D has them all). */
export interface FarContext extends RoutePen {
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  translate(x: number, y: number): void;
  save(): void;
  restore(): void;
  setLineDash(dash: readonly number[]): void;
  beginPath(): void;
  rect(x: number, y: number, width: number, height: number): void;
  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  fill(): void;
  stroke(): void;
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

/** The lines of the canvas's overview `edges` (those between its boxes: no volume attachments). */
export function farLines(edges: readonly DiagramEdge[]): FarLine[] {
  const lines: FarLine[] = [];
  for (const e of edges) if (e.data) lines.push(e.data);
  return lines;
}

const INK = EXPORT_INK.light;

/** Traces a miniature's layer: its rectangles, or its dots. */
function traceLayer(ctx: FarContext, layer: MiniLayer): void {
  ctx.beginPath();
  if ("rects" in layer) for (const r of layer.rects) ctx.rect(r.x, r.y, r.width, r.height);
  else
    for (const c of layer.dots) {
      ctx.moveTo(c.x + DOT_RADIUS, c.y);
      ctx.arc(c.x, c.y, DOT_RADIUS, 0, 2 * Math.PI);
    }
}

/**
 * Draws the far picture: `boxes` (parents before children), then `lines` over them (as the canvas
 * draws the lines of boxes inside containers), at `scale` canvas pixels per diagram unit from the
 * diagram's origin.
 */
export function drawFarPicture(
  ctx: FarContext,
  boxes: readonly FarBox[],
  lines: readonly FarLine[],
  scale: number,
): void {
  // Each paints the path last traced.
  const fill = (colour: string) => {
    ctx.fillStyle = colour;
    ctx.fill();
  };
  const stroke = (colour: string, width: number, dash: readonly number[] = []) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.stroke();
  };
  // With arcTo, not the context's roundRect: Firefox has that only since 112.
  const roundRect = (x: number, y: number, w: number, h: number, radius: number) => {
    const r = Math.max(0, Math.min(radius, w / 2, h / 2));
    ctx.beginPath();
    ctx.moveTo(x + r, y);
    ctx.arcTo(x + w, y, x + w, y + h, r);
    ctx.arcTo(x + w, y + h, x, y + h, r);
    ctx.arcTo(x, y + h, x, y, r);
    ctx.arcTo(x, y, x + w, y, r);
    ctx.closePath();
  };
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.lineJoin = "round";
  for (const box of boxes) {
    const { data } = box;
    if (isContainerKind(data.kind)) container(box);
    else if (data.kind === "internet") {
      roundRect(box.x + 1, box.y + 1, box.width - 2, box.height - 2, Math.min(28, box.height / 2 - 1));
      fill(INK.internet.fill);
      stroke(INK.internet.stroke, 2);
    } else card(box);
  }
  for (const line of lines) {
    if (line.points.length < 2) continue;
    const look = EDGE_STYLE[line.kind];
    ctx.beginPath();
    traceRoute(line.points, ctx);
    stroke(look.stroke, look.width, look.dash?.split(" ").map(Number));
    if (look.arrowHead) {
      ctx.beginPath();
      traceArrowHead(line.points, ctx);
      fill(look.stroke);
    }
  }
  ctx.setLineDash([]);

  function container(box: FarBox) {
    const key = box.data.face.variant as keyof typeof FRAME;
    const frame = FRAME[key];
    const line = FRAME_LINE[key];
    const paint = INK.frame[key];
    const half = line.width / 2;
    roundRect(box.x + half, box.y + half, box.width - line.width, box.height - line.width, 2);
    if (paint.fill !== "none") {
      ctx.globalAlpha = paint.fillOpacity ?? 1;
      fill(paint.fill);
      ctx.globalAlpha = 1;
    }
    stroke(frame.stroke, line.width, box.data.external ? EXTERNAL_DASH : line.dash);
    const tile = frameTile(key);
    if (tile !== undefined) {
      ctx.beginPath();
      ctx.rect(box.x, box.y, tile, tile);
      fill(frame.stroke);
    }
    if (!box.data.collapsed && box.data.marks) marks(box, box.data.marks);
    if (box.data.miniature && box.data.miniature.length > 0) {
      ctx.save();
      ctx.translate(box.x, box.y);
      for (const layer of miniatureLayers(box.data.miniature)) {
        const { paint } = layer;
        traceLayer(ctx, layer);
        fill(paint.fill);
        if (paint.stroke) {
          ctx.lineJoin = paint.roundJoin ? "round" : "miter";
          stroke(paint.stroke, paint.strokeWidth ?? 1);
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
      roundRect(x + 0.5, top + 0.5, width - 1, MARK_ROW.height - 1, MARK_ROW.height / 2);
      fill(INK.chipFill);
      stroke(colour, 1, m.external ? MARK_DASH : []);
      roundRect(x + 2, top + 2, 16, 16, 8);
      fill(colour);
      x += width + MARK_ROW.gap;
    }
  }

  function card(box: FarBox) {
    const kind = box.data.kind as keyof typeof CARD;
    roundRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1, 6);
    fill(INK.card.fill);
    const border = cardBorder(kind, box.data.face.variant, box.data.external === true, INK);
    stroke(border.stroke, 1, border.dashed ? CARD_DASH : []);
    const tile = cardTile(kind, box.height);
    roundRect(box.x + tile.pad, box.y + tile.y, tile.size, tile.size, 4);
    fill(CARD[kind] ?? NEUTRAL.external);
  }
}

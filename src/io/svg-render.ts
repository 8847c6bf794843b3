// Scene -> a standalone SVG document: rectangles, paths and real <text>, drawn to look like the
// canvas (same sizes, colours and glyphs as src/diagram). Pure string building: no DOM, no React,
// no fonts or pictures to fetch, so it runs in Node and the file opens anywhere, editors included.
import {
  CARD,
  CARD_DASH,
  CHIP,
  cardBorder,
  EDGE_STYLE,
  EXPORT_INK,
  EXTERNAL_DASH,
  type ExportInk,
  FRAME,
  FRAME_LINE,
  MARK,
  MARK_DASH,
  NEUTRAL,
  SEVERITY_COLOUR,
  STATE_COLOUR,
} from "../layout/colours.ts";
import { arrowHeadPath, roundedRoutePath } from "../layout/route-geometry.ts";
import { cardTile, EXTERNAL_HEADER, frameTile, isSmallCard, MARK_ROW } from "../layout/sizes.ts";
import type { LayoutResult } from "../layout/types.ts";
import type { Diagnostic } from "../model/diagnostics.ts";
import {
  BADGE_OVERHANG,
  type Bounds,
  isCard,
  layoutBounds,
  type Scene,
  type SceneAsMade,
  type SceneBox,
  sceneBounds,
} from "./export-scene.ts";
import { type GlyphName, glyph } from "./svg-glyphs.ts";
import { escapeXml, topologyMetadataPieces } from "./svg-metadata.ts";
import { estimateTextWidth, type FontSpec, fitText, wrapText } from "./svg-text.ts";
import { TextParts } from "./text-parts.ts";

export type ExportBackground = "white" | "dark" | "transparent";

export const BACKGROUND_COLORS: Record<Exclude<ExportBackground, "transparent">, string> = {
  white: "#ffffff",
  dark: EXPORT_INK.dark.page as string,
};

interface SvgRenderOptions {
  /** Space around the diagram, in diagram pixels. */
  margin?: number;
  background?: ExportBackground;
  /** Multiplies the width/height attributes (the drawing stays vector). */
  scale?: number;
  /** Topology JSON to embed in <metadata>, so the image re-opens as the document. */
  topologyJson?: string;
  /** Document title (<title> of the image). */
  title?: string;
  /** The picture's frame when `scene` is only part of it (a strip's boxes): exportFrame of the whole. */
  frame?: ExportFrame;
}

export interface ExportFrame {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_MARGIN = 24;

/** The system font stack of the canvas: nothing to embed, every machine has one of them. (The CLI's
 * rasteriser swaps these stacks for one installed family: resvg reads only the first name.) */
export const SANS =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', 'Noto Sans CJK KR', sans-serif";
export const MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Noto Sans Mono CJK KR', monospace";

/** The glyph on a frame's corner tile (frameTile: an Availability Zone has none). */
const CONTAINER_GLYPH: Partial<Record<keyof typeof FRAME, GlyphName>> = {
  region: "region",
  vpc: "vpc",
  public: "subnet",
  private: "subnet",
  subnet: "subnet",
};

const CARD_GLYPH = {
  instance: "instance",
  volume: "volume",
  internetGateway: "gateway",
  natGateway: "natGateway",
  elasticIp: "elasticIp",
} as const;

const MARK_GLYPH = { routeTable: "routeTable", networkAcl: "networkAcl" } as const;

const CHIP_LOOK = {
  ip: { max: Number.POSITIVE_INFINITY, glyph: "globe" },
  sg: { max: 84, glyph: "shield" },
  more: { max: 72, glyph: undefined },
  eip: { max: 128, glyph: "elasticIp" },
} as const;

/** Rounds to 2 decimals: shorter files, no visible change. */
const n = (v: number): number => Math.round(v * 100) / 100;

/** Baseline of a line of `size` px text centred on `middle`. */
const baseline = (middle: number, size: number) => n(middle + size * 0.35);

function text(x: number, y: number, value: string, font: FontSpec, fill: string, extra = ""): string {
  if (value === "") return "";
  // Written out rather than joined from a list: this runs a few times per box (100,000s of boxes).
  const weight = font.weight && font.weight !== 400 ? ` font-weight="${font.weight}"` : "";
  const family = font.mono ? ` font-family="${MONO}"` : "";
  return `<text x="${n(x)}" y="${n(y)}" font-size="${font.size}"${weight}${family} fill="${fill}"${extra ? ` ${extra}` : ""}>${escapeXml(value)}</text>`;
}

function badge(
  right: number,
  middle: number,
  count: { errors: number; warnings: number },
  ring: string | undefined,
) {
  const label = String(count.errors + count.warnings);
  const font = { size: 11, weight: 700 };
  const width = Math.max(18, estimateTextWidth(label, font) + 10);
  const x = right - width;
  const color = SEVERITY_COLOUR[count.errors > 0 ? "error" : "warning"];
  const stroke = ring ? ` stroke="${ring}" stroke-width="2"` : "";
  return (
    `<rect x="${n(x)}" y="${n(middle - 9)}" width="${n(width)}" height="18" rx="9" fill="${color}"${stroke}/>` +
    text(x + width / 2, baseline(middle, 11), label, font, "#ffffff", `text-anchor="middle"`)
  );
}

function container(b: SceneBox, ink: ExportInk): string {
  const key = b.variant as keyof typeof FRAME;
  const style = FRAME_LINE[key];
  const tile = frameTile(key);
  const stroke = FRAME[key].stroke;
  const paint = ink.frame[key];
  const half = style.width / 2;
  const dash = (b.externalText ? EXTERNAL_DASH : style.dash)?.join(" ");
  const parts = [
    `<rect x="${n(b.x + half)}" y="${n(b.y + half)}" width="${n(b.width - style.width)}" height="${n(b.height - style.width)}" rx="2" fill="${paint.fill}"${paint.fillOpacity ? ` fill-opacity="${paint.fillOpacity}"` : ""} stroke="${stroke}" stroke-width="${style.width}"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`,
  ];
  let x = b.x + style.width + 10;
  const tileGlyph = CONTAINER_GLYPH[key];
  if (tile !== undefined && tileGlyph) {
    parts.push(`<rect x="${n(b.x)}" y="${n(b.y)}" width="${tile}" height="${tile}" fill="${stroke}"/>`);
    parts.push(glyph(tileGlyph, b.x + 7, b.y + 7, 20, "#ffffff"));
    x = b.x + tile + 10;
  }
  const middle = b.y + style.width + 18;
  const right = b.x + b.width - style.width - 8;
  const badgeWidth = b.diagnostics ? 30 : 0;
  const kindFont = { size: 13, weight: 700 };
  const nameFont = { size: 13, weight: 600 };
  const detailFont = { size: 12, mono: true };
  const kindWidth = estimateTextWidth(b.kindLabel, kindFont);
  let room = right - badgeWidth - x - kindWidth - 5;
  const name = fitText(b.title, room, nameFont);
  room -= estimateTextWidth(name, nameFont) + 6;
  // The "outside the document" words take what the name leaves (the dashed border says it too):
  // a box must keep what it is called, as on the canvas.
  // A stub ("outsi…") says nothing: the words show with at least half of them, or not at all.
  const externalFit = b.externalText ? fitText(b.externalText, room - 8, EXTERNAL_FONT) : "";
  const external = b.externalText && externalFit.length * 2 >= b.externalText.length ? externalFit : "";
  if (external) room -= estimateTextWidth(external, EXTERNAL_FONT) + 8;
  const detail = b.detail && name === b.title ? fitText(`· ${b.detail}`, room, detailFont) : "";
  const y = baseline(middle, 13);
  parts.push(
    `<text x="${n(x)}" y="${y}" font-size="13"><tspan font-weight="700" fill="${paint.text}">${escapeXml(b.kindLabel)}</tspan>` +
      (name ? ` <tspan font-weight="600" fill="${ink.ink}">${escapeXml(name)}</tspan>` : "") +
      (detail && detail !== "…"
        ? ` <tspan font-size="12" font-family="${MONO}" fill="${ink.grey}">${escapeXml(detail)}</tspan>`
        : "") +
      "</text>",
  );
  if (b.diagnostics) parts.push(badge(right, middle, b.diagnostics, undefined));
  if (external)
    parts.push(
      text(
        right - badgeWidth,
        baseline(middle, EXTERNAL_FONT.size),
        external,
        EXTERNAL_FONT,
        ink.grey,
        `text-anchor="end" font-style="italic"`,
      ),
    );
  if (b.marks) parts.push(marks(b, ink));
  if (b.foldedText)
    parts.push(text(b.x + 12, baseline(b.y + 36 + 10, 12), b.foldedText, { size: 12 }, ink.grey));
  return parts.join("");
}

const EXTERNAL_FONT = EXTERNAL_HEADER.font;

/** A subnet's route table and network ACL marks, as on the canvas (see MARK_ROW and diagram.css). */
function marks(b: SceneBox, ink: ExportInk): string {
  const out: string[] = [];
  const font = { size: 11, weight: 600 };
  const roleFont = { size: 10 };
  const top = b.y + MARK_ROW.top;
  const mid = top + MARK_ROW.height / 2;
  const room = b.width - 2 * MARK_ROW.left;
  let x = b.x + MARK_ROW.left;
  for (const m of b.marks ?? []) {
    const color = MARK[m.kind];
    const roleWidth = m.role ? estimateTextWidth(m.role, roleFont) + 5 : 0;
    const natural = 2 + 16 + 5 + estimateTextWidth(m.text, font) + roleWidth + 8;
    const width = Math.min(natural, room / 2 - MARK_ROW.gap / 2);
    const label = fitText(m.text, width - 2 - 16 - 5 - roleWidth - 8, font);
    out.push(
      `<rect x="${n(x + 0.5)}" y="${n(top + 0.5)}" width="${n(width - 1)}" height="${MARK_ROW.height - 1}" rx="${MARK_ROW.height / 2}" fill="${ink.chipFill}" stroke="${color}"${m.external ? ` stroke-dasharray="${MARK_DASH.join(" ")}"` : ""}/>`,
      `<circle cx="${n(x + 10)}" cy="${n(mid)}" r="8" fill="${color}"/>`,
      glyph(MARK_GLYPH[m.kind], x + 4, mid - 6, 12, "#ffffff"),
      text(x + 23, baseline(mid, 11), label, font, ink.ink),
    );
    if (m.role) out.push(text(x + width - 8 - roleWidth + 5, baseline(mid, 10), m.role, roleFont, ink.grey));
    x += width + MARK_ROW.gap;
  }
  return out.join("");
}

/** Chips that shrink (ellipsis) to leave room for the others, as `flex: 0 1 auto` does on the canvas. */
const SHRINKS: ReadonlySet<string> = new Set(["sg"]);
/** The smallest a shrinking chip gets: its icon and an ellipsis. */
const CHIP_MIN = 30;

function chips(b: SceneBox, x: number, top: number, right: number, ink: ExportInk): string {
  const out: string[] = [];
  const font = { size: 10.5 };
  const list = b.chips ?? [];
  const gap = 4;
  const natural = list.map((chip) => {
    const style = CHIP_LOOK[chip.kind];
    // Addresses are all digits and dots, which the width estimate reads a little narrow.
    const slack = chip.kind === "eip" ? 6 : 0;
    return Math.min(style.max, 10 + (style.glyph ? 14 : 0) + slack + estimateTextWidth(chip.text, font));
  });
  // Like the canvas's flex row: the fixed chips keep their width, the others give up the overflow
  // in proportion to their width (so "+2" after two long group names stays in the picture).
  const room = right - x - gap * Math.max(0, list.length - 1);
  const total = natural.reduce((sum, w) => sum + w, 0);
  const shrinkable = list.reduce((sum, c, i) => sum + (SHRINKS.has(c.kind) ? (natural[i] as number) : 0), 0);
  const over = Math.max(0, total - room);
  let at = x;
  for (const [i, chip] of list.entries()) {
    const style = CHIP_LOOK[chip.kind];
    const stroke = CHIP[chip.kind].stroke;
    const color = ink.chipText[chip.kind];
    const iconRoom = style.glyph ? 14 : 0;
    const slack = chip.kind === "eip" ? 6 : 0;
    const own = natural[i] as number;
    const shrunk =
      SHRINKS.has(chip.kind) && shrinkable > 0 ? Math.max(CHIP_MIN, own - (over * own) / shrinkable) : own;
    const width = Math.min(shrunk, right - at);
    if (width < Math.min(24, own)) break;
    const label = fitText(chip.text, width - 10 - iconRoom - slack, font);
    out.push(
      `<rect x="${n(at + 0.5)}" y="${n(top + 0.5)}" width="${n(width - 1)}" height="16" rx="8" fill="${ink.chipFill}" stroke="${stroke}"/>`,
    );
    if (style.glyph) out.push(glyph(style.glyph, at + 5, top + 3, 11, color));
    out.push(text(at + 5 + iconRoom, baseline(top + 8.5, 10.5), label, font, color));
    at += width + gap;
  }
  return out.join("");
}

/** Instances, volumes and gateways: a white card with a coloured glyph tile and lines of text. */
function card(b: SceneBox, ink: ExportInk): string {
  const kind = b.kind as keyof typeof CARD;
  const color = CARD[kind];
  const { pad, size: tile, y: tileTop } = cardTile(kind, b.height);
  const border = cardBorder(kind, b.variant, Boolean(b.externalText), ink);
  const dash = border.dashed ? ` stroke-dasharray="${CARD_DASH.join(" ")}"` : "";
  // One string added to, not a list joined: a card per instance and volume (100,000s of them).
  let out =
    `<rect x="${n(b.x)}" y="${n(b.y + 1)}" width="${n(b.width)}" height="${n(b.height)}" rx="6" fill="${ink.card.shadow}" fill-opacity="${ink.card.shadowOpacity}"/>` +
    `<rect x="${n(b.x + 0.5)}" y="${n(b.y + 0.5)}" width="${n(b.width - 1)}" height="${n(b.height - 1)}" rx="6" fill="${ink.card.fill}" stroke="${border.stroke}"${dash}/>`;
  const tileY = b.y + tileTop;
  const topAligned = kind === "instance" || kind === "natGateway";
  out += `<rect x="${n(b.x + pad)}" y="${n(tileY)}" width="${tile}" height="${tile}" rx="4" fill="${color}"/>`;
  const glyphSize = kind === "instance" || kind === "natGateway" ? 22 : 20;
  out += glyph(
    CARD_GLYPH[kind],
    b.x + pad + (tile - glyphSize) / 2,
    tileY + (tile - glyphSize) / 2,
    glyphSize,
    "#ffffff",
  );

  const left = b.x + pad + tile + 8;
  const right = b.x + b.width - 1 - (isSmallCard(kind) ? 8 : 10);
  const width = right - left;
  // A long name wraps to a second line (an image has no tooltip); the kind word, which the tile's
  // glyph already says, gives up its line for it, so the card keeps its size.
  const nameFont = NAME_FONT;
  const names = wrapText(b.title, width, nameFont, 2);
  const withKind = names.length === 1;
  // Line heights of the card's flex column: kind 10.5px, name 13px, meta 11.5px, all at 1.25
  // (added up in this order, as the list they once were).
  let lines = 0;
  if (withKind) lines += 13.125;
  for (let i = 0; i < names.length; i++) lines += 16.25;
  if (b.meta) lines += 14.375;
  if (b.externalText) lines += 14.375;
  const chipRow = b.chips && b.chips.length > 0 ? 21 : 0;
  const content = lines + chipRow;
  let top = topAligned ? b.y + pad : b.y + (b.height - content) / 2;
  if (withKind) {
    out += text(left, baseline(top + 6.56, 10.5), b.kindLabel, KIND_FONT, ink.grey);
    top += 13.125;
  }
  for (const line of names) {
    out += text(left, baseline(top + 8.125, 13), line, nameFont, ink.ink);
    top += 16.25;
  }
  if (b.meta) {
    const middle = top + 7.19;
    const metaFont = kind !== "internetGateway" && kind !== "natGateway" ? META_FONT_MONO : META_FONT;
    const stateFont = STATE_FONT;
    const stateLabel = b.stateText ?? b.state ?? "";
    const stateWidth = b.state ? 11 + estimateTextWidth(stateLabel, stateFont) + 6 : 0;
    const meta = fitText(b.meta, Math.max(0, width - stateWidth), metaFont);
    out += text(left, baseline(middle, 11.5), meta, metaFont, ink.grey);
    if (b.state) {
      const sx = left + (meta ? estimateTextWidth(meta, metaFont) + 6 : 0);
      out += `<circle cx="${n(sx + 3.5)}" cy="${n(middle)}" r="3.5" fill="${STATE_COLOUR[b.state] ?? NEUTRAL.external}"/>`;
      out += text(sx + 11, baseline(middle, 11.5), stateLabel, stateFont, ink.grey);
    }
    top += 14.375;
  }
  if (b.externalText) {
    const font = EXTERNAL_FONT;
    out += text(
      left,
      baseline(top + 7.19, 11),
      fitText(b.externalText, width, font),
      font,
      ink.grey,
      `font-style="italic"`,
    );
    top += 14.375;
  }
  if (chipRow) out += chips(b, left, top + 4, right, ink);
  if (b.diagnostics) out += badge(b.x + b.width + BADGE_OVERHANG, b.y + 1, b.diagnostics, ink.badgeRing);
  return out;
}

// A card's fonts, made once (estimateTextWidth, fitText and wrapText only read them).
const NAME_FONT: FontSpec = { size: 13, weight: 700 };
const KIND_FONT: FontSpec = { size: 10.5 };
const META_FONT: FontSpec = { size: 11.5, mono: false };
const META_FONT_MONO: FontSpec = { size: 11.5, mono: true };
const STATE_FONT: FontSpec = { size: 11.5 };

function internet(b: SceneBox, ink: ExportInk): string {
  const font = { size: 14, weight: 700 };
  const total = 30 + 8 + estimateTextWidth(b.kindLabel, font);
  const start = b.x + (b.width - total) / 2;
  const middle = b.y + b.height / 2;
  return (
    `<rect x="${n(b.x + 1)}" y="${n(b.y + 1)}" width="${n(b.width - 2)}" height="${n(b.height - 2)}" rx="${n(Math.min(28, b.height / 2 - 1))}" fill="${ink.internet.fill}" stroke="${ink.internet.stroke}" stroke-width="2"/>` +
    glyph("internet", start, middle - 15, 30, ink.internet.stroke) +
    text(start + 38, baseline(middle, 14), b.kindLabel, font, ink.ink)
  );
}

function box(b: SceneBox, ink: ExportInk): string {
  const body = b.kind === "internet" ? internet(b, ink) : isCard(b) ? card(b, ink) : container(b, ink);
  // Joined, not added: `+` keeps a box's text as a tree of its pieces until the part is joined
  // (about 300 boxes later), and every young-generation collection in between copies that tree.
  // A join copies the characters into one flat string now, and the tree dies young.
  return [`<g class="ec2viz-${b.kind}"><title>`, escapeXml(b.name), "</title>", body, "</g>"].join("");
}

function edge(e: Scene["edges"][number]): string {
  const s = EDGE_STYLE[e.kind];
  const line = `<path d="${roundedRoutePath(e.points)}" fill="none" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>`;
  const head = !s.arrowHead ? "" : `<path d="${arrowHeadPath(e.points)}" fill="${s.stroke}"/>`;
  // Joined into one flat string, as a box is (see box).
  return [`<g class="ec2viz-edge ec2viz-edge--${e.kind}">`, line, head, "</g>"].join("");
}

/** Size of the exported picture in CSS pixels at scale 1 (bounds plus margin), and its origin. */
export function exportFrame(scene: Scene | SceneAsMade, margin = DEFAULT_MARGIN) {
  return frameAround(sceneBounds(scene), margin);
}

/**
 * exportFrame of the scene `layout` would make, from the layout alone (see layoutBounds): a PNG
 * too large for browsers is refused before the scene and its SVG are made.
 */
export function layoutExportFrame(
  layout: LayoutResult,
  diagnostics: readonly Diagnostic[],
  margin = DEFAULT_MARGIN,
) {
  return frameAround(layoutBounds(layout, diagnostics), margin);
}

function frameAround(bounds: Bounds, margin: number): ExportFrame {
  return {
    x: Math.floor(bounds.x - margin),
    y: Math.floor(bounds.y - margin),
    width: Math.ceil(bounds.width + 2 * margin),
    height: Math.ceil(bounds.height + 2 * margin),
  };
}

/** The whole scene as a standalone SVG document. */
export function renderSvg(scene: Scene | SceneAsMade, options: SvgRenderOptions = {}): string {
  return renderSvgParts(scene, options).join("");
}

/**
 * The same document as parts (text-parts.ts): what a file or Blob is written from, since the SVG of
 * some 150,000 instances is longer than one string can be. The first part holds the <svg> tag.
 */
export function renderSvgParts(scene: Scene | SceneAsMade, options: SvgRenderOptions = {}): string[] {
  return [...svgPartsAsMade(scene, options)];
}

/**
 * renderSvgParts' parts one by one, each made when the one before has been taken: a file written
 * part by part never holds the whole SVG (100,000 instances: some 350 MB of text) in memory.
 */
export function* svgPartsAsMade(
  /** Its boxes and edges are gone through once, in order (a SceneAsMade makes each as it is taken). */
  scene: Scene | SceneAsMade,
  options: SvgRenderOptions = {},
): Generator<string, void, undefined> {
  const frame = options.frame ?? exportFrame(scene, options.margin ?? DEFAULT_MARGIN);
  const scale = options.scale ?? 1;
  const background = options.background ?? "white";
  const head = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(frame.width * scale)}" height="${n(frame.height * scale)}"`,
    ` viewBox="${frame.x} ${frame.y} ${frame.width} ${frame.height}" font-family="${SANS}" role="img"`,
    options.title ? ` aria-label="${escapeXml(options.title)}"` : "",
    ">",
  ].join("");
  const parts = new TextParts();
  parts.push(`<?xml version="1.0" encoding="UTF-8"?>\n`);
  parts.push(head);
  if (options.topologyJson !== undefined)
    for (const piece of topologyMetadataPieces(options.topologyJson)) parts.push(piece);
  if (options.title) parts.push(`<title>${escapeXml(options.title)}</title>`);
  if (background !== "transparent")
    parts.push(
      `<rect x="${frame.x}" y="${frame.y}" width="${frame.width}" height="${frame.height}" fill="${BACKGROUND_COLORS[background]}"/>`,
    );
  // One push per item: spreading 100,000 boxes into push() overflows the call stack.
  parts.push(`<g class="ec2viz-boxes">`);
  // On the dark page every area is dark and the words light (see EXPORT_INK).
  const ink = EXPORT_INK[background === "dark" ? "dark" : "light"];
  for (const b of scene.boxes) {
    parts.push(box(b, ink));
    if (parts.hasPart) yield* parts.takeParts();
  }
  parts.push("</g>");
  parts.push(`<g class="ec2viz-edges">`);
  for (const e of scene.edges) {
    parts.push(edge(e));
    if (parts.hasPart) yield* parts.takeParts();
  }
  parts.push("</g>");
  parts.push("</svg>\n");
  yield* parts.finish();
}

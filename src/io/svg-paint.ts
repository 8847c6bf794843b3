// Our own SVG drawing (svg-render.ts), replayed onto a 2D canvas context. A PNG export is painted
// in a worker on an OffscreenCanvas, and workers have no SVG decoder (no <img>, and Chromium's
// createImageBitmap refuses SVG blobs), so the SVG the file export writes is read here and drawn
// call by call: one drawing, two outputs. Only what svg-render.ts writes is understood (rect,
// circle, path, text/tspan, g with translate/scale, the paint and font attributes it uses); anything
// else throws, so a renderer change that this reader would silently mis-draw fails the tests
// (svg-paint.test.ts renders every example through it). Pure: no DOM; Path2D comes from the caller.
import { unescapeXml } from "./svg-metadata.ts";

interface Style {
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  dash: readonly number[];
  linecap: CanvasLineCap;
  linejoin: CanvasLineJoin;
  fontSize: number;
  fontWeight: string;
  fontFamily: string;
  fontStyle: string;
  anchor: "start" | "middle" | "end";
}

/** a b c d e f, as in DOMMatrix / CanvasRenderingContext2D.transform. */
export type Matrix = readonly [number, number, number, number, number, number];

interface TextRun {
  text: string;
  style: Style;
}

type PaintOp =
  | {
      kind: "rect";
      x: number;
      y: number;
      width: number;
      height: number;
      rx: number;
      style: Style;
      m?: Matrix;
    }
  | { kind: "circle"; cx: number; cy: number; r: number; style: Style; m?: Matrix }
  | { kind: "path"; d: string; style: Style; m?: Matrix }
  | { kind: "text"; x: number; y: number; runs: TextRun[]; style: Style; m?: Matrix };

/** A run of ops drawn together (a box, an edge, the background) and the rectangle it stays inside. */
interface PaintUnit {
  start: number;
  end: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PaintList {
  /** The SVG's viewBox: the drawing's own coordinates. */
  viewBox: { x: number; y: number; width: number; height: number };
  ops: PaintOp[];
  units: PaintUnit[];
}

const ROOT_STYLE: Style = {
  fill: "#000000",
  fillOpacity: 1,
  stroke: "none",
  strokeWidth: 1,
  dash: [],
  linecap: "butt",
  linejoin: "miter",
  fontSize: 16,
  fontWeight: "400",
  fontFamily: "sans-serif",
  fontStyle: "normal",
  anchor: "start",
};

const SHAPES = new Set(["rect", "circle", "path"]);
/** The geometry attributes each element may carry (paint attributes aside). */
const GEOMETRY: Readonly<Record<string, ReadonlySet<string>>> = {
  svg: new Set(["width", "height", "viewBox"]),
  rect: new Set(["x", "y", "width", "height", "rx"]),
  circle: new Set(["cx", "cy", "r"]),
  path: new Set(["d"]),
  text: new Set(["x", "y"]),
  tspan: new Set(),
  g: new Set(),
};
/** Attributes that only name or describe (no effect on pixels). */
const IGNORED = new Set(["xmlns", "role", "aria-label", "class", "id"]);

function number(value: string, what: string): number {
  const v = Number(value);
  if (!Number.isFinite(v)) throw new Error(`SVG paint: ${what}="${value}" is not a number`);
  return v;
}

function parseTransform(value: string): Matrix {
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  const re = /(translate|scale)\(\s*([^)]*)\)/g;
  let rest = value;
  for (const part of value.matchAll(re)) {
    rest = rest.replace(part[0], "");
    const args = (part[2] as string)
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((a) => number(a, "transform"));
    const [a, b, c, d, e, f] = m;
    if (part[1] === "translate") {
      const tx = args[0] ?? 0;
      const ty = args[1] ?? 0;
      m = [a, b, c, d, a * tx + c * ty + e, b * tx + d * ty + f];
    } else {
      const sx = args[0] ?? 1;
      const sy = args[1] ?? sx;
      m = [a * sx, b * sx, c * sy, d * sy, e, f];
    }
  }
  if (rest.trim() !== "") throw new Error(`SVG paint: transform "${value}" is not understood`);
  return m;
}

/** p then q (q applied first), as CanvasRenderingContext2D.transform composes them. */
export function multiply(p: Matrix | undefined, q: Matrix): Matrix {
  if (!p) return q;
  const [a, b, c, d, e, f] = p;
  const [a2, b2, c2, d2, e2, f2] = q;
  return [
    a * a2 + c * b2,
    b * a2 + d * b2,
    a * c2 + c * d2,
    b * c2 + d * d2,
    a * e2 + c * f2 + e,
    b * e2 + d * f2 + f,
  ];
}

function styleWith(base: Style, name: string, value: string): Style | undefined {
  switch (name) {
    case "fill":
      return { ...base, fill: value };
    case "fill-opacity":
      return { ...base, fillOpacity: number(value, name) };
    case "stroke":
      return { ...base, stroke: value };
    case "stroke-width":
      return { ...base, strokeWidth: number(value, name) };
    case "stroke-dasharray":
      return {
        ...base,
        dash:
          value === "none"
            ? []
            : value
                .split(/[\s,]+/)
                .filter(Boolean)
                .map((v) => number(v, name)),
      };
    case "stroke-linecap":
      return { ...base, linecap: value as CanvasLineCap };
    case "stroke-linejoin":
      return { ...base, linejoin: value as CanvasLineJoin };
    case "font-size":
      return { ...base, fontSize: number(value, name) };
    case "font-weight":
      return { ...base, fontWeight: value };
    case "font-family":
      return { ...base, fontFamily: unescapeXml(value) };
    case "font-style":
      return { ...base, fontStyle: value };
    case "text-anchor":
      return { ...base, anchor: value as Style["anchor"] };
    default:
      return undefined;
  }
}

/**
 * `base` with one paint attribute applied, or undefined when `name` is not a paint attribute. The
 * same base and attribute give back the same object: a large export has a few dozen styles over
 * hundreds of thousands of shapes, so they are made once (and paintList sees when one repeats).
 */
const derived = new WeakMap<Style, Map<string, Map<string, Style> | null>>();
function applyStyle(base: Style, name: string, value: string): Style | undefined {
  let byName = derived.get(base);
  if (!byName) {
    byName = new Map();
    derived.set(base, byName);
  }
  let byValue = byName.get(name);
  // null: `name` is geometry, not paint (whatever its value), as styleWith said the first time.
  if (byValue === null) return undefined;
  const seen = byValue?.get(value);
  if (seen) return seen;
  const next = styleWith(base, name, value);
  if (!next) {
    byName.set(name, null);
    return undefined;
  }
  if (!byValue) {
    byValue = new Map();
    byName.set(name, byValue);
  }
  byValue.set(value, next);
  return next;
}

/**
 * Calls `visit` with each of a tag's attributes, name="value" (svg-render.ts writes no other form),
 * in order. No map per tag: a large export reads millions of tags.
 */
function eachAttribute(tag: string, visit: (name: string, value: string) => void): void {
  let i = tag.indexOf(" ");
  while (i >= 0) {
    const eq = tag.indexOf('="', i);
    if (eq < 0) break;
    const end = tag.indexOf('"', eq + 2);
    if (end < 0) break;
    visit(tag.slice(i, eq).trim(), tag.slice(eq + 2, end));
    i = end + 1;
  }
}

/** [\w:-]: a character of an element's name. */
function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 45
  );
}

/** The elements svg-render.ts writes: a tag's name is given back as one of these strings. */
const NAMES = ["g", "svg", "rect", "path", "text", "tspan", "title", "circle", "metadata"];

/**
 * The element name of a tag (`<name …>`, `</name>`), or "" when there is none. A known name comes
 * back as the constant string (compared and looked up faster than a slice of the tag, millions of
 * times in a large export).
 */
function tagName(raw: string): string {
  const start = raw.charCodeAt(1) === 47 ? 2 : 1;
  let end = start;
  while (end < raw.length && isNameChar(raw.charCodeAt(end))) end++;
  for (const known of NAMES) if (known.length === end - start && raw.startsWith(known, start)) return known;
  return raw.slice(start, end);
}

interface Frame {
  name: string;
  style: Style;
  m: Matrix | undefined;
}

/** Text content as SVG shows it by default: newlines dropped, runs of spaces as one, ends trimmed. */
function collapseRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  let lastSpace = true;
  for (const run of runs) {
    let text = run.text;
    if (text.includes("\n")) text = text.replace(/\n/g, "");
    if (text.includes("\t")) text = text.replace(/\t/g, " ");
    if (text.includes("  ")) text = text.replace(/ {2,}/g, " ");
    if (lastSpace && text.startsWith(" ")) text = text.slice(1);
    if (text === "") continue;
    lastSpace = text.endsWith(" ");
    out.push({ text, style: run.style });
  }
  const last = out[out.length - 1];
  if (last?.text.endsWith(" ")) {
    last.text = last.text.slice(0, -1);
    if (last.text === "") out.pop();
  }
  return out;
}

/**
 * Calls `visit` with the tags and texts of an SVG given as parts (text-parts.ts), in order, never
 * joined into one string: a part may end inside a tag or a text, and the rest carries over to the
 * next part.
 */
function eachToken(svg: string | readonly string[], visit: (token: string) => void): void {
  if (typeof svg === "string") {
    tokensIn(svg, svg.length, visit);
    return;
  }
  let carry = "";
  for (const part of svg) {
    const text = carry + part;
    const end = text.lastIndexOf(">") + 1;
    tokensIn(text, end, visit);
    carry = text.slice(end);
  }
  tokensIn(carry, carry.length, visit);
}

/** The tags (`<…>`) and the texts between them in text[0, end). */
function tokensIn(text: string, end: number, visit: (token: string) => void): void {
  let i = 0;
  while (i < end) {
    const tag = text.charCodeAt(i) === 60;
    const next = text.indexOf(tag ? ">" : "<", i);
    const stop = tag ? (next < 0 ? end : next + 1) : next < 0 || next > end ? end : next;
    visit(text.slice(i, stop));
    i = stop;
  }
}

/**
 * Reads an SVG written by svg-render.ts (one string or its parts) into paint ops. Throws on anything
 * it doesn't understand.
 */
export function parseSvgForPaint(svg: string | readonly string[]): PaintList {
  const ops: PaintOp[] = [];
  const units: PaintUnit[] = [];
  let viewBox: PaintList["viewBox"] | undefined;
  const stack: Frame[] = [];
  let text: { x: number; y: number; runs: TextRun[]; style: Style; m?: Matrix } | undefined;
  /** Inside <title>/<metadata>: content ignored until this element closes. */
  let skipping: { name: string; depth: number } | undefined;
  let unit: PaintUnit | undefined;
  /** Stack depth of the element that opened `unit`. */
  let unitDepth = -1;

  const grow = (x0: number, y0: number, x1: number, y1: number, m: Matrix | undefined) => {
    if (!unit) return;
    let ax = x0;
    let ay = y0;
    let bx = x1;
    let by = y1;
    if (m) {
      // Translate and scale only (parseTransform): the corners' extremes are the mapped corners.
      const xa = m[0] * x0 + m[4];
      const xb = m[0] * x1 + m[4];
      const ya = m[3] * y0 + m[5];
      const yb = m[3] * y1 + m[5];
      ax = Math.min(xa, xb);
      bx = Math.max(xa, xb);
      ay = Math.min(ya, yb);
      by = Math.max(ya, yb);
    }
    unit.x0 = Math.min(unit.x0, ax);
    unit.y0 = Math.min(unit.y0, ay);
    unit.x1 = Math.max(unit.x1, bx);
    unit.y1 = Math.max(unit.y1, by);
  };
  /** Units are the svg's children and the children of its top-level groups (one box, one edge). */
  const startsUnit = (depth: number, name: string) =>
    depth === 1 ? name !== "g" : depth === 2 && stack[1]?.name === "g";

  /** The tag being read: its name, and its style and transform as its attributes are applied. */
  let name = "";
  let style = ROOT_STYLE;
  let m: Matrix | undefined;
  /** Its geometry attributes (names and values), and every attribute name it has (an XML name appears once). */
  const geometryKeys: string[] = [];
  const geometryValues: string[] = [];
  const geometry = (key: string): string | undefined => {
    const i = geometryKeys.indexOf(key);
    return i < 0 ? undefined : geometryValues[i];
  };
  const named: string[] = [];
  const attribute = (key: string, value: string) => {
    if (named.includes(key)) throw new Error(`SVG paint: <${name}> has ${key} twice`);
    named.push(key);
    if (IGNORED.has(key) || key.startsWith("xmlns:")) return;
    if (key === "transform") {
      m = multiply(m, parseTransform(value));
      return;
    }
    const next = applyStyle(style, key, value);
    if (next) style = next;
    else {
      geometryKeys.push(key);
      geometryValues.push(value);
    }
  };
  const num = (key: string, fallback?: number) => {
    const v = geometry(key);
    if (v === undefined) {
      if (fallback === undefined) throw new Error(`SVG paint: <${name}> without ${key}`);
      return fallback;
    }
    return number(v, key);
  };

  eachToken(svg, (raw) => {
    if (raw.charCodeAt(0) !== 60) {
      if (skipping) return;
      if (text)
        text.runs.push({ text: unescapeXml(raw), style: stack[stack.length - 1]?.style ?? text.style });
      else if (raw.trim() !== "") throw new Error(`SVG paint: text outside <text>: "${raw.slice(0, 40)}"`);
      return;
    }
    if (raw.charCodeAt(1) === 63 || raw.startsWith("<!--")) return; // <? or <!--
    const closing = raw.charCodeAt(1) === 47; // </
    const selfClosing = raw.charCodeAt(raw.length - 1) === 62 && raw.charCodeAt(raw.length - 2) === 47; // />
    name = tagName(raw);
    if (!name) throw new Error(`SVG paint: unreadable tag ${raw.slice(0, 40)}`);
    if (skipping) {
      if (closing && name === skipping.name && stack.length === skipping.depth) skipping = undefined;
      else if (!closing && !selfClosing && name === skipping.name)
        throw new Error(`SVG paint: nested <${name}>`);
      return;
    }
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`SVG paint: </${name}> closes <${open?.name}>`);
      if (name === "text" && text) {
        const runs = collapseRuns(text.runs);
        if (runs.length > 0)
          ops.push({
            kind: "text",
            x: text.x,
            y: text.y,
            runs,
            style: text.style,
            ...(text.m ? { m: text.m } : {}),
          });
        text = undefined;
      }
      if (unit && stack.length === unitDepth) {
        unit.end = ops.length;
        unit = undefined;
      }
      return;
    }
    if (name === "title" || name === "metadata") {
      if (!selfClosing) skipping = { name, depth: stack.length };
      return;
    }
    const parent = stack[stack.length - 1];
    style = parent?.style ?? ROOT_STYLE;
    m = parent?.m;
    geometryKeys.length = 0;
    geometryValues.length = 0;
    named.length = 0;
    eachAttribute(raw, attribute);
    const depth = stack.length;
    if (name === "svg") {
      const box = (geometry("viewBox") ?? "").split(/[\s,]+/).map((v) => number(v, "viewBox"));
      if (box.length !== 4) throw new Error("SVG paint: <svg> without a viewBox");
      viewBox = {
        x: box[0] as number,
        y: box[1] as number,
        width: box[2] as number,
        height: box[3] as number,
      };
    } else if (!viewBox) throw new Error(`SVG paint: <${name}> before <svg>`);
    if (!unit && startsUnit(depth, name)) {
      unit = { start: ops.length, end: ops.length, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
      unitDepth = depth;
      units.push(unit);
    }
    if (name === "rect") {
      const op = {
        kind: "rect" as const,
        x: num("x"),
        y: num("y"),
        width: num("width"),
        height: num("height"),
        rx: num("rx", 0),
        style,
        ...(m ? { m } : {}),
      };
      ops.push(op);
      const half = style.stroke === "none" ? 0 : style.strokeWidth / 2;
      grow(op.x - half, op.y - half, op.x + op.width + half, op.y + op.height + half, m);
    } else if (name === "circle") {
      const op = {
        kind: "circle" as const,
        cx: num("cx"),
        cy: num("cy"),
        r: num("r"),
        style,
        ...(m ? { m } : {}),
      };
      ops.push(op);
      const r = op.r + (style.stroke === "none" ? 0 : style.strokeWidth / 2);
      grow(op.cx - r, op.cy - r, op.cx + r, op.cy + r, m);
    } else if (name === "path") {
      const d = geometry("d") ?? "";
      ops.push({ kind: "path", d, style, ...(m ? { m } : {}) });
      // Every number pair of an absolute path is a point; a relative one's are bounded by them too
      // only loosely, so its whole unit also counts the shapes around it (glyphs sit on their tile).
      if (!/[a-z]/.test(d.replace(/e[-+]?\d/g, ""))) {
        const values = d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/g)?.map(Number) ?? [];
        const pad = style.stroke === "none" ? 1 : style.strokeWidth;
        for (let i = 0; i + 1 < values.length; i += 2)
          grow(
            (values[i] as number) - pad,
            (values[i + 1] as number) - pad,
            (values[i] as number) + pad,
            (values[i + 1] as number) + pad,
            m,
          );
      }
    } else if (name === "text") {
      if (text) throw new Error("SVG paint: <text> inside <text>");
      text = { x: num("x"), y: num("y"), runs: [], style, ...(m ? { m } : {}) };
      grow(text.x, text.y - style.fontSize, text.x, text.y, m);
    } else if (name === "tspan") {
      if (!text) throw new Error("SVG paint: <tspan> outside <text>");
    } else if (name !== "g" && name !== "svg") throw new Error(`SVG paint: <${name}> is not supported`);
    const allowed = GEOMETRY[name];
    for (const key of geometryKeys)
      if (!allowed?.has(key)) throw new Error(`SVG paint: <${name} ${key}> is not supported`);
    if (selfClosing) {
      if (unit && depth === unitDepth) {
        unit.end = ops.length;
        unit = undefined;
      }
    } else stack.push({ name, style, m });
    if (SHAPES.has(name) && !selfClosing) throw new Error(`SVG paint: <${name}> with content`);
  });
  if (!viewBox) throw new Error("SVG paint: no <svg> element");
  if (stack.length > 0) throw new Error(`SVG paint: <${stack[stack.length - 1]?.name}> is not closed`);
  for (const u of units)
    if (u.x0 > u.x1) Object.assign(u, { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity });
  return { viewBox, ops, units };
}

/** What painting needs of a 2D context: CanvasRenderingContext2D and OffscreenCanvasRenderingContext2D both fit. */
type PaintContext = Pick<
  CanvasRenderingContext2D,
  | "getTransform"
  | "setTransform"
  | "transform"
  | "beginPath"
  | "rect"
  | "roundRect"
  | "arc"
  | "fill"
  | "stroke"
  | "setLineDash"
  | "fillText"
  | "measureText"
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "lineCap"
  | "lineJoin"
  | "globalAlpha"
  | "font"
  | "textAlign"
  | "textBaseline"
>;

/** Makes the Path2D for an SVG path string (the browser's `new Path2D(d)`; a stand-in in tests). */
type PathMaker = (d: string) => Path2D;

const fontOf = (s: Style) => `${s.fontStyle} ${s.fontWeight} ${s.fontSize}px ${s.fontFamily}`;

const ALIGN: Record<Style["anchor"], CanvasTextAlign> = { start: "left", middle: "center", end: "right" };

/**
 * Sets the context's paint state only when it changes: a large export repeats a few styles over
 * hundreds of thousands of shapes, and each write of a colour or a font is parsed again.
 */
/** The context's state that pen() writes only when it changes. */
type PenKey =
  | "fillStyle"
  | "strokeStyle"
  | "globalAlpha"
  | "lineWidth"
  | "lineCap"
  | "lineJoin"
  | "font"
  | "textAlign";

function pen(ctx: PaintContext) {
  const fonts = new Map<Style, string>();
  const fontFor = (style: Style) => {
    const known = fonts.get(style);
    if (known !== undefined) return known;
    const font = fontOf(style);
    fonts.set(style, font);
    return font;
  };
  /** What was last written to the context; nothing yet at first. */
  const last: Partial<Pick<PaintContext, PenKey>> = {};
  let lastDash: string | undefined;
  const put = <K extends PenKey>(key: K, value: PaintContext[K]) => {
    if (last[key] === value) return;
    last[key] = value;
    ctx[key] = value;
  };
  return {
    fill(style: Style) {
      put("fillStyle", style.fill);
      put("globalAlpha", style.fillOpacity);
    },
    stroke(style: Style) {
      put("globalAlpha", 1);
      put("strokeStyle", style.stroke);
      put("lineWidth", style.strokeWidth);
      put("lineCap", style.linecap);
      put("lineJoin", style.linejoin);
      const dash = style.dash.join(" ");
      if (lastDash === dash) return;
      lastDash = dash;
      ctx.setLineDash(style.dash as number[]);
    },
    font(style: Style) {
      put("font", fontFor(style));
    },
    align(anchor: Style["anchor"]) {
      put("textAlign", ALIGN[anchor]);
    },
  };
}

function paintShape(ctx: PaintContext, state: ReturnType<typeof pen>, style: Style, path?: Path2D) {
  if (style.fill !== "none") {
    state.fill(style);
    if (path) ctx.fill(path);
    else ctx.fill();
  }
  if (style.stroke !== "none" && style.strokeWidth > 0) {
    state.stroke(style);
    if (path) ctx.stroke(path);
    else ctx.stroke();
  }
}

/**
 * Paints `list` onto `ctx`, whose transform already maps the drawing's coordinates to pixels.
 * `view` (drawing coordinates) skips units wholly outside it: a tile draws only what it shows.
 */
export function paintList(
  ctx: PaintContext,
  list: PaintList,
  makePath: PathMaker,
  view?: { x0: number; y0: number; x1: number; y1: number },
): void {
  const paths = new Map<string, Path2D>();
  const pathOf = (d: string) => {
    let p = paths.get(d);
    if (!p) {
      p = makePath(d);
      // Glyph shapes repeat on every card; route lines don't: keep only the short ones.
      if (d.length < 200) paths.set(d, p);
    }
    return p;
  };
  const state = pen(ctx);
  // An op's own transform is undone by going back to this one, not by save/restore, which would
  // also bring back paint state that `state` believes is set. As six numbers: a DOMMatrix argument
  // is read as a dictionary (a dozen getters on each of ~400,000 shapes at 50,000 instances).
  const { a, b, c, d, e, f } = ctx.getTransform();
  ctx.textBaseline = "alphabetic";
  for (const unit of list.units) {
    if (view && (unit.x1 < view.x0 || unit.x0 > view.x1 || unit.y1 < view.y0 || unit.y0 > view.y1)) continue;
    for (let i = unit.start; i < unit.end; i++) {
      const op = list.ops[i] as PaintOp;
      if (op.m) ctx.transform(...op.m);
      const s = op.style;
      switch (op.kind) {
        case "rect": {
          ctx.beginPath();
          const rx = Math.min(op.rx, op.width / 2, op.height / 2);
          if (rx > 0) ctx.roundRect(op.x, op.y, op.width, op.height, rx);
          else ctx.rect(op.x, op.y, op.width, op.height);
          paintShape(ctx, state, s);
          break;
        }
        case "circle":
          ctx.beginPath();
          ctx.arc(op.cx, op.cy, op.r, 0, Math.PI * 2);
          paintShape(ctx, state, s);
          break;
        case "path":
          paintShape(ctx, state, s, pathOf(op.d));
          break;
        case "text":
          paintText(ctx, state, op);
          break;
      }
      if (op.m) ctx.setTransform(a, b, c, d, e, f);
    }
  }
  ctx.globalAlpha = 1;
}

/** One <text>: a single run is anchored by the context; several are laid side by side from their widths. */
function paintText(ctx: PaintContext, state: ReturnType<typeof pen>, op: Extract<PaintOp, { kind: "text" }>) {
  const [only] = op.runs;
  if (op.runs.length === 1 && only) {
    if (only.style.fill === "none") return;
    state.font(only.style);
    state.fill(only.style);
    state.align(op.style.anchor);
    ctx.fillText(only.text, op.x, op.y);
    return;
  }
  state.align("start");
  const widths = op.runs.map((r) => {
    state.font(r.style);
    return ctx.measureText(r.text).width;
  });
  const total = widths.reduce((a, b) => a + b, 0);
  const anchor = op.style.anchor;
  let x = anchor === "middle" ? op.x - total / 2 : anchor === "end" ? op.x - total : op.x;
  op.runs.forEach((r, k) => {
    if (r.style.fill !== "none") {
      state.font(r.style);
      state.fill(r.style);
      ctx.fillText(r.text, x, op.y);
    }
    x += widths[k] as number;
  });
}

// Hand-written packers for the regular levels of the diagram, where a fixed pattern reads better
// than a general algorithm and costs almost nothing: instances (with their volumes) on a grid in
// each subnet, Availability Zones side by side in each VPC with the gateway above them, and rows of
// free-form boxes (a Region's VPCs, the top level) for the irregular levels.
import { GAP, HEADER_END, type Padding, type Size } from "./sizes.ts";

/**
 * The largest of `values` (or `floor` when there are none / all are smaller). A loop: spreading a
 * list into Math.max's arguments overflows the call stack past about 100,000 items.
 */
export function largest<T>(
  items: readonly T[],
  value: (item: T) => number,
  floor = Number.NEGATIVE_INFINITY,
): number {
  let most = floor;
  for (const item of items) {
    const v = value(item);
    if (v > most) most = v;
  }
  return most;
}

export interface Item extends Size {
  id: string;
  /** Drawn at its own size, never stretched to its row (a folded container). */
  keep?: boolean;
  /** How far the box's children reach above its top edge; its parent leaves that room free. */
  above?: number;
}

interface Placed extends Size {
  id: string;
  x: number;
  y: number;
}

export interface Packed {
  width: number;
  height: number;
  placed: Placed[];
  /** How far children reach above the box's top edge (a VPC's gateways on its border). */
  above?: number;
}

/** An instance and the volumes drawn beside it, stacked to its right. */
export interface Unit {
  main: Item;
  beside: Item[];
}

export function unitSize(u: Unit): Size {
  if (u.beside.length === 0) return { width: u.main.width, height: u.main.height };
  const stack = u.beside.reduce((h, v) => h + v.height, 0) + (u.beside.length - 1) * GAP.subnetItems;
  const stackWidth = largest(u.beside, (v) => v.width);
  return { width: u.main.width + GAP.beside + stackWidth, height: Math.max(u.main.height, stack) };
}

/** Column count whose grid comes closest to the wanted width:height ratio. */
export function bestColumns(count: number, cell: Size, gap: number, aspect: number): number {
  let best = 1;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let cols = 1; cols <= count; cols++) {
    const rows = Math.ceil(count / cols);
    // Skip column counts that leave the same number of rows as one column fewer (same picture, wider).
    if (cols > 1 && Math.ceil(count / (cols - 1)) === rows) continue;
    const w = cols * cell.width + (cols - 1) * gap;
    const h = rows * cell.height + (rows - 1) * gap;
    const score = Math.abs(Math.log(w / h / aspect));
    if (score < bestScore) {
      bestScore = score;
      best = cols;
    }
  }
  return best;
}

/** Grid settings shared by all subnets of a zone, so their instances line up in columns. */
export interface GridShape {
  cell: Size;
  cols: number;
}

/** The cell and column count that suit the biggest of these unit lists. */
export function commonGrid(lists: readonly (readonly Unit[])[], aspect: number): GridShape {
  const sizes = lists.flatMap((l) => l.map(unitSize));
  const cell = {
    width: largest(sizes, (s) => s.width, 0),
    height: largest(sizes, (s) => s.height, 0),
  };
  const most = largest(lists, (l) => l.length, 0);
  return { cell, cols: most === 0 ? 1 : bestColumns(most, cell, GAP.subnetItems, aspect) };
}

/** Units on a grid of equal cells, row by row in document order. */
export function packGrid(
  units: readonly Unit[],
  pad: Padding,
  aspect: number,
  min: Size,
  shape?: GridShape,
): Packed {
  const sizes = units.map(unitSize);
  const own = commonGrid([units], aspect);
  // A shared shape fixes the columns and their width (so instances line up across the zone's
  // subnets); row height stays this subnet's own, so a short subnet isn't padded to a tall one.
  const cell = shape ? { width: shape.cell.width, height: own.cell.height } : own.cell;
  const wanted = shape ? shape.cols : own.cols;
  const gap = GAP.subnetItems;
  const cols = Math.max(1, Math.min(wanted, units.length));
  const rows = Math.ceil(units.length / cols);
  const placed: Placed[] = [];
  // A plain loop and written-out boxes, not spreads of each item: this places every instance and
  // volume, in every steering attempt (100,000s of boxes, up to 6 attempts). A box is id, size and
  // place: what anything reads of it (engine.ts boxesOf).
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    const size = sizes[i] as Size;
    const cx = pad.side + (i % cols) * (cell.width + gap);
    const cy = pad.header + Math.floor(i / cols) * (cell.height + gap);
    const main = u.main;
    placed.push({
      id: main.id,
      width: main.width,
      height: main.height,
      x: cx,
      y: cy + (size.height - main.height) / 2,
    });
    const stack = u.beside.reduce((h, v) => h + v.height, 0) + (u.beside.length - 1) * gap;
    let vy = cy + (size.height - stack) / 2;
    for (const v of u.beside) {
      placed.push({ id: v.id, width: v.width, height: v.height, x: cx + main.width + GAP.beside, y: vy });
      vy += v.height + gap;
    }
  }
  const innerW = units.length === 0 ? 0 : cols * cell.width + (cols - 1) * gap;
  const innerH = units.length === 0 ? 0 : rows * cell.height + (rows - 1) * gap;
  return {
    width: Math.max(min.width, innerW + 2 * pad.side),
    height: Math.max(min.height, pad.header + innerH + pad.bottom),
    placed,
  };
}

/**
 * A VPC: its internet gateways on its top border, half in and half out, the way AWS's reference
 * diagrams show the VPC's door to the Internet (centred over the zones, but never over the header's
 * text nor its fold button); its zones side by side below, all stretched to the same height (as AWS
 * diagrams draw them). `labelWidth`: how far the header's text reaches from the left edge.
 * `above` of the result: how far the gateways reach above the VPC's top edge.
 */
export function packVpc(
  gateways: readonly Item[],
  zones: readonly Item[],
  pad: Padding,
  min: Size,
  labelWidth = 0,
): Packed {
  const gap = GAP.siblings;
  const zonesHeight = largest(zones, (z) => z.height, 0);
  const zonesWidth = zones.reduce((w, z) => w + z.width, 0) + Math.max(0, zones.length - 1) * gap;
  const gwWidth = gateways.reduce((w, g) => w + g.width, 0) + Math.max(0, gateways.length - 1) * gap;
  const gwHeight = largest(gateways, (g) => g.height, 0);
  const any = gateways.length > 0;
  // The gateways' row starts after the header's text and ends before the badge and fold button.
  const first = labelWidth + GAP.siblings;
  const width = Math.max(min.width, zonesWidth + 2 * pad.side, any ? first + gwWidth + HEADER_END : 0);
  const placed: Placed[] = [];
  const centred = pad.side + (width - 2 * pad.side - gwWidth) / 2;
  let x = Math.min(Math.max(centred, first), width - HEADER_END - gwWidth);
  for (const g of gateways) {
    placed.push({ ...g, x, y: -gwHeight / 2 + (gwHeight - g.height) / 2 });
    x += g.width + gap;
  }
  // Below the gateways' lower half: a band for the lines to the public subnets, then the zones.
  const zonesTop = any ? Math.max(pad.header, gwHeight / 2 + GAP.band * 2) : pad.header;
  x = pad.side + (width - 2 * pad.side - zonesWidth) / 2;
  for (const z of zones) {
    placed.push({ ...z, height: z.keep ? z.height : zonesHeight, x, y: zonesTop });
    x += z.width + gap;
  }
  const height = Math.max(min.height, zonesTop + (zones.length > 0 ? zonesHeight : 0) + pad.bottom);
  return { width, height, placed, ...(any ? { above: gwHeight / 2 } : {}) };
}

/**
 * A zone: its subnets on a grid of equal-width cells in document order (public ones come first),
 * each row as tall as its tallest subnet; then loose volumes in rows below.
 */
export function packZone(
  subnets: readonly Item[],
  loose: readonly Item[],
  pad: Padding,
  aspect: number,
  min: Size,
): Packed {
  const gap = GAP.siblings;
  const cellW = largest(subnets, (s) => s.width, 0);
  const avgH = subnets.length === 0 ? 0 : subnets.reduce((h, s) => h + s.height, 0) / subnets.length;
  const cols =
    subnets.length === 0 ? 1 : bestColumns(subnets.length, { width: cellW, height: avgH }, gap, aspect);
  const placed: Placed[] = [];
  let y = pad.header;
  for (let row = 0; row * cols < subnets.length; row++) {
    const members = subnets.slice(row * cols, row * cols + cols);
    const rowH = largest(members, (m) => m.height);
    members.forEach((m, i) => {
      const size = m.keep ? { width: m.width, height: m.height } : { width: cellW, height: rowH };
      placed.push({ ...m, ...size, x: pad.side + i * (cellW + gap), y });
    });
    y += rowH + gap;
  }
  const gridW = subnets.length === 0 ? 0 : Math.min(cols, subnets.length) * (cellW + gap) - gap;
  // Loose volumes: shelf rows as wide as the subnet grid (or one volume, if there is no grid).
  const shelfW = largest(loose, (v) => v.width, gridW);
  let x = 0;
  let shelfH = 0;
  for (const v of loose) {
    if (x > 0 && x + v.width > shelfW) {
      y += shelfH + gap;
      x = 0;
      shelfH = 0;
    }
    placed.push({ ...v, x: pad.side + x, y });
    x += v.width + gap;
    shelfH = Math.max(shelfH, v.height);
  }
  const bottom = loose.length > 0 ? y + shelfH : y - (subnets.length > 0 ? gap : 0);
  return {
    width: Math.max(min.width, shelfW + 2 * pad.side),
    height: Math.max(min.height, bottom + pad.bottom),
    placed,
  };
}

/** Row widths packRows tries at most (each is one pass over the level's boxes). */
const MAX_ROW_WIDTHS = 2048;

/** Row widths worth trying: every run of consecutive items could be the widest row. */
function rowWidths(items: readonly Item[], gap: number): number[] {
  const widths = new Set<number>();
  // Few items (the usual case: a Region's VPCs, the Regions): every run. Many: runs from the start
  // and from a few evenly spread points, which still covers row counts from one to all.
  const starts =
    items.length <= 48
      ? items.map((_, i) => i)
      : Array.from({ length: 16 }, (_, k) => Math.floor((k * items.length) / 16));
  for (const i of starts) {
    let w = -gap;
    for (let j = i; j < items.length; j++) {
      w += (items[j] as Item).width + gap;
      widths.add(w);
    }
  }
  const sorted = [...widths].sort((a, b) => a - b);
  if (sorted.length <= MAX_ROW_WIDTHS) return sorted;
  // Thousands of boxes on one level (hostile or odd input): every width would cost a pass over all
  // boxes each (quadratic); a spread of them, smallest and largest included, keeps it linear.
  return Array.from(
    { length: MAX_ROW_WIDTHS },
    (_, k) => sorted[Math.round((k * (sorted.length - 1)) / (MAX_ROW_WIDTHS - 1))] as number,
  );
}

/** Items in rows at most `limit` wide, in document order, each row as tall as its tallest item. */
function shelve(
  items: readonly Item[],
  limit: number,
  gap: number,
): { placed: Placed[]; w: number; h: number } {
  const placed: Placed[] = [];
  const size = measureShelves(items, limit, gap, (item, x, y) => placed.push({ ...item, x, y }));
  return { placed, ...size };
}

/** The size of `shelve`'s rows, telling `at` where each item goes (nothing is built while trying widths). */
function measureShelves(
  items: readonly Item[],
  limit: number,
  gap: number,
  at?: (item: Item, x: number, y: number) => void,
): { w: number; h: number } {
  let x = 0;
  let y = 0;
  let rowH = 0;
  let w = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > limit) {
      y += rowH + gap;
      x = 0;
      rowH = 0;
    }
    at?.(item, x, y);
    w = Math.max(w, x + item.width);
    x += item.width + gap;
    rowH = Math.max(rowH, item.height);
  }
  return { w, h: items.length === 0 ? 0 : y + rowH };
}

/**
 * Free-form boxes in rows, in document order: of all the row widths, the one whose picture comes
 * closest to the wanted width:height ratio (then the smaller area). Replaces elkjs `rectpacking`
 * for the few boxes of a Region or the top level, with no 1.5 MB engine to load.
 */
export function packRows(items: readonly Item[], pad: Padding, aspect: number, min: Size): Packed {
  const gap = GAP.siblings;
  let best: { limit: number; w: number; h: number; score: number } | undefined;
  for (const limit of rowWidths(items, gap)) {
    const rows = measureShelves(items, limit, gap);
    const outerW = rows.w + 2 * pad.side;
    const outerH = pad.header + rows.h + pad.bottom;
    const score = Math.abs(Math.log(outerW / outerH / aspect));
    const better =
      !best ||
      score < best.score - 1e-9 ||
      (Math.abs(score - best.score) <= 1e-9 && rows.w * rows.h < best.w * best.h);
    if (better) best = { limit, ...rows, score };
  }
  const { placed, w, h } = best ? shelve(items, best.limit, gap) : { placed: [], w: 0, h: 0 };
  return {
    width: Math.max(min.width, w + 2 * pad.side),
    height: Math.max(min.height, pad.header + h + pad.bottom),
    placed: offset(placed, pad.side, pad.header),
  };
}

/**
 * Packs `items` with `pack`, leaving room above each item whose children reach over its top edge
 * (the packer sees the item that much taller; the box itself is then moved down into place).
 */
export function withRoomAbove(items: readonly Item[], pack: (items: Item[]) => Packed): Packed {
  if (!items.some((i) => (i.above ?? 0) > 0)) return pack([...items]);
  const above = new Map<string, number>();
  const grown = items.map((i) => {
    if (!i.above) return i;
    above.set(i.id, i.above);
    return { ...i, height: i.height + i.above };
  });
  const packed = pack(grown);
  const placed = packed.placed.map((p) => {
    const up = above.get(p.id);
    return up === undefined ? p : { ...p, y: p.y + up, height: p.height - up };
  });
  return { ...packed, placed };
}

/** Shifts a packing made at the origin into a container's content area. */
function offset(placed: readonly Placed[], dx: number, dy: number): Placed[] {
  return placed.map((p) => ({ ...p, x: p.x + dx, y: p.y + dy }));
}

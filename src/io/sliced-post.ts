// A big message to a worker, posted in slices: postMessage copies its whole value (structured
// clone) in the page's task, and a 10,000-instance document with its layout took a task of 100+ ms
// CPU (issue #14: no task over 200 ms). The long arrays of the value and of its objects (a
// document's instances, a layout's nodes) go first in parts of a few thousand items, one task each;
// then the value itself, with those arrays left empty, which the worker fills back in (`Reassembly`).
// Pure: the posting is the caller's.

/** A piece of one long array: `path` names it from the value's root (one or two keys). */
export interface SlicePart {
  type: "slice";
  path: readonly string[];
  items: unknown[];
}

/** Items per part: cloning one takes a few milliseconds. */
export const SLICE_ITEMS = 2000;

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * Splits `value` into parts and a remainder: every array longer than `size` found on the value or
 * on one of its plain objects is cut into parts, and left empty in the remainder (a shallow copy:
 * `value` itself is not changed).
 */
export function sliceMessage<T extends object>(
  value: T,
  size: number = SLICE_ITEMS,
): { parts: SlicePart[]; rest: T } {
  const parts: SlicePart[] = [];
  const cut = (array: unknown[], path: string[]) => {
    for (let i = 0; i < array.length; i += size)
      parts.push({ type: "slice", path, items: array.slice(i, i + size) });
    return [];
  };
  const rest: Plain = { ...(value as Plain) };
  for (const [key, v] of Object.entries(rest)) {
    if (Array.isArray(v) && v.length > size) rest[key] = cut(v, [key]);
    else if (isPlain(v)) {
      let inner: Plain | undefined;
      for (const [k, w] of Object.entries(v))
        if (Array.isArray(w) && w.length > size) {
          inner ??= { ...v };
          inner[k] = cut(w, [key, k]);
        }
      if (inner) rest[key] = inner;
    }
  }
  return { parts, rest: rest as T };
}

/** The worker's side: gathers the parts as they come, then puts them back into the remainder. */
export class Reassembly {
  private readonly arrays = new Map<string, { path: readonly string[]; items: unknown[] }>();

  add(part: SlicePart): void {
    const key = part.path.join("\u0000");
    const got = this.arrays.get(key);
    if (got) for (const item of part.items) got.items.push(item);
    else this.arrays.set(key, { path: part.path, items: [...part.items] });
  }

  /** `rest` with every gathered array back in its place; the gathered parts are then forgotten. */
  complete<T extends object>(rest: T): T {
    for (const { path, items } of this.arrays.values()) {
      let holder = rest as Plain;
      for (const key of path.slice(0, -1)) holder = holder[key] as Plain;
      holder[path.at(-1) as string] = items;
    }
    this.arrays.clear();
    return rest;
  }
}

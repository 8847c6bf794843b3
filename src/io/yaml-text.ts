// Plain data -> YAML text, byte for byte what the `yaml` package's stringify writes with
// { indent: 2, lineWidth: 0 }, but in one pass over the data. The package builds a node tree first
// and then walks it (about 55× JSON.parse for 100,000 instances); this writes lines directly for
// what topologies are made of (maps, lists, numbers, booleans, null and strings that need no
// quoting) and hands anything else to the package, one top-level list item at a time, in the same
// place of the document, so its context (indent, key or value) is the one the package would see.
import {
  type CreateNodeOptions,
  Document,
  type DocumentOptions,
  Scalar,
  type SchemaOptions,
  stringify,
  type ToStringOptions,
  visit,
} from "yaml";

/**
 * The two ways ec2viz writes YAML: topologies (YAML 1.2, an object met twice gets an anchor), and
 * CloudFormation templates (for YAML 1.1 readers, CloudFormation's: "yes", "on", dates and
 * sexagesimal numbers are quoted; no anchors or aliases).
 */
export type YamlFlavour = "topology" | "cloudformation";

const OPTIONS: Record<YamlFlavour, DocumentOptions & SchemaOptions & ToStringOptions & CreateNodeOptions> = {
  topology: { indent: 2, lineWidth: 0 },
  cloudformation: { version: "1.1", indent: 2, lineWidth: 0, aliasDuplicateObjects: false },
};

/**
 * The package's own test for "would this plain scalar read back as something other than a
 * string" (null, booleans, integers, floats, and in YAML 1.1 timestamps), taken from its schema.
 */
const notAString = (flavour: YamlFlavour): readonly RegExp[] =>
  new Document(null, OPTIONS[flavour]).schema.tags.flatMap((tag) =>
    tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test instanceof RegExp ? [tag.test] : [],
  );
const NOT_A_STRING = { topology: notAString("topology"), cloudformation: notAString("cloudformation") };

/**
 * Strings made only of letters, digits, spaces inside, and the punctuation ids, names, CIDRs and
 * tags are made of (no quote, backslash or control character): the package writes them plain, or
 * in double quotes exactly as given when plain would read differently. Anything else goes to it.
 */
const SIMPLE =
  /^[A-Za-z0-9_/.\-\u00A0-\uD7FF\uE000-\uFFFD][A-Za-z0-9_ ./()+=@:,;~$^\-\u00A0-\uD7FF\uE000-\uFFFD]*$/;
/** Simple strings the package handles some other way ("-", "- a", document markers, a byte-order mark). */
const ODD = /^(?:-$|- |---|\.\.\.|\uFEFF)/;
/** Simple strings that plain would break (": ", " #", a space or ":" at the end): double-quoted. */
const AWKWARD = /: | #|[ :]$/;

/** The longest key written as `key: value` (longer keys get the package's explicit "? key" form). */
const LONGEST_KEY = 1024;

/** A simple string as the package writes it (plain or double-quoted), else undefined. */
function simpleString(value: string, flavour: YamlFlavour): string | undefined {
  if (!SIMPLE.test(value) || ODD.test(value)) return undefined;
  if (AWKWARD.test(value)) return `"${value}"`;
  for (const test of NOT_A_STRING[flavour]) if (test.test(value)) return `"${value}"`;
  return value;
}

/** A scalar as the package writes it, or undefined when only the package knows. */
function scalar(value: unknown, flavour: YamlFlavour): string | undefined {
  if (typeof value === "string") return simpleString(value, flavour);
  if (typeof value === "number")
    return Number.isFinite(value) && !Object.is(value, -0) ? String(value) : undefined;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value === null) return "null";
  return undefined;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/**
 * Characters a YAML file may not hold (outside YAML's printable set, c-printable: C1 controls but
 * NEL, U+FFFE, U+FFFF; https://yaml.org/spec/1.2.2/#51-character-set), which the package writes
 * raw: PyYAML and SnakeYAML then refuse the whole file (#15). They are written as escapes.
 */
const UNPRINTABLE = /[\u0080-\u0084\u0086-\u009f\ufffe\uffff]/;

/**
 * The package's text for `data`; where that holds a character YAML forbids, written again with
 * every string holding one in double quotes, where each is escaped (\x9B, \uFFFE) in place.
 */
function packageText(data: unknown, flavour: YamlFlavour): string {
  const options = OPTIONS[flavour];
  const text = stringify(data, options);
  if (!UNPRINTABLE.test(text)) return text;
  const doc = new Document(data, options);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && UNPRINTABLE.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString(options).replace(new RegExp(UNPRINTABLE.source, "g"), (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase()}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}

/** Thrown (and caught below) when a part needs the package. */
const GIVE_UP = Symbol("give up");

class Writer {
  readonly out: string[] = [];

  constructor(readonly flavour: YamlFlavour) {}

  /** The pairs of a non-empty map; the first one's indent is already written when `first` is "". */
  pairs(map: Record<string, unknown>, indent: string, first: string): void {
    let prefix = first;
    let written = 0;
    for (const key of Object.keys(map)) {
      const value = map[key];
      if (value === undefined) continue;
      written++;
      const name = key.length > LONGEST_KEY ? undefined : simpleString(key, this.flavour);
      if (name === undefined) throw GIVE_UP;
      this.out.push(prefix, name, ":");
      this.value(value, indent);
      prefix = indent;
    }
    // A map of undefined values only would be written as {} by the package, after "- " or "key:".
    if (written === 0) throw GIVE_UP;
  }

  /** A map's value, after "key:" at `indent`. */
  value(value: unknown, indent: string): void {
    const simple = scalar(value, this.flavour);
    if (simple !== undefined) {
      this.out.push(" ", simple, "\n");
    } else if (Array.isArray(value)) {
      if (value.length === 0) {
        this.out.push(" []\n");
        return;
      }
      this.out.push("\n");
      this.items(value, `${indent}  `);
    } else if (isMap(value)) {
      if (Object.keys(value).every((k) => value[k] === undefined)) {
        this.out.push(" {}\n");
        return;
      }
      this.out.push("\n");
      const inner = `${indent}  `;
      this.pairs(value, inner, inner);
    } else throw GIVE_UP;
  }

  /** The items of a non-empty list, each "- " at `indent`. */
  items(list: readonly unknown[], indent: string): void {
    for (const item of list) this.item(item, indent);
  }

  item(item: unknown, indent: string): void {
    const simple = scalar(item, this.flavour);
    if (simple !== undefined) {
      this.out.push(indent, "- ", simple, "\n");
      return;
    }
    if (!isMap(item) || Object.keys(item).every((k) => item[k] === undefined)) throw GIVE_UP;
    this.out.push(indent, "- ");
    this.pairs(item, `${indent}  `, "");
  }
}

/** Sets an own property, even one named "__proto__" (a legal tag key). */
function single(key: string, value: unknown): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  return map;
}

/**
 * `data` as the `yaml` package's stringify(data, OPTIONS[flavour]) writes it. Each item of a
 * top-level list, and each entry of a top-level map (a template's Resources), is written here when
 * it can be, else by the package inside a one-item copy of its parent (same indent, same parent),
 * so a strange string costs one item, not the document.
 */
export function yamlText(data: unknown, flavour: YamlFlavour = "topology"): string {
  const options = OPTIONS[flavour];
  if (!isMap(data)) return packageText(data, flavour);
  const keys = Object.keys(data).filter((k) => data[k] !== undefined);
  if (keys.length === 0) return packageText(data, flavour);
  // An object met twice gets an anchor and alias (&a1 / *a1) from the package: the whole document.
  if (options.aliasDuplicateObjects !== false && !distinct(data)) return packageText(data, flavour);
  const parts: string[] = [];
  for (const key of keys) {
    const value = data[key];
    const written = key.length > LONGEST_KEY ? undefined : simpleString(key, flavour);
    const entries = isMap(value) ? Object.keys(value).filter((k) => value[k] !== undefined) : [];
    if (written !== undefined && Array.isArray(value) && value.length > 0) {
      parts.push(`${written}:\n`);
      for (const item of value) parts.push(part(flavour, (w) => w.item(item, "  "), single(key, [item])));
    } else if (written !== undefined && isMap(value) && entries.length > 0) {
      parts.push(`${written}:\n`);
      for (const entry of entries) {
        const one = single(entry, value[entry]);
        parts.push(part(flavour, (w) => w.pairs(one, "  ", "  "), single(key, one)));
      }
    } else parts.push(part(flavour, (w) => w.pairs(single(key, value), "", ""), single(key, value), true));
  }
  return parts.join("");
}

/**
 * One part of the document, written by `write`, else by the package from `whole` (the part inside
 * a copy of its parent): all of that text for a top-level pair (`top`), or without its first line
 * (the parent's key) for an item or entry.
 */
function part(flavour: YamlFlavour, write: (w: Writer) => void, whole: unknown, top = false): string {
  const writer = new Writer(flavour);
  try {
    write(writer);
    return writer.out.join("");
  } catch (error) {
    if (error !== GIVE_UP) throw error;
    const text = packageText(whole, flavour);
    return top ? text : text.slice(text.indexOf("\n") + 1);
  }
}

/** True when no object or list appears twice in `data` (so the package would write no anchor). */
function distinct(data: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (seen.has(value)) return false;
    seen.add(value);
    if (Array.isArray(value)) for (const item of value) stack.push(item);
    else for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
  }
  return true;
}

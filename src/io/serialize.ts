// Topology -> text, the way a person would write it by hand: keys in the schema's order (id first,
// then the fields in the order the README documents them), 2-space indent, trailing newline.
// All eleven lists are always written, even when empty, so a file shows what it could hold; optional
// inner lists (egress, attachments, securityGroups) are written exactly as present in the document,
// which keeps serialize -> parse -> serialize exact.
import { z } from "zod";
import { type Topology, topology } from "../model/schema.ts";
import { yamlText } from "./yaml-text.ts";

type Schema = z.core.$ZodType;

/**
 * The schema under optional / nullable / default wrappers. For a resource that may be external (a
 * discriminated union), its defined variant: both variants list their keys in the same order.
 */
function unwrap(schema: Schema): Schema {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) {
      s = s.unwrap() as Schema;
    } else if (s instanceof z.ZodDiscriminatedUnion && s.options[0]) {
      s = s.options[0] as Schema;
    } else return s;
  }
}

/** What `ordered` needs of a schema: a list's element, or an object's fields in order. */
type Shape =
  | { list: Schema | undefined; fields?: undefined }
  | { list?: undefined; fields: readonly (readonly [string, Schema])[] };

/** Each schema's shape, worked out once per schema rather than once per value (100,000 instances). */
const shapes = new WeakMap<Schema, Shape>();

function shapeOf(schema: Schema): Shape {
  let known = shapes.get(schema);
  if (known === undefined) {
    const s = unwrap(schema);
    const fields = s instanceof z.ZodObject ? Object.entries(s.shape as Record<string, Schema>) : [];
    known = s instanceof z.ZodArray ? { list: s.element as Schema } : { fields };
    shapes.set(schema, known);
  }
  return known;
}

/** Sets an own property, even one named "__proto__" (a legal tag key). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** A copy of `value` with object keys in schema order; undefined values dropped; unknown keys last. */
function ordered(value: unknown, schema: Schema): unknown {
  const shape = shapeOf(schema);
  if (Array.isArray(value)) {
    const element = shape.list;
    return value.map((item) => (element ? ordered(item, element) : item));
  }
  if (value === null || typeof value !== "object") return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of shape.fields ?? []) {
    if (source[key] !== undefined) put(out, key, ordered(source[key], field));
  }
  // Records (tags) keep the writer's order; keys outside the schema are kept, not lost.
  for (const key of Object.keys(source)) {
    if (!Object.hasOwn(out, key) && source[key] !== undefined) put(out, key, source[key]);
  }
  return out;
}

export function toJsonText(doc: Topology): string {
  return `${JSON.stringify(ordered(doc, topology), null, 2)}\n`;
}

/** JSON.stringify(value, null, 2) written `depth` levels in (its inner lines indented to match). */
function indented(value: unknown, depth: number): string {
  // Inside a list, what JSON can't say is null, as JSON.stringify writes it there.
  const text = JSON.stringify(value, null, 2) ?? "null";
  // A newline in JSON text is always indentation: inside strings it is written \n.
  return depth === 0 ? text : text.replaceAll("\n", `\n${"  ".repeat(depth)}`);
}

/**
 * toJsonText's text in parts, each made when the one before has been taken: a caller that lets the
 * page breathe between them (Save) never holds it for the whole document (100,000 instances: 1.5 s
 * of CPU in one task). The parts joined are exactly toJsonText(doc).
 */
export function* jsonTextParts(doc: Topology, itemsPerPart = 2000): Generator<string, void, undefined> {
  // The top level as `ordered` writes it, its lists' items ordered one at a time below.
  const source = doc as unknown as Record<string, unknown>;
  const fields = new Map(shapeOf(topology).fields);
  const keys = [...fields.keys(), ...Object.keys(source).filter((key) => !fields.has(key))];
  let text = "";
  let items = 0;
  let first = true;
  for (const key of keys) {
    const value = source[key];
    if (value === undefined) continue;
    text += `${first ? "{\n" : ",\n"}  ${JSON.stringify(key)}: `;
    first = false;
    const field = fields.get(key);
    if (!Array.isArray(value) || value.length === 0 || field === undefined) {
      text += indented(field === undefined ? value : ordered(value, field), 1);
      continue;
    }
    const element = shapeOf(field).list;
    text += "[\n";
    for (let i = 0; i < value.length; i++) {
      const item = element ? ordered(value[i], element) : value[i];
      text += `${i === 0 ? "" : ",\n"}    ${indented(item, 2)}`;
      if (++items % itemsPerPart === 0) {
        yield text;
        text = "";
      }
    }
    text += "\n  ]";
  }
  yield `${text}${first ? "{}" : "\n}"}\n`;
}

export function toYamlText(doc: Topology): string {
  // What the `yaml` package writes with lineWidth 0 (never fold long strings, so tag values stay on
  // one line and diff cleanly), written in one pass (yaml-text.ts).
  return yamlText(ordered(doc, topology));
}

// CloudFormation YAML -> plain data with intrinsic functions in their long form. Short-form tags
// (!Ref, !GetAtt, !Sub...) become { "Ref": ... } / { "Fn::GetAtt": [...] }, exactly what the JSON
// form of a template holds, so one evaluator serves both. A tag CloudFormation doesn't define
// (!Rain::Embed...) becomes an UnknownTag, which the evaluator lists instead of guessing.

import { isAlias, isMap, isScalar, isSeq, type Node, parseDocument } from "yaml";
import { lineColumnOf } from "../../io/parse.ts";
import { ALIAS_BOMB } from "../../io/parse-json.ts";
import { yamlTooDeepAt } from "../../io/yaml-depth.ts";
import { type DuplicateId, yamlDuplicateResources } from "./duplicates.ts";

export class UnknownTag {
  constructor(
    readonly tag: string,
    readonly value: unknown,
  ) {}
}

const FUNCTIONS = new Set([
  "Base64",
  "Cidr",
  "FindInMap",
  "GetAZs",
  "ImportValue",
  "Join",
  "Select",
  "Split",
  "Sub",
  "Transform",
  "And",
  "Equals",
  "If",
  "Not",
  "Or",
  "ToJsonString",
  "Length",
  "ForEach",
  "GetAtt",
]);

function wrap(tag: string, value: unknown): unknown {
  if (tag === "Ref" || tag === "Condition") return { [tag]: value };
  if (tag === "GetAtt" && typeof value === "string") {
    const dot = value.indexOf(".");
    return { "Fn::GetAtt": dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  if (FUNCTIONS.has(tag)) return { [`Fn::${tag}`]: value };
  return new UnknownTag(tag, value);
}

type Doc = ReturnType<typeof parseDocument>;

/** Thrown when aliases would make more values than the budget allows (a "billion laughs"). */
class AliasBomb extends Error {}

/**
 * Values `toData` may still make: aliases repeat what they point at, so 353 bytes of nine-fold
 * aliases would make 387 million values (#15). A document without aliases makes fewer values
 * than it has characters, so the text's length plus a margin bounds honest templates.
 */
interface Budget {
  left: number;
}

function toData(node: unknown, doc: Doc, depth: number, budget: Budget): unknown {
  if (depth > 200) throw new Error("nesting");
  if (--budget.left < 0) throw new AliasBomb();
  if (node === null || node === undefined) return null;
  let value: unknown;
  const n = node as Node;
  if (isAlias(n)) return toData(n.resolve(doc), doc, depth + 1, budget);
  if (isMap(n)) {
    const out: Record<string, unknown> = {};
    for (const pair of n.items) {
      const key = isScalar(pair.key)
        ? String(pair.key.value)
        : String(toData(pair.key, doc, depth + 1, budget));
      Object.defineProperty(out, key, {
        value: toData(pair.value, doc, depth + 1, budget),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    value = out;
  } else if (isSeq(n)) {
    value = n.items.map((item) => toData(item, doc, depth + 1, budget));
  } else if (isScalar(n)) {
    value = n.value;
  }
  const tag = n.tag;
  if (tag?.startsWith("!") && !tag.startsWith("!!")) {
    // A bare `!GetAZs` is an empty scalar.
    return wrap(tag.slice(1), value === "" && isScalar(n) && n.source === "" ? null : value);
  }
  return value;
}

type YamlResult =
  | { ok: true; data: unknown; duplicates: DuplicateId[] }
  | { ok: false; message: string; line: number; column: number };

/** Templates nest far less; the YAML library recurses per level and a few thousand overflow the stack (#15). */
const MAX_TEMPLATE_DEPTH = 256;

export function parseCloudFormationYaml(text: string): YamlResult {
  const deep = yamlTooDeepAt(text, MAX_TEMPLATE_DEPTH);
  if (deep !== undefined)
    return { ok: false, message: "the document nests too deeply", ...lineColumnOf(text, deep) };
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, strict: false });
  const first = doc.errors[0];
  if (first) {
    const { line, column } = lineColumnOf(text, first.pos[0]);
    // The library's own words name its API ("please use YAML.parseAllDocuments()").
    const message =
      first.code === "MULTIPLE_DOCS"
        ? "a second document starts here (after ---); a template is one document"
        : (first.message.split("\n")[0] ?? first.message);
    return { ok: false, message, line, column };
  }
  try {
    const data = toData(doc.contents, doc, 0, { left: text.length + 100_000 });
    return { ok: true, data, duplicates: yamlDuplicateResources(doc, text) };
  } catch (error) {
    const message = error instanceof AliasBomb ? ALIAS_BOMB : "the document nests too deeply";
    return { ok: false, message, line: 1, column: 1 };
  }
}

// Shape problems (wrong types, missing or unknown keys, bad CIDR syntax) as `schema` diagnostics:
// one per zod issue, with the JSONPath of the value and a message in English or Korean.

import type { z } from "zod";
import { interpolate, type LocalText, type TextParams } from "../i18n/text.ts";
import { type Diagnostic, jsonPath, type Lang } from "./diagnostics.ts";
import { cutShort, echoList, quoteShort } from "./echo.ts";
import {
  EIP_ASSOCIATION_MESSAGE,
  LOCAL_ROUTE_MESSAGE,
  RULE_PEER_MESSAGE,
  type Topology,
  topology,
} from "./schema.ts";

type Issue = z.core.$ZodIssue;

type TopologyParse = (data: unknown) => { success: boolean; data?: Topology };

/** Documents with at least this many resources go to the parser set by parseBigDocumentsWith. */
export const BIG_DOCUMENT_RESOURCES = 20_000;
let bigDocumentParse: TopologyParse | undefined;

/**
 * Lets a program that reads big documents (the CLI, the page's file-reading worker) parse them with
 * zod's generated parser (src/model/fast-schema.ts) without putting that parser in the page's first
 * bundle. It must give exactly the schema's own results.
 */
export function parseBigDocumentsWith(parse: TopologyParse | undefined): void {
  bigDocumentParse = parse;
}

/** How many resources `data` lists (0 for anything that isn't a topology-like object). */
function resourceCount(data: unknown): number {
  if (typeof data !== "object" || data === null) return 0;
  let count = 0;
  for (const list of Object.values(data)) if (Array.isArray(list)) count += list.length;
  return count;
}

/** The parsed document, or undefined when the shape is wrong (then ask schemaDiagnostics why). */
export function topologyFromSchema(data: unknown): Topology | undefined {
  const result =
    bigDocumentParse && resourceCount(data) >= BIG_DOCUMENT_RESOURCES
      ? bigDocumentParse(data)
      : topology.safeParse(data);
  return result.success ? result.data : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Every sentence of this file, in both languages; `say` fills one in (exported for particles.test). */
export const SCHEMA_TEXT = {
  topLevel: { en: "The document (top level)", ko: "문서 최상위" },
  notWhole: { en: "{at} must be a whole number, not {got}.", ko: "{at}: 정수여야 하는데 {got}입니다." },
  notFinite: {
    en: "{at} must be a finite number, not {got}.",
    ko: "{at}: 유한한 숫자여야 하는데 {got}입니다.",
  },
  missing: {
    en: "{at} is missing: it is required and must be {expected}.",
    ko: "{at}: 꼭 있어야 하는 값이 없습니다. {expected} 형식으로 적어 주세요.",
  },
  wrongType: {
    en: "{at} must be {expected}, not {got}.",
    ko: "{at}: {expected} 형식이어야 하는데 {got}입니다.",
  },
  unknownKey: {
    en: "{at} has unknown key {keys}: check the spelling (keys are case-sensitive camelCase).",
    ko: "{at}: 알 수 없는 키 {keys:이/가} 있습니다. 철자를 확인하세요(키는 대소문자를 구분하는 camelCase입니다).",
  },
  unknownKeys: {
    en: "{at} has unknown keys {keys}: check the spelling (keys are case-sensitive camelCase).",
    ko: "{at}: 알 수 없는 키 {keys:이/가} 있습니다. 철자를 확인하세요(키는 대소문자를 구분하는 camelCase입니다).",
  },
  oneOf: { en: "{at} must be one of {allowed}.", ko: "{at}: 허용되는 값은 {allowed}입니다." },
  empty: { en: "{at} can't be empty.", ko: "{at}: 비워 둘 수 없습니다." },
  moreThan: { en: "{at} must be more than {bound}{unit}.", ko: "{at}: {bound}{unit}보다 커야 합니다." },
  lessThan: { en: "{at} must be less than {bound}{unit}.", ko: "{at}: {bound}{unit}보다 작아야 합니다." },
  atLeast: { en: "{at} must be at least {bound}{unit}.", ko: "{at}: {bound}{unit} 이상이어야 합니다." },
  atMost: { en: "{at} must be at most {bound}{unit}.", ko: "{at}: {bound}{unit} 이하여야 합니다." },
  trueOrFalse: { en: "{at} must be true or false.", ko: "{at}: true 또는 false여야 합니다." },
  wrongFormat: { en: "{at} has the wrong format: {detail}.", ko: "{at}: 형식이 맞지 않습니다. {detail}" },
  custom: { en: "{at}: {detail}.", ko: "{at}: {detail}" },
  keyTooLong: {
    en: "{at} has key {key}, longer than the {bound} characters a key may have.",
    ko: "{at}: 키 {key:이/가} 너무 깁니다. 키는 {bound}자까지 쓸 수 있습니다.",
  },
  keyInvalid: {
    en: "{at} has key {key}, which is not allowed here.",
    ko: "{at}: 키 {key:은/는} 여기에 쓸 수 없습니다.",
  },
  notBlockStart: {
    en: '"{cidr}" is not the start of its block: AWS would quietly store it as {fix}, so write {fix}',
    ko: '"{cidr}"{은/는} 블록의 시작 주소가 아닙니다. AWS는 이 값을 알리지 않고 {fix:으로/로} 바꿔 저장하므로, 처음부터 {fix:으로/로} 쓰세요.',
  },
  prefixTooLong: {
    en: '"{cidr}" has a prefix length above /32',
    ko: '"{cidr}"의 접두사 길이가 /32보다 큽니다.',
  },
  notCidr: {
    en: '"{cidr}" is not an IPv4 CIDR block like 10.0.0.0/16',
    ko: '"{cidr}"{은/는} 10.0.0.0/16 같은 IPv4 CIDR 블록이 아닙니다.',
  },
} satisfies Record<string, LocalText>;

const say = (lang: Lang, key: keyof typeof SCHEMA_TEXT, params: TextParams = {}) =>
  interpolate(SCHEMA_TEXT[key][lang], params, lang);

/** What a value is, in words ("a list", "목록"). */
const TYPE_NAMES: Record<string, LocalText> = {
  nothing: { en: "nothing", ko: "값 없음" },
  null: { en: "null", ko: "null" },
  array: { en: "a list", ko: "목록" },
  object: { en: "an object", ko: "객체" },
  string: { en: "text", ko: "문자열" },
  number: { en: "a number", ko: "숫자" },
  boolean: { en: "true/false", ko: "true/false 값" },
};

function typeName(value: unknown): LocalText {
  const key =
    value === undefined ? "nothing" : value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return TYPE_NAMES[key] ?? { en: key, ko: key };
}

/** What zod expected, in words. */
const EXPECTED: Record<string, LocalText> = {
  string: { en: "text", ko: "문자열" },
  number: { en: "a number", ko: "숫자" },
  int: { en: "a whole number", ko: "정수" },
  boolean: { en: "true or false", ko: "true 또는 false" },
  array: { en: "a list", ko: "목록" },
  object: { en: "an object", ko: "객체" },
  null: { en: "null", ko: "null" },
};

/** The unit after a size bound: " characters" / "자" for text, " items" / "개" for lists. */
const BOUND_UNIT: Record<string, LocalText> = {
  string: { en: " characters", ko: "자" },
  array: { en: " items", ko: "개" },
};

/** The id of the resource a path points into ($.subnets[2]... -> that subnet's id), if it has one. */
function resourceAt(data: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path.length < 2 || typeof path[1] !== "number") return undefined;
  const item = valueAt(data, path.slice(0, 2));
  const id = item && typeof item === "object" ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? id : undefined;
}

function where(path: string, lang: Lang): string {
  if (path !== "$") return cutShort(path, 160); // a path can hold a key from the file of any length
  return say(lang, "topLevel");
}

/** The sentence for one zod issue; `place` replaces the value's place (its JSONPath) when given. */
function issueMessage(issue: Issue, data: unknown, lang: Lang, place?: string): string {
  const at = place ?? where(jsonPath(issue.path), lang);
  switch (issue.code) {
    case "invalid_type": {
      const got = valueAt(data, issue.path);
      const expected = EXPECTED[issue.expected] ?? { en: issue.expected, ko: issue.expected };
      // A fraction where a whole number belongs: "not a number" would be wrong, so show the value.
      if (issue.expected === "int" && typeof got === "number") return say(lang, "notWhole", { at, got });
      // NaN, Infinity (1e999 in JSON, .nan/.inf in YAML) are numbers to JavaScript: say which one it is.
      if (typeof got === "number" && !Number.isFinite(got)) return say(lang, "notFinite", { at, got });
      if (got === undefined) return say(lang, "missing", { at, expected });
      return say(lang, "wrongType", { at, expected, got: typeName(got) });
    }
    case "unrecognized_keys": {
      const keys = echoList(issue.keys, 5, (k) => quoteShort(k));
      return say(lang, issue.keys.length > 1 ? "unknownKeys" : "unknownKey", { at, keys });
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return say(lang, "oneOf", { at, allowed });
    }
    case "too_small":
    case "too_big": {
      const bound = String(issue.code === "too_small" ? issue.minimum : issue.maximum);
      const small = issue.code === "too_small";
      if (issue.origin === "string" && small && bound === "1") return say(lang, "empty", { at });
      const unit = BOUND_UNIT[issue.origin] ?? "";
      // positive() is an exclusive bound: 0 itself is refused, so "at least 0" would mislead.
      if (issue.inclusive === false) return say(lang, small ? "moreThan" : "lessThan", { at, bound, unit });
      return say(lang, small ? "atLeast" : "atMost", { at, bound, unit });
    }
    case "invalid_union":
      // Only the `external` switch is a discriminated union: anything but true/false lands here.
      return say(lang, "trueOrFalse", { at });
    case "invalid_key": {
      // A record's key (a tag key) that breaks its bound: name the key (cut short) at its map.
      const key = quoteShort(String(issue.path.at(-1) ?? ""));
      const parent = place ?? where(jsonPath(issue.path.slice(0, -1)), lang);
      const inner = issue.issues[0];
      if (inner?.code === "too_big")
        return say(lang, "keyTooLong", { at: parent, key, bound: String(inner.maximum) });
      return say(lang, "keyInvalid", { at: parent, key });
    }
    case "invalid_format":
      return say(lang, "wrongFormat", { at, detail: schemaText(issue.message, lang) });
    default:
      // Custom checks (CIDR syntax) already say what is wrong in the schema's words.
      return say(lang, "custom", { at, detail: schemaText(issue.message, lang) });
  }
}

/** The schema's own messages (English, written in schema.ts) and their Korean. */
const SCHEMA_MESSAGES: readonly LocalText[] = [
  { en: RULE_PEER_MESSAGE, ko: "규칙에는 cidr와 securityGroup 중 정확히 하나만 적습니다." },
  { en: LOCAL_ROUTE_MESSAGE, ko: "로컬 경로는 암묵적으로 있으므로 적지 않습니다." },
  {
    en: EIP_ASSOCIATION_MESSAGE,
    ko: "탄력적 IP는 인스턴스 하나나 NAT 게이트웨이 하나에만 연결됩니다. 둘 다에는 연결할 수 없습니다.",
  },
  { en: "an IPv4 address looks like 203.0.113.10", ko: "IPv4 주소는 203.0.113.10처럼 씁니다." },
];

/** The schema's pattern messages (AMI id, device name), by how the English starts. */
const SCHEMA_FORMATS: readonly LocalText[] = [
  {
    en: "an AMI id looks like",
    ko: 'AMI ID는 "ami-" 뒤에 16진수 17자리(예전 ID는 8자리)가 붙은 형태입니다.',
  },
  { en: "a device name looks like", ko: '장치 이름은 "/dev/xvda"나 "/dev/sdf"처럼 씁니다.' },
];

/** A message of the schema in `lang`; one it doesn't know stays as written. */
function schemaText(message: string, lang: Lang): string {
  if (lang === "en") return message;
  const start =
    /^"(.*)" is not the start of its block: AWS would quietly store it as .*, so write (.*)$/.exec(message);
  if (start) return say(lang, "notBlockStart", { cidr: start[1] ?? "", fix: start[2] ?? "" });
  const prefix = /^"(.*)" has a prefix length above \/32$/.exec(message);
  if (prefix) return say(lang, "prefixTooLong", { cidr: prefix[1] ?? "" });
  const cidr = /^"(.*)" is not an IPv4 CIDR block like 10\.0\.0\.0\/16$/.exec(message);
  if (cidr) return say(lang, "notCidr", { cidr: cidr[1] ?? "" });
  const known =
    SCHEMA_MESSAGES.find((m) => m.en === message) ?? SCHEMA_FORMATS.find((m) => message.startsWith(m.en));
  return known?.[lang] ?? message;
}

/**
 * The rule a refused edit broke, in Korean, said without its place (the form shows it beside the
 * field, and a refusal puts the field's name before it): `issue` is zod's, found in `data`.
 */
export function schemaRuleKo(issue: Issue, data: unknown): string {
  // Every Korean sentence here starts with its place and ": " (SCHEMA_TEXT), so an empty place
  // leaves the rule after ": ".
  return issueMessage(issue, data, "ko", "").replace(/^: /, "");
}

/**
 * Every shape problem of `data`; empty when it is a well-formed topology document. `schema` is the
 * current format's unless a migration checks an older version against its own frozen schema.
 */
export function schemaDiagnostics(
  data: unknown,
  lang: Lang = "en",
  schema: z.ZodType = topology,
): Diagnostic[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const resource = resourceAt(data, issue.path);
    // Both languages now, so the UI can switch language without validating again (messageIn).
    const params = { en: issueMessage(issue, data, "en"), ko: issueMessage(issue, data, "ko") };
    return {
      code: "schema",
      severity: "error",
      path: jsonPath(issue.path),
      ...(resource === undefined ? {} : { resource }),
      message: params[lang],
      messageId: "text",
      params,
    };
  });
}

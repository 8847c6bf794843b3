// Shape problems (wrong types, missing or unknown keys, bad CIDR syntax) as `schema` diagnostics:
// one per zod issue, with the JSONPath of the value and a message in English or Korean.

import type { z } from "zod";
import { interpolate } from "../i18n/text.ts";
import { type Diagnostic, jsonPath, type Lang } from "./diagnostics.ts";
import { cutShort, quoteShort } from "./echo.ts";
import {
  EIP_ASSOCIATION_MESSAGE,
  LOCAL_ROUTE_MESSAGE,
  RULE_PEER_MESSAGE,
  type Topology,
  topology,
} from "./schema.ts";

type Issue = z.core.$ZodIssue;

/** The parsed document, or undefined when the shape is wrong (then ask schemaDiagnostics why). */
export function topologyFromSchema(data: unknown): Topology | undefined {
  const result = topology.safeParse(data);
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

function typeName(value: unknown, lang: Lang): string {
  const en =
    value === undefined
      ? "nothing"
      : value === null
        ? "null"
        : Array.isArray(value)
          ? "a list"
          : typeof value === "object"
            ? "an object"
            : typeof value === "string"
              ? "text"
              : typeof value === "number"
                ? "a number"
                : typeof value === "boolean"
                  ? "true/false"
                  : typeof value;
  if (lang === "en") return en;
  const ko: Record<string, string> = {
    nothing: "값 없음",
    null: "null",
    "a list": "목록",
    "an object": "객체",
    text: "문자열",
    "a number": "숫자",
    "true/false": "true/false 값",
  };
  return ko[en] ?? en;
}

const EXPECTED: Record<string, { en: string; ko: string }> = {
  string: { en: "text", ko: "문자열" },
  number: { en: "a number", ko: "숫자" },
  int: { en: "a whole number", ko: "정수" },
  boolean: { en: "true or false", ko: "true 또는 false" },
  array: { en: "a list", ko: "목록" },
  object: { en: "an object", ko: "객체" },
  null: { en: "null", ko: "null" },
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
  return lang === "ko" ? "문서 최상위" : "The document (top level)";
}

function issueMessage(issue: Issue, data: unknown, lang: Lang): string {
  const path = jsonPath(issue.path);
  const at = where(path, lang);
  const ko = lang === "ko";
  switch (issue.code) {
    case "invalid_type": {
      const got = valueAt(data, issue.path);
      const expected = EXPECTED[issue.expected] ?? { en: issue.expected, ko: issue.expected };
      // A fraction where a whole number belongs: "not a number" would be wrong, so show the value.
      if (issue.expected === "int" && typeof got === "number") {
        return ko ? `${at}: 정수여야 하는데 ${got}입니다.` : `${at} must be a whole number, not ${got}.`;
      }
      // NaN, Infinity (1e999 in JSON, .nan/.inf in YAML) are numbers to JavaScript: say which one it is.
      if (typeof got === "number" && !Number.isFinite(got)) {
        return ko
          ? `${at}: 유한한 숫자여야 하는데 ${got}입니다.`
          : `${at} must be a finite number, not ${got}.`;
      }
      if (got === undefined) {
        return ko
          ? `${at}: 꼭 있어야 하는 값이 없습니다. ${expected.ko} 형식으로 적어 주세요.`
          : `${at} is missing: it is required and must be ${expected.en}.`;
      }
      return ko
        ? `${at}: ${expected.ko} 형식이어야 하는데 ${typeName(got, lang)}입니다.`
        : `${at} must be ${expected.en}, not ${typeName(got, lang)}.`;
    }
    case "unrecognized_keys": {
      const shown = issue.keys.slice(0, 5).map((k) => quoteShort(k));
      const keys =
        issue.keys.length > 5 ? `${shown.join(", ")} (+${issue.keys.length - 5})` : shown.join(", ");
      return ko
        ? interpolate(
            "{at}: 알 수 없는 키 {keys:이/가} 있습니다. 철자를 확인하세요(키는 대소문자를 구분하는 camelCase입니다).",
            { at, keys },
            "ko",
          )
        : `${at} has unknown key${issue.keys.length > 1 ? "s" : ""} ${keys}: check the spelling (keys are case-sensitive camelCase).`;
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return ko ? `${at}: 허용되는 값은 ${allowed}입니다.` : `${at} must be one of ${allowed}.`;
    }
    case "too_small":
    case "too_big": {
      const bound = String(issue.code === "too_small" ? issue.minimum : issue.maximum);
      const small = issue.code === "too_small";
      if (issue.origin === "string" && small && bound === "1") {
        return ko ? `${at}: 비워 둘 수 없습니다.` : `${at} can't be empty.`;
      }
      const what =
        issue.origin === "string"
          ? { en: "characters", ko: "자" }
          : issue.origin === "array"
            ? { en: "items", ko: "개" }
            : { en: "", ko: "" };
      // positive() is an exclusive bound: 0 itself is refused, so "at least 0" would mislead.
      if (issue.inclusive === false) {
        if (ko) return `${at}: ${bound}${what.ko}${small ? "보다 커야" : "보다 작아야"} 합니다.`;
        return `${at} must be ${small ? "more" : "less"} than ${bound}${what.en ? ` ${what.en}` : ""}.`;
      }
      if (ko) return `${at}: ${bound}${what.ko} ${small ? "이상" : "이하"}이어야 합니다.`;
      return `${at} must be ${small ? "at least" : "at most"} ${bound}${what.en ? ` ${what.en}` : ""}.`;
    }
    case "invalid_union":
      // Only the `external` switch is a discriminated union: anything but true/false lands here.
      return ko ? `${at}: true 또는 false여야 합니다.` : `${at} must be true or false.`;
    case "invalid_format":
      return ko
        ? `${at}: 형식이 맞지 않습니다. ${koreanFormat(issue.message)}`
        : `${at} has the wrong format: ${issue.message}.`;
    default:
      // Custom checks (CIDR syntax) already say what is wrong in the schema's words.
      return ko ? `${at}: ${koreanCustom(issue.message)}` : `${at}: ${issue.message}.`;
  }
}

/** The schema's pattern messages (AMI id, device name) in Korean; anything else stays as written. */
function koreanFormat(message: string): string {
  if (message.startsWith("an AMI id looks like"))
    return 'AMI ID는 "ami-" 뒤에 16진수 8~17자리가 붙은 형태입니다.';
  if (message.startsWith("a device name looks like")) {
    return '장치 이름은 "/dev/xvda"나 "/dev/sdf"처럼 씁니다.';
  }
  return message;
}

/** The schema's custom messages are English; these are the ones it has, in Korean. */
function koreanCustom(message: string): string {
  const start = /^"(.*)" is not the start of its block: write (.*)$/.exec(message);
  if (start)
    return interpolate(
      '"{cidr}"{은/는} 블록의 시작 주소가 아닙니다. {fix:으로/로} 쓰세요.',
      { cidr: start[1] ?? "", fix: start[2] ?? "" },
      "ko",
    );
  const prefix = /^"(.*)" has a prefix length above \/32$/.exec(message);
  if (prefix) return `"${prefix[1]}"의 접두사 길이가 /32보다 큽니다.`;
  const cidr = /^"(.*)" is not an IPv4 CIDR block like 10\.0\.0\.0\/16$/.exec(message);
  if (cidr)
    return interpolate(
      '"{cidr}"{은/는} 10.0.0.0/16 같은 IPv4 CIDR 블록이 아닙니다.',
      { cidr: cidr[1] ?? "" },
      "ko",
    );
  const ko: Record<string, string> = {
    [RULE_PEER_MESSAGE]: "규칙에는 cidr와 securityGroup 중 정확히 하나만 적습니다.",
    [LOCAL_ROUTE_MESSAGE]: "로컬 경로는 암묵적으로 있으므로 적지 않습니다.",
    [EIP_ASSOCIATION_MESSAGE]:
      "탄력적 IP는 인스턴스 하나나 NAT 게이트웨이 하나에만 연결됩니다. 둘 다에는 연결할 수 없습니다.",
    "an IPv4 address looks like 203.0.113.10": "IPv4 주소는 203.0.113.10처럼 씁니다.",
  };
  return ko[message] ?? message;
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

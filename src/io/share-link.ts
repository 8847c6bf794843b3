// Share links: the whole topology, compressed, in the URL fragment (`#t=...`). Browsers never
// send the fragment to the server, so a shared diagram stays between the people who have the link.
// Payload: zlib (deflate + Adler-32) of the JSON, base64url. fflate doesn't check the Adler-32
// trailer, so we do: a link cut short or mistyped is reported as damaged, never drawn half-way.
import { strFromU8, strToU8, unzlibSync, zlibSync } from "fflate";
import type { Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import { type ParseError, topologyFromData } from "./parse.ts";
import { parseErrorText } from "./parse-messages.ts";

export const SHARE_PARAM = "t";

export type ShareLinkErrorKind =
  | "no-topology"
  | "bad-characters"
  | "damaged"
  | "not-json"
  | "invalid-topology";

export interface ShareLinkError {
  kind: ShareLinkErrorKind;
  /** Validation problems, for "invalid-topology" (in English; `parseError` words them in any language). */
  details?: string[];
  parseError?: ParseError;
}

export type ShareLinkResult = { ok: true; doc: Topology } | { ok: false; error: ShareLinkError };

export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode(...bytes) overflows the call stack on large inputs.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** undefined when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 is the longest run before the sums can overflow 32 bits (zlib's NMAX).
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The fragment for `doc`, starting with "#". */
export function encodeShareFragment(doc: Topology): string {
  return `#${SHARE_PARAM}=${toBase64Url(zlibSync(strToU8(JSON.stringify(doc)), { level: 9 }))}`;
}

/** A full link: `baseUrl` (its own fragment dropped) plus the topology fragment. */
export function shareUrl(doc: Topology, baseUrl: string): string {
  const hash = baseUrl.indexOf("#");
  return (hash < 0 ? baseUrl : baseUrl.slice(0, hash)) + encodeShareFragment(doc);
}

/** The `t` value of a fragment ("#t=..." or "t=..."), or undefined when it has none. */
export function shareParam(fragment: string): string | undefined {
  const body = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  for (const part of body.split("&")) {
    const eq = part.indexOf("=");
    if (eq >= 0 && part.slice(0, eq) === SHARE_PARAM) return part.slice(eq + 1);
  }
  return undefined;
}

/** True when the fragment is meant to carry a topology (even a damaged one). */
export const hasSharedTopology = (fragment: string): boolean => shareParam(fragment) !== undefined;

function inflateChecked(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes.length < 6) return undefined;
  try {
    const out = unzlibSync(bytes);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return view.getUint32(bytes.length - 4) === adler32(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a share fragment back into a valid topology, or names what is wrong with it. */
export function decodeShareFragment(fragment: string): ShareLinkResult {
  const param = shareParam(fragment);
  if (param === undefined || param === "") return { ok: false, error: { kind: "no-topology" } };
  // Some mail and chat apps percent-encode the fragment; base64url never contains "%".
  let value = param;
  try {
    value = decodeURIComponent(param).trim();
  } catch {
    return { ok: false, error: { kind: "bad-characters" } };
  }
  const bytes = fromBase64Url(value);
  if (!bytes) return { ok: false, error: { kind: "bad-characters" } };
  const inflated = inflateChecked(bytes);
  if (!inflated) return { ok: false, error: { kind: "damaged" } };
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflated));
  } catch {
    return { ok: false, error: { kind: "not-json" } };
  }
  // The same reading as a file: version check, migrations, schema diagnostics with their paths.
  const parsed = topologyFromData(json);
  if (!parsed.ok) {
    const text = parseErrorText(parsed.error, "en");
    const details = (text.details.length > 0 ? text.details : [text.summary]).slice(0, 5);
    return { ok: false, error: { kind: "invalid-topology", details, parseError: parsed.error } };
  }
  return { ok: true, doc: parsed.doc };
}

/** What went wrong, in the user's language (the "reason" part of the app's notice). */
export function shareLinkErrorMessage(error: ShareLinkError, lang: Lang): string {
  const ko = lang === "ko";
  switch (error.kind) {
    case "no-topology":
      return ko ? "링크에 토폴로지가 들어 있지 않습니다." : "the link holds no topology.";
    case "bad-characters":
      return ko
        ? "링크에 들어갈 수 없는 문자가 있습니다. 링크 전체를 다시 복사해 주세요."
        : "it contains characters a share link never has. Copy the whole link again.";
    case "damaged":
      return ko
        ? "링크가 잘렸거나 바뀌었습니다. 링크 전체를 다시 복사해 주세요."
        : "it was cut short or altered. Copy the whole link again.";
    case "not-json":
      return ko ? "링크 안의 데이터가 토폴로지 문서가 아닙니다." : "its content is not a topology document.";
    case "invalid-topology": {
      const worded = error.parseError ? parseErrorText(error.parseError, lang) : undefined;
      const lines = worded ? (worded.details.length > 0 ? worded.details : [worded.summary]) : error.details;
      const list = (lines ?? []).slice(0, 5).join("; ");
      return ko
        ? `링크 안의 토폴로지가 올바르지 않습니다${list ? `: ${list}` : "."}`
        : `the topology in it is not valid${list ? `: ${list}` : "."}`;
    }
  }
}

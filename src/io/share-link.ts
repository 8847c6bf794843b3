// Share links: the whole topology, compressed, in the URL fragment (`#t=...`). Browsers never
// send the fragment to the server, so a shared diagram stays between the people who have the link.
// Payload: zlib (deflate + Adler-32) of the JSON, base64url. fflate doesn't check the Adler-32
// trailer, so we do: a link cut short or mistyped is reported as damaged, never drawn half-way.

import { strFromU8, strToU8, Zlib, zlibSync } from "fflate";
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import { docTextParts } from "./doc-text.ts";
import { inflateZlibLimited } from "./inflate-limited.ts";
import { formatBytes, MAX_INFLATED_BYTES, MAX_SHARE_LINK_CHARS } from "./limits.ts";
import { nextTask } from "./next-task.ts";
import { type ParseError, parseData, topologyFromData } from "./parse.ts";
import { parseErrorText, syntaxProblem } from "./parse-messages.ts";
import { SHARE_PARAM, shareParam } from "./share-fragment.ts";

export type ShareLinkErrorKind =
  | "no-topology"
  | "too-long"
  | "too-large"
  | "bad-characters"
  | "damaged"
  | "not-json"
  | "invalid-topology";

interface ShareLinkError {
  kind: ShareLinkErrorKind;
  /** Validation problems, for "invalid-topology" (in English; `parseError` words them in any language). */
  details?: string[];
  parseError?: ParseError;
}

export type ShareLinkResult =
  | { ok: true; doc: Topology; migratedFrom?: number }
  | { ok: false; error: ShareLinkError };

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

/** The fragment for `doc`, starting with "#". */
export function encodeShareFragment(doc: Topology): string {
  return `#${SHARE_PARAM}=${toBase64Url(zlibSync(strToU8(JSON.stringify(doc)), { level: 9 }))}`;
}

/** A full link: `baseUrl` (its own fragment dropped) plus the topology fragment. */
export function shareUrl(doc: Topology, baseUrl: string): string {
  const hash = baseUrl.indexOf("#");
  return (hash < 0 ? baseUrl : baseUrl.slice(0, hash)) + encodeShareFragment(doc);
}

/**
 * The bytes of `parts` (text) zlib-compressed in slices of `slice` bytes with `pause()` between
 * them (no main-thread task longer than one slice and one part), given up on as soon as the output
 * passes `maxBytes` (undefined then). The compressor gets the same slices as when the whole text
 * was encoded first (its output depends on them): the same link, byte for byte.
 */
async function zlibPaced(
  parts: Iterable<string>,
  maxBytes: number,
  { slice = 256 * 1024, pause = nextTask }: { slice?: number; pause?: () => Promise<void> } = {},
): Promise<Uint8Array | undefined> {
  const out: Uint8Array[] = [];
  let total = 0;
  const stream = new Zlib({ level: 9 }, (chunk) => {
    out.push(chunk);
    total += chunk.length;
  });
  // Encoded bytes not given to the compressor yet. A slice goes once more bytes follow it, so the
  // last slice (1 to `slice` bytes, or none for no text) is the one marked final, as before.
  let held = new Uint8Array(0);
  for (const part of parts) {
    const bytes = strToU8(part);
    const joined = new Uint8Array(held.length + bytes.length);
    joined.set(held);
    joined.set(bytes, held.length);
    let at = 0;
    while (joined.length - at > slice) {
      stream.push(joined.subarray(at, at + slice), false);
      at += slice;
      if (total > maxBytes) return undefined;
      await pause();
    }
    held = joined.slice(at);
  }
  stream.push(held, true);
  if (total > maxBytes) return undefined;
  const packed = new Uint8Array(total);
  let offset = 0;
  for (const chunk of out) {
    packed.set(chunk, offset);
    offset += chunk.length;
  }
  return packed;
}

type MadeShareUrl = { ok: true; url: string } | { ok: false; error: "too-long" };

/**
 * A full link for `doc`, like `shareUrl`, made without freezing the page, or "too-long" when it
 * would be longer than a link may be (MAX_SHARE_LINK_CHARS, what the app itself opens): the
 * compression stops as soon as that is certain.
 */
export async function makeShareUrl(
  doc: Topology,
  baseUrl: string,
  maxChars = MAX_SHARE_LINK_CHARS,
  options?: { slice?: number; pause?: () => Promise<void> },
): Promise<MadeShareUrl> {
  // base64url without padding: 4 characters for every 3 bytes.
  const packed = await zlibPaced(docTextParts(doc), Math.floor((maxChars * 3) / 4), options);
  if (packed === undefined) return { ok: false, error: "too-long" };
  const hash = baseUrl.indexOf("#");
  const base = hash < 0 ? baseUrl : baseUrl.slice(0, hash);
  return { ok: true, url: `${base}#${SHARE_PARAM}=${toBase64Url(packed)}` };
}

/** Why a share link can't be made: the limit, and what to do instead. */
export function shareLinkTooLongMessage(lang: Lang): string {
  return t(lang, "io.link.tooLongToMake", { max: formatBytes(MAX_SHARE_LINK_CHARS) });
}

/** Reads a share fragment back into a valid topology, or names what is wrong with it. */
export function decodeShareFragment(fragment: string, inflatedLimit = MAX_INFLATED_BYTES): ShareLinkResult {
  const param = shareParam(fragment);
  if (param === undefined || param === "") return { ok: false, error: { kind: "no-topology" } };
  // Bounds before work: the link's length, then what it inflates to (stopped at the limit).
  if (param.length > MAX_SHARE_LINK_CHARS) return { ok: false, error: { kind: "too-long" } };
  // Some mail and chat apps percent-encode the fragment; base64url never contains "%".
  let value = param;
  try {
    value = decodeURIComponent(param).trim();
  } catch {
    return { ok: false, error: { kind: "bad-characters" } };
  }
  const bytes = fromBase64Url(value);
  if (!bytes) return { ok: false, error: { kind: "bad-characters" } };
  const inflated = inflateZlibLimited(bytes, inflatedLimit);
  if (!inflated.ok)
    return { ok: false, error: { kind: inflated.error === "too-large" ? "too-large" : "damaged" } };
  let text: string;
  try {
    text = strFromU8(inflated.bytes);
  } catch {
    return { ok: false, error: { kind: "not-json" } };
  }
  // The same rules as a JSON file: nesting depth, repeated keys, then the document itself.
  const data = parseData(text, "json");
  if (!data.ok) return { ok: false, error: { kind: "not-json", parseError: data.error } };
  const json = data.data;
  // The same reading as a file: version check, migrations, schema diagnostics with their paths.
  const parsed = topologyFromData(json);
  if (!parsed.ok) {
    const text = parseErrorText(parsed.error, "en");
    const details = (text.details.length > 0 ? text.details : [text.summary]).slice(0, 5);
    return { ok: false, error: { kind: "invalid-topology", details, parseError: parsed.error } };
  }
  return parsed.migratedFrom === undefined
    ? { ok: true, doc: parsed.doc }
    : { ok: true, doc: parsed.doc, migratedFrom: parsed.migratedFrom };
}

/** What went wrong, in the user's language (the "reason" part of the app's notice). */
export function shareLinkErrorMessage(error: ShareLinkError, lang: Lang): string {
  switch (error.kind) {
    case "no-topology":
      return t(lang, "io.link.noTopology");
    case "too-long":
      return t(lang, "io.link.tooLong", { max: formatBytes(MAX_SHARE_LINK_CHARS) });
    case "too-large":
      return t(lang, "io.link.tooLarge", { max: formatBytes(MAX_INFLATED_BYTES) });
    case "bad-characters":
      return t(lang, "io.link.badCharacters");
    case "damaged":
      return t(lang, "io.link.damaged");
    case "not-json":
      return error.parseError?.kind === "syntax"
        ? t(lang, "io.link.notJsonWhy", { why: syntaxProblem(error.parseError, lang) })
        : t(lang, "io.link.notJson");
    case "invalid-topology": {
      const worded = error.parseError ? parseErrorText(error.parseError, lang) : undefined;
      const lines = worded ? (worded.details.length > 0 ? worded.details : [worded.summary]) : error.details;
      const list = (lines ?? []).slice(0, 5).join("; ");
      return list ? t(lang, "io.link.invalidList", { list }) : t(lang, "io.link.invalid");
    }
  }
}

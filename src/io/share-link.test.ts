import { readFileSync } from "node:fs";
import fc from "fast-check";
import { strToU8, Zlib, zlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { topologyArbitrary } from "../layout/testing/arbitrary.ts";
import { generateTopology } from "../model/examples/generate.ts";
import { type Topology, topology } from "../model/schema.ts";
import { adler32 } from "./inflate-limited.ts";
import { hasSharedTopology } from "./share-fragment.ts";
import {
  decodeShareFragment,
  encodeShareFragment,
  fromBase64Url,
  makeShareUrl,
  type ShareLinkErrorKind,
  shareLinkErrorMessage,
  shareLinkTooLongMessage,
  shareUrl,
  toBase64Url,
} from "./share-link.ts";

const seed: Topology = topology.parse(
  JSON.parse(readFileSync(new URL("../../examples/seed-article.json", import.meta.url), "utf8")),
);

const fragmentOf = (json: unknown) =>
  `#t=${toBase64Url(zlibSync(strToU8(typeof json === "string" ? json : JSON.stringify(json))))}`;

const errorKind = (fragment: string): ShareLinkErrorKind | "ok" => {
  const r = decodeShareFragment(fragment);
  return r.ok ? "ok" : r.error.kind;
};

describe("share links", () => {
  it("round-trip the seed example through a full URL", () => {
    const url = shareUrl(seed, "https://example.org/ec2viz/?lang=ko#old");
    expect(url.startsWith("https://example.org/ec2viz/?lang=ko#t=")).toBe(true);
    expect(url).toMatch(/^[^#]*#t=[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(new URL(url).hash)).toEqual({ ok: true, doc: seed });
  });

  it("say a version-1 link was migrated, so it is judged by its format-1 codes like the same file", () => {
    const v1 = { version: 1, regions: [{ id: "ap-northeast-2", availabilityZones: ["ap-northeast-2a"] }] };
    const read = decodeShareFragment(fragmentOf(v1));
    expect(read.ok && read.migratedFrom).toBe(1);
    expect(decodeShareFragment(fragmentOf({ ...v1, version: 2 }))).not.toHaveProperty("migratedFrom");
  });

  it("round-trip any valid topology", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(topologyArbitrary(), (doc) => {
        const back = decodeShareFragment(encodeShareFragment(doc));
        expect(back).toEqual({ ok: true, doc });
      }),
      { numRuns: 60 },
    );
  });

  it("are much shorter than the JSON", () => {
    const json = JSON.stringify(seed);
    expect(encodeShareFragment(seed).length).toBeLessThan(json.length * 0.75);
  });

  it("survive percent-encoding by chat apps and a second parameter", () => {
    const fragment = encodeShareFragment(seed);
    expect(decodeShareFragment(`#lang=ko&${fragment.slice(1)}`)).toEqual({ ok: true, doc: seed });
    expect(decodeShareFragment(encodeURIComponent(fragment.slice(1)).replace("%3D", "="))).toEqual({
      ok: true,
      doc: seed,
    });
  });

  it("name the problem of a link without topology", () => {
    expect(errorKind("")).toBe("no-topology");
    expect(errorKind("#")).toBe("no-topology");
    expect(errorKind("#t=")).toBe("no-topology");
    expect(errorKind("#x=abc")).toBe("no-topology");
    expect(hasSharedTopology("#t=")).toBe(true);
    expect(hasSharedTopology("#view=1")).toBe(false);
  });

  it("name the problem of a mangled link", () => {
    expect(errorKind("#t=abc$def")).toBe("bad-characters");
    expect(errorKind("#t=%E0%A4%A")).toBe("bad-characters");
    expect(errorKind("#t=a")).toBe("bad-characters");
    expect(errorKind("#t=AAAAAAAAAAAA")).toBe("damaged");
    expect(errorKind(fragmentOf("not json {"))).toBe("not-json");
    expect(errorKind(fragmentOf({ version: 3 }))).toBe("invalid-topology");
    const invalid = decodeShareFragment(fragmentOf({ version: 1, vpcs: [{ id: "v" }] }));
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.error.details?.join(" ")).toMatch(/\$\.vpcs\[0\]/);
    const newer = decodeShareFragment(fragmentOf({ version: 3 }));
    expect(newer.ok).toBe(false);
    if (!newer.ok) {
      expect(shareLinkErrorMessage(newer.error, "en")).toMatch(/format version 3/);
      expect(shareLinkErrorMessage(newer.error, "ko")).toMatch(/형식 버전 3/);
    }
  });

  it("report every truncation of a link as damaged, never as a different diagram", () => {
    const fragment = encodeShareFragment(seed);
    fc.assert(
      fc.property(fc.integer({ min: 4, max: fragment.length - 1 }), (cut) => {
        const kind = errorKind(fragment.slice(0, cut));
        expect(["damaged", "bad-characters", "no-topology"]).toContain(kind);
      }),
    );
  });

  it("never throw and never accept a changed character", () => {
    const fragment = encodeShareFragment(seed);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    fc.assert(
      fc.property(fc.integer({ min: 3, max: fragment.length - 1 }), fc.nat(63), (at, pick) => {
        const replacement = alphabet[pick] as string;
        fc.pre(fragment[at] !== replacement);
        const changed = fragment.slice(0, at) + replacement + fragment.slice(at + 1);
        const r = decodeShareFragment(changed);
        // The last character may only carry padding bits, so it can decode to the same document.
        if (r.ok) expect(r.doc).toEqual(seed);
        else expect(r.error.kind).not.toBe("no-topology");
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => decodeShareFragment(text)).not.toThrow();
        expect(() => decodeShareFragment(`#t=${text}`)).not.toThrow();
      }),
    );
  });

  it("explain every error in English and Korean", () => {
    const kinds: ShareLinkErrorKind[] = [
      "no-topology",
      "bad-characters",
      "damaged",
      "not-json",
      "invalid-topology",
    ];
    for (const kind of kinds) {
      const en = shareLinkErrorMessage({ kind }, "en");
      const ko = shareLinkErrorMessage({ kind }, "ko");
      expect(en.length).toBeGreaterThan(10);
      expect(ko).toMatch(/[가-힣]/);
    }
    expect(shareLinkErrorMessage({ kind: "invalid-topology", details: ["vpcs.0: bad"] }, "en")).toContain(
      "vpcs.0",
    );
  });
});

describe("base64url and Adler-32", () => {
  it("round-trip bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100_000 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
      { numRuns: 30 },
    );
  });

  it("computes the known checksum and the one zlib writes", () => {
    expect(adler32(strToU8("Wikipedia"))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(0))).toBe(1);
    const big = new Uint8Array(20_000).map((_, i) => (i * 7919) % 256);
    const z = zlibSync(big);
    expect(adler32(big)).toBe(new DataView(z.buffer).getUint32(z.length - 4));
  });
});

describe("making a share link without freezing the page (#15)", () => {
  const doc = generateTopology(300, 1);

  it("compresses in slices with a pause between them, and the link opens as the same document", async () => {
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    const made = await makeShareUrl(doc, "https://example.test/app?x=1#old", undefined, {
      slice: 4096,
      pause,
    });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.url.startsWith("https://example.test/app?x=1#t=")).toBe(true);
    expect(pauses).toBe(Math.ceil(JSON.stringify(doc).length / 4096) - 1);
    const read = decodeShareFragment(made.url.slice(made.url.indexOf("#")));
    expect(read.ok && read.doc).toEqual(doc);
  });

  it("refuses a link longer than a link may be, naming the limit, and stops compressing once that is sure", async () => {
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    const made = await makeShareUrl(doc, "https://example.test/", 2000, { slice: 4096, pause });
    expect(made).toEqual({ ok: false, error: "too-long" });
    expect(pauses).toBeLessThan(Math.ceil(JSON.stringify(doc).length / 4096) / 2);
    expect(shareLinkTooLongMessage("en")).toContain("2 MB");
    expect(shareLinkTooLongMessage("ko")).toContain("2 MB");
    // The bound is on the link's payload, as when the app opens one: exactly at it is made.
    const whole = await makeShareUrl(doc, "");
    const payload = whole.ok ? whole.url.length - "#t=".length : 0;
    expect((await makeShareUrl(doc, "", payload)).ok).toBe(true);
    expect((await makeShareUrl(doc, "", payload - 4)).ok).toBe(false);
  });

  it("makes the link the whole text compressed in the same slices made, byte for byte", async () => {
    const slice = 4096;
    const bytes = strToU8(JSON.stringify(doc));
    const chunks: Uint8Array[] = [];
    const stream = new Zlib({ level: 9 }, (chunk) => chunks.push(chunk));
    for (let at = 0; at < bytes.length; at += slice)
      stream.push(bytes.subarray(at, at + slice), at + slice >= bytes.length);
    const made = await makeShareUrl(doc, "", undefined, { slice, pause: async () => {} });
    expect(made.ok && made.url).toBe(`#t=${toBase64Url(Buffer.concat(chunks))}`);
  });
});

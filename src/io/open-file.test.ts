import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  extractTopologyText,
  type OpenFileErrorKind,
  openFileErrorMessage,
  openTopologyFile,
} from "./open-file.ts";
import { parseTopologyText } from "./parse.ts";
import { embedTopologyInPng } from "./png-metadata.ts";
import { embedTopologyInSvg } from "./svg-metadata.ts";
import { pngWith } from "./testing/hostile-inputs.ts";

const seedText = readFileSync(new URL("../../examples/seed-article.json", import.meta.url), "utf8");

const file = (content: string | Uint8Array, name: string) => new File([content as BlobPart], name);

describe("extractTopologyText", () => {
  it("reads JSON and YAML files as they are", async () => {
    expect(await extractTopologyText(file(seedText, "seed.json"))).toEqual({
      ok: true,
      text: seedText,
      source: "json",
    });
    const yaml = stringify(JSON.parse(seedText));
    expect(await extractTopologyText(file(yaml, "seed.yml"))).toEqual({
      ok: true,
      text: yaml,
      source: "yaml",
    });
    expect(await extractTopologyText(file(yaml, "seed.YAML"))).toEqual({
      ok: true,
      text: yaml,
      source: "yaml",
    });
    expect(await extractTopologyText(file(`\uFEFF${seedText}`, "bom.json"))).toEqual({
      ok: true,
      text: seedText,
      source: "json",
    });
  });

  it("takes the topology out of exported PNG and SVG images", async () => {
    const png = embedTopologyInPng(pngWith(), seedText);
    expect(await extractTopologyText(file(png, "diagram.png"))).toEqual({
      ok: true,
      text: seedText,
      source: "png",
    });
    // A PNG renamed without its extension is still recognised by its signature.
    expect(await extractTopologyText(file(png, "diagram"))).toEqual({
      ok: true,
      text: seedText,
      source: "png",
    });
    const svg = embedTopologyInSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', seedText);
    expect(await extractTopologyText(file(svg, "diagram.svg"))).toEqual({
      ok: true,
      text: seedText,
      source: "svg",
    });
    expect(await extractTopologyText(file(`<?xml version="1.0"?>\n${svg}`, "diagram"))).toMatchObject({
      ok: true,
      source: "svg",
    });
  });

  it("names why a file can't give a topology", async () => {
    const kind = async (content: string | Uint8Array, name: string) => {
      const r = await extractTopologyText(file(content, name));
      return r.ok ? "ok" : r.error;
    };
    expect(await kind(pngWith(), "photo.png")).toBe("no-embedded-topology");
    expect(await kind('<svg xmlns="http://www.w3.org/2000/svg"/>', "logo.svg")).toBe("no-embedded-topology");
    const png = embedTopologyInPng(pngWith(), seedText);
    expect(await kind(png.subarray(0, png.length - 30), "cut.png")).toBe("damaged-image");
    expect(await kind("GIF89a", "anim.gif")).toBe("unsupported-type");
    expect(await kind("not a png", "fake.png")).toBe("unsupported-type");
    const broken = { name: "x.json", arrayBuffer: () => Promise.reject(new Error("gone")) };
    expect((await extractTopologyText(broken)).ok).toBe(false);
  });
});

describe("openTopologyFile", () => {
  it("works with the app's topology parser", async () => {
    const png = embedTopologyInPng(pngWith(), seedText);
    const fromPng = await openTopologyFile(file(png, "d.png"), parseTopologyText);
    const fromYaml = await openTopologyFile(
      file(stringify(JSON.parse(seedText)), "d.yml"),
      parseTopologyText,
    );
    const fromJson = await openTopologyFile(file(seedText, "d.json"), parseTopologyText);
    expect(fromPng.ok && fromJson.ok && fromPng.parsed).toEqual(fromJson.ok && fromJson.parsed);
    expect(fromYaml.ok && fromJson.ok && fromYaml.parsed).toEqual(fromJson.ok && fromJson.parsed);
    expect(fromJson.ok && fromJson.parsed.ok).toBe(true);
  });

  it("hands the text to the parser it is given", async () => {
    const png = embedTopologyInPng(pngWith(), seedText);
    const r = await openTopologyFile(file(png, "d.png"), (text) => JSON.parse(text).name as string);
    expect(r).toEqual({ ok: true, source: "png", parsed: "EC2 basics (Seoul)" });
    const none = await openTopologyFile(file(pngWith(), "d.png"), () => "never");
    expect(none).toEqual({ ok: false, error: "no-embedded-topology" });
  });

  it("explains each failure in both languages", () => {
    const kinds: OpenFileErrorKind[] = [
      "unsupported-type",
      "no-embedded-topology",
      "damaged-image",
      "unreadable",
    ];
    for (const k of kinds) {
      expect(openFileErrorMessage(k, "en")).toMatch(/[a-z]/);
      expect(openFileErrorMessage(k, "ko")).toMatch(/[가-힣]/);
    }
  });
});

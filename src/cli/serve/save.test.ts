import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTopologyText } from "../../io/parse.ts";
import { checkSave, type SaveTarget } from "./save.ts";

const example = JSON.parse(readFileSync("examples/web-two-az.json", "utf8"));
const target: SaveTarget = { rev: 3, name: "web.json", format: "json" };
const body = (doc: unknown, baseRev = 3) => JSON.stringify({ baseRev, doc });

describe("what Save may write back", () => {
  it("writes a valid topology as JSON to a JSON file, and as YAML to a YAML file", () => {
    const json = checkSave(body(example), target);
    expect(json.ok).toBe(true);
    if (!json.ok) return;
    expect(json.text.trimStart().startsWith("{")).toBe(true);
    const fromJson = parseTopologyText(json.text, "json");
    expect(fromJson.ok && fromJson.doc.instances.length).toBe(example.instances.length);

    const yaml = checkSave(body(example), { ...target, name: "web.yaml", format: "yaml" });
    expect(yaml.ok).toBe(true);
    if (!yaml.ok) return;
    expect(yaml.text.trimStart().startsWith("{")).toBe(false);
    expect(() => JSON.parse(yaml.text)).toThrow();
    const fromYaml = parseTopologyText(yaml.text, "yaml");
    expect(fromYaml.ok && fromJson.ok && fromYaml.doc).toEqual(fromJson.ok && fromJson.doc);
  });

  it("never writes a document with rule errors, and says why in each language (the app shows the one chosen)", () => {
    const bad = structuredClone(example);
    bad.subnets[0].cidrBlock = "192.168.0.0/24"; // outside its VPC
    const refused = checkSave(body(bad), target);
    expect(refused).toMatchObject({ ok: false, status: 422, reply: { reason: "invalid" } });
    if (refused.ok) return;
    const { message, details = [] } = refused.reply;
    expect(message.en).toMatch(/^A topology with errors is not written/);
    expect(message.ko).toMatch(/오류/);
    expect(details.map((d) => d.en).join("\n")).toMatch(/\[subnet-outside-vpc\] Subnet .* is not inside/);
    expect(details.map((d) => d.ko).join("\n")).toMatch(/\[subnet-outside-vpc\] 서브넷/);
    // A schema refusal and a conflict too.
    const schema = checkSave(body({ ...example, vpcs: [{ id: "vpc-x" }] }), target);
    expect(!schema.ok && schema.reply.details?.every((d) => d.en !== d.ko)).toBe(true);
    const conflict = checkSave(body(example, 2), target);
    expect(!conflict.ok && conflict.reply.message.ko).not.toBe(!conflict.ok && conflict.reply.message.en);
  });

  it("refuses a document the reader refuses (schema), with the problems", () => {
    const refused = checkSave(body({ ...example, vpcs: [{ id: "vpc-x" }] }), target);
    expect(refused).toMatchObject({ ok: false, status: 422, reply: { reason: "invalid" } });
    expect(!refused.ok && refused.reply.details?.length).toBeGreaterThan(0);
    expect(checkSave(body({ regions: [] }), target)).toMatchObject({ ok: false, status: 422 });
    expect(checkSave(body("text"), target)).toMatchObject({ ok: false, status: 422 });
  });

  it("refuses a save drawn from an older version of the file (it changed on disk since)", () => {
    expect(checkSave(body(example, 2), target)).toMatchObject({
      ok: false,
      status: 409,
      reply: { reason: "conflict" },
    });
  });

  it("refuses to write over an image or an imported template", () => {
    for (const readOnly of ["image", "import"] as const) {
      const refused = checkSave(body(example), { ...target, readOnly });
      expect(refused).toMatchObject({ ok: false, status: 409, reply: { reason: "read-only" } });
      expect(!refused.ok && refused.reply.message.en).toContain("web.json");
      expect(!refused.ok && refused.reply.message.ko).toContain("web.json");
    }
  });

  it.each(["", "{", "[]", "null", '{"doc":{}}', '{"baseRev":"3","doc":{}}'])(
    "refuses a malformed request %j",
    (text) => {
      expect(checkSave(text, target)).toMatchObject({ ok: false, status: 400, reply: { reason: "refused" } });
    },
  );
});

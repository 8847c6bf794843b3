import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_PATH, schemaText } from "./generate-schema.ts";

describe("schemas/topology.schema.json", () => {
  it("is up to date with the zod model (run `npm run schema` when this fails)", () => {
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(schemaText());
  });

  it("describes the input format: only version is required, unknown keys refused, $schema allowed", () => {
    const schema = JSON.parse(schemaText());
    expect(schema.$id).toBeTruthy();
    expect(schema.title).toContain("topology");
    expect(schema.required).toEqual(["version"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.$schema.type).toBe("string");
    expect(schema.properties.version.const).toBe(2);
    expect(schema.properties.subnets.items.required).toEqual([
      "id",
      "vpc",
      "availabilityZone",
      "cidrBlock",
      "public",
    ]);
    expect(schema.properties.internetGateways.items.properties.vpc.type).toEqual(["string", "null"]);
  });
});

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
    // Each resource is defined here, or external: known by its id only (format 2).
    const [defined, external] = schema.properties.subnets.items.oneOf;
    expect(defined.required).toEqual(["id", "vpc", "availabilityZone", "cidrBlock"]);
    expect(external.required).toEqual(["id", "external"]);
    expect(external.properties.external.const).toBe(true);
    expect(schema.properties.internetGateways.items.oneOf[0].properties.vpc.type).toEqual(["string", "null"]);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["routeTables", "natGateways", "elasticIps", "networkAcls"]),
    );
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { topology } from "../model/schema.ts";
import { exampleDocument, isExampleName } from "./examples.ts";

describe("built-in examples", () => {
  it("reads ?example=nat like a file: the document the schema reads from examples/nat-gateway.json", async () => {
    const file = JSON.parse(readFileSync("examples/nat-gateway.json", "utf8")) as unknown;
    const doc = await exampleDocument("nat");
    expect(doc).toEqual(topology.parse(file));
    expect(doc?.natGateways.length).toBeGreaterThan(0);
  });

  it("knows its names and nothing else", async () => {
    for (const name of ["seed", "showcase", "nat", "large-1000"]) expect(isExampleName(name)).toBe(true);
    for (const name of ["toString", "large-", "large-123456", "nat2"])
      expect(isExampleName(name)).toBe(false);
    expect(await exampleDocument("toString")).toBeUndefined();
  });
});

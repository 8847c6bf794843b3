import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { instanceReachability, internetReachability } from "../model/reachability.ts";
import { topology } from "../model/schema.ts";
import { indexTopology } from "../model/topology-index.ts";
import { exampleDocument, isExampleName } from "./examples.ts";

describe("built-in examples", () => {
  it("reads ?example=nat like a file: the document the schema reads from examples/nat-gateway.json", async () => {
    const file = JSON.parse(readFileSync("examples/nat-gateway.json", "utf8")) as unknown;
    const doc = await exampleDocument("nat");
    expect(doc).toEqual(topology.parse(file));
    expect(doc?.natGateways.length).toBeGreaterThan(0);
  });

  it("opens the showcase's web tier to the internet and its database to the web tier only", async () => {
    const doc = await exampleDocument("showcase");
    if (!doc) throw new Error("no showcase");
    const index = indexTopology(doc);
    const openPorts = (id: string) =>
      internetReachability(index, id)
        ?.ports.filter((p) => p.reachable)
        .map((p) => `${p.ports.from}-${p.ports.to}`);
    expect(openPorts("i-web-a")).toEqual(["80-80", "443-443", "22-22"]);
    expect(openPorts("i-web-c")).toEqual(["80-80", "443-443"]);
    expect(internetReachability(index, "i-db-a")?.reachable).toBe(false);
    const postgres = { protocol: "tcp", port: 5432 } as const;
    expect(instanceReachability(index, "i-web-a", "i-db-a", postgres)?.reachable).toBe(true);
    expect(instanceReachability(index, "i-db-a", "i-web-a", { protocol: "tcp", port: 22 })?.reachable).toBe(
      false,
    );
  });

  it("knows its names and nothing else", async () => {
    for (const name of ["seed", "showcase", "nat", "large-1000"]) expect(isExampleName(name)).toBe(true);
    for (const name of ["toString", "large-", "large-123456", "nat2"])
      expect(isExampleName(name)).toBe(false);
    expect(await exampleDocument("toString")).toBeUndefined();
  });
});

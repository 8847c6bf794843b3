import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, FORMAT_1_CODES, WARNING_CODES } from "../model/diagnostics.ts";
import { isSubnetPublic, routeTableOf } from "../model/routing.ts";
import { topology } from "../model/schema.ts";
import { indexTopology } from "../model/topology-index.ts";
import { validate } from "../model/validate.ts";
import { migrate, v1ToV2 } from "./migrations.ts";
import { parseData } from "./parse.ts";
import { topologyV1 } from "./schema-v1.ts";
import recorded from "./testing/v1-codes.json";
import { fingerprint, v1Document, v1Samples } from "./testing/v1-documents.ts";

/** Codes that existed in format 1: a version-1 file must keep exactly these. */
const V1_CODES: ReadonlySet<string> = FORMAT_1_CODES;
const codes = (doc: unknown) => validate(doc).map((d) => d.code);
const sorted = (list: readonly string[]) => [...list].sort();

describe("migrate", () => {
  it("leaves a current document alone", () => {
    const doc = { version: 2, regions: [] };
    expect(migrate(doc)).toEqual({ ok: true, data: doc, from: 2 });
  });

  it("runs each step in order up to the latest version", () => {
    const steps = {
      1: { up: (d: Record<string, unknown>) => ({ ...d, renamed: d.old, old: undefined }) },
      2: { up: (d: Record<string, unknown>) => ({ ...d, extra: true }) },
    };
    const result = migrate({ version: 1, old: "x" }, steps, 3);
    expect(result).toEqual({
      ok: true,
      from: 1,
      data: { version: 3, renamed: "x", old: undefined, extra: true },
    });
  });

  it("refuses versions it has no path for", () => {
    expect(migrate({ version: 0 })).toEqual({ ok: false, reason: "version" });
    expect(migrate({ version: 1.5 })).toEqual({ ok: false, reason: "version" });
    expect(migrate({ version: "1" })).toEqual({ ok: false, reason: "version" });
    expect(migrate({ version: 1 }, {}, 2)).toEqual({ ok: false, reason: "version" });
  });

  it("checks a version-1 document against the version-1 schema, reporting its own paths", () => {
    const result = migrate({ version: 1, subnets: [{ id: "s", vpc: "v", availabilityZone: "z" }] });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "schema") throw new Error("expected schema problems");
    expect(result.diagnostics.map((d) => d.path)).toEqual(["$.subnets[0].cidrBlock", "$.subnets[0].public"]);
  });
});

const V1 = {
  version: 1,
  regions: [{ id: "ap-northeast-2", availabilityZones: ["ap-northeast-2a"] }],
  vpcs: [
    { id: "vpc-a", region: "ap-northeast-2", cidrBlock: "10.0.0.0/16" },
    { id: "vpc-b", region: "ap-northeast-2", cidrBlock: "10.1.0.0/16" },
  ],
  internetGateways: [{ id: "igw-a", vpc: "vpc-a" }],
  subnets: [
    { id: "pub", vpc: "vpc-a", availabilityZone: "ap-northeast-2a", cidrBlock: "10.0.0.0/24", public: true },
    {
      id: "priv",
      vpc: "vpc-a",
      availabilityZone: "ap-northeast-2a",
      cidrBlock: "10.0.1.0/24",
      public: false,
    },
    { id: "lost", vpc: "vpc-b", availabilityZone: "ap-northeast-2a", cidrBlock: "10.1.0.0/24", public: true },
  ],
};

describe("version 1 -> 2", () => {
  const v2 = topology.parse(v1ToV2(topologyV1.parse(V1) as Record<string, unknown>));
  const index = indexTopology(v2);
  const subnet = (id: string) => {
    const s = index.subnets.get(id);
    if (!s) throw new Error(id);
    return s;
  };

  it("gives every VPC a main table with only the local route", () => {
    expect(v2.routeTables.filter((t) => t.main)).toEqual([
      { id: "rtb-a", vpc: "vpc-a", main: true, routes: [] },
      { id: "rtb-b", vpc: "vpc-b", main: true, routes: [] },
    ]);
    expect(routeTableOf(index, subnet("priv"))?.id).toBe("rtb-a");
  });

  it("routes public subnets to their VPC's gateway through a table of their own", () => {
    expect(routeTableOf(index, subnet("pub"))).toMatchObject({
      id: "rtb-a-public",
      subnets: ["pub"],
      routes: [{ destination: "0.0.0.0/0", target: "igw-a" }],
    });
    expect(isSubnetPublic(index, subnet("pub"))).toBe(true);
    expect(isSubnetPublic(index, subnet("priv"))).toBe(false);
    expect(v2.subnets.every((s) => !("public" in s))).toBe(true);
  });

  it("keeps a public subnet without a gateway as a route to a new detached gateway (still an error)", () => {
    expect(v2.internetGateways).toContainEqual({ id: "igw-b", vpc: null });
    expect(routeTableOf(index, subnet("lost"))?.routes).toEqual([
      { destination: "0.0.0.0/0", target: "igw-b" },
    ]);
    expect(isSubnetPublic(index, subnet("lost"))).toBe(false);
    expect(codes(v2)).toEqual(["public-subnet-no-igw"]);
    expect(codes(V1)).toEqual(["public-subnet-no-igw"]);
  });

  it("never reuses an id", () => {
    const taken = { ...V1, instances: [{ id: "rtb-a", subnet: "priv", instanceType: "t3.micro" }] };
    const migrated = topology.parse(v1ToV2(topologyV1.parse(taken) as Record<string, unknown>));
    expect(migrated.routeTables.map((t) => t.id)).toEqual([
      "rtb-a-2",
      "rtb-b",
      "rtb-a-public",
      "rtb-b-public",
    ]);
  });

  it("turns every valid version-1 document into a valid version-2 document", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(v1Document(), (doc) => {
        const v1 = topologyV1.safeParse(doc);
        if (!v1.success) return;
        expect(topology.safeParse(v1ToV2(v1.data as Record<string, unknown>)).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

// 400 documents validated twice: allow for a busy machine.
describe("every version-1 document keeps exactly its diagnostic codes", { timeout: 120_000 }, () => {
  const samples = v1Samples();

  it("reads the recorded samples (same generator, same seed)", () => {
    expect(samples.map(fingerprint)).toEqual(recorded.samples.map((s) => s.fingerprint));
  });

  /**
   * The codes as compared: the same codes the same number of times, with two documented limits.
   * A route table the migration makes for public subnets of a VPC that doesn't exist names that
   * missing VPC again, so `unknown-reference` counts only as present or not. And when two subnets
   * share an id (a duplicate-id error), associations by id can't tell them apart: the public-subnet
   * codes of such a document aren't compared.
   */
  function comparable(list: readonly string[], duplicateSubnets: boolean): string[] {
    const kept = list.filter(
      (c) => !(duplicateSubnets && (c === "public-subnet-no-igw" || c === "public-ip-private-subnet")),
    );
    const rest = kept.filter((c) => c !== "unknown-reference");
    return sorted(kept.length > rest.length ? [...rest, "unknown-reference"] : rest);
  }

  it("gets the codes the format-1 validator gave it, after migration", () => {
    const mismatches: string[] = [];
    let compared = 0;
    samples.forEach((doc, i) => {
      const ids = ((doc.subnets ?? []) as { id: string }[]).map((x) => x.id);
      const duplicateSubnets = new Set(ids).size !== ids.length;
      // Codes added after format 1 (new rules on facts version 1 already had) don't count here.
      const actual = comparable(
        codes(doc).filter((c) => V1_CODES.has(c)),
        duplicateSubnets,
      );
      const expected = comparable(recorded.samples[i]?.codes ?? [], duplicateSubnets);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        mismatches.push(`#${i}: ${expected.join(",")} -> ${actual.join(",")}`);
      }
      if (!duplicateSubnets) compared++;
    });
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(350);
  });

  it("keeps the public-subnet codes exactly, one for one", () => {
    // The two codes the migration itself is responsible for, counted exactly.
    const count = (list: readonly string[], code: string) => list.filter((c) => c === code).length;
    samples.forEach((doc, i) => {
      const ids = ((doc.subnets ?? []) as { id: string }[]).map((x) => x.id);
      if (new Set(ids).size !== ids.length) return;
      const before = recorded.samples[i]?.codes ?? [];
      const after = codes(doc);
      for (const code of ["public-subnet-no-igw", "public-ip-private-subnet", "schema"]) {
        expect([i, code, count(after, code)]).toEqual([i, code, count(before, code)]);
      }
    });
  });

  it("knows every format-1 code", () => {
    expect(
      [...V1_CODES].every(
        (c) =>
          (ERROR_CODES as readonly string[]).includes(c) || (WARNING_CODES as readonly string[]).includes(c),
      ),
    ).toBe(true);
    expect(V1_CODES.size).toBe(23);
  });
});

describe("version-1 example files", () => {
  const dir = join(import.meta.dirname, "testing/v1-examples");
  const expected = JSON.parse(readFileSync(join(dir, "invalid/expected.json"), "utf8")) as Record<
    string,
    string[]
  >;
  const read = (path: string) => {
    const data = parseData(readFileSync(path, "utf8"));
    if (!data.ok) throw new Error(path);
    return data.data;
  };

  it("are read and valid after migration", () => {
    for (const file of readdirSync(dir).filter((f) => /\.(json|yaml)$/.test(f))) {
      expect([file, codes(read(join(dir, file)))]).toEqual([file, []]);
    }
  });

  it("keep the codes they were written for", () => {
    for (const [file, want] of Object.entries(expected)) {
      const got = new Set(codes(read(join(dir, "invalid", file))).filter((c) => V1_CODES.has(c)));
      expect([file, sorted([...got])]).toEqual([file, sorted(want)]);
    }
  });
});

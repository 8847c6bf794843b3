import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import { COLLECTIONS } from "./document-basics.ts";
import { generateTopology } from "./examples/generate.ts";
import { topology } from "./schema.ts";
import { searchResources } from "./search.ts";

const doc = topology.parse(seed);

describe("searchResources", () => {
  it("finds by name, id and tag value", () => {
    expect(searchResources(doc, "web-1")[0]).toMatchObject({ id: "i-web-1", field: "name", rank: 0 });
    expect(searchResources(doc, "igw-main").map((h) => h.id)).toContain("igw-main");
    expect(searchResources(doc, "django")).toEqual([
      expect.objectContaining({ id: "i-web-1", kind: "instance", field: "tag" }),
    ]);
  });

  it("is case-insensitive and ranks exact before prefix before substring", () => {
    const hits = searchResources(doc, "WEB");
    expect(hits.length).toBeGreaterThan(1);
    const ranks = hits.map((h) => h.rank);
    expect([...ranks].sort()).toEqual(ranks);
    expect(hits[0]?.rank).toBe(0); // security group "web"
  });

  it("labels a resource with an empty name by its id, as the diagram does", () => {
    const unnamed = topology.parse({ ...seed, vpcs: seed.vpcs.map((v) => ({ ...v, name: "" })) });
    expect(searchResources(unnamed, "vpc-main")[0]).toMatchObject({ id: "vpc-main", label: "vpc-main" });
  });

  it("returns nothing for blank or unmatched queries", () => {
    expect(searchResources(doc, "   ")).toEqual([]);
    expect(searchResources(doc, "no-such-thing")).toEqual([]);
  });

  it("gives the first `limit` of every hit sorted by rank, then label, then document order", () => {
    const big = generateTopology(300, 7);
    // The oracle, the slow way: each resource's best field (name, id, then tags on a tie), then one
    // stable sort of every hit.
    const every = (raw: string) => {
      const q = raw.toLowerCase();
      const rank = (v: string): number =>
        v.toLowerCase() === q ? 0 : v.toLowerCase().startsWith(q) ? 1 : v.toLowerCase().includes(q) ? 2 : 9;
      const hits = COLLECTIONS.flatMap((c) =>
        (big[c] as { id: string; name?: string; tags?: Record<string, string> }[]).flatMap((item) => {
          const fields = [
            ["name", item.name ?? ""],
            ["id", item.id],
            ...Object.values(item.tags ?? {}).map((v) => ["tag", v]),
          ];
          const ranks = fields.map(([, v]) => rank(v as string));
          const best = Math.min(...ranks);
          return best === 9
            ? []
            : [
                {
                  id: item.id,
                  field: fields[ranks.indexOf(best)]?.[0],
                  rank: best,
                  label: item.name || item.id,
                },
              ];
        }),
      );
      return hits.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
    };
    for (const q of ["app", "APP-1", "i-0", "1", "-2", "a"]) {
      const all = every(q);
      expect(all.length).toBeGreaterThan(8);
      expect(searchResources(big, q, 8)).toEqual(all.slice(0, 8).map((h) => expect.objectContaining(h)));
    }
  });
});

import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
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
});

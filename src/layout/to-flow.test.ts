import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import type { Diagnostic } from "../model/diagnostics.ts";
import { generateTopology } from "../model/examples/generate.ts";
import { topology } from "../model/schema.ts";
import { outsideVpcTopology } from "../model/testing/fixtures.ts";
import { layoutTopology } from "./layout.ts";
import { createFlowCache, toFlow } from "./to-flow.ts";

const seedDoc = () => topology.parse(seed);

describe("toFlow", () => {
  it("lists parents before children, with positions relative to the parent", async () => {
    const doc = generateTopology(60, 3);
    const layout = await layoutTopology(doc);
    const { nodes } = toFlow(layout, doc);
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const abs = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const [i, n] of nodes.entries()) {
      if (n.parentId === undefined) continue;
      expect(index.get(n.parentId)).toBeLessThan(i);
      // Kept inside its parent, except an internet gateway on its VPC's border (half outside).
      expect(n.extent).toBe(n.type === "internetGateway" ? undefined : "parent");
      if (n.type === "internetGateway") expect(n.position.y).toBeCloseTo(-(n.height ?? 0) / 2);
      const parent = abs.get(n.parentId);
      const self = abs.get(n.id);
      expect(parent && self && parent.absX + n.position.x).toBeCloseTo(self?.absX ?? Number.NaN);
      expect(parent && self && parent.absY + n.position.y).toBeCloseTo(self?.absY ?? Number.NaN);
    }
  });

  it("places each box with left/top exactly where React Flow's transform would put it", async () => {
    const doc = generateTopology(60, 3);
    const layout = await layoutTopology(doc);
    const { nodes } = toFlow(layout, doc);
    // React Flow's absolute position: the parents' positions added up (no node origin is set).
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const absolute = (id: string | undefined): { x: number; y: number } => {
      const n = id === undefined ? undefined : byId.get(id);
      if (!n) return { x: 0, y: 0 };
      const p = absolute(n.parentId);
      return { x: p.x + n.position.x, y: p.y + n.position.y };
    };
    for (const n of nodes) {
      const at = absolute(n.id);
      expect(n.style?.transform).toBe("none");
      expect(n.style?.left).toBeCloseTo(at.x);
      expect(n.style?.top).toBeCloseTo(at.y);
    }
  });

  it("names every node as the names promise: kind words in English, then the name or id", async () => {
    const doc = seedDoc();
    const { nodes } = toFlow(await layoutTopology(doc), doc);
    const names = nodes.map((n) => n.data.accessibleName).sort();
    expect(names).toEqual(
      [
        "Availability Zone ap-northeast-2a",
        "EBS volume web-1-root",
        "EC2 instance web-1",
        "Internet",
        "Internet gateway igw-main",
        "Public subnet public-a",
        "Region Seoul",
        "VPC main-vpc",
      ].sort(),
    );
    // The wrapper is neither a button nor named: the node component's own element is.
    for (const n of nodes) expect(n.ariaRole === undefined && n.ariaLabel === undefined).toBe(true);
    const instance = nodes.find((n) => n.id === "i-web-1");
    expect(instance?.data.face.chips?.filter((c) => c.kind === "sg")).toEqual([
      {
        kind: "sg",
        text: { en: "web", ko: "web" },
        resourceId: "sg-web",
        accessibleName: "Security group web",
        hint: { en: "Security group web (sg-web)", ko: "보안 그룹 web (sg-web)" },
      },
    ]);
  });

  it("names and draws a subnet whose routes are outside the document as just a subnet", async () => {
    const doc = outsideVpcTopology();
    doc.subnets.push({ id: "subnet-ext", external: true });
    const { nodes } = toFlow(await layoutTopology(doc), doc);
    const subnet = (id: string) => nodes.find((n) => n.id === id)?.data;
    expect(subnet("subnet-priv")?.accessibleName).toBe("Subnet subnet-priv");
    expect(subnet("subnet-priv")?.face.variant).toBe("subnet");
    expect(subnet("subnet-priv")?.face.kind).toEqual({ en: "Subnet", ko: "서브넷" });
    expect(subnet("subnet-ext")?.accessibleName).toBe("Subnet subnet-ext");
    // Its own table in the document says public.
    expect(subnet("subnet-pub")?.accessibleName).toBe("Public subnet subnet-pub");
    expect(subnet("subnet-pub")?.face.variant).toBe("public");
  });

  it("falls back to the id when a resource has no name", async () => {
    const doc = seedDoc();
    delete doc.instances[0]?.name;
    const { nodes } = toFlow(await layoutTopology(doc), doc);
    expect(nodes.find((n) => n.id === "i-web-1")?.data.accessibleName).toBe("EC2 instance i-web-1");
  });

  it("counts diagnostics on the node they concern and marks selection and highlights", async () => {
    const doc = seedDoc();
    const diag = (severity: "error" | "warning", resource?: string): Diagnostic => ({
      code: severity === "error" ? "subnet-overlap" : "instance-type-unknown",
      severity,
      path: "$",
      message: "m",
      ...(resource ? { resource } : {}),
    });
    const { nodes } = toFlow(await layoutTopology(doc), doc, {
      diagnostics: [
        diag("error", "i-web-1"),
        diag("warning", "i-web-1"),
        diag("error", "vpc-main"),
        diag("error"),
      ],
      selectedId: "vpc-main",
      highlightedIds: ["i-web-1"],
    });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get("i-web-1")?.data.diagnostics).toEqual({ errors: 1, warnings: 1 });
    expect(byId.get("vpc-main")?.data.diagnostics).toEqual({ errors: 1, warnings: 0 });
    expect(byId.get("subnet-public-a")?.data.diagnostics).toBeUndefined();
    expect(byId.get("vpc-main")?.selected).toBe(true);
    expect(byId.get("i-web-1")?.selected).toBe(false);
    expect(byId.get("i-web-1")?.data.highlighted).toBe(true);
    expect(byId.get("vpc-main")?.data.highlighted).toBe(false);
    // The subnet's zoomed-out miniature keeps the instance's problem visible.
    const mini = byId.get("subnet-public-a")?.data.miniature ?? [];
    expect(mini.map((m) => [m.kind, m.severity])).toEqual([
      ["instance", "error"],
      ["volume", undefined],
    ]);
  });

  it("turns routes into edges that carry their points", async () => {
    const doc = seedDoc();
    const layout = await layoutTopology(doc);
    const { edges } = toFlow(layout, doc);
    expect(edges).toHaveLength(layout.edges.length);
    for (const e of edges) {
      expect(e.type).toBe("routed");
      expect(e.data?.points.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("builds instance and volume nodes only where they overlap the detail area, with their edges", async () => {
    const doc = generateTopology(200, 2);
    const layout = await layoutTopology(doc);
    const area = { x: 0, y: 0, width: layout.width / 2, height: layout.height / 3 };
    const all = toFlow(layout, doc);
    const some = toFlow(layout, doc, { detailArea: area });
    const abs = new Map(layout.nodes.map((n) => [n.id, n]));
    const inArea = (id: string) => {
      const n = abs.get(id);
      return (
        n !== undefined &&
        n.absX < area.x + area.width &&
        n.absX + n.width > area.x &&
        n.absY < area.y + area.height &&
        n.absY + n.height > area.y
      );
    };
    const detail = (id: string) => ["instance", "volume"].includes(abs.get(id)?.kind ?? "");
    const want = all.nodes.filter((n) => !detail(n.id) || inArea(n.id)).map((n) => n.id);
    expect(some.nodes.map((n) => n.id)).toEqual(want);
    expect(want.length).toBeLessThan(all.nodes.length);
    expect(some.nodes.some((n) => detail(n.id))).toBe(true);
    const shown = new Set(want);
    expect(some.edges).toEqual(all.edges.filter((e) => shown.has(e.source) && shown.has(e.target)));
    // The overview builds no instance or volume at all, and no edge to one.
    const overview = toFlow(layout, doc, { details: false });
    expect(overview.nodes.some((n) => detail(n.id))).toBe(false);
    expect(overview.edges.some((e) => detail(e.source) || detail(e.target))).toBe(false);
  });

  it("draws the overview again without going through the instances and volumes (a drop target lighting up at 50,000 instances)", async () => {
    const doc = generateTopology(200, 2);
    const layout = await layoutTopology(doc);
    const cache = createFlowCache();
    const subnet = doc.subnets[0]?.id as string;
    const first = toFlow(layout, doc, { details: false, cache });
    // Every read of an instance or volume box from now on is counted.
    let reads = 0;
    for (const n of layout.nodes) {
      if (n.kind !== "instance" && n.kind !== "volume") continue;
      const kind = n.kind;
      Object.defineProperty(n, "kind", {
        get: () => {
          reads++;
          return kind;
        },
      });
    }
    const lit = toFlow(layout, doc, { details: false, cache, highlightedIds: [subnet] });
    expect(reads).toBe(0);
    expect(lit.nodes.map((n) => n.id)).toEqual(first.nodes.map((n) => n.id));
    expect(lit.nodes.find((n) => n.id === subnet)?.data.highlighted).toBe(true);
    expect(lit.edges).toBe(first.edges);
  });
});

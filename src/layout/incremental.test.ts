import fc from "fast-check";
import { describe, expect, it } from "vitest";
import nat from "../../examples/nat-gateway.json";
import { addVolume } from "../model/commands/add-compute.ts";
import { updateResource } from "../model/commands/update.ts";
import { generateTopology } from "../model/examples/generate.ts";
import { ROOT_NODE_ID } from "../model/node-ids.ts";
import { checkRulesIncremental, createRuleCache } from "../model/rules/incremental.ts";
import { topology } from "../model/schema.ts";
import { applyEdit, editArbitrary } from "../model/testing/edits.ts";
import "./graph-edit.ts"; // incremental graphs on, as in the app once it edits
import { createLayoutCache, layoutTopologySync } from "./layout.ts";
import { decodeLayout, encodeLayout, joinLayout, PART_ITEMS, splitLayout } from "./layout-codec.ts";
import { routedLayout, routeEdges } from "./routes.ts";
import { topologyArbitrary } from "./testing/arbitrary.ts";
import { createFlowCache, toFlow } from "./to-flow.ts";
import { isContainerKind, type LayoutResult } from "./types.ts";

/** A 300-instance topology laid out with a cache, and the same with one instance more in its last subnet. */
function laidOutThenGrown() {
  const cache = createLayoutCache();
  const doc = generateTopology(300, 3);
  layoutTopologySync(doc, {}, cache);
  const subtrees = [...cache.place.subtrees.values()];
  const subnet = doc.subnets[doc.subnets.length - 1]?.id ?? "";
  const grown = {
    ...doc,
    instances: [...doc.instances, { id: "i-new", subnet, instanceType: "t3.micro" }],
  };
  return { cache, subnet, grown, subtrees };
}

describe("incremental layout", () => {
  it("gives exactly the full layout after every edit, and the worker's answers decode to it, from maps of its boxes as mapping it whole", () => {
    fc.assert(
      fc.property(
        topologyArbitrary(),
        fc.array(editArbitrary, { minLength: 1, maxLength: 8 }),
        (start, edits) => {
          const cache = createLayoutCache();
          let doc = start;
          let collapsed: readonly string[] = [];
          let sentBefore: LayoutResult | undefined;
          let decoded: LayoutResult | undefined;
          const containers = layoutTopologySync(doc)
            .nodes.filter((n) => isContainerKind(n.kind))
            .map((n) => n.id);
          for (const edit of [null, ...edits]) {
            if (edit) ({ doc, collapsed } = applyEdit(doc, collapsed, edit, containers));
            const full = layoutTopologySync(doc, { collapsed });
            const incremental = layoutTopologySync(doc, { collapsed }, cache);
            expect(incremental).toEqual(full);
            // What the next layout reads of this one, made from the last one's (boxMapsAfter): as
            // mapping it whole.
            const kept = cache.routed?.of === incremental ? cache.routed.layout : undefined;
            if (kept) {
              const whole = routedLayout(incremental);
              expect(new Map(kept.nodes)).toEqual(whole.nodes);
              expect(new Map([...kept.children].filter(([, kids]) => kids.length > 0))).toEqual(
                whole.children,
              );
            }
            // Sent in parts of a few boxes and routes (a big answer's are PART_ITEMS), as the worker does.
            const { parts, last } = splitLayout(
              encodeLayout(sentBefore, incremental),
              1 + (edits.length % 5),
            );
            decoded = decodeLayout(decoded, joinLayout(structuredClone(parts), structuredClone(last)));
            sentBefore = incremental;
            expect(decoded).toEqual(full);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("sends a 3,000-instance first layout in parts of at most PART_ITEMS boxes and routes (#15 B9)", () => {
    const layout = layoutTopologySync(generateTopology(3000, 2));
    const sent = encodeLayout(undefined, layout);
    const { parts, last } = splitLayout(sent);
    expect(parts.length).toBe(Math.ceil((layout.nodes.length + layout.edges.length) / PART_ITEMS) - 1);
    for (const part of [...parts, last])
      expect(part.nodes.length + part.edges.length).toBeLessThanOrEqual(PART_ITEMS);
    expect(decodeLayout(undefined, joinLayout(parts, last))).toEqual(layout);
    // A small answer goes whole.
    expect(splitLayout(sent, 1e9)).toEqual({ parts: [], last: sent });
  });

  it("keeps the boxes an added instance doesn't move as the same objects, and sends only the rest", () => {
    const cache = createLayoutCache();
    const doc = generateTopology(300, 3);
    const before = layoutTopologySync(doc, {}, cache);
    const subnet = doc.subnets[doc.subnets.length - 1]?.id ?? "";
    const grown = {
      ...doc,
      instances: [...doc.instances, { id: "i-new", subnet, instanceType: "t3.micro" }],
    };
    const after = layoutTopologySync(grown, {}, cache);
    const kept = after.nodes.filter((n) => before.nodes.includes(n)).length;
    expect(kept).toBeGreaterThan(after.nodes.length / 2);
    const sent = encodeLayout(before, after).nodes.filter((n) => typeof n !== "number").length;
    expect(sent).toBe(after.nodes.length - kept);
    // Nothing changed: the previous result itself comes back.
    expect(layoutTopologySync(grown, {}, cache)).toBe(after);
  });

  it("keeps the lines an added instance doesn't reach (gateways', NAT gateways') as the previous routes", () => {
    const { cache, grown } = laidOutThenGrown();
    const after = layoutTopologySync(grown, {}, cache);
    expect(after).toEqual(layoutTopologySync(grown));
    const lines = after.edges.filter((e) => e.kind !== "attach");
    expect(lines.length).toBeGreaterThan(10);
    // Drawn anew: the new instance's line to its volume, and a line or two in its subnet's VPC.
    expect(cache.routesDrawn).toBeLessThan(lines.length / 4);
  });

  it("walks only the containers an added instance is in: the others' placed subtrees are replayed", () => {
    const { cache, subnet, grown, subtrees } = laidOutThenGrown();
    const before = new Set(subtrees);
    const after = layoutTopologySync(grown, {}, cache);
    expect(after).toEqual(layoutTopologySync(grown));
    const placed = [...cache.place.subtrees.values()].filter((e) => !before.has(e));
    // Per wanted shape tried: the subnet, its zone, VPC, Region and the top level, nothing else.
    const ids = new Set(placed.map((e) => e.node.id));
    const chain = new Set<string>([ROOT_NODE_ID]);
    for (
      let id: string | undefined = subnet;
      id !== undefined;
      id = after.nodes.find((n) => n.id === id)?.parent
    )
      chain.add(id);
    expect([...ids].filter((id) => !chain.has(id))).toEqual([]);
    expect(placed.length).toBeLessThan(cache.place.subtrees.size / 2);
  });

  it("gives the previous layout itself after an edit that changes no box (rename, retype), without placing", () => {
    const cache = createLayoutCache();
    const doc = generateTopology(300, 3);
    const before = layoutTopologySync(doc, {}, cache);
    const id = doc.instances[7]?.id ?? "";
    let edited = doc;
    for (const patch of [{ name: "renamed" }, { instanceType: "m7g.large" }, { tags: { Team: "a" } }]) {
      const result = updateResource(edited, "instance", id, patch);
      if (!result.ok) throw new Error(JSON.stringify(result.reason));
      edited = result.doc;
      // The placing cache is not even asked: a layout that placed anything would have filled it.
      cache.place.entries.clear();
      expect(layoutTopologySync(edited, {}, cache)).toBe(before);
      expect(cache.place.entries.size).toBe(0);
    }
    expect(layoutTopologySync(edited, {})).toEqual(before);
    // Another wanted shape is another layout.
    expect(layoutTopologySync(edited, { aspect: 0.5 }, cache)).not.toBe(before);
  });
});

describe("routes kept from an earlier layout", () => {
  it("keeps a route only while nothing it reads moved: after moving any one box, the same routes as routing afresh", () => {
    const natDoc = topology.parse(nat);
    const property = fc.property(
      fc.oneof(topologyArbitrary(), fc.constant(natDoc)),
      fc.nat(),
      fc.integer({ min: -400, max: 400 }),
      fc.integer({ min: -400, max: 400 }),
      (doc, pick, dx, dy) => {
        const before = layoutTopologySync(doc);
        if (before.nodes.length === 0) return;
        const i = pick % before.nodes.length;
        // One box somewhere else (its content stays): any route that reads it must be drawn again.
        const nodes = before.nodes.map((n, k) =>
          k === i ? { ...n, x: n.x + dx, y: n.y + dy, absX: n.absX + dx, absY: n.absY + dy } : n,
        );
        const edges = before.edges.map(({ points: _, ...e }) => e);
        const size = { width: before.width, height: before.height };
        expect(routeEdges(nodes, edges, size, routedLayout(before))).toEqual(routeEdges(nodes, edges, size));
      },
    );
    fc.assert(property, { numRuns: 120 });
    // Found by a full unit run (seed below): an internet gateway moved 3 px on its VPC's border while the VPC's box stayed the
    // same object; a line passing above that VPC was kept, drawn through the gateway.
    fc.assert(property, { seed: -362191224, numRuns: 12 });
  });
});

describe("incremental flow nodes", () => {
  it("gives exactly the full toFlow after every edit (diagnostics, highlights, overview, detail area)", () => {
    fc.assert(
      fc.property(
        topologyArbitrary(),
        fc.array(
          fc.tuple(
            editArbitrary,
            fc.boolean(),
            fc.nat(5),
            // Zoomed in: only part of the picture gets instance and volume nodes (fractions of it).
            fc.option(
              fc.tuple(...Array.from({ length: 4 }, () => fc.double({ min: 0, max: 1, noNaN: true }))),
            ),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        (start, steps) => {
          const layoutCache = createLayoutCache();
          const flowCache = createFlowCache();
          // As in the app: the same findings come back as the same list (so miniatures are kept).
          const ruleCache = createRuleCache();
          let doc = start;
          let collapsed: readonly string[] = [];
          const containers = layoutTopologySync(doc)
            .nodes.filter((n) => isContainerKind(n.kind))
            .map((n) => n.id);
          for (const [edit, details, pick, part] of steps) {
            ({ doc, collapsed } = applyEdit(doc, collapsed, edit, containers));
            const diagnostics = checkRulesIncremental(doc, "en", ruleCache);
            // Now and then a search result stands out
            // (a drop target, or a path through a route table, which its subnets' marks show).
            const highlightedIds =
              pick === 0
                ? doc.instances.slice(0, 2).map((i) => i.id)
                : pick === 1
                  ? [...doc.routeTables.slice(0, 1), ...doc.subnets.slice(1, 2)].map((r) => r.id)
                  : [];
            const layout = layoutTopologySync(doc, { collapsed }, layoutCache);
            const [fx, fy, fw, fh] = part ?? [];
            const detailArea =
              part === null
                ? undefined
                : {
                    x: (fx ?? 0) * layout.width,
                    y: (fy ?? 0) * layout.height,
                    width: (fw ?? 0) * layout.width,
                    height: (fh ?? 0) * layout.height,
                  };
            const options = {
              diagnostics,
              highlightedIds,
              details,
              draggableInstances: true,
              ...(detailArea ? { detailArea } : {}),
            };
            const full = toFlow(layoutTopologySync(doc, { collapsed }), doc, options);
            const incremental = toFlow(layout, doc, { ...options, cache: flowCache });
            expect(incremental).toEqual(full);
            // Zooming across the overview: same layout, same findings, other boxes.
            const zoomed = { ...options, details: !details };
            expect(toFlow(layout, doc, { ...zoomed, cache: flowCache })).toEqual(toFlow(layout, doc, zoomed));
            // Panning in detail: same layout, the detail area elsewhere (its nodes kept in place).
            const panned = {
              ...options,
              details: true,
              detailArea: {
                x: (fy ?? 0.5) * layout.width,
                y: (fx ?? 0.5) * layout.height,
                width: layout.width / 3,
                height: layout.height / 3,
              },
            };
            expect(toFlow(layout, doc, { ...panned, cache: flowCache })).toEqual(toFlow(layout, doc, panned));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("makes again only the nodes whose highlight changed, and every subnet's marks with a route table's", () => {
    const layoutCache = createLayoutCache();
    const flowCache = createFlowCache();
    const doc = generateTopology(120, 2);
    const layout = layoutTopologySync(doc, {}, layoutCache);
    const first = toFlow(layout, doc, { cache: flowCache });
    const instance = doc.instances[3]?.id ?? "";
    const lit = toFlow(layout, doc, { cache: flowCache, highlightedIds: [instance] });
    expect(lit).toEqual(toFlow(layout, doc, { highlightedIds: [instance] }));
    const changed = lit.nodes.filter((n) => !first.nodes.includes(n));
    // Every other box fades through the canvas's class: only the lit box is a new node, and only
    // its flag changes.
    expect(changed.map((n) => n.id)).toEqual([instance]);
    expect(changed[0]?.data.highlighted).toBe(true);
    // No edge changed: the very same list, so React Flow keeps its connection lookups.
    expect(lit.edges).toBe(first.edges);
    const unlit = toFlow(layout, doc, { cache: flowCache });
    expect(unlit.nodes.filter((n) => !lit.nodes.includes(n)).map((n) => n.id)).toEqual([instance]);
    const faceBefore = new Map(first.nodes.map((n) => [n.id, n.data.face]));
    expect(changed.filter((n) => n.data.face !== faceBefore.get(n.id)).map((n) => n.id)).toEqual([]);
    const table = doc.routeTables.find((t) => (t.subnets ?? []).length > 0);
    if (!table) throw new Error("no associated route table");
    const path = toFlow(layout, doc, { cache: flowCache, highlightedIds: [table.id] });
    expect(path).toEqual(toFlow(layout, doc, { highlightedIds: [table.id] }));
    const marked = path.nodes.filter((n) => n.data.marks?.some((m) => m.highlighted));
    expect(marked.map((n) => n.id).sort()).toEqual([...(table.subnets ?? [])].sort());
  });

  it("hands back the very same node objects for boxes an edit didn't touch", () => {
    const layoutCache = createLayoutCache();
    const flowCache = createFlowCache();
    const doc = generateTopology(300, 3);
    const first = toFlow(layoutTopologySync(doc, {}, layoutCache), doc, { cache: flowCache });
    const renamed = updateResource(doc, "instance", doc.instances[0]?.id ?? "", { name: "renamed" });
    if (!renamed.ok) throw new Error("rename refused");
    const second = toFlow(layoutTopologySync(renamed.doc, {}, layoutCache), renamed.doc, {
      cache: flowCache,
    });
    const changed = second.nodes.filter((n) => !first.nodes.includes(n));
    expect(changed.map((n) => n.id)).toEqual([doc.instances[0]?.id]);
    expect(second.edges).toBe(first.edges);
    // An edit that adds an edge gets a new list (the old one stays as it was).
    const firstEdges = [...first.edges];
    const added = addVolume(renamed.doc, { instanceId: doc.instances[1]?.id ?? "" });
    if (!added.ok) throw new Error("add refused");
    const third = toFlow(layoutTopologySync(added.doc, {}, layoutCache), added.doc, { cache: flowCache });
    expect(third.edges).not.toBe(first.edges);
    expect(third.edges.length).toBe(firstEdges.length + 1);
    expect(first.edges).toEqual(firstEdges);
  });
});

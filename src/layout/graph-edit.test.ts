import fc from "fast-check";
import { describe, expect, it } from "vitest";
import nat from "../../examples/nat-gateway.json";
import { addInstance } from "../model/commands/add-compute.ts";
import { deleteResource } from "../model/commands/delete.ts";
import { updateResource } from "../model/commands/update.ts";
import { generateTopology } from "../model/examples/generate.ts";
import { showcaseTopology } from "../model/examples/showcase.ts";
import { ROOT_NODE_ID } from "../model/node-ids.ts";
import { type Topology, topology } from "../model/schema.ts";
import { applyEdit, editArbitrary } from "../model/testing/edits.ts";
import { indexTopology } from "../model/topology-index.ts";
import { type DiagramGraph, toDiagramGraph } from "./elk-graph.ts";
import { diagramAfterEdit } from "./graph-edit.ts";
import { topologyArbitrary } from "./testing/arbitrary.ts";

/** Everything a graph says, metas with their keys in order (a box's fields follow them). */
const said = (d: DiagramGraph) => ({
  graph: d.graph,
  meta: [...d.meta.entries()].map(([id, m]) => [id, JSON.stringify(m)]).sort(),
  edges: d.edges,
});

const documents: fc.Arbitrary<Topology> = fc.oneof(
  topologyArbitrary(),
  fc.constantFrom(generateTopology(40, 1), generateTopology(90, 2), showcaseTopology(), topology.parse(nat)),
);

describe("graph of an edited document", () => {
  it("is the graph built whole, after every edit it is made for (and it is made for most)", () => {
    let made = 0;
    let edits = 0;
    fc.assert(
      fc.property(documents, fc.array(editArbitrary, { minLength: 1, maxLength: 8 }), (start, list) => {
        let doc = start;
        let diagram: DiagramGraph = toDiagramGraph(doc);
        for (const edit of list) {
          const next = applyEdit(doc, [], edit, []).doc;
          const full = toDiagramGraph(next);
          const after = diagramAfterEdit(doc, diagram, next, indexTopology(next));
          edits++;
          if (after) {
            made++;
            expect(said(after)).toEqual(said(full));
          }
          doc = next;
          diagram = after ?? full;
        }
      }),
      { numRuns: 150 },
    );
    expect(made).toBeGreaterThan(edits / 3);
  });

  it("keeps every box of the subnets an edit didn't touch, and the same graph for a rename", () => {
    const doc = generateTopology(300, 3);
    const diagram = toDiagramGraph(doc);
    const renamed = updateResource(doc, "instance", doc.instances[5]?.id ?? "", { name: "web" });
    if (!renamed.ok) throw new Error("refused");
    expect(diagramAfterEdit(doc, diagram, renamed.doc, indexTopology(renamed.doc))).toBe(diagram);

    const subnet = doc.subnets[4]?.id ?? "";
    const added = addInstance(doc, { subnetId: subnet });
    if (!added.ok) throw new Error("refused");
    const after = diagramAfterEdit(doc, diagram, added.doc, indexTopology(added.doc));
    expect(after && said(after)).toEqual(said(toDiagramGraph(added.doc)));
    const boxes = (d: DiagramGraph) => {
      const out = new Map<string, unknown>();
      const walk = (n: DiagramGraph["graph"]) => {
        out.set(n.id, n);
        for (const c of n.children ?? []) walk(c);
      };
      walk(d.graph);
      return out;
    };
    const old = boxes(diagram);
    const now = boxes(after as DiagramGraph);
    const chain = new Set<string>([ROOT_NODE_ID]);
    for (let id: string | undefined = subnet; id !== undefined; id = diagram.meta.get(id)?.parent)
      chain.add(id);
    for (const [id, box] of now) {
      if (chain.has(id) || !old.has(id)) continue;
      if (diagram.meta.get(id)?.parent === subnet) continue;
      expect(box, id).toBe(old.get(id));
    }
  });

  it("is left to the whole build when an edit changes more than instances and volumes", () => {
    const doc = generateTopology(60, 1);
    const diagram = toDiagramGraph(doc);
    const gone = deleteResource(doc, "subnet", doc.subnets[0]?.id ?? "");
    if (!gone.ok) throw new Error("refused");
    expect(diagramAfterEdit(doc, diagram, gone.doc, indexTopology(gone.doc))).toBeUndefined();
  });
});

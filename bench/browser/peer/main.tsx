// The in-run baseline of `npm run bench:browser`: plain React Flow with `?n=` flat default nodes on
// a grid and n/2 edges, minimap, controls, background and fitView; no layout engine, no nesting.
// Built only by the bench (never part of the app).
import "@xyflow/react/dist/style.css";
import { Background, Controls, type Edge, MiniMap, type Node, ReactFlow } from "@xyflow/react";
import { createRoot } from "react-dom/client";

const n = Math.max(1, Number(new URLSearchParams(window.location.search).get("n") ?? 100));
const cols = Math.ceil(Math.sqrt(n * 1.6));
const nodes: Node[] = Array.from({ length: n }, (_, i) => ({
  id: `n${i}`,
  position: { x: (i % cols) * 220, y: Math.floor(i / cols) * 110 },
  data: { label: `Node ${i}` },
  width: 180,
  height: 60,
  draggable: false,
}));
const edges: Edge[] = Array.from({ length: Math.floor(n / 2) }, (_, i) => ({
  id: `e${i}`,
  source: `n${2 * i}`,
  target: `n${2 * i + 1}`,
}));

function Peer() {
  return (
    <ReactFlow
      defaultNodes={nodes}
      defaultEdges={edges}
      onlyRenderVisibleElements
      fitView
      minZoom={0.02}
      nodesConnectable={false}
    >
      <Background />
      <MiniMap pannable zoomable />
      <Controls />
    </ReactFlow>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Peer />);

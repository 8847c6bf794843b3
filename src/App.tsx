import { useMemo, useState } from "react";
import seed from "../examples/seed-article.json";
import { DiagramCanvas } from "./diagram/DiagramCanvas.tsx";
import { generateTopology } from "./layout/testing/generate.ts";
import { type Topology, topology } from "./model/schema.ts";

/**
 * Which document to open: the seed article's example, or a generated one with
 * `?example=large-<count>` (e.g. `?example=large-1000`) to try big diagrams.
 */
function initialDocument(): Topology {
  const example = new URLSearchParams(window.location.search).get("example") ?? "";
  const large = /^large-(\d{1,5})$/.exec(example);
  if (large) return generateTopology(Number(large[1]), 1);
  return topology.parse(seed);
}

export function App() {
  const doc = useMemo(initialDocument, []);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <main className="app">
      <header className="app__bar">
        <h1>ec2viz</h1>
        <p>{doc.name}</p>
      </header>
      <div className="app__canvas">
        <DiagramCanvas doc={doc} selectedId={selectedId} onSelectNode={setSelectedId} />
      </div>
    </main>
  );
}

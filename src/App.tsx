import { useMemo, useState } from "react";
import seed from "../examples/seed-article.json";
import { DiagramCanvas } from "./diagram/DiagramCanvas.tsx";
import { generateTopology } from "./layout/testing/generate.ts";
import { showcaseTopology } from "./layout/testing/showcase.ts";
import { type Topology, topology } from "./model/schema.ts";

/**
 * Which document to open: the seed article's example by default; `?example=showcase` for a
 * hand-made one with every drawing rule; `?example=large-<count>` (e.g. `large-1000`) for a
 * generated one to try big diagrams.
 */
function initialDocument(): Topology {
  const example = new URLSearchParams(window.location.search).get("example") ?? "";
  if (example === "showcase") return showcaseTopology();
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

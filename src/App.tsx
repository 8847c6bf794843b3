import { exampleDocument } from "./app/examples.ts";
import { Workbench } from "./app/Workbench.tsx";
import { topologyStore } from "./state/use-topology-store.ts";
import "./app/workbench.css";

/** `?example=<name>` opens a built-in example in place of the autosaved work (as an undoable step). */
function openExampleFromUrl(): void {
  const name = new URLSearchParams(window.location.search).get("example");
  const doc = name ? exampleDocument(name) : undefined;
  if (doc) topologyStore.getState().replaceDocument(doc, `Open example ${name}`);
}

// Once per page load, before the first render (not in an effect, which StrictMode runs twice).
openExampleFromUrl();

export function App() {
  return <Workbench />;
}

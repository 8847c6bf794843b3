import { type ReactNode, useEffect, useState } from "react";
import { loadDeferred } from "./app/deferred-modules.ts";
import { exampleDocument } from "./app/examples.ts";
import { isLivePage } from "./app/live/live-context.ts";
import { addressAfterStart, startDocument } from "./app/start-document.ts";
import { startLanguage } from "./app/use-language.ts";
import { Workbench } from "./app/Workbench.tsx";
import { prepareLayout } from "./diagram/useLayout.ts";
import { loadFirstWords, loadLanguage, withLaterWords } from "./i18n/load-language.ts";
import { languageLoaded, textOf } from "./i18n/strings.ts";
import { emptyTopology } from "./model/document-basics.ts";
import { topologyStore } from "./state/use-topology-store.ts";
import "./app/workbench.css";

/**
 * A built-in example opens once, as an undoable step. When it replaced other work, the app says Undo
 * brings it back. Generated examples load their generator first, so nothing is drawn until the
 * example is in.
 */
async function openExample(name: string): Promise<{ name: string; replacedWork: boolean } | null> {
  const doc = await exampleDocument(name);
  if (!doc) return null;
  const current = topologyStore.getState().doc;
  // Counts first: stringifying two big documents would stall the page before the first picture.
  const sameCounts =
    current.instances.length === doc.instances.length && current.subnets.length === doc.subnets.length;
  const before = JSON.stringify(current);
  if (sameCounts && before === JSON.stringify(doc)) return { name, replacedWork: false };
  topologyStore.getState().replaceDocument(doc, textOf("history.openExample", { name }));
  // The first visit's seed (or an empty canvas) is not work to get back.
  const untouched =
    before === JSON.stringify(await exampleDocument("seed")) || before === JSON.stringify(emptyTopology());
  return { name, replacedWork: !untouched };
}

/**
 * A page served by `ec2viz serve`: the served file is drawn before the first render, then followed
 * (src/app/live). Loaded only there, so the app everywhere else doesn't carry it.
 */
const loadLive = withLaterWords(() =>
  Promise.all([import("./app/live/live-session.ts"), import("./app/live/LiveFrame.tsx")]),
);

async function openLiveFile(): Promise<ReactNode> {
  // The frame's notices are later words, fetched in the language the page starts in (once it is known).
  await languageReady;
  const [{ startLiveSession }, { LiveFrame }] = await loadLive();
  // The language whose strings are loaded: a Korean page has no English ones until after its first
  // picture, and the frame's first render is before the workbench marks <html lang>.
  const lang = languageLoaded(startLang) ? startLang : "en";
  const session = await startLiveSession(lang);
  return <LiveFrame session={session} startLang={lang} />;
}

/**
 * The workbench once what lays the store's document out is here (issue #14): its first render then
 * draws the diagram, instead of drawing an empty canvas, painting it, and only then asking for the
 * layout engine.
 */
function workbenchReady(frame: ReactNode): Promise<ReactNode> {
  return prepareLayout(topologyStore.getState().doc).then(() => frame);
}

/** The start document's frame: the one place that acts on startDocument()'s decision. */
function openStart(): Promise<ReactNode> {
  const start = startDocument(window.location, isLivePage());
  const address = addressAfterStart(window.location, start);
  if (address !== null) window.history.replaceState(window.history.state, "", address);
  switch (start.from) {
    case "liveFile":
      return openLiveFile();
    case "example":
      return openExample(start.name).then((opened) => workbenchReady(<Workbench openedExample={opened} />));
    case "shareLink":
      // The link's document is read later; the saved one is drawn meanwhile.
      void prepareLayout(topologyStore.getState().doc);
      return Promise.resolve(<Workbench sharedFragment={start.fragment} />);
    case "unknownExample":
      return workbenchReady(<Workbench unknownExample={start.name} />);
    case "saved":
      return workbenchReady(<Workbench />);
  }
}

/**
 * The start language's first-picture words (issue #14, initial JS): a chunk of their own per
 * language, fetched beside the start document; the later words come with the code that shows them
 * (load-language.ts). A failed Korean fetch starts the UI in English. A Korean page fetches English
 * once the code a first click needs is here (what English is read for then: messages' English
 * halves): fetched beside that code, it held up a first click on a box by ~80 ms (median, 12 paired
 * loads; bench/browser/first-use.ts). The English names of accessible names are always here.
 */
const startLang = startLanguage();
const languageReady: Promise<void> = loadFirstWords(startLang)
  .catch(() => loadFirstWords("en"))
  .catch(() => {});
if (startLang !== "en")
  void loadDeferred()
    .catch(() => {})
    .then(() => loadLanguage("en"))
    .catch(() => {});

// Once per page load, before the first render (not in an effect, which StrictMode runs twice).
const opening: Promise<ReactNode> = Promise.all([openStart(), languageReady]).then(([frame]) => frame);

export function App() {
  // undefined while an example or the served file is still being read.
  const [frame, setFrame] = useState<ReactNode | undefined>(undefined);
  useEffect(() => {
    void opening.then(setFrame, () => setFrame(<Workbench />));
  }, []);
  return frame === undefined ? null : frame;
}

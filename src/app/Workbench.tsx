// The app's frame: toolbar, palette, canvas, details/properties sidebar and diagnostics. It wires
// the store to the components; the logic it calls lives in pure modules.
import {
  type DragEvent,
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { DiagramCanvas, type LayoutInfo, type NodeAt } from "../diagram/DiagramCanvas.tsx";
import { ExportButtonPlaceholder } from "../diagram/export/ExportButtonPlaceholder.tsx";
import { loadAfterFirstPicture } from "../diagram/first-picture.ts";
import { NODE_BUTTON_CLASS } from "../diagram/nodes/parts.tsx";
import { Palette } from "../diagram/palette/Palette.tsx";
import { isPaletteDrag, readPaletteKind } from "../diagram/palette/palette-kinds.ts";
import type { QuestionState } from "../explain/describe-reachability.ts";
import { publicName } from "../i18n/accessible-names.ts";
import { withLaterWords } from "../i18n/load-language.ts";
import { t, textOf } from "../i18n/strings.ts";
import type { Lang, LocalText } from "../i18n/text.ts";
import type { ExportInput } from "../io/export-input.ts";
import { CONTAINER_KINDS } from "../layout/types.ts";
import type { CommandResult } from "../model/commands/types.ts";
import { drawsNothing } from "../model/document-basics.ts";
import { KIND_LABELS, labelText, type PaletteKind } from "../model/kind-labels.ts";
import { deletableOf, diagramIdOf, dropTargetOf } from "../model/node-targets.ts";
import type { Topology } from "../model/schema.ts";
import { sharedIndex } from "../model/topology-index.ts";
import { historyShortcut, isTextField } from "../state/shortcuts.ts";
import { topologyStore, useTopologyStore } from "../state/use-topology-store.ts";
import {
  loadAutosaveBanner,
  loadDeferred,
  loadSummary,
  useDeferredModules,
  withEditCommands,
} from "./deferred-modules.ts";
import { rememberRuleRecords, useDiagnostics } from "./diagnose.ts";
import { EXAMPLE_NAMES_SHOWN } from "./examples.ts";
import { firstRegionFor } from "./language.ts";
import { isLivePage } from "./live/live-context.ts";
import { type Notice, NoticeArea } from "./NoticeArea.tsx";
import { refusedForErrors } from "./open-anyway.ts";
import { SearchBox } from "./SearchBox.tsx";
import { arrivedShareLink } from "./start-document.ts";
import { Toolbar } from "./Toolbar.tsx";
import { type FileActions, useFileActions } from "./use-file-actions.ts";
import { useLanguage } from "./use-language.ts";
import { useModule } from "./use-module.ts";

type SideTab = "details" | "properties";

// The Export menu and the diagnostics list load after the first picture; the menu with the other
// deferred modules (deferred-modules.ts), the list when first opened.
const ExportMenu = lazy(() => loadDeferred().then((m) => ({ default: m.exportMenu.ExportMenu })));
/** A share link's refusal, worded (later words, issue #14). */
const loadShareLinkText = withLaterWords(() => import("../io/share-link.ts"));
const loadFirstRegionQuestion = withLaterWords(() => import("./FirstRegionQuestion.tsx"));
const DiagnosticsList = lazy(
  loadAfterFirstPicture(() => import("./DiagnosticsList.tsx").then((m) => ({ default: m.DiagnosticsList }))),
);

/** The box's own button for a diagram id (what keyboard focus goes back to). */
function nodeButtonOf(diagramId: string): HTMLElement | null {
  for (const el of document.querySelectorAll<HTMLElement>(".react-flow__node"))
    if (el.dataset.id === diagramId) return el.querySelector<HTMLElement>(`:scope > .${NODE_BUTTON_CLASS}`);
  return null;
}

/**
 * Gives keyboard focus to a box's button once it is drawn: a box the view pans to (only what is in
 * view is drawn) or one a layout is still placing appears a few frames later. Gives up after about
 * a second (a box folded away or drawn as a miniature has no button).
 */
function focusNodeWhenDrawn(diagramId: string, framesLeft = 60): void {
  requestAnimationFrame(() => {
    const button = nodeButtonOf(diagramId);
    if (button) button.focus({ preventScroll: true });
    else if (framesLeft > 0) focusNodeWhenDrawn(diagramId, framesLeft - 1);
  });
}

interface WorkbenchProps {
  /** A `?example=` opened at start over other work: the notice says Undo brings that work back. */
  openedExample?: { name: string; replacedWork: boolean } | null;
  /** A `?example=` name that is no example: said at start, over the saved work it leaves as it was. */
  unknownExample?: string;
  /** A share link's fragment (`#t=…`) to open at start (src/app/start-document.ts chose it). */
  sharedFragment?: string;
}

export function Workbench({ openedExample = null, unknownExample, sharedFragment }: WorkbenchProps = {}) {
  const [lang, setLang] = useLanguage();
  const doc = useTopologyStore((s) => s.doc);
  const selectedId = useTopologyStore((s) => s.selectedId);
  const canUndo = useTopologyStore((s) => s.canUndo);
  const canRedo = useTopologyStore((s) => s.canRedo);
  const undoLabel = useTopologyStore((s) => s.undoLabel);
  const redoLabel = useTopologyStore((s) => s.redoLabel);
  const { apply, dispatch, undo, redo, select } = topologyStore.getState();

  const index = useMemo(() => sharedIndex(doc), [doc]);
  // Explanations, panels, rules, edit commands and tooltips arrive together, in one re-render.
  const deferred = useDeferredModules();
  const { diagnostics, messageOf, onShown } = useDiagnostics(doc, lang, deferred?.rules);
  // The canvas draws new findings in a render of its own, after the one that found them: at 10,000
  // instances the rules' first run and the canvas's toFlow were one long task (issue #14).
  const canvasDiagnostics = useDeferredValue(diagnostics);
  const [detailsOpen, setDetailsOpen] = useState(false);
  // After the selected box is deleted, the side column stays (saying nothing is selected) until it
  // is closed or the empty canvas is clicked: a column that closed would widen the canvas, and the
  // browser lay out and React Flow measure every box in view again (issue #14, delete at 1,000).
  const [sideKept, setSideKept] = useState(false);
  // Opened with Enter: keyboard focus moves into the panel, and Escape brings it back to the box.
  const [focusPanel, setFocusPanel] = useState(false);
  const [tab, setTab] = useState<SideTab>("details");
  const [diagnosticsOpen, setDiagnosticsOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [viewKey, setViewKey] = useState(0);
  // The document of the newest palette add: the canvas brings what it added into view.
  const [addedIn, setAddedIn] = useState<Topology | null>(null);
  // A large save is read from IndexedDB after the first picture: fit the view to it, as to a file.
  const lateRestores = useTopologyStore((s) => s.lateRestores);
  useEffect(() => {
    if (lateRestores > 0) setViewKey((k) => k + 1);
  }, [lateRestores]);
  const [centerOn, setCenterOn] = useState<{ id: string; n: number } | null>(null);
  const [collapsed, setCollapsed] = useState<string[]>([]);
  // The reachability answer whose path the canvas shows, and question 3's instance and port; per
  // instance: another selection starts again from "Can the internet reach it?".
  const [question, setQuestion] = useState<QuestionState & { for: string | null }>({
    for: null,
    shown: null,
  });
  // Narrow windows start with the palette folded to its icons: the canvas needs the room.
  const [paletteFolded, setPaletteFolded] = useState(
    () => typeof matchMedia !== "undefined" && matchMedia("(max-width: 1000px)").matches,
  );
  // While a palette item is dragged, the container it would land in stands out.
  const [dragKind, setDragKind] = useState<PaletteKind | null>(null);
  const [dropHint, setDropHint] = useState<string | null>(null);

  const say = useCallback((n: Notice | null) => setNotice(n), []);
  // The box under a screen point (the canvas answers from its layout's geometry).
  const nodeAtRef = useRef<NodeAt | null>(null);
  const nodeIdAt = useCallback<NodeAt>((x, y, ignore) => nodeAtRef.current?.(x, y, ignore) ?? null, []);

  // The canvas's newest layout: export draws it as it is when it matches what is being exported.
  const shown = useRef<LayoutInfo | null>(null);
  const onLayout = useCallback(
    (info: LayoutInfo) => {
      shown.current = info;
      // The edit is on the canvas: now the rules check it (diagnose.ts).
      onShown(info.doc);
    },
    [onShown],
  );
  const exportInput = (): ExportInput => {
    const current = shown.current;
    const same = current && current.doc === doc && current.collapsed.join("\n") === collapsed.join("\n");
    return {
      doc,
      diagnostics,
      collapsed,
      ...(same ? { layout: current.layout } : {}),
      ...(current ? { handOver: (port: MessagePort) => current.handOver(doc, collapsed, port) } : {}),
    };
  };

  /** Runs a command as one undo step, or explains the refusal. */
  const run = useCallback(
    (label: LocalText, result: CommandResult) => {
      dispatch(label, result);
      if (!result.ok) {
        const reason = result.reason;
        withEditCommands((m) => say({ tone: "error", text: (l) => m.refusalMessage(reason, l) }));
      } else say(null);
      return result;
    },
    [dispatch, say],
  );

  const files: FileActions = useFileActions({ doc, lang, say, onOpened: () => setViewKey((k) => k + 1) });

  const openNode = useCallback(
    (id: string | null) => {
      select(id);
      setDetailsOpen(id !== null);
      setSideKept(false);
      setFocusPanel(false);
      if (id !== null) setTab("details");
    },
    [select],
  );
  const activateNode = useCallback(
    (id: string, via?: "keyboard" | "pointer") => {
      openNode(id);
      if (via === "keyboard") setFocusPanel(true);
    },
    [openNode],
  );

  /** Closes the side panel; keyboard focus goes back to the selected box. */
  const closePanel = useCallback(() => {
    setDetailsOpen(false);
    setSideKept(false);
    setTab("details");
    setFocusPanel(false);
    const id = topologyStore.getState().selectedId;
    if (id !== null) focusNodeWhenDrawn(id);
  }, []);

  const focusResource = useCallback(
    (id: string) => {
      openNode(id);
      setCenterOn((c) => ({ id, n: (c?.n ?? 0) + 1 }));
    },
    [openNode],
  );
  // A diagnostic's entry focuses its node: selected, centred, and keyboard focus on its box, so Enter
  // goes on into its details (search and the panel's links keep focus where the user is typing or reading).
  const focusDiagnosedResource = useCallback(
    (id: string) => {
      focusResource(id);
      focusNodeWhenDrawn(id);
    },
    [focusResource],
  );

  // A share link (#t=…) opens as one undoable step over the work, read in a worker
  // (read-off-page.ts) so that a big link doesn't hold the page while it is checked.
  const openShareLink = useCallback(
    (fragment: string) => {
      void import("./read-off-page.ts").then(async ({ readShareOffPage }) => {
        const { shared, errors, rules } = await readShareOffPage(fragment);
        if (shared.ok) {
          const open = () => {
            rememberRuleRecords(shared.doc, rules);
            topologyStore.getState().replaceDocument(shared.doc, textOf("history.openShareLink"));
            setViewKey((k) => k + 1);
          };
          // Held to a file's rules: rule errors refuse it, listed, until "Open anyway" (open-anyway.ts).
          if (errors.length === 0) {
            open();
            say({ tone: "info", text: (l) => t(l, "app.sharedOpened") });
            return;
          }
          const text = (l: Lang) => t(l, "app.shareLinkRefused");
          say(refusedForErrors({ text, errors, source: (l) => t(l, "app.theShareLink"), open, say }));
        } else {
          const { shareLinkErrorMessage } = await loadShareLinkText();
          const error = shared.error;
          say({
            tone: "error",
            text: (l) => t(l, "app.shareLinkNotOpened", { reason: shareLinkErrorMessage(error, l) }),
          });
        }
      });
    },
    [say],
  );
  // The start's link, once (App.tsx already cleared it from the address).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only at start
  useEffect(() => {
    if (sharedFragment !== undefined) openShareLink(sharedFragment);
  }, []);
  // A link pasted into this tab's address bar changes only the fragment: the page isn't loaded
  // again, so it is opened here, and cleared from the address as at start.
  useEffect(() => {
    const onHashChange = () => {
      const arrived = arrivedShareLink(window.location, isLivePage());
      if (!arrived) return;
      window.history.replaceState(window.history.state, "", arrived.address);
      openShareLink(arrived.fragment);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [openShareLink]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only at start
  useEffect(() => {
    if (openedExample?.replacedWork)
      say({ tone: "info", text: (l) => t(l, "ux.exampleOpened", { name: openedExample.name }) });
    if (unknownExample !== undefined)
      say({
        tone: "error",
        text: (l) => t(l, "ux.exampleUnknown", { name: unknownExample, names: EXAMPLE_NAMES_SHOWN }),
      });
  }, []);

  const deletable = deletableOf(index, selectedId);
  const deleteSelected = useCallback(() => {
    if (!deletable) return;
    withEditCommands(({ cascadeMessage, deleteResource }) => {
      const cascade = cascadeMessage(doc, deletable.kind, deletable.id, lang);
      const isContainer = (CONTAINER_KINDS as readonly string[]).includes(deletable.kind);
      // Containers with content ask first; anything else goes at once (Undo brings it back).
      if (cascade && isContainer && !window.confirm(cascade)) return;
      const result = run(
        textOf("history.delete", { what: labelText(doc, deletable.kind, deletable.id) }),
        deleteResource(doc, deletable.kind, deletable.id),
      );
      if (result.ok && cascade && !isContainer)
        say({ tone: "info", text: (l) => cascadeMessage(doc, deletable.kind, deletable.id, l) ?? cascade });
      if (result.ok) setSideKept(true);
    });
  }, [deletable, doc, lang, run, say]);

  const newTopology = useCallback(() => {
    if (!window.confirm(t(lang, "app.confirmNew"))) return;
    topologyStore.getState().newTopology();
    setDetailsOpen(false);
    setSideKept(false);
    setViewKey((k) => k + 1);
  }, [lang]);

  /**
   * Adds a palette item. The view stays where the user put it: what the item added is panned into
   * view only if it landed outside (useKeepInView). Only the first box on an empty canvas is
   * fitted, as an opened file is. (A fit after every drop drew every box again at a new zoom in the
   * frame that shows the edit, and threw a zoomed-in view back out to the whole picture.)
   */
  const addFromPalette = useCallback(
    (kind: PaletteKind, result: CommandResult) => {
      const first = kind === "region" && topologyStore.getState().doc.regions.length === 0;
      if (!run(textOf("history.add", { kind: KIND_LABELS[kind] }), result).ok) return;
      if (first) setViewKey((k) => k + 1);
      else if (result.ok) setAddedIn(result.doc);
      const code = result.ok ? result.doc.regions[0]?.id : undefined;
      if (first && code !== undefined) askFirstRegion.current(code, "ux.firstRegionAdded");
    },
    [run],
  );

  /** The first Region was a guess: say where the diagram starts, with a picker to choose another. */
  const askFirstRegion = useRef((_code: string, _key: "ux.firstRegionAdded" | "ux.firstRegionChanged") => {});
  askFirstRegion.current = (code, key) =>
    void loadFirstRegionQuestion().then(({ FirstRegionPicker, regionPlace }) => {
      const choose = (next: string) => {
        if (next === code) return;
        withEditCommands(({ changeRegion }) => {
          const now = topologyStore.getState().doc;
          const result = run(
            textOf("history.changeRegion"),
            changeRegion(now, { regionId: code, code: next }),
          );
          if (result.ok) askFirstRegion.current(next, "ux.firstRegionChanged");
        });
      };
      say({
        tone: "info",
        text: (l) => t(l, key, { region: regionPlace(code) }),
        action: (l) => <FirstRegionPicker lang={l} code={code} onChoose={choose} />,
      });
    });

  // An empty topology's first Region follows the browser's languages (Seoul for Korean).
  const dropOptions = useMemo(
    () => ({ firstRegion: firstRegionFor(navigator.languages ?? [], lang) }),
    [lang],
  );
  const activatePalette = useCallback(
    (kind: PaletteKind) =>
      withEditCommands((m) =>
        addFromPalette(kind, m.applyPaletteToSelection(doc, kind, selectedId, dropOptions)),
      ),
    [doc, selectedId, addFromPalette, dropOptions],
  );

  // Keyboard: undo/redo chords anywhere but in text fields; Delete on a selection; Escape closes.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTextField(e.target)) return;
      const history = historyShortcut(e);
      if (history) {
        e.preventDefault();
        if (history === "undo") undo();
        else redo();
        return;
      }
      if ((e.key === "Delete" || e.key === "Backspace") && deletable) {
        e.preventDefault();
        deleteSelected();
      } else if (e.key === "Escape") {
        if (detailsOpen || tab === "properties" || sideKept) closePanel();
        else if (diagnosticsOpen) setDiagnosticsOpen(false);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo, deletable, deleteSelected, detailsOpen, sideKept, diagnosticsOpen, tab, closePanel]);

  // Asked for right after the first picture, so they are in place by the first click.
  const explain = deferred?.explain;
  const details = deferred?.details;
  const properties = deferred?.properties;
  const asked: QuestionState = useMemo(
    () => (question.for === selectedId ? question : { shown: "inbound" }),
    [question, selectedId],
  );
  const view = useMemo(
    () =>
      detailsOpen && selectedId !== null && explain
        ? explain.describeResource(doc, index, selectedId, lang, {
            diagnostics,
            messageOf,
            ...(asked.peer ? { peer: asked.peer } : {}),
            ...(asked.outbound ? { outbound: asked.outbound } : {}),
          })
        : undefined,
    [explain, detailsOpen, selectedId, index, doc, lang, diagnostics, messageOf, asked],
  );

  // While an instance's details are open, the path of the answer its "Show path" picks stands out
  // (the internet's way in first); while a security group's are, the instances it covers do.
  const highlighted = useMemo(() => {
    if (dropHint) return [dropHint];
    if (!view) return [];
    if (view.members) return view.members;
    if (asked.shown === "inbound") return view.reachability?.path ?? [];
    if (asked.shown === "outbound") return view.outbound?.path ?? [];
    if (asked.shown === "peer") return view.peer?.answer?.path ?? [];
    return [];
  }, [dropHint, view, asked]);

  // The shown answer is "no": the canvas draws its path as broken rather than as a way through.
  const pathBlocked = useMemo(() => {
    if (dropHint || !view) return false;
    if (asked.shown === "inbound") return view.reachability?.reachable === false;
    if (asked.shown === "outbound") return view.outbound?.reachable === false;
    if (asked.shown === "peer") return view.peer?.answer?.reachable === false;
    return false;
  }, [dropHint, view, asked]);

  const drops = deferred?.drops;
  // Over a place that would refuse the item, a hint beside the pointer says why, before the drop.
  const [refusal, setRefusal] = useState<string | null>(null);
  const refusalAt = useRef<{ key: string; text: string | null }>({ key: "", text: null });
  const refusalHint = useRef<HTMLDivElement>(null);
  /**
   * Shows (or hides) the hint for the place under the pointer at (x, y): `refusalOf` runs only when
   * the place changes (`key`); the hint follows the pointer, right of it or left near the edge.
   * Returns whether the place refuses: only a place that takes the drop may light up as its target.
   */
  const showRefusal = useCallback((key: string, x: number, y: number, refusalOf: () => string | null) => {
    if (refusalAt.current.key !== key) {
      refusalAt.current = { key, text: refusalOf() };
      setRefusal(refusalAt.current.text);
    }
    const refused = refusalAt.current.text !== null;
    const hint = refusalHint.current;
    const box = hint?.parentElement?.getBoundingClientRect();
    if (!hint || !box) return refused;
    const left = x - box.left;
    const width = hint.offsetWidth;
    hint.style.setProperty("--x", `${left + 16 + width > box.width ? left - 16 - width : left + 16}px`);
    hint.style.setProperty("--y", `${y - box.top + 16}px`);
    return refused;
  }, []);
  const hideRefusal = useCallback(() => {
    refusalAt.current = { key: "", text: null };
    setRefusal(null);
  }, []);
  const onCanvasDragOver = (e: DragEvent<HTMLDivElement>) => {
    if (!isPaletteDrag([...e.dataTransfer.types])) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    if (!dragKind) return;
    if (!drops) return;
    const target = dropTargetOf(index, nodeIdAt(e.clientX, e.clientY));
    // The whole command is tried once per item and place (it knows every rule, not only nesting:
    // a placeholder nests the item, yet nothing can be built in it), and it alone decides whether the
    // container lights up: a refused place shows the reason instead.
    const refused = showRefusal(`${dragKind}\n${JSON.stringify(target)}`, e.clientX, e.clientY, () => {
      const result = drops.applyPaletteDrop(doc, dragKind, target, dropOptions);
      return result.ok ? null : drops.refusalMessage(result.reason, lang);
    });
    const resolved = refused ? null : drops.dropTargetFor(doc, dragKind, target);
    const hint = resolved?.ok && resolved.target ? diagramIdOf(resolved.target) : null;
    if (hint !== dropHint) setDropHint(hint);
  };
  const endPaletteDrag = () => {
    setDragKind(null);
    setDropHint(null);
    hideRefusal();
  };
  const onCanvasDrop = (e: DragEvent<HTMLDivElement>) => {
    const kind = readPaletteKind(e.dataTransfer);
    endPaletteDrag();
    if (!kind) return;
    e.preventDefault();
    e.stopPropagation();
    const target = dropTargetOf(index, nodeIdAt(e.clientX, e.clientY));
    withEditCommands((m) => addFromPalette(kind, m.applyPaletteDrop(doc, kind, target, dropOptions)));
  };
  // While an instance is dragged, the subnet that would receive it stands out (as for the palette);
  // over a place the move would refuse, the same hint says why (the move's own refusal).
  const onInstanceDrag = useCallback(
    (instanceId: string, x: number, y: number) => {
      if (!drops) return;
      const target = dropTargetOf(index, nodeIdAt(x, y, instanceId));
      const subnet = drops.instanceDropSubnet(doc, instanceId, target);
      setDropHint((hint) => (hint === subnet ? hint : subnet));
      showRefusal(`move ${instanceId}\n${JSON.stringify(target)}`, x, y, () => {
        const result = drops.applyInstanceDrop(doc, instanceId, target);
        return result.ok ? null : drops.refusalMessage(result.reason, lang);
      });
    },
    [doc, index, drops, lang, showRefusal, nodeIdAt],
  );
  const onInstanceDragEnd = useCallback(
    (instanceId: string, x: number, y: number) => {
      setDropHint(null);
      hideRefusal();
      const target = dropTargetOf(index, nodeIdAt(x, y, instanceId));
      withEditCommands((m) =>
        run(
          textOf("history.move", { what: labelText(doc, "instance", instanceId) }),
          m.applyInstanceDrop(doc, instanceId, target),
        ),
      );
    },
    [doc, index, run, hideRefusal, nodeIdAt],
  );

  // A box's tooltip is asked for when the pointer arrives, from the newest document: one function
  // for the whole session, so an edit doesn't re-render every box through the canvas's context.
  // Its own small chunk, not the deferred set: a box hovered early gets its summary sooner.
  const summary = useModule(loadSummary, true);
  const autosave = useModule(loadAutosaveBanner, true);
  const summaryInput = useRef({ summary, doc, index, lang });
  useEffect(() => {
    summaryInput.current = { summary, doc, index, lang };
  }, [summary, doc, index, lang]);
  // A box the pointer (or focus) reached before the summaries were loaded gets its tooltip now,
  // through its own handler, as if the pointer had just arrived (a slow load missed it before).
  useEffect(() => {
    if (!summary) return;
    for (const el of document.querySelectorAll<HTMLElement>(`.${NODE_BUTTON_CLASS}:hover`))
      el.dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
    for (const el of document.querySelectorAll<HTMLElement>(`.${NODE_BUTTON_CLASS}:focus`))
      el.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
  }, [summary]);
  const summaryOf = useCallback((id: string) => {
    const s = summaryInput.current;
    return s.summary?.nodeSummary(s.doc, s.index, id, s.lang);
  }, []);

  const sideShown = view !== undefined || (tab === "properties" && selectedId !== null);
  const errorCount = diagnostics.filter((d) => d.severity === "error").length;

  return (
    <div className="workbench">
      <Toolbar
        lang={lang}
        title={doc.name ?? t(lang, "app.untitled")}
        canUndo={canUndo}
        canRedo={canRedo}
        undoLabel={undoLabel}
        redoLabel={redoLabel}
        canDelete={deletable !== undefined}
        errorCount={errorCount}
        warningCount={diagnostics.length - errorCount}
        diagnosticsOpen={diagnosticsOpen}
        onNew={newTopology}
        onOpen={files.chooseFile}
        onSave={files.save}
        saveBlocked={files.saveBlocked}
        onUndo={undo}
        onRedo={redo}
        onDelete={deleteSelected}
        onToggleDiagnostics={() => setDiagnosticsOpen((o) => !o)}
        onSwitchLanguage={() => setLang(lang === "en" ? "ko" : "en")}
        exportControl={
          <Suspense fallback={<ExportButtonPlaceholder lang={lang} />}>
            <ExportMenu lang={lang} getExportInput={exportInput} onMessage={say} />
          </Suspense>
        }
        search={<SearchBox doc={doc} lang={lang} onPick={focusResource} />}
      />
      {files.input}
      <div className="workbench__body">
        <a className="skip-link" href="#diagram">
          {t(lang, "ux.skipToDiagram")}
        </a>
        <div className="palette-column">
          <Palette
            lang={lang}
            folded={paletteFolded}
            onActivate={activatePalette}
            onDragKind={(kind) => (kind ? setDragKind(kind) : endPaletteDrag())}
          />
          <button
            type="button"
            className="palette-fold"
            // A public name, English in every language; whether the names show is aria-expanded.
            aria-label={publicName("paletteNames", lang)}
            title={t(lang, paletteFolded ? "ux.expandPalette" : "ux.collapsePalette")}
            aria-expanded={!paletteFolded}
            onClick={() => setPaletteFolded((f) => !f)}
          >
            <span aria-hidden="true">{paletteFolded ? "»" : "«"}</span>
          </button>
        </div>
        <main
          id="diagram"
          tabIndex={-1}
          className="workbench__canvas"
          onDragOver={onCanvasDragOver}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) hideRefusal();
          }}
          onDrop={onCanvasDrop}
        >
          <DiagramCanvas
            doc={doc}
            diagnostics={canvasDiagnostics}
            selectedId={selectedId}
            onSelectNode={openNode}
            onNodeActivate={activateNode}
            highlightedIds={highlighted}
            pathBlocked={pathBlocked}
            lang={lang}
            viewKey={viewKey}
            addedIn={addedIn}
            collapsedIds={collapsed}
            onCollapsedChange={setCollapsed}
            centerOn={centerOn}
            onInstanceDrag={onInstanceDrag}
            onInstanceDragEnd={onInstanceDragEnd}
            onLayout={onLayout}
            summaryOf={summaryOf}
            nodeAtRef={nodeAtRef}
          />
          {/* Always there, taking the pointer only while dragging: put in and taken out, it made
              the browser lay the whole canvas out again at each drag's start and drop (issue #14). */}
          <div className={`palette-drag-cover${dragKind ? " is-active" : ""}`} aria-hidden="true" />
          {drawsNothing(doc) && (
            <p className="empty-hint">
              <strong>{t(lang, "ux.emptyTitle")}</strong> {t(lang, "ux.emptyHint")}
            </p>
          )}
          <NoticeArea notice={notice} lang={lang} onDismiss={() => setNotice(null)} />
          <div ref={refusalHint} className="drop-refusal" role="status" hidden={refusal === null}>
            {refusal !== null && (
              <>
                <span className="drop-refusal__mark" aria-hidden="true">
                  ⊘
                </span>
                {refusal}
              </>
            )}
          </div>
          {autosave && <autosave.AutosaveBanner lang={lang} onSave={files.save} />}
        </main>
        {(sideShown || sideKept) && (
          <div className="workbench__side">
            {sideShown ? (
              <>
                <div className="side-tabs" role="tablist" aria-label={t(lang, "app.details")}>
                  {(["details", "properties"] as const).map((name) => (
                    <button
                      key={name}
                      type="button"
                      role="tab"
                      aria-selected={tab === name}
                      onClick={() => {
                        setTab(name);
                        if (name === "details") setDetailsOpen(true);
                      }}
                    >
                      {t(lang, `app.${name}`)}
                    </button>
                  ))}
                </div>
                {tab === "details" && view
                  ? details && (
                      <details.DetailsPanel
                        view={view}
                        lang={lang}
                        onSelect={focusResource}
                        onClose={closePanel}
                        focusOnOpen={focusPanel}
                        question={asked}
                        onQuestion={(q) => setQuestion({ ...q, for: selectedId })}
                      />
                    )
                  : properties && (
                      <properties.PropertiesForm
                        doc={doc}
                        selectedId={selectedId}
                        lang={lang}
                        onCommit={(label, edit) => apply(label, properties.editCommand(edit))}
                        instanceTypes={properties.INSTANCE_TYPES}
                      />
                    )}
              </>
            ) : (
              // Not the "Details" panel (that names a box's details): only its column, kept in place.
              <div className="side-empty">
                <p>{t(lang, "details.nothingSelected")}</p>
                <button type="button" className="side-empty__close" onClick={closePanel}>
                  {t(lang, "details.close")}
                </button>
              </div>
            )}
          </div>
        )}
      </div>
      {diagnosticsOpen && (
        <Suspense fallback={null}>
          <DiagnosticsList
            diagnostics={diagnostics}
            lang={lang}
            messageOf={messageOf}
            onFocusResource={focusDiagnosedResource}
            onClose={() => setDiagnosticsOpen(false)}
          />
        </Suspense>
      )}
    </div>
  );
}

// The app's frame: toolbar, palette, canvas, details/properties sidebar and diagnostics. It wires
// the store to the components; the logic it calls lives in pure modules.
import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DiagramCanvas, type LayoutInfo } from "../diagram/DiagramCanvas.tsx";
import { ExportMenu } from "../diagram/export/ExportMenu.tsx";
import { NODE_BUTTON_CLASS } from "../diagram/nodes/parts.tsx";
import {
  applyInstanceDrop,
  applyPaletteDrop,
  applyPaletteToSelection,
  dropTargetFor,
  instanceDropSubnet,
} from "../diagram/palette/drop.ts";
import { Palette } from "../diagram/palette/Palette.tsx";
import {
  isPaletteDrag,
  type PaletteKind,
  paletteLabel,
  readPaletteKind,
} from "../diagram/palette/palette-kinds.ts";
import { describeResource } from "../explain/describe.ts";
import { nodeSummary } from "../explain/summary.ts";
import { t } from "../i18n/strings.ts";
import { decodeShareFragment, hasSharedTopology, shareLinkErrorMessage } from "../io/share-link.ts";
import { cascadeMessage, deleteResource, refusalMessage } from "../model/commands/index.ts";
import type { CommandResult } from "../model/commands/types.ts";
import type { Diagnostic } from "../model/diagnostics.ts";
import { internetReachability } from "../model/reachability.ts";
import { indexTopology } from "../model/topology-index.ts";
import { DetailsPanel } from "../panels/DetailsPanel.tsx";
import { editCommand, PropertiesForm } from "../panels/PropertiesForm.tsx";
import { historyShortcut } from "../state/shortcuts.ts";
import { topologyStore, useTopologyStore } from "../state/use-topology-store.ts";
import { DiagnosticsList } from "./DiagnosticsList.tsx";
import { useDiagnostics } from "./diagnose.ts";
import { firstRegionFor } from "./language.ts";
import { type Notice, NoticeArea } from "./NoticeArea.tsx";
import { deletableOf, detailsTargetOf, diagramIdOf, dropTargetOf } from "./node-targets.ts";
import { SearchBox } from "./SearchBox.tsx";
import { Toolbar } from "./Toolbar.tsx";
import { type FileActions, useFileActions } from "./use-file-actions.ts";
import { useLanguage } from "./use-language.ts";

type SideTab = "details" | "properties";

/**
 * Diagram node id under a screen point: the innermost React Flow node there, or null for the canvas.
 * `ignore` is a box being dragged: it sits under the pointer itself (React Flow's inline
 * `pointer-events: all` beats any stylesheet), so hit-testing looks through it.
 */
function nodeIdAt(x: number, y: number, ignore?: string): string | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const node = (el as HTMLElement).closest?.(".react-flow__node") as HTMLElement | null;
    if (node?.dataset.id && node.dataset.id !== ignore) return node.dataset.id;
  }
  return null;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

/** The box's own button for a diagram id (what keyboard focus goes back to). */
function nodeButtonOf(diagramId: string): HTMLElement | null {
  for (const el of document.querySelectorAll<HTMLElement>(".react-flow__node"))
    if (el.dataset.id === diagramId) return el.querySelector<HTMLElement>(`:scope > .${NODE_BUTTON_CLASS}`);
  return null;
}

export interface WorkbenchProps {
  /** A `?example=` opened at start over other work: the notice says Undo brings that work back. */
  openedExample?: { name: string; replacedWork: boolean } | null;
}

export function Workbench({ openedExample = null }: WorkbenchProps = {}) {
  const [lang, setLang] = useLanguage();
  const doc = useTopologyStore((s) => s.doc);
  const selectedId = useTopologyStore((s) => s.selectedId);
  const canUndo = useTopologyStore((s) => s.canUndo);
  const canRedo = useTopologyStore((s) => s.canRedo);
  const { apply, dispatch, undo, redo, select } = topologyStore.getState();

  const index = useMemo(() => indexTopology(doc), [doc]);
  const { diagnostics, messageOf } = useDiagnostics(doc, lang);
  const [detailsOpen, setDetailsOpen] = useState(false);
  // Opened with Enter: keyboard focus moves into the panel, and Escape brings it back to the box.
  const [focusPanel, setFocusPanel] = useState(false);
  const [tab, setTab] = useState<SideTab>("details");
  const [diagnosticsOpen, setDiagnosticsOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [viewKey, setViewKey] = useState(0);
  const [centerOn, setCenterOn] = useState<{ id: string; n: number } | null>(null);
  const [collapsed, setCollapsed] = useState<string[]>([]);
  // While a palette item is dragged, the container it would land in stands out.
  const [dragKind, setDragKind] = useState<PaletteKind | null>(null);
  const [dropHint, setDropHint] = useState<string | null>(null);

  const say = useCallback((n: Notice | null) => setNotice(n), []);

  // The canvas's newest layout: export draws it as it is when it matches what is being exported.
  const shown = useRef<LayoutInfo | null>(null);
  const onLayout = useCallback((info: LayoutInfo) => {
    shown.current = info;
  }, []);
  const exportInput = () => {
    const current = shown.current;
    const same = current && current.doc === doc && current.collapsed.join("\n") === collapsed.join("\n");
    return { doc, diagnostics, collapsed, ...(same ? { layout: current.layout } : {}) };
  };

  /** Runs a command as one undo step, or explains the refusal. */
  const run = useCallback(
    (label: string, result: CommandResult) => {
      dispatch(label, result);
      if (!result.ok) say({ tone: "error", text: refusalMessage(result.reason, lang) });
      else say(null);
      return result;
    },
    [dispatch, lang, say],
  );

  const files: FileActions = useFileActions({ doc, lang, say, onOpened: () => setViewKey((k) => k + 1) });

  const openNode = useCallback(
    (id: string | null) => {
      select(id);
      setDetailsOpen(id !== null);
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
    setTab("details");
    setFocusPanel(false);
    const id = topologyStore.getState().selectedId;
    if (id !== null) requestAnimationFrame(() => nodeButtonOf(id)?.focus({ preventScroll: true }));
  }, []);

  const focusResource = useCallback(
    (id: string) => {
      openNode(id);
      setCenterOn((c) => ({ id, n: (c?.n ?? 0) + 1 }));
    },
    [openNode],
  );

  // A share link (#t=…) opens once at start; the fragment is then cleared so a reload keeps edits.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only at start, worded in the language of that moment
  useEffect(() => {
    const hash = window.location.hash;
    if (!hasSharedTopology(hash)) return;
    window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}`);
    const shared = decodeShareFragment(hash);
    if (shared.ok) {
      topologyStore.getState().replaceDocument(shared.doc, "Open share link");
      setViewKey((k) => k + 1);
      say({ tone: "info", text: t(lang, "app.sharedOpened") });
    } else {
      say({
        tone: "error",
        text: t(lang, "app.shareLinkDamaged", { reason: shareLinkErrorMessage(shared.error, lang) }),
      });
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only at start, worded in the language of that moment
  useEffect(() => {
    if (openedExample?.replacedWork)
      say({ tone: "info", text: t(lang, "ux.exampleOpened", { name: openedExample.name }) });
  }, []);

  const deletable = deletableOf(index, selectedId);
  const deleteSelected = useCallback(() => {
    if (!deletable) return;
    const cascade = cascadeMessage(doc, deletable.kind, deletable.id, lang);
    const isContainer = ["region", "vpc", "availabilityZone", "subnet"].includes(deletable.kind);
    // Containers with content ask first; anything else goes at once (Undo brings it back).
    if (cascade && isContainer && !window.confirm(cascade)) return;
    const result = run(`Delete ${deletable.id}`, deleteResource(doc, deletable.kind, deletable.id));
    if (result.ok && cascade && !isContainer) say({ tone: "info", text: cascade });
    if (result.ok) setDetailsOpen(false);
  }, [deletable, doc, lang, run, say]);

  const newTopology = useCallback(() => {
    if (!window.confirm(t(lang, "app.confirmNew"))) return;
    topologyStore.getState().newTopology();
    setDetailsOpen(false);
    setViewKey((k) => k + 1);
  }, [lang]);

  /** Adds a palette item; the new box may land outside the view, so the view fits the diagram again. */
  const addFromPalette = useCallback(
    (kind: PaletteKind, result: CommandResult) => {
      if (run(`Add ${paletteLabel(kind)}`, result).ok) setViewKey((k) => k + 1);
    },
    [run],
  );

  // An empty topology's first Region follows the browser's languages (Seoul for Korean).
  const dropOptions = useMemo(
    () => ({ firstRegion: firstRegionFor(navigator.languages ?? [], lang) }),
    [lang],
  );
  const activatePalette = useCallback(
    (kind: PaletteKind) => addFromPalette(kind, applyPaletteToSelection(doc, kind, selectedId, dropOptions)),
    [doc, selectedId, addFromPalette, dropOptions],
  );

  // Keyboard: undo/redo chords anywhere but in text fields; Delete on a selection; Escape closes.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
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
        if (detailsOpen || tab === "properties") closePanel();
        else if (diagnosticsOpen) setDiagnosticsOpen(false);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo, deletable, deleteSelected, detailsOpen, diagnosticsOpen, tab, closePanel]);

  const view = useMemo(
    () =>
      detailsOpen && selectedId !== null
        ? (() => {
            const target = detailsTargetOf(index, selectedId);
            return target
              ? describeResource(doc, index, target, lang, { diagnostics, messageOf })
              : undefined;
          })()
        : undefined,
    [detailsOpen, selectedId, index, doc, lang, diagnostics, messageOf],
  );

  // While an instance's details are open, its internet path stands out on the canvas.
  const highlighted = useMemo(() => {
    if (dropHint) return [dropHint];
    if (!view || selectedId === null || !index.instances.has(selectedId)) return [];
    return internetReachability(doc, index, selectedId)?.path ?? [];
  }, [dropHint, view, selectedId, doc, index]);

  const onCanvasDragOver = (e: DragEvent<HTMLDivElement>) => {
    if (!isPaletteDrag([...e.dataTransfer.types])) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    if (!dragKind) return;
    const resolved = dropTargetFor(doc, dragKind, dropTargetOf(index, nodeIdAt(e.clientX, e.clientY)));
    const hint = resolved.ok && resolved.target ? diagramIdOf(resolved.target) : null;
    if (hint !== dropHint) setDropHint(hint);
  };
  const endPaletteDrag = () => {
    setDragKind(null);
    setDropHint(null);
  };
  const onCanvasDrop = (e: DragEvent<HTMLDivElement>) => {
    const kind = readPaletteKind(e.dataTransfer);
    endPaletteDrag();
    if (!kind) return;
    e.preventDefault();
    e.stopPropagation();
    const target = dropTargetOf(index, nodeIdAt(e.clientX, e.clientY));
    addFromPalette(kind, applyPaletteDrop(doc, kind, target, dropOptions));
  };
  // While an instance is dragged, the subnet that would receive it stands out (as for the palette).
  const onInstanceDrag = useCallback(
    (instanceId: string, x: number, y: number) => {
      const subnet = instanceDropSubnet(doc, instanceId, dropTargetOf(index, nodeIdAt(x, y, instanceId)));
      setDropHint((hint) => (hint === subnet ? hint : subnet));
    },
    [doc, index],
  );
  const onInstanceDragEnd = useCallback(
    (instanceId: string, x: number, y: number) => {
      setDropHint(null);
      const target = dropTargetOf(index, nodeIdAt(x, y, instanceId));
      run(`Move ${instanceId}`, applyInstanceDrop(doc, instanceId, target));
    },
    [doc, index, run],
  );

  const summaryOf = useCallback((id: string) => nodeSummary(doc, index, id, lang), [doc, index, lang]);

  const errorCount = diagnostics.filter((d) => d.severity === "error").length;

  return (
    <div className="workbench">
      <Toolbar
        lang={lang}
        title={doc.name ?? t(lang, "app.untitled")}
        canUndo={canUndo}
        canRedo={canRedo}
        canDelete={deletable !== undefined}
        errorCount={errorCount}
        warningCount={diagnostics.length - errorCount}
        diagnosticsOpen={diagnosticsOpen}
        onNew={newTopology}
        onOpen={files.chooseFile}
        onSave={files.save}
        onUndo={undo}
        onRedo={redo}
        onDelete={deleteSelected}
        onToggleDiagnostics={() => setDiagnosticsOpen((o) => !o)}
        onSwitchLanguage={() => setLang(lang === "en" ? "ko" : "en")}
        exportControl={<ExportMenu lang={lang} getExportInput={exportInput} onMessage={say} />}
        search={<SearchBox doc={doc} lang={lang} onPick={focusResource} />}
      />
      {files.input}
      <div className="workbench__body">
        <a className="skip-link" href="#diagram">
          {t(lang, "ux.skipToDiagram")}
        </a>
        <Palette
          lang={lang}
          onActivate={activatePalette}
          onDragKind={(kind) => (kind ? setDragKind(kind) : endPaletteDrag())}
        />
        <main
          id="diagram"
          tabIndex={-1}
          className="workbench__canvas"
          onDragOver={onCanvasDragOver}
          onDrop={onCanvasDrop}
        >
          <DiagramCanvas
            doc={doc}
            diagnostics={diagnostics}
            selectedId={selectedId}
            onSelectNode={openNode}
            onNodeActivate={activateNode}
            highlightedIds={highlighted}
            lang={lang}
            viewKey={viewKey}
            collapsedIds={collapsed}
            onCollapsedChange={setCollapsed}
            centerOn={centerOn}
            onInstanceDrag={onInstanceDrag}
            onInstanceDragEnd={onInstanceDragEnd}
            onLayout={onLayout}
            summaryOf={summaryOf}
          />
          {doc.regions.length === 0 && (
            <p className="empty-hint">
              <strong>{t(lang, "ux.emptyTitle")}</strong> {t(lang, "ux.emptyHint")}
            </p>
          )}
          <NoticeArea notice={notice} lang={lang} onDismiss={() => setNotice(null)} />
        </main>
        {(view || (tab === "properties" && selectedId !== null)) && (
          <div className="workbench__side">
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
            {tab === "details" && view ? (
              <DetailsPanel
                view={view}
                lang={lang}
                onSelect={focusResource}
                onClose={closePanel}
                focusOnOpen={focusPanel}
              />
            ) : (
              <PropertiesForm
                doc={doc}
                selectedId={selectedId}
                lang={lang}
                onCommit={(label, edit) => apply(label, editCommand(edit))}
                instanceTypes={files.instanceTypes}
              />
            )}
          </div>
        )}
      </div>
      {diagnosticsOpen && (
        <DiagnosticsList
          diagnostics={diagnostics}
          lang={lang}
          messageOf={messageOf as (d: Diagnostic) => string}
          onFocusResource={focusResource}
          onClose={() => setDiagnosticsOpen(false)}
        />
      )}
    </div>
  );
}

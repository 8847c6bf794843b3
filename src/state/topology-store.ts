// The one store every change goes through: the topology document, its undo history (one step per
// user action, via zundo), the selection (not part of history) and the debounced autosave.
// Framework-free (zustand's vanilla store), so it is tested in Node; React binds it in
// use-topology-store.ts.
import { temporal } from "zundo";
import { createStore } from "zustand/vanilla";
import type { CommandResult } from "../model/commands/types.ts";
import { INTERNET_NODE_ID, parseAvailabilityZoneNodeId } from "../model/node-ids.ts";
import { emptyTopology, type Topology } from "../model/schema.ts";
import { kindOfId } from "../model/topology-index.ts";
import { type KeyValueStorage, keepUnreadable, loadSavedTopology, saveTopology } from "./persistence.ts";

export interface TopologyState {
  doc: Topology;
  /** Name of the user action that produced `doc`; what "Undo" would revert. */
  label: string;
  selectedId: string | null;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** False after storage refused the last autosave (quota, privacy mode). */
  autosaveOk: boolean;
  /** Applies a finished command result as one undo step; a refusal changes nothing. */
  dispatch: (label: string, result: CommandResult) => CommandResult;
  /** Runs a command on the current document and dispatches it. */
  apply: (label: string, command: (doc: Topology) => CommandResult) => CommandResult;
  undo: () => void;
  redo: () => void;
  /** Replaces the whole document (file open) as one undoable step. */
  replaceDocument: (doc: Topology, label?: string) => void;
  /** Starts an empty topology; the previous one stays one undo away. */
  newTopology: () => void;
  select: (id: string | null) => void;
  /** Writes a pending autosave now (call on pagehide). */
  flushAutosave: () => void;
}

export interface StoreOptions {
  storage?: KeyValueStorage;
  /** Document used when nothing usable is saved. */
  fallback: () => Topology;
  autosaveDelayMs?: number;
  historyLimit?: number;
}

type HistoryEntry = Pick<TopologyState, "doc" | "label">;

/** True when a selection still points at something in the document (a resource, a zone box, the Internet). */
export function selectionExists(doc: Topology, id: string): boolean {
  if (id === INTERNET_NODE_ID) return true;
  const zone = parseAvailabilityZoneNodeId(id);
  if (!zone) return kindOfId(doc, id) !== undefined;
  const owner =
    doc.regions.find((r) => r.id === zone.owner) ??
    doc.regions.find((r) => r.id === doc.vpcs.find((v) => v.id === zone.owner)?.region);
  return owner?.availabilityZones.includes(zone.zone) ?? false;
}

export function createTopologyStore(options: StoreOptions) {
  const { storage, autosaveDelayMs = 400, historyLimit = 200 } = options;
  const loaded = loadSavedTopology(storage, options.fallback);
  let unreadable = loaded.source === "fallback" ? loaded.unreadable : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const store = createStore<TopologyState>()(
    temporal(
      (set, get) => {
        const commit = (doc: Topology, label: string, selection: string | null | undefined) => {
          if (doc === get().doc) {
            if (selection !== undefined) set({ selectedId: selection });
            return;
          }
          set({ doc, label, ...(selection !== undefined ? { selectedId: selection } : {}) });
          afterChange();
        };
        return {
          doc: loaded.doc,
          label: "",
          selectedId: null,
          canUndo: false,
          canRedo: false,
          undoLabel: null,
          redoLabel: null,
          autosaveOk: true,
          dispatch: (label, result) => {
            if (result.ok) commit(result.doc, label, result.selection);
            return result;
          },
          apply: (label, command) => get().dispatch(label, command(get().doc)),
          undo: () => {
            store.temporal.getState().undo();
            afterChange();
          },
          redo: () => {
            store.temporal.getState().redo();
            afterChange();
          },
          replaceDocument: (doc, label = "Open file") => commit(doc, label, null),
          newTopology: () => commit(emptyTopology(), "New topology", null),
          select: (id) => set({ selectedId: id }),
          flushAutosave: () => {
            if (timer === undefined) return;
            clearTimeout(timer);
            timer = undefined;
            writeNow();
          },
        };
      },
      {
        partialize: (state): HistoryEntry => ({ doc: state.doc, label: state.label }),
        equality: (past, current) => past.doc === current.doc,
        limit: historyLimit,
      },
    ),
  );

  function writeNow() {
    if (unreadable !== undefined) {
      keepUnreadable(storage, unreadable);
      unreadable = undefined;
    }
    const ok = saveTopology(storage, store.getState().doc);
    if (ok !== store.getState().autosaveOk) store.setState({ autosaveOk: ok });
  }

  /** Refreshes the history flags, drops a selection that no longer exists, schedules the save. */
  function afterChange() {
    const { pastStates, futureStates } = store.temporal.getState();
    const state = store.getState();
    const next = futureStates.at(-1) as HistoryEntry | undefined;
    store.setState({
      canUndo: pastStates.length > 0,
      canRedo: futureStates.length > 0,
      undoLabel: pastStates.length > 0 ? state.label : null,
      redoLabel: next?.label ?? null,
      ...(state.selectedId !== null && !selectionExists(state.doc, state.selectedId)
        ? { selectedId: null }
        : {}),
    });
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      writeNow();
    }, autosaveDelayMs);
  }

  return Object.assign(store, { loadedFrom: loaded.source });
}

export type TopologyStore = ReturnType<typeof createTopologyStore>;

// The one store every change goes through: the topology document, its undo history (one step per
// user action, via zundo), the selection (not part of history) and the debounced autosave.
// Framework-free (zustand's vanilla store), so it is tested in Node; React binds it in
// use-topology-store.ts.
import { temporal } from "zundo";
import { createStore } from "zustand/vanilla";
import { textOf } from "../i18n/strings.ts";
import type { LocalText } from "../i18n/text.ts";
import { createItemTexts, docText, docTextInSlices, knownDocText } from "../io/doc-text.ts";
import { nextTask } from "../io/next-task.ts";
import type { CommandResult } from "../model/commands/types.ts";
import { emptyTopology } from "../model/document-basics.ts";
import { INTERNET_NODE_ID, parseAvailabilityZoneNodeId } from "../model/node-ids.ts";
import type { Topology } from "../model/schema.ts";
import { kindOfId } from "../model/topology-index.ts";
import {
  AUTOSAVE_KEY,
  type KeyValueStorage,
  keepUnreadable,
  type LargeStorage,
  LOCAL_TEXT_MAX,
  loadSavedTopology,
  META_KEY,
  newerMeta,
  parseMeta,
  problemOf,
  type Restored,
  type RestoreProblem,
  type RestoreText,
  readMeta,
  type SaveMeta,
  saveTopology,
  UNREADABLE_KEY,
  writeMeta,
} from "./persistence.ts";

export interface TopologyState {
  doc: Topology;
  /** Name of the user action that produced `doc` (both languages); what "Undo" would revert. */
  label: LocalText;
  selectedId: string | null;
  canUndo: boolean;
  canRedo: boolean;
  /** Shown as the Undo/Redo buttons' tooltips: "Undo: Add EC2 instance". */
  undoLabel: LocalText | null;
  redoLabel: LocalText | null;
  /** False after storage refused the last autosave (quota, privacy mode). */
  autosaveOk: boolean;
  /** Why the work is not kept in this browser: storage blocked, or the document too large for it. */
  autosaveProblem: "blocked" | "too-large" | null;
  /** Another tab saved this work since this tab read it: autosave waits until the user chooses. */
  otherTabSaved: boolean;
  /** A save found at start that couldn't be read (kept aside, see its keptAs), until dismissed. */
  restoreProblem: RestoreProblem | null;
  /** The format version the restored save was migrated from, until dismissed. */
  restoredFrom: number | null;
  /** The keys left out when the user opened an unreadable save without them (see RestoreProblem), until dismissed. */
  openedWithout: { dropped: string[]; keptAs?: string } | null;
  /** Counts saves read after start (a large one from IndexedDB, one opened without unknown keys): the view fits it anew. */
  lateRestores: number;
  /** Replaces this tab's document with the other tab's save (one undo step: nothing is lost). */
  loadOtherTabVersion: () => Promise<void>;
  /** Keeps this tab's document: saves it now over the other tab's. */
  keepThisTabVersion: () => void;
  dismissRestoreNotice: () => void;
  /** Opens the unreadable save without the keys this ec2viz doesn't know (one undo step; the copy stays kept). */
  openSaveWithoutUnknownKeys: () => void;
  /** Applies a finished command result as one undo step; a refusal changes nothing. */
  dispatch: (label: LocalText, result: CommandResult) => CommandResult;
  /** Runs a command on the current document and dispatches it. */
  apply: (label: LocalText, command: (doc: Topology) => CommandResult) => CommandResult;
  undo: () => void;
  redo: () => void;
  /** Replaces the whole document (file open) as one undoable step. */
  replaceDocument: (doc: Topology, label?: LocalText) => void;
  /** Starts an empty topology; the previous one stays one undo away. */
  newTopology: () => void;
  select: (id: string | null) => void;
  /** Writes a pending autosave now (call on pagehide). */
  flushAutosave: () => void;
}

/** Tabs of the same browser telling each other about saves (BroadcastChannel in the browser). */
export interface TabChannel {
  post: (message: SavedMessage) => void;
  listen: (onMessage: (message: SavedMessage) => void) => void;
}
export interface SavedMessage {
  type: "saved";
  tab: string;
  rev: number;
}

export interface StoreOptions {
  storage?: KeyValueStorage;
  /** Where documents too large for `storage` are kept (IndexedDB). */
  largeStorage?: LargeStorage;
  channel?: TabChannel;
  /** This tab's id in save records (random by default). */
  tabId?: string;
  /** False when the browser keeps nothing (storage blocked): said at once, not after the first edit. */
  persistent?: boolean;
  /** Document used when nothing usable is saved. */
  fallback: () => Topology;
  /** Reads saved text (restore-text.ts); needed at once only when `hasSave(storage)`. */
  restore?: RestoreText;
  /** Fetches the reader when it was not handed in (a save found later: another tab's, IndexedDB's). */
  loadRestore?: () => Promise<RestoreText>;
  /**
   * Reads a save found after start (IndexedDB's, another tab's, one of `readLaterFrom` characters or
   * more) off the page (the reader worker); without it, `restore`/`loadRestore` read it on the page.
   */
  restoreLater?: (raw: string) => Promise<Restored>;
  /** A save in `storage` this long or longer is read after the first picture, with `restoreLater`. */
  readLaterFrom?: number;
  autosaveDelayMs?: number;
  /**
   * Runs the autosave's write when the page is idle (the browser's requestIdleCallback), so turning
   * a big document into text never shares a frame with an edit; gives back a cancel. Without it the
   * write runs when the delay ends. A pending write is still done at once by flushAutosave.
   */
  whenIdle?: (write: () => void) => () => void;
  historyLimit?: number;
}

type HistoryEntry = Pick<TopologyState, "doc" | "label">;

/** How long the start waits for IndexedDB's save record before autosaving without it. */
const LARGE_META_WAIT_MS = 3000;
/** From this many instances and volumes the autosave's text is made in slices (docTextInSlices). */
const SLICED_TEXT_FROM = 4000;
const itemCount = (doc: Topology) => doc.instances.length + doc.volumes.length;

/** True when `a` is a later save than `b` (or `b` is none). */
function isNewer(a: SaveMeta, b: SaveMeta | undefined): boolean {
  return b === undefined || a.rev > b.rev || (a.rev === b.rev && a.savedAt > b.savedAt);
}

/** True when a selection still points at something in the document (a resource, a zone box, the Internet). */
export function selectionExists(doc: Topology, id: string): boolean {
  if (id === INTERNET_NODE_ID) return true;
  const zone = parseAvailabilityZoneNodeId(id);
  if (!zone) return kindOfId(doc, id) !== undefined;
  const owner =
    doc.regions.find((r) => r.id === zone.owner) ??
    doc.regions.find((r) => r.id === doc.vpcs.find((v) => v.id === zone.owner)?.region);
  return owner?.availabilityZones?.includes(zone.zone) ?? false;
}

export function createTopologyStore(options: StoreOptions) {
  const { storage, autosaveDelayMs = 400, historyLimit = 200 } = options;
  const { largeStorage, channel, persistent = true } = options;
  const tabId = options.tabId ?? Math.random().toString(36).slice(2);
  const loaded = loadSavedTopology(
    storage,
    options.fallback,
    options.restore,
    options.restoreLater ? options.readLaterFrom : undefined,
  );
  /** Read after start, but not before the first picture (IndexedDB's save, a big one, another tab's). */
  const readLater = loaded.source === "large" || loaded.source === "later";
  let reader = options.restore;
  const restoreText = async (raw: string) => {
    if (options.restoreLater) return options.restoreLater(raw);
    if (!reader) {
      if (!options.loadRestore) throw new Error("no reader for saved text");
      reader = await options.loadRestore();
    }
    return reader(raw);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Cancels the write waiting for an idle moment (see whenIdle). */
  let cancelIdle: (() => void) | undefined;
  /** The save record this tab last read or wrote; a different one means another tab saved. */
  let seen: SaveMeta | undefined = loaded.meta;
  /** The save record IndexedDB holds (read at start, then as this tab writes large saves). */
  let largeMeta: SaveMeta | undefined;
  /** True while a large save (or IndexedDB's record of one) is read at start: nothing is written meanwhile. */
  let restoring = readLater || largeStorage !== undefined;
  let edited = false;
  let writeToken = 0;
  /** The document this tab last wrote (large saves: once IndexedDB took it). */
  let written: Topology | undefined;
  // A big document's text, made in slices between tasks (docTextInSlices) for the write after it.
  let sliced: { doc: Topology; text: string } | undefined;
  let slicing = 0;
  // The texts of the items saved before: the store's documents are never changed in place, so an
  // edit's save makes text for the items it changed, not the whole document again (doc-text.ts).
  const itemTexts = createItemTexts();

  const store = createStore<TopologyState>()(
    temporal(
      (set, get) => {
        const commit = (doc: Topology, label: LocalText, selection: string | null | undefined) => {
          if (doc === get().doc) {
            if (selection !== undefined) set({ selectedId: selection });
            return;
          }
          set({ doc, label, ...(selection !== undefined ? { selectedId: selection } : {}) });
          afterChange();
        };
        return {
          doc: readLater ? options.fallback() : loaded.doc,
          label: { en: "", ko: "" },
          selectedId: null,
          canUndo: false,
          canRedo: false,
          undoLabel: null,
          redoLabel: null,
          autosaveOk: persistent,
          autosaveProblem: persistent ? null : "blocked",
          otherTabSaved: false,
          restoreProblem: loaded.source === "fallback" ? (loaded.problem ?? null) : null,
          restoredFrom: loaded.source === "saved" ? (loaded.migratedFrom ?? null) : null,
          openedWithout: null,
          lateRestores: 0,
          loadOtherTabVersion: async () => {
            largeMeta = newerMeta(largeMeta, await readLargeMeta());
            const meta = newerMeta(readMeta(storage), largeMeta);
            const raw = await readSaved(meta);
            const restored = raw === undefined ? undefined : await restoreText(raw);
            seen = meta;
            set({ otherTabSaved: false });
            if (restored?.ok) get().replaceDocument(restored.doc, textOf("history.otherTab"));
            else if (raw !== undefined && restored && !restored.ok) keepAside(raw, restored);
          },
          keepThisTabVersion: () => {
            seen = newerMeta(readMeta(storage), largeMeta);
            written = undefined;
            set({ otherTabSaved: false });
            writeNow();
          },
          dismissRestoreNotice: () => set({ restoreProblem: null, restoredFrom: null, openedWithout: null }),
          openSaveWithoutUnknownKeys: () => {
            const problem = get().restoreProblem;
            if (!problem?.withoutUnknownKeys) return;
            const { doc, dropped } = problem.withoutUnknownKeys;
            get().replaceDocument(doc, textOf("history.restoreAutosave"));
            set({
              restoreProblem: null,
              openedWithout: { dropped, ...(problem.keptAs ? { keptAs: problem.keptAs } : {}) },
              lateRestores: get().lateRestores + 1,
            });
          },
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
          replaceDocument: (doc, label = textOf("history.openFile")) => commit(doc, label, null),
          newTopology: () => commit(emptyTopology(), textOf("history.new"), null),
          select: (id) => set({ selectedId: id }),
          flushAutosave: () => {
            if (timer === undefined && cancelIdle === undefined && slicing === 0) return;
            clearTimeout(timer);
            timer = undefined;
            cancelIdle?.();
            cancelIdle = undefined;
            slicing = 0;
            writeNow(true);
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

  async function readLargeMeta(): Promise<SaveMeta | undefined> {
    try {
      return parseMeta(await largeStorage?.get(META_KEY));
    } catch {
      return undefined;
    }
  }

  async function readSaved(meta: SaveMeta | undefined): Promise<string | undefined> {
    try {
      if (meta?.where === "large") return await largeStorage?.get(AUTOSAVE_KEY);
      return storage?.getItem(AUTOSAVE_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  }

  function keepAside(raw: string, restored: Extract<Restored, { ok: false }>) {
    let keptAs = keepUnreadable(storage, raw);
    if (!keptAs && largeStorage && raw !== "") {
      // Too large for localStorage too: IndexedDB keeps the copy under its own key.
      keptAs = `${UNREADABLE_KEY}.${new Date().toISOString()}`;
      largeStorage.set(keptAs, raw).catch(() => undefined);
    }
    store.setState({ restoreProblem: problemOf(restored, raw, keptAs) });
  }

  function saved(meta: SaveMeta) {
    seen = meta;
    channel?.post({ type: "saved", tab: tabId, rev: meta.rev });
    if (!store.getState().autosaveOk) store.setState({ autosaveOk: true, autosaveProblem: null });
  }

  function failed(problem: "blocked" | "too-large") {
    written = undefined;
    if (store.getState().autosaveProblem !== problem)
      store.setState({ autosaveOk: false, autosaveProblem: problem });
  }

  /** Makes a big document's text a slice at a time, then writes it (if it is still the document). */
  function sliceText(doc: Topology) {
    const token = ++slicing;
    docTextInSlices(doc, nextTask, undefined, itemTexts).then(
      (text) => {
        if (token !== slicing || store.getState().doc !== doc) return; // a newer edit writes its own
        slicing = 0;
        sliced = { doc, text };
        writeNow();
      },
      () => {
        if (token === slicing) slicing = 0;
      },
    );
  }

  /** `at once`: the page is going away (flushAutosave), so no text is made in slices. */
  function writeNow(atOnce = false) {
    if (restoring || store.getState().otherTabSaved) return;
    if (!persistent) return failed("blocked");
    // Another tab saved since this one read the work: ask before writing over it.
    const current = newerMeta(readMeta(storage), largeMeta);
    if (current && current.tab !== tabId && (current.tab !== seen?.tab || current.rev !== seen?.rev)) {
      store.setState({ otherTabSaved: true });
      return;
    }
    // The very document this tab last wrote, still the newest save: nothing to write again.
    const doc = store.getState().doc;
    const ours = current !== undefined && current.tab === tabId && current.rev === seen?.rev;
    if (doc === written && ours && store.getState().autosaveOk) return;
    // A document read from a file comes with its text, made off the page (io/doc-text.ts).
    let text = knownDocText(doc) ?? (sliced?.doc === doc ? sliced.text : undefined);
    sliced = undefined;
    if (text === undefined) {
      if (!atOnce && itemCount(doc) >= SLICED_TEXT_FROM) return sliceText(doc);
      text = docText(doc, itemTexts);
    }
    slicing = 0;
    written = doc;
    const meta: SaveMeta = { tab: tabId, rev: (current?.rev ?? 0) + 1, savedAt: Date.now(), where: "local" };
    // A text this long goes straight to IndexedDB: localStorage's write is one task, ~80 ms a MB.
    const result = text.length > LOCAL_TEXT_MAX && largeStorage ? "too-large" : saveTopology(storage, text);
    const token = ++writeToken;
    if (result === "local") {
      writeMeta(storage, meta);
      return saved(meta);
    }
    if (result === "blocked" || !largeStorage) return failed(result === "blocked" ? "blocked" : "too-large");
    // Too large for localStorage: IndexedDB keeps it, and the record says where, in IndexedDB
    // and in localStorage (where it may no longer fit: then IndexedDB's record is the one read).
    const large: SaveMeta = { ...meta, where: "large" };
    largeStorage
      .set(AUTOSAVE_KEY, text)
      .then(() =>
        largeStorage.set(META_KEY, JSON.stringify(large)).then(
          () => true,
          () => false,
        ),
      )
      .then(
        (recorded) => {
          if (recorded) largeMeta = newerMeta(largeMeta, large);
          if (token !== writeToken) return;
          try {
            storage?.removeItem?.(AUTOSAVE_KEY); // the older, smaller copy must not come back on reload
          } catch {
            // Best effort: the records say where the newest copy is.
          }
          const recordedLocally = writeMeta(storage, large);
          if (!recordedLocally) {
            try {
              storage?.removeItem?.(META_KEY); // an older record there would point at the removed copy
            } catch {
              // Best effort: IndexedDB's record is newer and wins.
            }
          }
          if (recorded || recordedLocally) saved(large);
          else failed("too-large");
        },
        () => {
          if (token === writeToken) failed("too-large");
        },
      );
  }

  const finish = () => {
    restoring = false;
    if (edited) schedule();
  };
  // A save too large for localStorage is read from IndexedDB, through the same restore path: the
  // one localStorage's record points at, or one IndexedDB's own record says is newer (localStorage
  // was too full to take even the record). Nothing is written until IndexedDB has answered.
  if (largeStorage) {
    let waited: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<undefined>((resolve) => {
      waited = setTimeout(() => resolve(undefined), LARGE_META_WAIT_MS);
    });
    Promise.race([readLargeMeta(), gaveUp]).then((recorded) => {
      clearTimeout(waited);
      largeMeta = recorded;
      const newer = recorded?.where === "large" && isNewer(recorded, loaded.meta);
      if (readLater || newer) {
        if (newer) seen = recorded;
        restoreLarge(newer ? recorded : loaded.meta);
      } else finish();
    });
  } else if (readLater) restoreLarge(loaded.meta);

  function restoreLarge(meta: SaveMeta | undefined) {
    readSaved(meta)
      .then(async (raw) => {
        if (raw === undefined) {
          keepAside("", { ok: false, error: { kind: "not-an-object" } });
          return;
        }
        const restored = await restoreText(raw);
        if (!restored.ok) keepAside(raw, restored);
        else if (edited) store.getState().replaceDocument(restored.doc, textOf("history.restoreAutosave"));
        else {
          store.setState({ doc: restored.doc, restoredFrom: restored.migratedFrom ?? null });
          store.temporal.getState().clear();
        }
        if (restored.ok) store.setState({ lateRestores: store.getState().lateRestores + 1 });
      })
      .catch(() => undefined)
      .finally(finish);
  }

  channel?.listen((message) => {
    if (
      message.type === "saved" &&
      message.tab !== tabId &&
      (message.rev !== seen?.rev || seen?.tab !== message.tab)
    )
      store.setState({ otherTabSaved: true });
  });

  function schedule() {
    if (timer !== undefined) clearTimeout(timer);
    cancelIdle?.();
    cancelIdle = undefined;
    timer = setTimeout(() => {
      timer = undefined;
      if (!options.whenIdle) return writeNow();
      cancelIdle = options.whenIdle(() => {
        cancelIdle = undefined;
        writeNow();
      });
    }, autosaveDelayMs);
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
    edited = true;
    schedule();
  }

  return Object.assign(store, { loadedFrom: loaded.source, tabId });
}

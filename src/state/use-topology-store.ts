// The app's single topology store, bound to React and to the browser's localStorage.
import { useStore } from "zustand";
import { LARGE_OPEN_BYTES } from "../io/limits.ts";
import { seedDocument } from "../model/examples/seed.ts";
import { hasSave, indexedDbStorage, type KeyValueStorage, memoryStorage } from "./persistence.ts";
import {
  createTopologyStore,
  type SavedMessage,
  type TabChannel,
  type TopologyState,
} from "./topology-store.ts";

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

/** localStorage, or an in-memory stand-in (and `persistent: false`) when the browser blocks it. */
function browserStorage(): { storage: KeyValueStorage; persistent: boolean } {
  try {
    if (typeof localStorage !== "undefined") {
      const probe = "ec2viz.probe";
      localStorage.setItem(probe, "1");
      localStorage.removeItem(probe);
      return { storage: localStorage, persistent: true };
    }
  } catch (error) {
    // Access itself can throw when storage is blocked. A full storage is not blocked: it still
    // reads, and what doesn't fit goes to IndexedDB (found by e2e/quota.spec.ts in Chromium).
    if (isQuotaError(error)) return { storage: localStorage, persistent: true };
  }
  return { storage: memoryStorage(), persistent: false };
}

/** Other tabs of this app hear about each save, so none overwrites another's work unasked. */
function tabChannel(): TabChannel | undefined {
  if (typeof BroadcastChannel === "undefined") return undefined;
  const channel = new BroadcastChannel("ec2viz-autosave");
  return {
    post: (message) => channel.postMessage(message),
    listen: (onMessage) => channel.addEventListener("message", (e) => onMessage(e.data as SavedMessage)),
  };
}

const { storage, persistent } = browserStorage();
const largeStorage = indexedDbStorage();
const loadRestore = () => import("./restore-text.ts").then((m) => m.restoreText);
// The file reader (schema, migrations) is fetched before the first picture only when there is a
// save to read: a first visit draws without it (issue #14, initial JS).
const restore = hasSave(storage) ? await loadRestore() : undefined;

/** The autosave's write waits for an idle moment, at most a second (see StoreOptions.whenIdle). */
function whenIdle(write: () => void): () => void {
  if (typeof requestIdleCallback === "undefined") {
    const timer = setTimeout(write, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(write, { timeout: 1000 });
  return () => cancelIdleCallback(handle);
}

export const topologyStore = createTopologyStore({
  storage,
  persistent,
  fallback: seedDocument,
  ...(restore ? { restore } : {}),
  loadRestore,
  // A big save (IndexedDB's, or localStorage's past LARGE_OPEN_BYTES) is read after the first
  // picture, in the reader worker, as Open… reads a file: start-up never waits on it (issue #15).
  restoreLater: (raw) => import("../app/read-off-page.ts").then((m) => m.restoreOffPage(raw)),
  readLaterFrom: LARGE_OPEN_BYTES,
  whenIdle,
  ...(largeStorage ? { largeStorage } : {}),
  ...(typeof window !== "undefined" ? { channel: tabChannel() } : {}),
});

if (typeof window !== "undefined") {
  // A closed tab must not lose the last edit made within the autosave delay (or waiting for an
  // idle moment); a hidden tab may be closed or discarded without another event.
  window.addEventListener("pagehide", () => topologyStore.getState().flushAutosave());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") topologyStore.getState().flushAutosave();
  });
}

export function useTopologyStore<T>(selector: (state: TopologyState) => T): T {
  return useStore(topologyStore, selector);
}

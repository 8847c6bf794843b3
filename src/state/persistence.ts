// Reading and writing the autosaved topology. The saved data is the topology file itself (JSON),
// so a user can copy it out of the browser's storage and open it elsewhere, and it is read back
// through the same path as a file (src/io/parse.ts: version check, migrations, schema). Nothing
// here throws: storage that is blocked, full or holding something unreadable is reported, and an
// unreadable save is kept aside at once under its own key, never overwritten.

import type { ParseError } from "../io/parse-json.ts";
import type { WithoutUnknownKeys } from "../io/unknown-keys.ts";
import type { Topology } from "../model/schema.ts";

export const AUTOSAVE_KEY = "ec2viz.topology.v1";
/** Unreadable saves are kept under this prefix plus a time stamp: every copy, not only the last. */
export const UNREADABLE_KEY = "ec2viz.topology.v1.unreadable";
/** Which tab wrote the save last, when, and where the document is (small, always in localStorage). */
export const META_KEY = "ec2viz.topology.v1.meta";
/** Longer autosave texts go to IndexedDB (where there is one): a localStorage write blocks the page. */
export const LOCAL_TEXT_MAX = 1_000_000;

export type KeyValueStorage = Pick<Storage, "getItem" | "setItem"> & Partial<Pick<Storage, "removeItem">>;

/** Where documents too large for localStorage go (IndexedDB in the browser). */
export interface LargeStorage {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export interface SaveMeta {
  /** The tab that wrote it. */
  tab: string;
  /** Counts saves, so another tab's save is told apart from the one this tab loaded. */
  rev: number;
  savedAt: number;
  /** "large": the document is in LargeStorage, not under AUTOSAVE_KEY. */
  where: "local" | "large";
}

/** `withoutUnknownKeys`: what the save holds without the keys this ec2viz doesn't know, when only they are wrong. */
export type RestoreProblem = {
  error: ParseError;
  keptAs?: string;
  raw: string;
  withoutUnknownKeys?: WithoutUnknownKeys;
};

type LoadedTopology =
  | { source: "saved"; doc: Topology; migratedFrom?: number; meta?: SaveMeta }
  | { source: "large"; meta: SaveMeta }
  /** A save too big to read before the first picture: read after it, off the page (`laterFrom`). */
  | { source: "later"; meta?: SaveMeta }
  | { source: "fallback"; doc: Topology; problem?: RestoreProblem; meta?: SaveMeta };

export function readMeta(storage: KeyValueStorage | undefined): SaveMeta | undefined {
  try {
    return parseMeta(storage?.getItem(META_KEY));
  } catch {
    return undefined;
  }
}

/**
 * The newer of two save records (more saves counted; then the later one). A large save's record is
 * kept in LargeStorage too, for when localStorage is too full to take even the record.
 */
export function newerMeta(a: SaveMeta | undefined, b: SaveMeta | undefined): SaveMeta | undefined {
  if (!a || !b) return a ?? b;
  if (a.rev !== b.rev) return a.rev > b.rev ? a : b;
  return b.savedAt > a.savedAt ? b : a;
}

/** A save record from its stored text; undefined for anything else. */
export function parseMeta(raw: string | null | undefined): SaveMeta | undefined {
  try {
    if (!raw) return undefined;
    const meta = JSON.parse(raw) as Partial<SaveMeta>;
    if (typeof meta.tab !== "string" || typeof meta.rev !== "number") return undefined;
    return {
      tab: meta.tab,
      rev: meta.rev,
      savedAt: Number(meta.savedAt) || 0,
      where: meta.where === "large" ? "large" : "local",
    };
  } catch {
    return undefined;
  }
}

/** Keeps `raw` under a key of its own (UNREADABLE_KEY + time stamp); the key, or undefined when storage refuses. */
export function keepUnreadable(
  storage: KeyValueStorage | undefined,
  raw: string,
  now = Date.now(),
): string | undefined {
  if (!storage) return undefined;
  for (let n = 0; n < 100; n++) {
    const key = `${UNREADABLE_KEY}.${new Date(now).toISOString()}${n === 0 ? "" : `.${n}`}`;
    try {
      if (storage.getItem(key) !== null) continue;
      storage.setItem(key, raw);
      return key;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export type Restored =
  | { ok: true; doc: Topology; migratedFrom?: number }
  | { ok: false; error: ParseError; withoutUnknownKeys?: WithoutUnknownKeys };
/**
 * Reads stored text the way a file is read: restore-text.ts's `restoreText`. Handed in, so a first
 * visit (nothing saved) never loads the file reader and its schema (zod) before the first picture.
 */
export type RestoreText = (raw: string) => Restored;

/** True when a save is stored (in `storage`, or recorded there as kept in LargeStorage). */
export function hasSave(storage: KeyValueStorage | undefined): boolean {
  try {
    return storage?.getItem(AUTOSAVE_KEY) != null || readMeta(storage) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Reads the save at start; an unreadable one is kept aside at once and reported, never dropped. A
 * save of `laterFrom` characters or more is left for later ("later"), as one in LargeStorage is.
 */
export function loadSavedTopology(
  storage: KeyValueStorage | undefined,
  fallback: () => Topology,
  restoreText: RestoreText | undefined,
  laterFrom = Number.POSITIVE_INFINITY,
): LoadedTopology {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    // Storage can be blocked (privacy settings); start from the fallback.
  }
  const meta = readMeta(storage);
  if (meta?.where === "large") return { source: "large", meta };
  if (raw === null) return { source: "fallback", doc: fallback(), ...(meta ? { meta } : {}) };
  if (raw.length >= laterFrom) return { source: "later", ...(meta ? { meta } : {}) };
  if (!restoreText) throw new Error("a save is stored but no reader was handed in (see hasSave)");
  const restored = restoreText(raw);
  if (restored.ok) return { source: "saved", ...restored, ...(meta ? { meta } : {}) };
  const keptAs = keepUnreadable(storage, raw);
  const problem = problemOf(restored, raw, keptAs);
  return { source: "fallback", doc: fallback(), problem, ...(meta ? { meta } : {}) };
}

/** What the user is told of a save that couldn't be read (and offered, see RestoreProblem). */
export function problemOf(
  restored: Extract<Restored, { ok: false }>,
  raw: string,
  keptAs: string | undefined,
): RestoreProblem {
  return {
    error: restored.error,
    raw,
    ...(keptAs ? { keptAs } : {}),
    ...(restored.withoutUnknownKeys ? { withoutUnknownKeys: restored.withoutUnknownKeys } : {}),
  };
}

type SaveResult = "local" | "too-large" | "blocked";

/** Writes the document to localStorage; "too-large" when the quota refuses it, "blocked" without storage. */
export function saveTopology(storage: KeyValueStorage | undefined, text: string): SaveResult {
  if (!storage) return "blocked";
  try {
    storage.setItem(AUTOSAVE_KEY, text);
    return "local";
  } catch (error) {
    const name = (error as { name?: string })?.name ?? "";
    return /quota/i.test(name) || /quota/i.test(String((error as Error)?.message)) ? "too-large" : "blocked";
  }
}

export function writeMeta(storage: KeyValueStorage | undefined, meta: SaveMeta): boolean {
  try {
    storage?.setItem(META_KEY, JSON.stringify(meta));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** An in-memory Storage stand-in, for tests and for browsers that block localStorage. */
export function memoryStorage(
  initial: Record<string, string> = {},
  quotaChars = Number.POSITIVE_INFINITY,
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      let used = value.length;
      for (const [k, v] of data) if (k !== key) used += v.length;
      if (used > quotaChars) throw Object.assign(new Error("quota exceeded"), { name: "QuotaExceededError" });
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

/** An in-memory LargeStorage, for tests. */
export function memoryLargeStorage(): LargeStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => {
      data.set(key, value);
    },
  };
}

/** IndexedDB as LargeStorage: one object store of strings. */
export function indexedDbStorage(name = "ec2viz", storeName = "autosave"): LargeStorage | undefined {
  if (typeof indexedDB === "undefined") return undefined;
  let db: Promise<IDBDatabase> | undefined;
  const open = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return db;
  };
  const run = <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>) =>
    open().then(
      (database) =>
        new Promise<T>((resolve, reject) => {
          const tx = database.transaction(storeName, mode);
          const request = work(tx.objectStore(storeName));
          tx.oncomplete = () => resolve(request.result);
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        }),
    );
  return {
    get: async (key) => {
      const value = await run("readonly", (s) => s.get(key));
      return typeof value === "string" ? value : undefined;
    },
    set: async (key, value) => {
      await run("readwrite", (s) => s.put(value, key));
    },
  };
}

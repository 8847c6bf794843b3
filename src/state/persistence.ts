// Reading and writing the autosaved topology. Saved data is the topology file itself (JSON), so a
// user can copy it out of the browser's storage and open it elsewhere. Nothing here throws: a
// missing, unreadable or invalid save falls back to the given document.
import { type Topology, topology } from "../model/schema.ts";

export const AUTOSAVE_KEY = "ec2viz.topology.v1";
/** Where an unreadable save is kept before the first autosave replaces it, so nothing is lost. */
export const UNREADABLE_KEY = "ec2viz.topology.v1.unreadable";

export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

export type LoadedTopology =
  | { source: "saved"; doc: Topology }
  | { source: "fallback"; doc: Topology; unreadable?: string };

export function loadSavedTopology(
  storage: KeyValueStorage | undefined,
  fallback: () => Topology,
): LoadedTopology {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    // Storage can be blocked (privacy settings); start from the fallback.
  }
  if (raw === null) return { source: "fallback", doc: fallback() };
  try {
    const parsed = topology.safeParse(JSON.parse(raw));
    if (parsed.success) return { source: "saved", doc: parsed.data };
  } catch {
    // Not JSON: handled below like a save that fails the schema.
  }
  return { source: "fallback", doc: fallback(), unreadable: raw };
}

/** Writes the document; returns false when storage refuses (quota, privacy mode). */
export function saveTopology(storage: KeyValueStorage | undefined, doc: Topology): boolean {
  if (!storage) return false;
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(doc));
    return true;
  } catch {
    return false;
  }
}

export function keepUnreadable(storage: KeyValueStorage | undefined, raw: string): void {
  try {
    storage?.setItem(UNREADABLE_KEY, raw);
  } catch {
    // Best effort only.
  }
}

/** An in-memory Storage stand-in, for tests and for browsers that block localStorage. */
export function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

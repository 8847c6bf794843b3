// The app's single topology store, bound to React and to the browser's localStorage.
import { useStore } from "zustand";
import seedJson from "../../examples/seed-article.json";
import { type Topology, topology } from "../model/schema.ts";
import { type KeyValueStorage, memoryStorage } from "./persistence.ts";
import { createTopologyStore, type TopologyState } from "./topology-store.ts";

function browserStorage(): KeyValueStorage {
  try {
    if (typeof localStorage !== "undefined") return localStorage;
  } catch {
    // Access itself can throw when storage is blocked.
  }
  return memoryStorage();
}

function seedTopology(): Topology {
  return topology.parse(seedJson);
}

export const topologyStore = createTopologyStore({ storage: browserStorage(), fallback: seedTopology });

if (typeof window !== "undefined") {
  // A closed tab must not lose the last edit made within the autosave delay.
  window.addEventListener("pagehide", () => topologyStore.getState().flushAutosave());
}

export function useTopologyStore<T>(selector: (state: TopologyState) => T): T {
  return useStore(topologyStore, selector);
}

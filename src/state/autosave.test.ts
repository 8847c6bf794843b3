// Issue #15 (reliability review B3, B4, B13): the autosave never loses work in silence.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { rememberDocText } from "../io/doc-text.ts";
import { addVpc } from "../model/commands/add-network.ts";
import { generateTopology } from "../model/examples/generate.ts";
import { emptyTopology } from "../model/schema.ts";
import { seed } from "../model/testing/commands.ts";
import {
  AUTOSAVE_KEY,
  hasSave,
  type KeyValueStorage,
  META_KEY,
  memoryLargeStorage,
  memoryStorage,
  readMeta,
  UNREADABLE_KEY,
} from "./persistence.ts";
import { restoreText } from "./restore-text.ts";
import {
  createTopologyStore,
  type SavedMessage,
  type StoreOptions,
  type TabChannel,
} from "./topology-store.ts";

/** How long a save or a reload may take to land: a budget for a busy machine, not a speed check. */
const SETTLED = { timeout: 15_000 };
const ADD_VPC = { en: "Add VPC", ko: "VPC 추가" };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const addOne = (store: ReturnType<typeof createTopologyStore>) =>
  store.getState().apply(ADD_VPC, (doc) => addVpc(doc, { regionId: "ap-northeast-2" }));

/** A document about `chars` characters long as JSON. */
function bigDoc(chars: number) {
  const doc = emptyTopology("x".repeat(Math.min(chars, 1000)));
  const per = 200;
  for (let i = 0; i * per < chars; i++)
    doc.regions.push({ id: `r-${i}-${"y".repeat(per - 40)}`, availabilityZones: [] });
  return doc;
}

/** Tabs in one browser: a shared storage and a channel that delivers each message to the other tabs. */
function browser() {
  const storage = memoryStorage();
  const listeners = new Map<string, (m: SavedMessage) => void>();
  const tab = (tabId: string, extra: Partial<StoreOptions> = {}) => {
    const channel: TabChannel = {
      post: (m) => {
        for (const [id, listen] of listeners) if (id !== tabId) listen(m);
      },
      listen: (on) => listeners.set(tabId, on),
    };
    return createTopologyStore({ storage, fallback: seed, restore: restoreText, tabId, channel, ...extra });
  };
  return { storage, tab };
}

describe("when the browser can't keep the work (B3)", () => {
  it("says so at once when storage is blocked", () => {
    const store = createTopologyStore({
      storage: memoryStorage(),
      fallback: seed,
      restore: restoreText,
      persistent: false,
    });
    expect(store.getState()).toMatchObject({ autosaveOk: false, autosaveProblem: "blocked" });
  });

  it("keeps a document too large for localStorage in the large store, and reloads it from there", async () => {
    const storage = memoryStorage({}, 50_000);
    const large = memoryLargeStorage();
    const store = createTopologyStore({ storage, largeStorage: large, fallback: seed, restore: restoreText });
    store.getState().replaceDocument(bigDoc(100_000));
    vi.runAllTimers();
    await vi.waitFor(() => expect(readMeta(storage)?.where).toBe("large"), SETTLED);
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false); // no older copy left to come back
    expect(store.getState().autosaveOk).toBe(true);

    const reloaded = createTopologyStore({
      storage,
      largeStorage: large,
      fallback: seed,
      restore: restoreText,
    });
    expect(reloaded.loadedFrom).toBe("large");
    expect(reloaded.getState().lateRestores).toBe(0);
    await vi.waitFor(() => expect(reloaded.getState().doc).toEqual(store.getState().doc), SETTLED);
    expect(reloaded.getState().canUndo).toBe(false);
    // It arrives after the first picture: the view is told to fit it (e2e quota.spec reloads it).
    expect(reloaded.getState().lateRestores).toBe(1);
  });

  it("keeps the record in the large store too: a localStorage too full for even the record raises no alarm", async () => {
    const filler = "f".repeat(50_000);
    const storage = memoryStorage({ filler }, filler.length); // not one more character fits
    const large = memoryLargeStorage();
    const store = createTopologyStore({ storage, largeStorage: large, fallback: seed, restore: restoreText });
    store.getState().replaceDocument(bigDoc(100_000));
    await vi.waitFor(() => expect(large.data.has(META_KEY)).toBe(true), SETTLED);
    expect(readMeta(storage)).toBeUndefined();
    expect(store.getState()).toMatchObject({ autosaveOk: true, autosaveProblem: null });

    // Nothing in localStorage, as on a first visit: the page hands in no reader, only a way to
    // fetch it, which the save found in the large store then needs.
    expect(hasSave(storage)).toBe(false);
    let fetched = 0;
    const loadRestore = async () => {
      fetched++;
      return restoreText;
    };
    const reloaded = createTopologyStore({ storage, largeStorage: large, fallback: seed, loadRestore });
    expect(reloaded.loadedFrom).toBe("fallback");
    await vi.waitFor(() => expect(reloaded.getState().doc).toEqual(store.getState().doc), SETTLED);
    expect(reloaded.getState().lateRestores).toBe(1);
    expect(fetched).toBe(1);
    expect(reloaded.getState().otherTabSaved).toBe(false);

    // A later small save in localStorage wins over the large store's older record.
    storage.data.delete("filler");
    reloaded.getState().replaceDocument(seed());
    await vi.waitFor(() => expect(readMeta(storage)?.where).toBe("local"), SETTLED);
    const again = createTopologyStore({ storage, largeStorage: large, fallback: seed, restore: restoreText });
    expect(again.loadedFrom).toBe("saved");
    const small = again.getState().doc;
    await vi.runAllTimersAsync();
    expect(again.getState().doc).toBe(small);
    expect(again.getState().lateRestores).toBe(0);
  });

  it("tells the user when the document fits nowhere, and keeps the older save", () => {
    const storage = memoryStorage({}, 50_000);
    const store = createTopologyStore({ storage, fallback: seed, restore: restoreText });
    addOne(store);
    vi.runAllTimers();
    const older = storage.data.get(AUTOSAVE_KEY);
    store.getState().replaceDocument(bigDoc(100_000));
    vi.runAllTimers();
    expect(store.getState()).toMatchObject({ autosaveOk: false, autosaveProblem: "too-large" });
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(older);
    store.getState().undo(); // small again: saved, and the warning goes
    vi.runAllTimers();
    expect(store.getState()).toMatchObject({ autosaveOk: true, autosaveProblem: null });
  });
});

describe("two tabs on the same work (B4)", () => {
  it("notice each other and never overwrite without asking", () => {
    const { storage, tab } = browser();
    const a = tab("a");
    const b = tab("b");
    addOne(a);
    vi.runAllTimers();
    const savedByA = storage.data.get(AUTOSAVE_KEY);
    expect(b.getState().otherTabSaved).toBe(true);
    b.getState().newTopology(); // B edits: its autosave waits
    vi.runAllTimers();
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(savedByA);
  });

  it("loads the other tab's version as one undo step, or keeps its own when asked", async () => {
    const { storage, tab } = browser();
    const a = tab("a");
    const b = tab("b");
    addOne(a);
    vi.runAllTimers();
    b.getState().newTopology();
    await b.getState().loadOtherTabVersion();
    expect(b.getState().doc).toEqual(a.getState().doc);
    b.getState().undo();
    expect(b.getState().doc.vpcs).toEqual([]); // B's own work is one undo away
    b.getState().keepThisTabVersion();
    expect(JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? "{}").vpcs).toEqual([]);
    expect(readMeta(storage)?.tab).toBe("b");
    expect(a.getState().otherTabSaved).toBe(true);
  });

  it("notices another tab's save even without a channel (checked before each write)", () => {
    const storage = memoryStorage();
    const a = createTopologyStore({ storage, fallback: seed, restore: restoreText, tabId: "a" });
    const b = createTopologyStore({ storage, fallback: seed, restore: restoreText, tabId: "b" });
    addOne(a);
    vi.runAllTimers();
    const savedByA = storage.data.get(AUTOSAVE_KEY);
    addOne(b);
    vi.runAllTimers();
    expect(b.getState().otherTabSaved).toBe(true);
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(savedByA);
  });
});

describe("an unreadable or newer save (B13)", () => {
  it("is read through the file reader: a newer version is named, kept aside at once, and every copy stays", () => {
    const storage: KeyValueStorage & { data: Map<string, string> } = memoryStorage({
      [AUTOSAVE_KEY]: '{"version":99}',
    });
    const first = createTopologyStore({ storage, fallback: seed, restore: restoreText });
    expect(first.getState().restoreProblem?.error).toEqual({ kind: "newer-version", found: 99 });
    vi.setSystemTime(Date.now() + 1000);
    storage.setItem(AUTOSAVE_KEY, "{broken");
    storage.data.delete(META_KEY);
    const second = createTopologyStore({ storage, fallback: seed, restore: restoreText });
    expect(second.getState().restoreProblem?.error.kind).toBe("syntax");
    const kept = [...storage.data.keys()].filter((k) => k.startsWith(UNREADABLE_KEY));
    expect(kept.map((k) => storage.data.get(k)).sort()).toEqual(['{"version":99}', "{broken"].sort());
  });

  it("refuses a save with a key this version doesn't know, keeping it, and offers it without the key", () => {
    const doc = seed();
    const raw = JSON.stringify({ ...doc, futureKey: true });
    const storage = memoryStorage({ [AUTOSAVE_KEY]: raw });
    const store = createTopologyStore({ storage, fallback: () => emptyTopology(), restore: restoreText });
    const problem = store.getState().restoreProblem;
    expect(problem?.error.kind).toBe("schema");
    expect(problem?.keptAs).toBeDefined();
    expect(problem?.withoutUnknownKeys?.dropped).toEqual(["$.futureKey"]);
    expect(store.getState().doc).toEqual(emptyTopology());

    store.getState().openSaveWithoutUnknownKeys();
    expect(store.getState().doc).toEqual(doc);
    expect(store.getState()).toMatchObject({
      restoreProblem: null,
      openedWithout: { dropped: ["$.futureKey"], keptAs: problem?.keptAs },
      canUndo: true,
    });
    vi.runAllTimers();
    // The full copy stays kept; the save now holds what is open.
    expect(storage.data.get(problem?.keptAs ?? "")).toBe(raw);
    expect(JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? "null")).toEqual(doc);
    store.getState().undo();
    expect(store.getState().doc).toEqual(emptyTopology());
  });

  it("offers nothing to open when more than unknown keys is wrong", () => {
    const raw = JSON.stringify({ ...seed(), futureKey: true, name: 5 });
    const store = createTopologyStore({
      storage: memoryStorage({ [AUTOSAVE_KEY]: raw }),
      fallback: seed,
      restore: restoreText,
    });
    expect(store.getState().restoreProblem?.error.kind).toBe("schema");
    expect(store.getState().restoreProblem?.withoutUnknownKeys).toBeUndefined();
    store.getState().openSaveWithoutUnknownKeys();
    expect(store.getState().doc).toEqual(seed());
  });

  it("won't start without a reader while a save is stored (it would be taken for a first visit)", () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: JSON.stringify(seed()) });
    expect(hasSave(storage)).toBe(true);
    expect(() => createTopologyStore({ storage, fallback: seed })).toThrow(/no reader/);
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(JSON.stringify(seed()));
  });

  it("restores a readable save without a notice", () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: JSON.stringify(seed()) });
    const store = createTopologyStore({ storage, fallback: () => emptyTopology(), restore: restoreText });
    expect(store.getState()).toMatchObject({ restoreProblem: null, restoredFrom: null });
    expect(store.getState().doc).toEqual(seed());
  });
});

describe("a big save is read after the first picture, off the page (#15)", () => {
  it("starts on the fallback, then reads a big localStorage save through restoreLater; a small one at once", async () => {
    const saved = bigDoc(5000);
    const storage = memoryStorage({ [AUTOSAVE_KEY]: JSON.stringify(saved) });
    const read: string[] = [];
    const restoreLater = async (raw: string) => {
      read.push(raw);
      return restoreText(raw);
    };
    const store = createTopologyStore({ storage, fallback: seed, restoreLater, readLaterFrom: 1000 });
    // Nothing read on the page at start: no reader was even handed in.
    expect(store.loadedFrom).toBe("later");
    expect(store.getState().doc).toEqual(seed());
    await vi.waitFor(() => expect(store.getState().doc).toEqual(saved), SETTLED);
    expect(read).toEqual([JSON.stringify(saved)]);
    expect(store.getState()).toMatchObject({ lateRestores: 1, canUndo: false, restoreProblem: null });
    // Nothing is written over the save meanwhile, and the save is still there.
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(JSON.stringify(saved));

    const small = memoryStorage({ [AUTOSAVE_KEY]: JSON.stringify(seed()) });
    const quick = createTopologyStore({
      storage: small,
      fallback: () => emptyTopology(),
      restore: restoreText,
      restoreLater,
      readLaterFrom: JSON.stringify(seed()).length + 1,
    });
    expect(quick.loadedFrom).toBe("saved");
    expect(quick.getState().doc).toEqual(seed());
  });

  it("keeps an unreadable big save aside and says so, as at start", async () => {
    const raw = `{"version":99,"name":"${"x".repeat(2000)}"}`;
    const storage = memoryStorage({ [AUTOSAVE_KEY]: raw });
    const store = createTopologyStore({
      storage,
      fallback: seed,
      restoreLater: async (text) => restoreText(text),
      readLaterFrom: 1000,
    });
    await vi.waitFor(
      () => expect(store.getState().restoreProblem?.error.kind).toBe("newer-version"),
      SETTLED,
    );
    const kept = [...storage.data.keys()].filter((k) => k.startsWith(UNREADABLE_KEY));
    expect(kept.map((k) => storage.data.get(k))).toEqual([raw]);
    expect(store.getState().doc).toEqual(seed());
  });

  it("reads IndexedDB's save through restoreLater too", async () => {
    const storage = memoryStorage({}, 50_000);
    const large = memoryLargeStorage();
    const first = createTopologyStore({ storage, largeStorage: large, fallback: seed, restore: restoreText });
    first.getState().replaceDocument(bigDoc(100_000));
    vi.runAllTimers();
    await vi.waitFor(() => expect(readMeta(storage)?.where).toBe("large"), SETTLED);
    let calls = 0;
    const reloaded = createTopologyStore({
      storage,
      largeStorage: large,
      fallback: seed,
      restoreLater: async (raw) => {
        calls++;
        return restoreText(raw);
      },
    });
    await vi.waitFor(() => expect(reloaded.getState().doc).toEqual(first.getState().doc), SETTLED);
    expect(calls).toBe(1);
  });
});

describe("writes only what changed (#14)", () => {
  it("doesn't write the document it last wrote again (an edit undone and redone before the save)", () => {
    const storage = memoryStorage();
    let writes = 0;
    const counting: typeof storage = Object.assign(Object.create(storage), {
      setItem: (key: string, value: string) => {
        if (key === AUTOSAVE_KEY) writes++;
        storage.setItem(key, value);
      },
    });
    const store = createTopologyStore({ storage: counting, fallback: seed, restore: restoreText });
    addOne(store);
    vi.runAllTimers();
    expect(writes).toBe(1);
    store.getState().undo();
    store.getState().redo();
    vi.runAllTimers();
    expect(writes).toBe(1);
    store.getState().undo();
    vi.runAllTimers();
    expect(writes).toBe(2);
    expect(JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? "")).toEqual(store.getState().doc);
  });

  it("writes in an idle moment after the delay, never during an edit, and at once when flushed", () => {
    const storage = memoryStorage();
    const idle: (() => void)[] = [];
    const whenIdle = (write: () => void) => {
      idle.push(write);
      return () => idle.splice(idle.indexOf(write), 1);
    };
    const store = createTopologyStore({ storage, fallback: seed, whenIdle });
    addOne(store);
    vi.runAllTimers();
    // The delay is over; the write waits for the page to be idle.
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false);
    expect(idle).toHaveLength(1);
    // Another edit meanwhile: the waiting write is dropped and the delay starts again.
    addOne(store);
    expect(idle).toHaveLength(0);
    vi.runAllTimers();
    idle.shift()?.();
    expect(JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? "")).toEqual(store.getState().doc);
    // Leaving the page while a write waits for an idle moment writes it at once.
    addOne(store);
    vi.runAllTimers();
    expect(idle).toHaveLength(1);
    store.getState().flushAutosave();
    expect(idle).toHaveLength(0);
    expect(JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? "")).toEqual(store.getState().doc);
  });

  it("makes a big document's text in slices between tasks, straight into the large store; a flush writes at once", async () => {
    const storage = memoryStorage();
    const large = memoryLargeStorage();
    const store = createTopologyStore({ storage, largeStorage: large, fallback: seed, restore: restoreText });
    const big = generateTopology(2500, 1); // 5,000 instances and volumes, 0.8 MB of text
    store.getState().replaceDocument(big);
    const stringify = vi.spyOn(JSON, "stringify");
    vi.advanceTimersToNextTimer(); // the autosave's delay: the first slice, no write yet
    expect(stringify.mock.calls.some(([value]) => value === big)).toBe(false);
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false);
    expect(large.data.has(AUTOSAVE_KEY)).toBe(false);
    await vi.runAllTimersAsync();
    stringify.mockRestore();
    // Under LOCAL_TEXT_MAX it still goes to localStorage, exactly as JSON.stringify makes it.
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(JSON.stringify(big));

    const bigger = generateTopology(4000, 1); // 1.2 MB: past LOCAL_TEXT_MAX, so into IndexedDB
    store.getState().replaceDocument(bigger);
    await vi.runAllTimersAsync();
    await vi.waitFor(() => expect(readMeta(storage)?.where).toBe("large"), SETTLED);
    expect(large.data.get(AUTOSAVE_KEY)).toBe(JSON.stringify(bigger));
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false);

    // Leaving the page half-way through the slices writes the document at once.
    store.getState().replaceDocument(big);
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    store.getState().flushAutosave();
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(JSON.stringify(big));
  });

  it("after an edit, turns only the items the edit changed into text again, and saves exactly the document (#14)", async () => {
    const storage = memoryStorage();
    const store = createTopologyStore({ storage, fallback: seed, restore: restoreText });
    const big = generateTopology(2500, 1);
    store.getState().replaceDocument(big);
    await vi.runAllTimersAsync();
    const [first, ...rest] = big.instances;
    const renamed = { ...(first as (typeof big.instances)[number]), tags: { Name: "renamed" } };
    const edited = { ...big, instances: [renamed, ...rest] };
    const stringify = vi.spyOn(JSON, "stringify");
    store.getState().replaceDocument(edited);
    await vi.runAllTimersAsync();
    const kept = new Set<unknown>([...rest, ...big.volumes, ...big.subnets]);
    const madeAgain = stringify.mock.calls.filter(([value]) => kept.has(value)).length;
    const madeNew = stringify.mock.calls.filter(([value]) => value === renamed).length;
    stringify.mockRestore();
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(JSON.stringify(edited));
    expect(madeAgain).toBe(0);
    expect(madeNew).toBe(1);
    // Leaving the page right after an edit writes it at once, exactly, from the same texts.
    const again = { ...edited, instances: [...rest, renamed] };
    store.getState().replaceDocument(again);
    store.getState().flushAutosave();
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(JSON.stringify(again));
  });

  it("writes an opened document's text as the reader made it, without turning it into text again (#15 B9)", () => {
    const storage = memoryStorage();
    const store = createTopologyStore({ storage, fallback: seed, restore: restoreText });
    const opened = bigDoc(3000);
    // The reader's text (here spaced out, so it can be told from JSON.stringify's).
    const text = JSON.stringify(opened, null, 1);
    rememberDocText(opened, text);
    const stringify = vi.spyOn(JSON, "stringify");
    store.getState().replaceDocument(opened);
    vi.runAllTimers();
    const documentsTurnedIntoText = stringify.mock.calls.filter(([value]) => value === opened).length;
    stringify.mockRestore();
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(text);
    expect(documentsTurnedIntoText).toBe(0);
    // An edit makes a new document, which has no text: it is written as JSON.stringify makes it.
    store.getState().replaceDocument({ ...opened, name: "edited" });
    vi.runAllTimers();
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(JSON.stringify(store.getState().doc));
  });
});

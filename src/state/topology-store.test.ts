import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { addVpc } from "../model/commands/add-network.ts";
import { updateResource } from "../model/commands/update.ts";
import { applyPaletteDrop } from "../model/drop.ts";
import { emptyTopology } from "../model/schema.ts";
import { seed } from "../model/testing/commands.ts";
import { AUTOSAVE_KEY, memoryStorage, UNREADABLE_KEY } from "./persistence.ts";
import { restoreText } from "./restore-text.ts";
import { createTopologyStore, selectionExists } from "./topology-store.ts";

const ADD_VPC = { en: "Add VPC", ko: "VPC 추가" };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function fresh(storage = memoryStorage()) {
  return createTopologyStore({ storage, fallback: seed, restore: restoreText });
}

describe("topology store", () => {
  it("starts from the fallback when nothing is saved", () => {
    const store = fresh();
    expect(store.loadedFrom).toBe("fallback");
    expect(store.getState().doc.vpcs[0]?.id).toBe("vpc-main");
    expect(store.getState().canUndo).toBe(false);
  });

  it("records one undo step per action and redoes it", () => {
    const store = fresh();
    const before = store.getState().doc;
    const result = store.getState().apply(ADD_VPC, (doc) => addVpc(doc, { regionId: "ap-northeast-2" }));
    expect(result.ok).toBe(true);
    const after = store.getState().doc;
    expect(after.vpcs).toHaveLength(2);
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: ADD_VPC });
    expect(store.getState().selectedId).toBe(after.vpcs[1]?.id);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
    expect(store.getState()).toMatchObject({ canUndo: false, canRedo: true, redoLabel: ADD_VPC });
    expect(store.getState().selectedId).toBeNull();
    store.getState().redo();
    expect(store.getState().doc).toBe(after);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it("changes nothing and records nothing on a refusal or a no-op", () => {
    const store = fresh();
    const before = store.getState().doc;
    const refused = store
      .getState()
      .apply({ en: "Add gateway", ko: "게이트웨이 추가" }, (doc) =>
        applyPaletteDrop(doc, "internetGateway", { kind: "vpc", id: "vpc-main" }),
      );
    expect(refused.ok).toBe(false);
    store
      .getState()
      .apply({ en: "Rename", ko: "이름 바꾸기" }, (doc) =>
        updateResource(doc, "vpc", "vpc-main", { name: "main-vpc" }),
      );
    expect(store.getState().doc).toBe(before);
    expect(store.getState().canUndo).toBe(false);
  });

  it("keeps the selection out of history", () => {
    const store = fresh();
    store.getState().select("subnet-public-a");
    store.getState().select("i-web-1");
    expect(store.getState().canUndo).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it("starts a new topology that undo brings back", () => {
    const store = fresh();
    const before = store.getState().doc;
    store.getState().newTopology();
    expect(store.getState().doc).toEqual(emptyTopology());
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  it("replaces the document on file open as one undoable step", () => {
    const store = fresh();
    const opened = { ...emptyTopology("opened") };
    store.getState().select("i-web-1");
    store.getState().replaceDocument(opened);
    expect(store.getState()).toMatchObject({
      doc: opened,
      selectedId: null,
      undoLabel: { en: "Open file", ko: "파일 열기" },
    });
    store.getState().undo();
    expect(store.getState().doc.name).toBe("EC2 basics (Seoul)");
  });

  it("autosaves after changes and loads the save in a new store", () => {
    const storage = memoryStorage();
    const store = fresh(storage);
    store.getState().apply(ADD_VPC, (doc) => addVpc(doc, { regionId: "ap-northeast-2" }));
    store.getState().apply(ADD_VPC, (doc) => addVpc(doc, { regionId: "ap-northeast-2" }));
    vi.runAllTimers();
    expect(JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? "{}").vpcs).toHaveLength(3);
    const reloaded = fresh(storage);
    expect(reloaded.loadedFrom).toBe("saved");
    expect(reloaded.getState().doc).toEqual(store.getState().doc);
  });

  it("flushes a pending save on demand", () => {
    const storage = memoryStorage();
    const store = fresh(storage);
    store.getState().newTopology();
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false);
    store.getState().flushAutosave();
    expect(JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? "{}").vpcs).toEqual([]);
  });

  it("falls back on unreadable saves, keeping each one aside at once and saying so", () => {
    for (const broken of [
      "{not json",
      JSON.stringify({ version: 9 }),
      JSON.stringify({ version: 1, vpcs: "x" }),
    ]) {
      const storage = memoryStorage({ [AUTOSAVE_KEY]: broken });
      const store = fresh(storage);
      expect(store.loadedFrom).toBe("fallback");
      expect(store.getState().doc.name).toBe("EC2 basics (Seoul)");
      const problem = store.getState().restoreProblem;
      expect(problem?.raw).toBe(broken);
      expect(problem?.keptAs?.startsWith(UNREADABLE_KEY)).toBe(true);
      expect(storage.data.get(problem?.keptAs ?? "")).toBe(broken); // before any edit
    }
  });

  it("survives a storage that throws", () => {
    const storage = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("quota");
      },
    };
    const store = createTopologyStore({ storage, fallback: seed, restore: restoreText });
    store.getState().newTopology();
    store.getState().flushAutosave();
    expect(store.getState().autosaveOk).toBe(false);
  });
});

describe("selectionExists", () => {
  it("knows resource ids and AZ box ids", () => {
    const doc = seed();
    expect(selectionExists(doc, "i-web-1")).toBe(true);
    expect(selectionExists(doc, "@az/vpc-main/ap-northeast-2a")).toBe(true);
    expect(selectionExists(doc, "@az/vpc-main/ap-northeast-2c")).toBe(false);
    expect(selectionExists(doc, "gone")).toBe(false);
    expect(selectionExists(doc, "@internet")).toBe(true);
    // The box the layout draws for a duplicate VPC id.
    expect(selectionExists(doc, "@az/vpc-main/ap-northeast-2a~2")).toBe(true);
  });
});

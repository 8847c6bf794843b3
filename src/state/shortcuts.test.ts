import { describe, expect, it } from "vitest";
import { historyShortcut, type KeyLike } from "./shortcuts.ts";

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("historyShortcut", () => {
  it("maps the usual undo and redo chords", () => {
    expect(historyShortcut(key("z", { ctrlKey: true }))).toBe("undo");
    expect(historyShortcut(key("z", { metaKey: true }))).toBe("undo");
    expect(historyShortcut(key("Z", { ctrlKey: true, shiftKey: true }))).toBe("redo");
    expect(historyShortcut(key("Z", { metaKey: true, shiftKey: true }))).toBe("redo");
    expect(historyShortcut(key("y", { ctrlKey: true }))).toBe("redo");
  });

  it("ignores plain keys, other chords and text fields", () => {
    expect(historyShortcut(key("z"))).toBeNull();
    expect(historyShortcut(key("z", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyShortcut(key("x", { ctrlKey: true }))).toBeNull();
    expect(historyShortcut(key("z", { ctrlKey: true, targetTag: "input" }))).toBeNull();
    expect(historyShortcut(key("z", { ctrlKey: true, targetEditable: true }))).toBeNull();
  });
});

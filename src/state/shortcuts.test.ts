import { describe, expect, it } from "vitest";
import { historyShortcut, isTextField, type KeyLike } from "./shortcuts.ts";

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

  it("ignores plain keys and other chords", () => {
    expect(historyShortcut(key("z"))).toBeNull();
    expect(historyShortcut(key("z", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyShortcut(key("x", { ctrlKey: true }))).toBeNull();
  });
});

describe("isTextField", () => {
  it("is true for inputs, text areas, selects and editable content, whatever the tag's case", () => {
    for (const tagName of ["INPUT", "input", "TEXTAREA", "SELECT"])
      expect(isTextField({ tagName })).toBe(true);
    expect(isTextField({ tagName: "DIV", isContentEditable: true })).toBe(true);
  });

  it("is false for buttons, the page and no target", () => {
    expect(isTextField({ tagName: "BUTTON", isContentEditable: false })).toBe(false);
    expect(isTextField({ tagName: "BODY" })).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});

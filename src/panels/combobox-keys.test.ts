import { describe, expect, it } from "vitest";
import { listKey } from "./combobox-keys.ts";

describe("a combobox list's keys", () => {
  const open = { open: true, active: 2 };
  const closed = { open: false, active: 0 };
  it("arrows move within the list, or open it at the given option", () => {
    expect(listKey(open, "ArrowDown", 5, () => 0)).toEqual({ open: true, active: 3, handled: true });
    expect(listKey(open, "ArrowUp", 5, () => 0)).toEqual({ open: true, active: 1, handled: true });
    expect(listKey({ open: true, active: 4 }, "ArrowDown", 5, () => 0).active).toBe(4);
    expect(listKey({ open: true, active: 0 }, "ArrowUp", 5, () => 0).active).toBe(0);
    expect(listKey(closed, "ArrowDown", 5, () => 3)).toEqual({ open: true, active: 3, handled: true });
    expect(listKey(open, "PageDown", 5, () => 0).active).toBe(4);
    expect(listKey(closed, "PageDown", 5, () => 0).handled).toBe(false);
  });
  it("Enter picks the highlighted option, Escape closes; closed, neither is the list's", () => {
    expect(listKey(open, "Enter", 5, () => 0)).toMatchObject({ pickAt: 2, handled: true });
    expect(listKey(open, "Enter", 2, () => 0)).toEqual({ ...open, handled: true });
    expect(listKey(open, "Escape", 5, () => 0)).toEqual({ open: false, active: 2, handled: true });
    expect(listKey(closed, "Enter", 5, () => 0).handled).toBe(false);
    expect(listKey(closed, "Escape", 5, () => 0).handled).toBe(false);
    expect(listKey(open, "a", 5, () => 0).handled).toBe(false);
  });
});

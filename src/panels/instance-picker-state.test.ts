import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LinkView } from "../explain/describe-format.ts";
import {
  blurred,
  CLOSED,
  exactChoice,
  keyDown,
  type Listed,
  listChoices,
  opened,
  type PickerState,
  SHOWN_AT_MOST,
} from "./instance-picker-state.ts";

const app = (n: number): LinkView => ({ label: `EC2 instance app-${n}`, target: `i-${n}` });
const many = Array.from({ length: 10_000 }, (_, i) => app(i + 1));
const targets = (listed: Listed) => listed.shown.map((c) => c.target);

describe("listChoices", () => {
  it("with no query, lists SHOWN_AT_MOST in document order around the chosen instance", () => {
    const listed = listChoices(many, null, "i-5000");
    expect(listed.total).toBe(10_000);
    expect(listed.shown).toHaveLength(SHOWN_AT_MOST);
    expect(targets(listed)).toEqual(many.slice(4974, 5024).map((c) => c.target));
    // At either end the window stays whole.
    expect(targets(listChoices(many, null, "i-1"))[0]).toBe("i-1");
    expect(targets(listChoices(many, "  ", "i-10000")).at(-1)).toBe("i-10000");
    // An unknown chosen id (deleted meanwhile): the start of the list.
    expect(targets(listChoices(many, null, "i-gone"))[0]).toBe("i-1");
  });

  it("lists a short list whole", () => {
    const few = many.slice(0, 3);
    expect(listChoices(few, null, "i-2")).toEqual({ shown: few, total: 3 });
  });

  it("puts the exact name first, then names that start with the query, then names that contain it", () => {
    const listed = listChoices(many, "APP-10", "i-1", 5);
    expect(targets(listed)).toEqual(["i-10", "i-100", "i-101", "i-102", "i-103"]);
    // app-10, app-100…109, app-1000…1099, app-10000: every match is counted, only `limit` listed.
    expect(listed.total).toBe(1 + 10 + 100 + 1);
    expect(targets(listChoices(many, "999", "i-1", 3))).toEqual(["i-999", "i-1999", "i-2999"]);
  });

  it("matches ids and names alike, case-insensitively, the query trimmed", () => {
    const named: LinkView[] = [
      { label: "EC2 instance web", target: "i-0abc" },
      { label: "EC2 instance db-Primary", target: "i-0def" },
      { label: "EC2 instance i-0fff", target: "i-0fff" },
    ];
    expect(targets(listChoices(named, " I-0ABC ", ""))).toEqual(["i-0abc"]);
    expect(targets(listChoices(named, "primary", ""))).toEqual(["i-0def"]);
    expect(targets(listChoices(named, "i-0", ""))).toEqual(["i-0abc", "i-0def", "i-0fff"]);
    expect(listChoices(named, "nothing", "")).toEqual({ shown: [], total: 0 });
  });

  it("lists only matches, never more than the limit, and counts them all", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), fc.integer({ min: 1, max: 60 }), (query, limit) => {
        const listed = listChoices(many.slice(0, 300), query, "i-1", limit);
        expect(listed.shown.length).toBeLessThanOrEqual(limit);
        expect(listed.shown.length).toBe(Math.min(limit, listed.total));
        const q = query.trim().toLowerCase();
        for (const c of listed.shown)
          expect(q === "" || c.label.toLowerCase().includes(q) || c.target?.includes(q)).toBe(true);
        expect(new Set(targets(listed)).size).toBe(listed.shown.length);
      }),
    );
  });
});

describe("exactChoice", () => {
  it("finds the instance a text names exactly by name, label or id, and nothing for a part of one", () => {
    expect(exactChoice(many, "app-1000")?.target).toBe("i-1000");
    expect(exactChoice(many, "EC2 instance app-7")?.target).toBe("i-7");
    expect(exactChoice(many, "I-42")?.target).toBe("i-42");
    expect(exactChoice(many, "app-")).toBeUndefined();
    expect(exactChoice(many, "")).toBeUndefined();
  });
});

describe("keys", () => {
  const listed = listChoices(many, null, "i-5000");
  const open: PickerState = opened(listed, "i-5000");

  it("opens on the chosen instance with an arrow, and moves within the list", () => {
    const down = keyDown(CLOSED, "ArrowDown", listed, "i-5000");
    expect(down).toEqual({ state: open, handled: true });
    expect(listed.shown[open.active]?.target).toBe("i-5000");
    expect(keyDown(open, "ArrowDown", listed, "i-5000").state.active).toBe(open.active + 1);
    expect(keyDown(open, "ArrowUp", listed, "i-5000").state.active).toBe(open.active - 1);
    expect(keyDown(open, "PageDown", listed, "i-5000").state.active).toBe(open.active + 10);
    // The ends hold.
    expect(keyDown({ ...open, active: 0 }, "ArrowUp", listed, "i-5000").state.active).toBe(0);
    expect(keyDown({ ...open, active: 49 }, "PageDown", listed, "i-5000").state.active).toBe(49);
  });

  it("picks the highlighted option with Enter; closed, Enter is the form's", () => {
    expect(keyDown({ ...open, active: 3 }, "Enter", listed, "i-5000")).toEqual({
      state: CLOSED,
      pick: listed.shown[3]?.target,
      handled: true,
    });
    expect(keyDown(CLOSED, "Enter", listed, "i-5000")).toEqual({ state: CLOSED, handled: false });
    // Open with no match: Enter neither picks nor submits the half-typed text.
    const none = listChoices(many, "zzz", "i-5000");
    const typed = { open: true, query: "zzz", active: 0 };
    expect(keyDown(typed, "Enter", none, "i-5000")).toEqual({ state: typed, handled: true });
  });

  it("Escape closes the list and drops the typed text; with nothing to undo it is the panel's", () => {
    expect(keyDown({ open: true, query: "app", active: 2 }, "Escape", listed, "i-5000")).toEqual({
      state: CLOSED,
      handled: true,
    });
    expect(keyDown(CLOSED, "Escape", listed, "i-5000")).toEqual({ state: CLOSED, handled: false });
  });

  it("leaves other keys to the field", () => {
    for (const key of ["a", "Home", "End", "Tab", "Backspace"])
      expect(keyDown(open, key, listed, "i-5000").handled).toBe(false);
  });

  it("on leaving the field, picks an exactly named instance and drops any other text", () => {
    expect(blurred({ open: true, query: "app-1000", active: 0 }, many)).toEqual({
      state: CLOSED,
      pick: "i-1000",
      handled: false,
    });
    expect(blurred({ open: true, query: "app-10", active: 4 }, many).pick).toBe("i-10");
    expect(blurred({ open: true, query: "ap", active: 0 }, many)).toEqual({ state: CLOSED, handled: false });
    expect(blurred(open, many)).toEqual({ state: CLOSED, handled: false });
  });
});

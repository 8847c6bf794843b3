// What the "Other instance" picker (InstancePicker.tsx) lists and what its keys do, without React:
// a text field that filters the other instances by name or id and lists a bounded number of them.
// A native select of 10,000 options cost ~0.5 s of CPU to fill and was hard to use (issue #14);
// this lists at most SHOWN_AT_MOST, and only while the list is open.
import type { LinkView } from "../explain/describe-format.ts";
import { listKey } from "./combobox-keys.ts";

/** The most options the list holds at once: a screenful or two; typing narrows the rest. */
export const SHOWN_AT_MOST = 50;

export interface PickerState {
  open: boolean;
  /** What the reader typed since the list opened; null: nothing (the field shows the chosen one). */
  query: string | null;
  /** The highlighted option, an index into the listed ones. */
  active: number;
}

export const CLOSED: PickerState = { open: false, query: null, active: 0 };

export interface Listed {
  shown: readonly LinkView[];
  /** How many choices the query matches (all of them with no query). */
  total: number;
}

interface Keys {
  label: string;
  id: string;
}

/** Each choice's label and id in lower case, made once per list of choices rather than per keystroke. */
const keysOf = new WeakMap<readonly LinkView[], readonly Keys[]>();
function lowered(choices: readonly LinkView[]): readonly Keys[] {
  let keys = keysOf.get(choices);
  if (!keys) {
    keys = choices.map((c) => ({ label: c.label.toLowerCase(), id: (c.target ?? "").toLowerCase() }));
    keysOf.set(choices, keys);
  }
  return keys;
}

/**
 * 0: the id, the label or the name (the label's end, after the kind words) is the query;
 * 1: the id or a word of the label starts with it; 2: either contains it; undefined: no match.
 */
function rankOf({ label, id }: Keys, query: string): number | undefined {
  if (id === query || label === query || label.endsWith(` ${query}`)) return 0;
  if (id.startsWith(query) || label.startsWith(query) || label.includes(` ${query}`)) return 1;
  if (id.includes(query) || label.includes(query)) return 2;
  return undefined;
}

/**
 * What the list shows. With no query: SHOWN_AT_MOST choices in document order around the chosen
 * one (as a native select opens on its value). With one: the best matches, better ranks first,
 * document order within a rank.
 */
export function listChoices(
  choices: readonly LinkView[],
  query: string | null,
  chosen: string,
  limit = SHOWN_AT_MOST,
): Listed {
  const q = (query ?? "").trim().toLowerCase();
  if (q === "") {
    const at = Math.max(
      0,
      choices.findIndex((c) => c.target === chosen),
    );
    const start = Math.max(0, Math.min(at - Math.floor(limit / 2), choices.length - limit));
    return { shown: choices.slice(start, start + limit), total: choices.length };
  }
  const keys = lowered(choices);
  const byRank: LinkView[][] = [[], [], []];
  let total = 0;
  for (let i = 0; i < choices.length; i++) {
    const rank = rankOf(keys[i] as Keys, q);
    if (rank === undefined) continue;
    total++;
    const bucket = byRank[rank] as LinkView[];
    if (bucket.length < limit) bucket.push(choices[i] as LinkView);
  }
  return { shown: byRank.flat().slice(0, limit), total };
}

/** The choice the text names exactly (its id, label or name), if any: the first such. */
export function exactChoice(choices: readonly LinkView[], text: string): LinkView | undefined {
  const q = text.trim().toLowerCase();
  if (q === "") return undefined;
  const keys = lowered(choices);
  const at = keys.findIndex((k) => rankOf(k, q) === 0);
  return at < 0 ? undefined : choices[at];
}

/** The list as it opens: the chosen instance highlighted when it is listed, else the first. */
export function opened(listed: Listed, chosen: string, query: string | null = null): PickerState {
  return {
    open: true,
    query,
    active: Math.max(
      0,
      listed.shown.findIndex((c) => c.target === chosen),
    ),
  };
}

export interface KeyOutcome {
  state: PickerState;
  /** The instance picked by the key. */
  pick?: string;
  /** The key was the picker's: the page must not act on it too (submit the form, close the panel). */
  handled: boolean;
}

/**
 * A key pressed in the field. Arrows open the list or move in it; Enter picks the highlighted
 * option (with the list closed it is the form's: Check); Escape closes the list and puts the chosen
 * instance's name back (with nothing to undo it is the panel's: Close). Other keys edit the text.
 */
export function keyDown(state: PickerState, key: string, listed: Listed, chosen: string): KeyOutcome {
  // Typed text with the list closed: Escape still puts the chosen instance's name back.
  if (key === "Escape" && !state.open && state.query !== null) return { state: CLOSED, handled: true };
  const out = listKey(state, key, listed.shown.length, () => opened(listed, chosen, state.query).active);
  if (!out.handled) return { state, handled: false };
  if (out.pickAt !== undefined) {
    const hit = listed.shown[out.pickAt]?.target;
    return hit === undefined ? { state, handled: true } : { state: CLOSED, pick: hit, handled: true };
  }
  if (!out.open) return { state: CLOSED, handled: true };
  return { state: { ...state, open: true, active: out.active }, handled: true };
}

/**
 * Focus left the field: the list closes; text that names an instance exactly picks it (typed, then
 * Tab), any other text gives way to the chosen instance's name.
 */
export function blurred(state: PickerState, choices: readonly LinkView[]): KeyOutcome {
  const hit = state.query === null ? undefined : exactChoice(choices, state.query)?.target;
  return hit === undefined ? { state: CLOSED, handled: false } : { state: CLOSED, pick: hit, handled: false };
}

// What the keys do in a combobox's list (WAI-ARIA's editable combobox with list autocomplete),
// without React: the search box (app/SearchBox.tsx) and the "Other instance" picker
// (instance-picker-state.ts) both answer keys through this one function.

/** How far PageDown and PageUp move in the list. */
const PAGE = 10;

export interface ListState {
  open: boolean;
  /** The highlighted option, an index into the listed ones. */
  active: number;
}

export interface ListKeyOutcome extends ListState {
  /** Enter picked the highlighted option (its index). */
  pickAt?: number;
  /** The key was the list's: the page must not act on it too. */
  handled: boolean;
}

/**
 * A key pressed in the field over a list of `count` options. Arrows open the list (highlighting
 * `openAt()`) or move in it, PageDown/PageUp by a page; Enter picks the highlighted option; Escape
 * closes the list. With the list closed, Enter, Escape and the page keys are not the list's.
 */
export function listKey(state: ListState, key: string, count: number, openAt: () => number): ListKeyOutcome {
  const unhandled = { ...state, handled: false };
  const move = (by: number): ListKeyOutcome => ({
    open: true,
    active: Math.max(0, Math.min(count - 1, state.active + by)),
    handled: true,
  });
  switch (key) {
    case "ArrowDown":
    case "ArrowUp":
      return state.open
        ? move(key === "ArrowDown" ? 1 : -1)
        : { open: true, active: openAt(), handled: true };
    case "PageDown":
    case "PageUp":
      return state.open ? move(key === "PageDown" ? PAGE : -PAGE) : unhandled;
    case "Enter":
      if (!state.open) return unhandled;
      return state.active < count
        ? { ...state, pickAt: state.active, handled: true }
        : { ...state, handled: true };
    case "Escape":
      return state.open ? { open: false, active: state.active, handled: true } : unhandled;
    default:
      return unhandled;
  }
}

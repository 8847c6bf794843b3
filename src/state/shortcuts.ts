// History keyboard shortcuts: Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. Typing in a
// text field keeps the field's own undo.
type HistoryShortcut = "undo" | "redo";

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** Tag name of the focused element, e.g. "INPUT". */
  targetTag?: string;
  targetEditable?: boolean;
}

const TEXT_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT"]);

export function historyShortcut(e: KeyLike): HistoryShortcut | null {
  if (e.altKey || !(e.ctrlKey || e.metaKey)) return null;
  if (e.targetEditable || (e.targetTag !== undefined && TEXT_TAGS.has(e.targetTag.toUpperCase())))
    return null;
  const key = e.key.toLowerCase();
  if (key === "z") return e.shiftKey ? "redo" : "undo";
  if (key === "y" && e.ctrlKey && !e.shiftKey) return "redo";
  return null;
}

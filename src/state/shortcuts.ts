// Keyboard shortcuts: Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. Typing in a text field
// keeps the field's own undo (and its own Delete and Backspace), so the app leaves those keys alone.
type HistoryShortcut = "undo" | "redo";

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** What of a key event's target tells a text field (an HTMLElement fits). */
interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
}

const TEXT_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT"]);

/** True when keys typed at `target` belong to a text field, not to the app's shortcuts. */
export function isTextField(target: TargetLike | EventTarget | null): boolean {
  const el = target as TargetLike | null;
  return !!el && (el.isContentEditable === true || TEXT_TAGS.has((el.tagName ?? "").toUpperCase()));
}

export function historyShortcut(e: KeyLike): HistoryShortcut | null {
  if (e.altKey || !(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  if (key === "z") return e.shiftKey ? "redo" : "undo";
  if (key === "y" && e.ctrlKey && !e.shiftKey) return "redo";
  return null;
}

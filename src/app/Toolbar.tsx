import { type ReactNode, useEffect, useRef, useState } from "react";
import { publicName } from "../i18n/accessible-names.ts";
import { countText } from "../i18n/face-strings.ts";
import { type StringKey, t } from "../i18n/strings.ts";
import type { LocalText } from "../i18n/text.ts";
import type { Lang } from "../model/diagnostics.ts";

interface ToolbarProps {
  lang: Lang;
  title: string;
  canUndo: boolean;
  canRedo: boolean;
  /** The step Undo / Redo would take back or do again, named in their tooltips. */
  undoLabel?: LocalText | null;
  redoLabel?: LocalText | null;
  canDelete: boolean;
  errorCount: number;
  warningCount: number;
  diagnosticsOpen: boolean;
  onNew: () => void;
  onOpen: () => void;
  onSave: () => void;
  /** Why Save is off (shown as its tooltip); Save works when undefined. */
  saveBlocked?: string;
  onUndo: () => void;
  onRedo: () => void;
  onDelete: () => void;
  onToggleDiagnostics: () => void;
  onSwitchLanguage: () => void;
  /** The export menu and the search box, rendered in place. */
  exportControl: ReactNode;
  search: ReactNode;
}

/** Keys of the app frame's strings, without their "app." prefix. */
type Unprefixed<T> = T extends `app.${infer K}` ? K : never;
type AppKey = Unprefixed<StringKey>;

/**
 * A toolbar command. Its accessible name is a public interface (scripts click "Save"), so it stays
 * English whatever the UI language; the visible text follows the language.
 */
function Command(props: {
  name: "new" | "open" | "save" | "undo" | "redo" | "delete";
  lang: Lang;
  onClick: () => void;
  disabled?: boolean;
  keys?: string;
  title?: string;
}) {
  return (
    <button
      type="button"
      onClick={props.onClick}
      disabled={props.disabled}
      title={props.title}
      aria-keyshortcuts={props.keys}
      aria-label={t("en", `app.${props.name}`)}
    >
      {t(props.lang, `app.${props.name}`)}
    </button>
  );
}

/** "Undo: Add EC2 instance" in the UI language; no tooltip when there is no step (or it has no name). */
function stepTitle(lang: Lang, key: "app.undoWhat" | "app.redoWhat", step: LocalText | null | undefined) {
  return step?.[lang] ? t(lang, key, { action: step[lang] }) : undefined;
}

/** True while the media query matches (the toolbar folds its file commands into "More" when narrow). */
function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(
    () => typeof matchMedia !== "undefined" && matchMedia(query).matches,
  );
  useEffect(() => {
    if (typeof matchMedia === "undefined") return;
    const list = matchMedia(query);
    const onChange = () => setMatches(list.matches);
    onChange();
    list.addEventListener("change", onChange);
    return () => list.removeEventListener("change", onChange);
  }, [query]);
  return matches;
}

/**
 * Narrow windows: the file commands and the language switch move into a "More" disclosure. They
 * stay buttons with the same accessible names, only one click further.
 */
function More({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  // While open: a press outside, Escape, or a command chosen inside closes it.
  useEffect(() => {
    if (!open) return;
    const inside = (target: EventTarget | null) => ref.current?.contains(target as Node) ?? false;
    const away = (e: PointerEvent) => {
      if (!inside(e.target)) setOpen(false);
    };
    const chosen = (e: MouseEvent) => {
      const list = ref.current?.querySelector(".toolbar__more-list");
      if (list?.contains(e.target as Node) && (e.target as HTMLElement).closest("button")) setOpen(false);
    };
    const onEscape = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.stopPropagation();
      setOpen(false);
      ref.current?.querySelector<HTMLElement>("button")?.focus();
    };
    document.addEventListener("pointerdown", away);
    document.addEventListener("click", chosen);
    document.addEventListener("keydown", onEscape, true);
    return () => {
      document.removeEventListener("pointerdown", away);
      document.removeEventListener("click", chosen);
      document.removeEventListener("keydown", onEscape, true);
    };
  }, [open]);
  return (
    <div className="toolbar__more" ref={ref}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="toolbar-more"
        aria-label={t("en", "ux.more")}
        onClick={() => setOpen((o) => !o)}
      >
        {t(lang, "ux.more")} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id="toolbar-more" className="toolbar__more-list">
          {children}
        </div>
      )}
    </div>
  );
}

export function Toolbar(props: ToolbarProps) {
  const { lang } = props;
  const text = (key: AppKey) => t(lang, `app.${key}`);
  const narrow = useMedia("(max-width: 900px)");
  const fileCommands = (
    <>
      <Command name="new" lang={lang} onClick={props.onNew} />
      <Command name="open" lang={lang} onClick={props.onOpen} />
      <Command
        name="save"
        lang={lang}
        onClick={props.onSave}
        disabled={props.saveBlocked !== undefined}
        title={props.saveBlocked}
      />
    </>
  );
  const language = (
    <button
      type="button"
      lang={lang === "en" ? "ko" : "en"}
      title={text("switchLanguage")}
      onClick={props.onSwitchLanguage}
    >
      {publicName("languageButton", lang)}
    </button>
  );
  const counts = `${countText(lang, "error", props.errorCount)}, ${countText(lang, "warning", props.warningCount)}`;
  return (
    <header className="toolbar">
      <div className="toolbar__brand">
        <span className="toolbar__logo" aria-hidden="true">
          ◆
        </span>
        <span className="toolbar__app">ec2viz</span>
        <span className="toolbar__title" title={props.title}>
          {props.title}
        </span>
      </div>
      <div className="toolbar__group" role="toolbar" aria-label={text("toolbar")}>
        {narrow ? (
          <More lang={lang}>
            {fileCommands}
            {language}
          </More>
        ) : (
          fileCommands
        )}
        {props.exportControl}
        <span className="toolbar__sep" aria-hidden="true" />
        <Command
          name="undo"
          lang={lang}
          onClick={props.onUndo}
          disabled={!props.canUndo}
          keys="Control+Z"
          title={stepTitle(lang, "app.undoWhat", props.canUndo ? props.undoLabel : null)}
        />
        <Command
          name="redo"
          lang={lang}
          onClick={props.onRedo}
          disabled={!props.canRedo}
          keys="Control+Shift+Z Control+Y"
          title={stepTitle(lang, "app.redoWhat", props.canRedo ? props.redoLabel : null)}
        />
        <Command
          name="delete"
          lang={lang}
          onClick={props.onDelete}
          disabled={!props.canDelete}
          keys="Delete"
        />
      </div>
      <div className="toolbar__right">
        {props.search}
        <button
          type="button"
          className={`toolbar__diagnostics${props.errorCount > 0 ? " has-errors" : props.warningCount > 0 ? " has-warnings" : ""}`}
          aria-pressed={props.diagnosticsOpen}
          aria-label={`${text("diagnostics")}: ${counts}`}
          title={counts}
          onClick={props.onToggleDiagnostics}
        >
          <span aria-hidden="true" className="count count--error">
            {props.errorCount}
          </span>
          <span aria-hidden="true" className="count count--warning">
            {props.warningCount}
          </span>
        </button>
        {narrow ? null : language}
      </div>
    </header>
  );
}

import type { ReactNode } from "react";
import { countText, type StringKey, t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";

interface ToolbarProps {
  lang: Lang;
  title: string;
  canUndo: boolean;
  canRedo: boolean;
  canDelete: boolean;
  errorCount: number;
  warningCount: number;
  diagnosticsOpen: boolean;
  onNew: () => void;
  onOpen: () => void;
  onSave: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onDelete: () => void;
  onToggleDiagnostics: () => void;
  onSwitchLanguage: () => void;
  /** The export menu and the search box, rendered in place. */
  exportControl: ReactNode;
  search: ReactNode;
}

/**
 * The toolbar buttons' accessible names are a public interface (scripts click "Save"), so they stay
 * English whatever the UI language; the visible text follows the language.
 */
const publicName = (key: "new" | "open" | "save" | "undo" | "redo" | "delete") => t("en", `app.${key}`);

/** Keys of the app frame's strings, without their "app." prefix. */
type Unprefixed<T> = T extends `app.${infer K}` ? K : never;
type AppKey = Unprefixed<StringKey>;

export function Toolbar(props: ToolbarProps) {
  const { lang } = props;
  const text = (key: AppKey) => t(lang, `app.${key}`);
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
        <button type="button" onClick={props.onNew} aria-label={publicName("new")}>
          {text("new")}
        </button>
        <button type="button" onClick={props.onOpen} aria-label={publicName("open")}>
          {text("open")}
        </button>
        <button type="button" onClick={props.onSave} aria-label={publicName("save")}>
          {text("save")}
        </button>
        {props.exportControl}
        <span className="toolbar__sep" aria-hidden="true" />
        <button
          type="button"
          onClick={props.onUndo}
          disabled={!props.canUndo}
          aria-keyshortcuts="Control+Z"
          aria-label={publicName("undo")}
        >
          {text("undo")}
        </button>
        <button
          type="button"
          onClick={props.onRedo}
          disabled={!props.canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          aria-label={publicName("redo")}
        >
          {text("redo")}
        </button>
        <button
          type="button"
          onClick={props.onDelete}
          disabled={!props.canDelete}
          aria-keyshortcuts="Delete"
          aria-label={publicName("delete")}
        >
          {text("delete")}
        </button>
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
        <button
          type="button"
          lang={lang === "en" ? "ko" : "en"}
          title={text("switchLanguage")}
          onClick={props.onSwitchLanguage}
        >
          {lang === "en" ? "한국어" : "English"}
        </button>
      </div>
    </header>
  );
}

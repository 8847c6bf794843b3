import type { ReactNode } from "react";
import { t } from "../i18n/strings.ts";
import type { LocalText } from "../i18n/text.ts";
import type { Lang } from "../model/diagnostics.ts";

/** Words made in the language the page shows when they are drawn. */
export type Worded<T = string> = (lang: Lang) => T;

/**
 * A notice keeps what it says (message keys and their values, or text in both languages), never
 * words rendered once: a switch of language words it again.
 */
export interface Notice {
  tone: "info" | "error";
  text: Worded;
  /** Extra lines, e.g. each error of a file that could not be opened. */
  details?: Worded<readonly string[]>;
  /** A control to answer with (e.g. the first Region's picker), after the text. */
  action?: Worded<ReactNode>;
}

/** Lines in both languages (a read's problems) as a notice's details. */
export function linesOf(lines: readonly LocalText[]): Worded<readonly string[]> {
  return (lang) => lines.map((line) => line[lang]);
}

interface NoticeAreaProps {
  notice: Notice | null;
  lang: Lang;
  onDismiss: () => void;
}

/**
 * One message at a time over the canvas. Errors (a refused drop, a file that can't open) use an
 * alert so screen readers announce them at once; information uses a polite status.
 */
export function NoticeArea({ notice, lang, onDismiss }: NoticeAreaProps) {
  return (
    <div className="notice-area">
      <div role="alert" className="notice-slot">
        {notice?.tone === "error" && <NoticeBody notice={notice} lang={lang} onDismiss={onDismiss} />}
      </div>
      <div role="status" className="notice-slot">
        {notice?.tone === "info" && <NoticeBody notice={notice} lang={lang} onDismiss={onDismiss} />}
      </div>
    </div>
  );
}

function NoticeBody({ notice, lang, onDismiss }: { notice: Notice; lang: Lang; onDismiss: () => void }) {
  const details = notice.details?.(lang) ?? [];
  return (
    <div className={`notice notice--${notice.tone}`}>
      <p className="notice__text">{notice.text(lang)}</p>
      {notice.action?.(lang)}
      {details.length > 0 && (
        <ul className="notice__details">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <CloseButton lang={lang} onClick={onDismiss} />
    </div>
  );
}

/** The × that dismisses a notice (the notice area's and the autosave banner's). */
export function CloseButton({ lang, onClick }: { lang: Lang; onClick: () => void }) {
  return (
    <button type="button" className="notice__close" onClick={onClick} aria-label={t(lang, "app.close")}>
      ×
    </button>
  );
}

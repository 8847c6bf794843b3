import type { ReactNode } from "react";
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";

export interface Notice {
  tone: "info" | "error";
  text: string;
  /** Extra lines, e.g. each error of a file that could not be opened. */
  details?: readonly string[];
  /** A control to answer with (e.g. the first Region's picker), after the text. */
  action?: ReactNode;
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
  return (
    <div className={`notice notice--${notice.tone}`}>
      <p className="notice__text">{notice.text}</p>
      {notice.action}
      {notice.details && notice.details.length > 0 && (
        <ul className="notice__details">
          {notice.details.map((line) => (
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

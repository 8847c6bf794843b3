// The workbench in live preview (`ec2viz serve`): Save goes to the served file, and over the
// canvas the file's name, the connection and, when the newest save can't be drawn, its problems
// over the last good diagram. Loaded only on a page the server marked.
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { publicName } from "../../i18n/accessible-names.ts";
import { t } from "../../i18n/strings.ts";
import type { Lang } from "../../model/diagnostics.ts";
import { Workbench } from "../Workbench.tsx";
import { type LiveSave, LiveSaveContext } from "./live-context.ts";
import type { LiveSession } from "./live-session.ts";
import "./live.css";

// Reads the page's language (not text): <html lang> is "ko" or "en".
const pageLang = (): Lang => (document.documentElement.lang === "ko" ? "ko" : "en");

/**
 * The UI language, followed from <html lang> (the workbench keeps the choice and mirrors it there);
 * `startLang` until then (the page's own attribute says "en" before the workbench's first effect).
 */
function usePageLang(startLang: Lang): Lang {
  const [lang, setLang] = useState<Lang>(startLang);
  useEffect(() => {
    const observer = new MutationObserver(() => setLang(pageLang()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
    return () => observer.disconnect();
  }, []);
  return lang;
}

export function LiveFrame({ session, startLang }: { session: LiveSession; startLang: Lang }) {
  const view = useSyncExternalStore(session.subscribe, session.view);
  const lang = usePageLang(startLang);
  useEffect(() => session.setLang(lang), [session, lang]);

  const readOnly = view.readOnly;
  const file = view.name;
  const saver = useMemo<LiveSave>(
    () => ({
      blocked: (l) =>
        readOnly === "image"
          ? t(l, "live.readOnlyImage", { file })
          : readOnly === "import"
            ? t(l, "live.readOnlyImport", { file })
            : undefined,
      save: (doc, say) =>
        void session
          .save(doc)
          .then((outcome) =>
            say(
              outcome.ok
                ? { tone: "info", text: outcome.text }
                : { tone: "error", text: outcome.text, details: outcome.details },
            ),
          ),
    }),
    [session, readOnly, file],
  );
  const blocked = saver.blocked(lang);
  // The canvas the layer goes over; found again when the workbench starts afresh (view.fresh).
  const [canvas, setCanvas] = useState<HTMLElement | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh workbench is a new canvas element
  useEffect(() => setCanvas(document.getElementById("diagram")), [view.fresh]);

  const layer = (
    <div className="live-layer">
      {view.problem && (
        <section className="live-problems" role="alert" aria-label={publicName("liveFileProblems", lang)}>
          <p className="live-problems__summary">{view.problem.summary}</p>
          {view.problem.details.length > 0 && (
            <ul className="live-problems__list">
              {view.problem.details.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the lines are a fixed list, shown in order
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      <p
        aria-live="polite"
        className={`live-status${view.connected ? "" : " live-status--off"}`}
        title={view.connected ? t(lang, "live.statusTitle", { file }) : undefined}
      >
        <span className="live-status__dot" aria-hidden="true" />
        {view.connected ? t(lang, "live.status", { file }) : t(lang, "live.disconnected", { file })}
        {blocked && <span className="live-status__note">{blocked}</span>}
        {view.replacedEdits && (
          <span className="live-status__note live-status__note--warn">
            {t(lang, "live.replacedEdits", { file })}
          </span>
        )}
      </p>
    </div>
  );

  return (
    <LiveSaveContext.Provider value={saver}>
      {/* A first drawing over an empty diagram starts a fresh view, fitted to it; after that the
          view, zoom and folds stay as the person left them. */}
      <Workbench key={view.fresh} />
      {/* Over the canvas (the workbench's <main id="diagram">), clear of the toolbar and the panels. */}
      {canvas && createPortal(layer, canvas)}
    </LiveSaveContext.Provider>
  );
}

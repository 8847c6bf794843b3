// What the autosave needs the user to know, at once: the browser is not keeping the work (offer
// Save), another tab changed the same work (choose, nothing is overwritten unasked), or the save
// found at start couldn't be read (it is kept aside; offer to download it). Errors use an alert.
import { t } from "../i18n/strings.ts";
import type { Lang } from "../i18n/text.ts";
import { downloadBlob } from "../io/download.ts";
import { cutShort, echoList } from "../model/echo.ts";
import { topologyStore, useTopologyStore } from "../state/use-topology-store.ts";
import { CloseButton } from "./NoticeArea.tsx";
import { useModule } from "./use-module.ts";

/** The file reader's wording, fetched only when a save couldn't be read (it brings the schema). */
const loadMessages = () => import("../io/parse-messages.ts");

export function AutosaveBanner({ lang, onSave }: { lang: Lang; onSave: () => void }) {
  const problem = useTopologyStore((s) => s.autosaveProblem);
  const otherTab = useTopologyStore((s) => s.otherTabSaved);
  const unreadable = useTopologyStore((s) => s.restoreProblem);
  const migratedFrom = useTopologyStore((s) => s.restoredFrom);
  const openedWithout = useTopologyStore((s) => s.openedWithout);
  const { loadOtherTabVersion, keepThisTabVersion, dismissRestoreNotice, openSaveWithoutUnknownKeys } =
    topologyStore.getState();
  const messages = useModule(loadMessages, unreadable !== null);
  if (!problem && !otherTab && !unreadable && migratedFrom === null && !openedWithout) return null;
  const lenient = unreadable?.withoutUnknownKeys;
  const reason = lenient
    ? t(lang, "autosave.unknownKeys", { keys: keyList(lenient.dropped) })
    : unreadable && messages
      ? messages.parseErrorText(unreadable.error, lang).summary
      : undefined;
  return (
    <div className="autosave-banner">
      <div role="alert">
        {problem && (
          <div className="notice notice--error autosave-banner__item">
            <p className="notice__text">
              {t(lang, problem === "blocked" ? "autosave.blocked" : "autosave.tooLarge")}
            </p>
            <button type="button" onClick={onSave}>
              {t(lang, "autosave.save")}
            </button>
          </div>
        )}
        {otherTab && (
          <div className="notice notice--error autosave-banner__item">
            <p className="notice__text">{t(lang, "autosave.otherTab")}</p>
            <button type="button" onClick={() => void loadOtherTabVersion()}>
              {t(lang, "autosave.useOther")}
            </button>
            <button type="button" onClick={keepThisTabVersion}>
              {t(lang, "autosave.keepMine")}
            </button>
          </div>
        )}
        {unreadable && reason && (
          <div className="notice notice--error autosave-banner__item">
            <p className="notice__text">
              {t(lang, "autosave.unreadable", { reason })}{" "}
              {unreadable.keptAs && t(lang, "autosave.keptAs", { key: unreadable.keptAs })}
            </p>
            {lenient && (
              <button type="button" onClick={openSaveWithoutUnknownKeys}>
                {t(lang, "autosave.openWithout")}
              </button>
            )}
            {unreadable.raw !== "" && (
              <button
                type="button"
                onClick={() =>
                  downloadBlob(
                    new Blob([unreadable.raw], { type: "application/json;charset=utf-8" }),
                    "ec2viz-saved-copy.json",
                  )
                }
              >
                {t(lang, "autosave.download")}
              </button>
            )}
            <CloseButton lang={lang} onClick={dismissRestoreNotice} />
          </div>
        )}
      </div>
      <div role="status">
        {migratedFrom !== null && !unreadable && (
          <div className="notice notice--info autosave-banner__item">
            <p className="notice__text">{t(lang, "autosave.migrated", { version: migratedFrom })}</p>
            <CloseButton lang={lang} onClick={dismissRestoreNotice} />
          </div>
        )}
        {openedWithout && (
          <div className="notice notice--info autosave-banner__item">
            <p className="notice__text">
              {t(lang, "autosave.openedWithout", { keys: keyList(openedWithout.dropped) })}{" "}
              {openedWithout.keptAs && t(lang, "autosave.keptAs", { key: openedWithout.keptAs })}
            </p>
            <CloseButton lang={lang} onClick={dismissRestoreNotice} />
          </div>
        )}
      </div>
    </div>
  );
}

/** The first few key paths, each cut short (they come from the stored text), and how many more. */
const keyList = (paths: readonly string[]): string => echoList(paths, 3, (path) => cutShort(path));

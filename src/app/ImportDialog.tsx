// The import report, shown before an import replaces the diagram: what was read, what is drawn as
// outside the document, what was skipped and why, and notes. Import or Cancel; Escape cancels.
// The buttons' accessible names stay English (a public interface, like the toolbar's).
import { useEffect, useRef } from "react";
import { t } from "../i18n/strings.ts";
import { groupIdsText, importedSummary, placeholderGroups, skippedGroups } from "../import/report-text.ts";
import { IMPORT_FORMAT_TITLES, type ImportReport } from "../import/types.ts";
import type { Lang } from "../model/diagnostics.ts";

export interface PendingImport {
  file: string;
  report: ImportReport;
}

interface Props extends PendingImport {
  lang: Lang;
  onImport: () => void;
  onCancel: () => void;
}

export function ImportDialog({ file, report, lang, onImport, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    importButton.current?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-label={t("en", "import.report")}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2>{t(lang, "import.title", { file })}</h2>
      <p>
        {t(lang, "import.read", {
          format: IMPORT_FORMAT_TITLES[report.format],
          counts: importedSummary(report, lang),
        })}
      </p>
      {report.placeholders.length > 0 && (
        <section aria-label={t("en", "import.placeholders", { count: report.placeholders.length })}>
          <h3>{t(lang, "import.placeholders", { count: report.placeholders.length })}</h3>
          <ul>
            {placeholderGroups(report, lang).map((g, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
              <li key={i}>
                <code>{groupIdsText(g, lang)}</code> ({g.kind}): {g.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.skipped.length > 0 && (
        <section aria-label={t("en", "import.skipped", { count: report.skipped.length })}>
          <h3>{t(lang, "import.skipped", { count: report.skipped.length })}</h3>
          <ul>
            {skippedGroups(report).map((g, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
              <li key={i}>
                <code>{g.kind}</code> {groupIdsText(g, lang)}: {g.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.notes.length > 0 && (
        <section aria-label={t("en", "import.notes")}>
          <h3>{t(lang, "import.notes")}</h3>
          <ul>
            {report.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="import-dialog__hint">{t(lang, "import.replaces")}</p>
      <div className="import-dialog__buttons">
        <button type="button" onClick={onCancel} aria-label={t("en", "import.cancel")}>
          {t(lang, "import.cancel")}
        </button>
        <button
          type="button"
          className="primary"
          onClick={onImport}
          aria-label={t("en", "import.import")}
          ref={importButton}
        >
          {t(lang, "import.import")}
        </button>
      </div>
    </dialog>
  );
}

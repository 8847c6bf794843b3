import { publicName } from "../i18n/accessible-names.ts";
import { t } from "../i18n/strings.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";

interface DiagnosticsListProps {
  diagnostics: readonly Diagnostic[];
  lang: Lang;
  /** The message in the current language (diagnostics are validated once, shown in either language). */
  messageOf: (diagnostic: Diagnostic) => string;
  onFocusResource: (resourceId: string) => void;
  onClose: () => void;
}

/** Every error and warning of the topology; activating one focuses its node. */
export function DiagnosticsList({
  diagnostics,
  lang,
  messageOf,
  onFocusResource,
  onClose,
}: DiagnosticsListProps) {
  const sorted = [...diagnostics].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
  );
  // Two diagnostics can share code and path (e.g. two unknown keys); number the repeats for stable keys.
  const seen = new Map<string, number>();
  const keyOf = (d: Diagnostic) => {
    const base = `${d.code}|${d.path}|${d.resource ?? ""}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}#${n}`;
  };
  return (
    <section className="diagnostics" aria-label={publicName("diagnosticsList", lang)}>
      <header className="diagnostics__header">
        <h2>{t(lang, "app.diagnostics")}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t(lang, "app.close")}>
          ×
        </button>
      </header>
      {sorted.length === 0 ? (
        <p className="diagnostics__empty">{t(lang, "app.noDiagnostics")}</p>
      ) : (
        <ul className="diagnostics__list">
          {sorted.map((d) => (
            <li key={keyOf(d)} className={`diagnostic diagnostic--${d.severity}`}>
              <button
                type="button"
                disabled={d.resource === undefined}
                onClick={() => d.resource !== undefined && onFocusResource(d.resource)}
              >
                <span className="diagnostic__severity">{t(lang, `app.${d.severity}`)}</span>
                <code className="diagnostic__code">{d.code}</code>
                <span className="diagnostic__message">{messageOf(d)}</span>
                <span className="diagnostic__path">{d.path}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

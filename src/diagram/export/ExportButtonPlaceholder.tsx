// Stands in for the Export button for the moment its menu (a separate chunk) is still loading.

import { t } from "../../i18n/strings.ts";
import type { Lang } from "../../model/diagnostics.ts";

export function ExportButtonPlaceholder({ lang }: { lang: Lang }) {
  return (
    <div className="export-menu">
      <button type="button" aria-haspopup="dialog" aria-label={t("en", "export.export")} disabled>
        {t(lang, "export.export")}
      </button>
    </div>
  );
}

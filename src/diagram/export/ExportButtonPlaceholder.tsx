// Stands in for the Export button for the moment its menu (a separate chunk) is still loading.
import type { Lang } from "../../model/diagnostics.ts";
import { exportText } from "./export-text.ts";

export function ExportButtonPlaceholder({ lang }: { lang: Lang }) {
  return (
    <div className="export-menu">
      <button type="button" aria-haspopup="dialog" aria-label={exportText("en", "export")} disabled>
        {exportText(lang, "export")}
      </button>
    </div>
  );
}

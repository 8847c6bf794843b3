// The import as the app and the command line use it: the sources' topology goes through the very
// reader "Open…" uses (version check, migration, schema), so an import never produces a document
// ec2viz itself would refuse; the AWS rules' findings ride along for the report.
import { countText } from "../i18n/face-strings.ts";
import { t } from "../i18n/strings.ts";
import { topologyFromData } from "../io/parse.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import { validate } from "../model/validate.ts";
import { type ImportFile, importFiles } from "./import.ts";
import { importText } from "./messages.ts";
import type { ImportOptions, ImportProblem, ImportReport } from "./types.ts";

export type TopologyImport =
  | { ok: true; doc: Topology; report: ImportReport; diagnostics: Diagnostic[]; problems: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };

export function importTopology(files: readonly ImportFile[], options: ImportOptions = {}): TopologyImport {
  const lang: Lang = options.lang ?? "en";
  const result = importFiles(files, options);
  if (!result.ok) return result;
  const parsed = topologyFromData(result.doc);
  if (!parsed.ok) {
    const detail =
      parsed.error.kind === "schema"
        ? parsed.error.diagnostics
            .slice(0, 3)
            .map((d) => `${d.path} ${d.message}`)
            .join("; ")
        : parsed.error.kind;
    return {
      ok: false,
      problems: [
        {
          file: files.map((f) => f.name).join(", "),
          message: importText("import.internalError", { detail }),
        },
      ],
    };
  }
  const diagnostics = validate(parsed.doc, { lang });
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (diagnostics.length > 0) {
    const warnings = diagnostics.length - errors;
    result.report.notes.push(
      t(lang, "cli.import.ruleFindings", {
        errors: countText(lang, "error", errors),
        warnings: countText(lang, "warning", warnings),
      }),
    );
  }
  return { ok: true, doc: parsed.doc, report: result.report, diagnostics, problems: result.problems };
}

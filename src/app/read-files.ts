// Files -> what they hold, as Open… and the live preview (`ec2viz serve`) read them: AWS CLI
// output, a CloudFormation template or Terraform JSON through the importer (by content); else a
// topology file (JSON, YAML) or an image exported by ec2viz. Pure (no React); the callers decide
// what to do with a refusal, an import or a topology and its rule findings.
import { importFromFiles, whyNotImported } from "../import/from-file.ts";
import { problemLine } from "../import/report-text.ts";
import type { TopologyImport } from "../import/topology.ts";
import { type FileLike, openFileErrorMessage, openTopologyFile } from "../io/open-file.ts";
import { parseTopologyText } from "../io/parse.ts";
import { errorLines, parseErrorText } from "../io/parse-messages.ts";
import { type Diagnostic, diagnosticsOfVersion, type Lang } from "../model/diagnostics.ts";
import { type RuleRecord, recordRules } from "../model/rules/incremental.ts";
import { toDiagnostic } from "../model/rules/validate.ts";
import type { Topology } from "../model/schema.ts";

type FilesRead =
  /** Nothing to draw: `reason` (one sentence, when there is one) and the problems, one a line. */
  | { kind: "refused"; asImport: boolean; reason?: string; details: string[] }
  | { kind: "import"; doc: Topology; report: Extract<TopologyImport, { ok: true }>["report"] }
  /**
   * `errors`: the rule errors one a line (errorLines), which refuse the file; `rules`: each rule's
   * findings and what it read, so the page's rule cache starts warm.
   */
  | { kind: "topology"; doc: Topology; diagnostics: Diagnostic[]; errors: string[]; rules: RuleRecord[] };

export async function readFiles(files: readonly FileLike[], lang: Lang): Promise<FilesRead> {
  const imported = await importFromFiles(files, lang).catch(() => ({ kind: "not-import" }) as const);
  if (imported.kind === "import") {
    const result = imported.result;
    if (!result.ok)
      return { kind: "refused", asImport: true, details: result.problems.map((p) => problemLine(p, lang)) };
    return { kind: "import", doc: result.doc, report: result.report };
  }
  const refused = (reason: string, details: string[] = []): FilesRead => ({
    kind: "refused",
    asImport: false,
    reason,
    details,
  });
  const file = files[0];
  if (!file) return refused(openFileErrorMessage("unreadable", lang));
  let opened: Awaited<ReturnType<typeof openTopologyFile<ReturnType<typeof parseTopologyText>>>>;
  try {
    opened = await openTopologyFile(file, parseTopologyText);
  } catch {
    // The readers return named errors; this only keeps a surprise from passing in silence.
    return refused(openFileErrorMessage("unreadable", lang));
  }
  if (!opened.ok) {
    // A file named as no topology (`describe-volumes.rst`) that the importer read but couldn't
    // parse: its place and reason, not only the list of files ec2viz opens.
    const why = opened.error === "unsupported-type" ? await whyNotImported(file).catch(() => []) : [];
    return refused(
      openFileErrorMessage(opened.error, lang),
      why.map((p) => problemLine(p, lang)),
    );
  }
  const parsed = opened.parsed;
  if (!parsed.ok) {
    const text = parseErrorText(parsed.error, lang);
    return refused(text.summary, text.details);
  }
  // checkRules(doc, lang), with what each rule read (src/model/rules/incremental.ts).
  const rules = recordRules(parsed.doc);
  const found = rules.flatMap((r) => r.findings).map((f) => toDiagnostic(f, lang));
  const diagnostics = diagnosticsOfVersion(found, parsed.migratedFrom);
  return { kind: "topology", doc: parsed.doc, diagnostics, errors: errorLines(diagnostics), rules };
}

export { errorLines };

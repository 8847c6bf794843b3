// Files -> what they hold, as Open… and the live preview (`ec2viz serve`) read them: AWS CLI
// output, a CloudFormation template or Terraform JSON through the importer (by content); else a
// topology file (JSON, YAML) or an image exported by ec2viz. Pure (no React); the callers decide
// what to do with a refusal, an import or a topology and its rule findings.
import { inBothLanguages, type LocalText } from "../i18n/text.ts";
import { importFromFiles } from "../import/from-file.ts";
import { problemLine } from "../import/report-text.ts";
import type { TopologyImport } from "../import/topology.ts";
import { type FileLike, openFileErrorMessage, openTopologyFile } from "../io/open-file.ts";
import { parseTopologyText } from "../io/parse.ts";
import { errorLines, parseErrorText } from "../io/parse-messages.ts";
import { type Diagnostic, diagnosticsOfVersion, type Lang, severityOf } from "../model/diagnostics.ts";
import { type RuleRecord, recordRules } from "../model/rules/incremental.ts";
import type { Finding } from "../model/rules/types.ts";
import { toDiagnostic } from "../model/rules/validate.ts";
import type { Topology } from "../model/schema.ts";

// What a notice shows of a read is worded in both languages: the notice words it again when the
// user switches language (NoticeArea.tsx).
type FilesRead =
  /** Nothing to draw: `reason` (one sentence, when there is one) and the problems, one a line. */
  | { kind: "refused"; asImport: boolean; reason?: LocalText; details: LocalText[] }
  | { kind: "import"; doc: Topology; report: Extract<TopologyImport, { ok: true }>["report"] }
  /**
   * `errors`: the rule errors one a line (errorLines), which refuse the file; `rules`: each rule's
   * findings and what it read, so the page's rule cache starts warm.
   */
  | { kind: "topology"; doc: Topology; diagnostics: Diagnostic[]; errors: LocalText[]; rules: RuleRecord[] };

/**
 * The rule errors among `findings`, one a line (errorLines), in both languages (the rules' messages
 * have both at hand: model/messages.ts).
 */
export function errorTexts(findings: readonly Finding[], migratedFrom: number | undefined): LocalText[] {
  const errors = findings.filter((f) => severityOf(f.code) === "error");
  const inLang = (lang: Lang) =>
    errorLines(
      diagnosticsOfVersion(
        errors.map((f) => toDiagnostic(f, lang)),
        migratedFrom,
      ),
    );
  const ko = inLang("ko");
  return inLang("en").map((en, i) => ({ en, ko: ko[i] ?? en }));
}

export async function readFiles(files: readonly FileLike[], lang: Lang): Promise<FilesRead> {
  const imported = await importFromFiles(files, lang).catch(
    () => ({ kind: "not-import", problems: [] }) as const,
  );
  if (imported.kind === "import") {
    const result = imported.result;
    if (!result.ok)
      return {
        kind: "refused",
        asImport: true,
        details: result.problems.map((p) => inBothLanguages((l) => problemLine(p, l))),
      };
    return { kind: "import", doc: result.doc, report: result.report };
  }
  const refused = (reason: LocalText, details: LocalText[] = []): FilesRead => ({
    kind: "refused",
    asImport: false,
    reason,
    details,
  });
  const file = files[0];
  const unreadable = (error: Parameters<typeof openFileErrorMessage>[0]) =>
    refused(inBothLanguages((l) => openFileErrorMessage(error, l)));
  if (!file) return unreadable("unreadable");
  let opened: Awaited<ReturnType<typeof openTopologyFile<ReturnType<typeof parseTopologyText>>>>;
  try {
    opened = await openTopologyFile(file, parseTopologyText);
  } catch {
    // The readers return named errors; this only keeps a surprise from passing in silence.
    return unreadable("unreadable");
  }
  if (!opened.ok) {
    // A file named as no topology (`describe-volumes.rst`) that the importer read but couldn't
    // parse: its place and reason, not only the list of files ec2viz opens.
    const why = opened.error === "unsupported-type" ? imported.problems : [];
    return refused(
      inBothLanguages((l) => openFileErrorMessage(opened.error, l)),
      why.map((p) => inBothLanguages((l) => problemLine(p, l))),
    );
  }
  const parsed = opened.parsed;
  if (!parsed.ok) {
    const error = parsed.error;
    const lines = parseErrorText(error, "en").details.length;
    // No topology's shape (a JSON list…): what the importer found in it too, and what would work.
    const why = error.kind === "not-an-object" ? imported.problems : [];
    return refused(
      inBothLanguages((l) => parseErrorText(error, l).summary),
      [
        ...Array.from({ length: lines }, (_, i) =>
          inBothLanguages((l) => parseErrorText(error, l).details[i] ?? ""),
        ),
        ...why.map((p) => inBothLanguages((l) => problemLine(p, l))),
      ],
    );
  }
  // checkRules(doc, lang), with what each rule read (src/model/rules/incremental.ts).
  const rules = recordRules(parsed.doc);
  const findings = rules.flatMap((r) => r.findings);
  const diagnostics = diagnosticsOfVersion(
    findings.map((f) => toDiagnostic(f, lang)),
    parsed.migratedFrom,
  );
  const errors = errorTexts(findings, parsed.migratedFrom);
  return { kind: "topology", doc: parsed.doc, diagnostics, errors, rules };
}

export { errorLines };

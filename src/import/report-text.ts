// The import report as people read it (stderr of `ec2viz import`, the app's import dialog list).
import { type CountWord, countText } from "../i18n/face-strings.ts";
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import { type ReportGroup, reportGroups } from "./report-groups.ts";
import { type ImportKind, type ImportProblem, type ImportReport, KIND_WORDS } from "./types.ts";

/** The word each key of the report's `imported` counts (its `count.*` catalog entries). */
const IMPORTED_WORDS: Readonly<Record<string, CountWord>> = {
  vpcs: "vpc",
  internetGateways: "internetGateway",
  subnets: "subnet",
  routeTables: "routeTable",
  natGateways: "natGateway",
  elasticIps: "elasticIp",
  networkAcls: "networkAcl",
  securityGroups: "securityGroup",
  instances: "instance",
  volumes: "volume",
  routes: "route",
  securityGroupRules: "securityGroupRule",
  networkAclRules: "networkAclRule",
  associations: "association",
  attachments: "attachment",
  availabilityZones: "availabilityZone",
};

export function importedSummary(report: ImportReport, lang: Lang): string {
  const parts = Object.entries(report.imported)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => {
      const word = IMPORTED_WORDS[key];
      return word ? countText(lang, word, n) : t(lang, "count.of", { count: n, what: key });
    });
  if (parts.length === 0) return t(lang, "cli.import.nothing");
  return parts.join(", ");
}

/** A placeholder's kind in words ("security group"). */
export function kindWord(kind: ImportKind, lang: Lang): string {
  return KIND_WORDS[kind][lang];
}

export function problemLine(p: ImportProblem, lang: Lang): string {
  const place = p.line === undefined ? "" : `:${p.line}${p.column === undefined ? "" : `:${p.column}`}`;
  return `${p.file}${place}: ${p.message[lang]}`;
}

/** The placeholders as the report lists them (grouped by kind and reason when there are many). */
export function placeholderGroups(report: ImportReport, lang: Lang): ReportGroup[] {
  return reportGroups(
    report.placeholders,
    (p) => kindWord(p.kind, lang),
    (p) => p.id,
    (p) => p.reason,
  );
}

/** The skipped resources as the report lists them (grouped by type and reason when there are many). */
export function skippedGroups(report: ImportReport): ReportGroup[] {
  return reportGroups(
    report.skipped,
    (s) => s.type,
    (s) => s.source,
    (s) => s.reason,
  );
}

/** A group's ids: "a" for one, "a, b, c and 99,997 more" for many. */
export function groupIdsText(group: ReportGroup, lang: Lang): string {
  const ids = group.ids.join(", ");
  const more = group.count - group.ids.length;
  return more > 0 ? t(lang, "import.groupIds", { ids, more: more.toLocaleString("en-US") }) : ids;
}

/** "×100,000 " before a group's ids when it stands for more than one entry. */
function timesText(group: ReportGroup): string {
  return group.count > 1 ? `×${group.count.toLocaleString("en-US")} ` : "";
}

export function formatImportReport(report: ImportReport, lang: Lang): string {
  const lines = [
    t(lang, "cli.import.imported", { format: report.format, summary: importedSummary(report, lang) }),
  ];
  if (report.placeholders.length > 0) {
    lines.push(
      t(lang, "cli.import.placeholders", {
        placeholders: countText(lang, "placeholder", report.placeholders.length),
      }),
    );
    for (const g of placeholderGroups(report, lang))
      lines.push(`  ${g.kind} ${timesText(g)}${groupIdsText(g, lang)}: ${g.reason}`);
  }
  if (report.skipped.length > 0) {
    lines.push(
      t(lang, "cli.import.skipped", { resources: countText(lang, "sourceResource", report.skipped.length) }),
    );
    for (const g of skippedGroups(report))
      lines.push(`  ${g.kind} ${timesText(g)}${groupIdsText(g, lang)}: ${g.reason}`);
  }
  if (report.notes.length > 0) {
    lines.push(t(lang, "cli.import.notes"));
    for (const n of report.notes) lines.push(`  - ${n}`);
  }
  return `${lines.join("\n")}\n`;
}

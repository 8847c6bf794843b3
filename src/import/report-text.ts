// The import report as people read it (stderr of `ec2viz import`, the app's import dialog list).
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import { type ImportKind, type ImportProblem, type ImportReport, KIND_WORDS } from "./types.ts";

/** Words for the report's keys: English singular and plural, Korean. */
export const IMPORTED_LABELS: Record<string, { one: string; many: string; ko: string }> = {
  vpcs: { one: "VPC", many: "VPCs", ko: "VPC" },
  internetGateways: { one: "internet gateway", many: "internet gateways", ko: "인터넷 게이트웨이" },
  subnets: { one: "subnet", many: "subnets", ko: "서브넷" },
  routeTables: { one: "route table", many: "route tables", ko: "라우팅 테이블" },
  natGateways: { one: "NAT gateway", many: "NAT gateways", ko: "NAT 게이트웨이" },
  elasticIps: { one: "Elastic IP", many: "Elastic IPs", ko: "탄력적 IP" },
  networkAcls: { one: "network ACL", many: "network ACLs", ko: "네트워크 ACL" },
  securityGroups: { one: "security group", many: "security groups", ko: "보안 그룹" },
  instances: { one: "instance", many: "instances", ko: "인스턴스" },
  volumes: { one: "volume", many: "volumes", ko: "볼륨" },
  routes: { one: "route", many: "routes", ko: "경로" },
  securityGroupRules: { one: "security group rule", many: "security group rules", ko: "보안 그룹 규칙" },
  networkAclRules: { one: "network ACL rule", many: "network ACL rules", ko: "네트워크 ACL 규칙" },
  associations: { one: "association", many: "associations", ko: "연결(association)" },
  attachments: { one: "attachment", many: "attachments", ko: "연결(attachment)" },
  availabilityZones: { one: "Availability Zone", many: "Availability Zones", ko: "가용 영역" },
};

export function importedSummary(report: ImportReport, lang: Lang): string {
  const parts = Object.entries(report.imported)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => {
      const label = IMPORTED_LABELS[key];
      const what = label ? { en: n === 1 ? label.one : label.many, ko: label.ko } : key;
      return t(lang, "count.of", { count: n, what });
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

export function formatImportReport(report: ImportReport, lang: Lang): string {
  const lines = [
    t(lang, "cli.import.imported", { format: report.format, summary: importedSummary(report, lang) }),
  ];
  if (report.placeholders.length > 0) {
    lines.push(t(lang, "cli.import.placeholders", { count: report.placeholders.length }));
    for (const p of report.placeholders) lines.push(`  ${kindWord(p.kind, lang)} ${p.id}: ${p.reason}`);
  }
  if (report.skipped.length > 0) {
    lines.push(t(lang, "cli.import.skipped", { count: report.skipped.length }));
    for (const s of report.skipped) lines.push(`  ${s.type} ${s.source}: ${s.reason}`);
  }
  if (report.notes.length > 0) {
    lines.push(t(lang, "cli.import.notes"));
    for (const n of report.notes) lines.push(`  - ${n}`);
  }
  return `${lines.join("\n")}\n`;
}

// The import report as people read it (stderr of `ec2viz import`, the app's import dialog list).
import type { Lang } from "../model/diagnostics.ts";
import type { ImportProblem, ImportReport } from "./types.ts";

/** Words for the report's keys, singular/plural in English, one form in Korean. */
export const IMPORTED_LABELS: Record<string, { en: string; ko: string }> = {
  vpcs: { en: "VPCs", ko: "VPC" },
  internetGateways: { en: "internet gateways", ko: "인터넷 게이트웨이" },
  subnets: { en: "subnets", ko: "서브넷" },
  routeTables: { en: "route tables", ko: "라우팅 테이블" },
  natGateways: { en: "NAT gateways", ko: "NAT 게이트웨이" },
  elasticIps: { en: "Elastic IPs", ko: "Elastic IP" },
  networkAcls: { en: "network ACLs", ko: "네트워크 ACL" },
  securityGroups: { en: "security groups", ko: "보안 그룹" },
  instances: { en: "instances", ko: "인스턴스" },
  volumes: { en: "volumes", ko: "볼륨" },
  routes: { en: "routes", ko: "경로" },
  securityGroupRules: { en: "security group rules", ko: "보안 그룹 규칙" },
  networkAclRules: { en: "network ACL rules", ko: "네트워크 ACL 규칙" },
  associations: { en: "associations", ko: "연결(association)" },
  attachments: { en: "attachments", ko: "연결(attachment)" },
  availabilityZones: { en: "Availability Zones", ko: "가용 영역" },
};

export function importedSummary(report: ImportReport, lang: Lang): string {
  const parts = Object.entries(report.imported)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => {
      const label = IMPORTED_LABELS[key]?.[lang] ?? key;
      return lang === "ko" ? `${label} ${n}개` : `${n} ${label}`;
    });
  if (parts.length === 0) return lang === "ko" ? "가져온 리소스 없음" : "nothing imported";
  return parts.join(", ");
}

export function problemLine(p: ImportProblem, lang: Lang): string {
  const place = p.line === undefined ? "" : `:${p.line}${p.column === undefined ? "" : `:${p.column}`}`;
  return `${p.file}${place}: ${p.message[lang]}`;
}

export function formatImportReport(report: ImportReport, lang: Lang): string {
  const ko = lang === "ko";
  const lines = [
    ko
      ? `가져옴 (${report.format}): ${importedSummary(report, lang)}`
      : `Imported (${report.format}): ${importedSummary(report, lang)}`,
  ];
  if (report.placeholders.length > 0) {
    lines.push(
      ko
        ? `문서 밖의 것으로 그린 자리표시 ${report.placeholders.length}개:`
        : `${report.placeholders.length} placeholders (drawn as outside the document):`,
    );
    for (const p of report.placeholders) lines.push(`  ${p.kind} ${p.id}: ${p.reason}`);
  }
  if (report.skipped.length > 0) {
    lines.push(
      ko
        ? `건너뛴 소스 리소스 ${report.skipped.length}개:`
        : `${report.skipped.length} source resources skipped:`,
    );
    for (const s of report.skipped) lines.push(`  ${s.type} ${s.source}: ${s.reason}`);
  }
  if (report.notes.length > 0) {
    lines.push(ko ? "참고:" : "Notes:");
    for (const n of report.notes) lines.push(`  - ${n}`);
  }
  return `${lines.join("\n")}\n`;
}

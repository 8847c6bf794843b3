// Diagnostic codes are a public interface: scripts match on them. Add codes; never rename one.

export const ERROR_CODES = [
  "schema",
  "duplicate-id",
  "unknown-reference",
  "az-not-in-region",
  "vpc-cidr-size",
  "subnet-cidr-size",
  "subnet-outside-vpc",
  "subnet-overlap",
  "igw-multiple",
  "public-subnet-no-igw",
  "ebs-az-mismatch",
  "ebs-size",
  "ebs-multi-attach",
  "ebs-device-conflict",
  "ebs-boot-type",
  "sg-other-vpc",
  "tag-limit",
  // Added after format v1 shipped (codes are only ever added):
  "sg-port-range",
  // Format 2 (issue 9):
  "route-duplicate",
  "route-table-main-multiple",
  "subnet-association-multiple",
  "acl-rule-number",
  // Format 2, more rules (issue 9):
  "route-table-other-vpc",
  "eip-association-multiple",
  "ebs-boot-multi-attach",
  "ebs-performance-ratio",
  // Issue 11: AWS refuses an ICMP type or code outside 0–255 (-1: all), and all types with one code.
  "icmp-type-code",
  // A VPC has one default security group (format 2 keeps its version: `default` is an optional key).
  "sg-default-multiple",
  // A VPC has one default network ACL.
  "acl-default-multiple",
] as const;

export const WARNING_CODES = [
  "instance-type-unknown",
  "public-ip-private-subnet",
  "region-unknown",
  // Adjustable quotas (errors until format 2): a warning that says the quota can be raised.
  "sg-limit",
  "sg-rule-limit",
  // Format 2 (issue 9): AWS accepts these, but the result doesn't work or is risky.
  "nat-gateway-no-internet",
  "route-blackhole",
  "sg-admin-port-open",
  // Issue 11: AWS has no such thing (Regions can't be tagged).
  "region-tags",
  // Issue 11: the file's shape allows them, AWS doesn't (warnings: files that opened keep opening).
  "ami-id-length",
  "ebs-device-name",
] as const;

type ErrorCode = (typeof ERROR_CODES)[number];
type WarningCode = (typeof WARNING_CODES)[number];
export type DiagnosticCode = ErrorCode | WarningCode;
type Severity = "error" | "warning";

export const ALL_CODES: readonly DiagnosticCode[] = [...ERROR_CODES, ...WARNING_CODES];

/**
 * The codes a file written in format version 1 can get. Its codes are public, so such a file keeps
 * exactly these: rules added since (on facts version 1 already had, like SSH open to the world)
 * apply once it is saved in the current version.
 */
export const FORMAT_1_CODES: ReadonlySet<DiagnosticCode> = new Set([
  ...ERROR_CODES.slice(0, ERROR_CODES.indexOf("sg-port-range") + 1),
  ...WARNING_CODES.slice(0, WARNING_CODES.indexOf("sg-rule-limit") + 1),
]);

/** The diagnostics a file read from `migratedFrom` (undefined: the current version) reports. */
export function diagnosticsOfVersion<D extends { code: DiagnosticCode }>(
  diagnostics: readonly D[],
  migratedFrom: number | undefined,
): D[] {
  return migratedFrom === 1 ? diagnostics.filter((d) => FORMAT_1_CODES.has(d.code)) : [...diagnostics];
}

export function severityOf(code: DiagnosticCode): Severity {
  return (WARNING_CODES as readonly string[]).includes(code) ? "warning" : "error";
}

// The language type lives with the one text shape and interpolator (pure, shared with the CLI).
export { LANGS, type Lang } from "../i18n/text.ts";

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** JSONPath of the offending value, e.g. "$.subnets[2].cidrBlock". */
  path: string;
  /** Id of the resource concerned, when there is one. */
  resource?: string;
  /** What is wrong, where, and what AWS allows, in the requested language. */
  message: string;
  /** Which message of src/model/messages.ts this is; with `params`, it renders in any language. */
  messageId?: string;
  /** The values the message is made of (names, numbers, paths), kept for other languages. */
  params?: Readonly<Record<string, string | number | boolean>>;
}

/** Formats a path of keys and indexes as JSONPath: ["subnets", 2, "cidrBlock"] -> $.subnets[2].cidrBlock */
export function jsonPath(parts: readonly (string | number | symbol)[]): string {
  let out = "$";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

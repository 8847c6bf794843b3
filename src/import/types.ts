// What an import produces: a format-2 topology (plain data, checked afterwards by the project's own
// reader) and the report promised by `ec2viz import --json`. Words are kept in both languages until
// the report is printed, so one import can be shown in either.
import type { LocalText } from "../i18n/text.ts";
import type { Lang } from "../model/diagnostics.ts";

export const IMPORT_FORMATS = ["aws-cli", "cloudformation", "terraform"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** How a format is written in prose (an imported document's name): the option value is for scripts. */
export const IMPORT_FORMAT_TITLES: Record<ImportFormat, string> = {
  "aws-cli": "AWS CLI",
  cloudformation: "CloudFormation",
  terraform: "Terraform",
};

/**
 * The fields an import may not know (a placeholder's or a skipped link's reason), in both languages.
 * Keyed by the English words, which the importers pass; Korean reads them in Korean.
 */
export const IMPORT_FIELDS = {
  "IPv4 CIDR block": { en: "IPv4 CIDR block", ko: "IPv4 CIDR 블록" },
  subnet: { en: "subnet", ko: "서브넷" },
  VPC: { en: "VPC", ko: "VPC" },
  "instance type": { en: "instance type", ko: "인스턴스 유형" },
  size: { en: "size", ko: "크기" },
  "volume type": { en: "volume type", ko: "볼륨 유형" },
  "VPC, Availability Zone or IPv4 CIDR block": {
    en: "VPC, Availability Zone or IPv4 CIDR block",
    ko: "VPC, 가용 영역 또는 IPv4 CIDR 블록",
  },
  "Availability Zone, size or volume type": {
    en: "Availability Zone, size or volume type",
    ko: "가용 영역, 크기 또는 볼륨 유형",
  },
  "gateway or VPC": { en: "gateway or VPC", ko: "게이트웨이나 VPC" },
  target: { en: "target", ko: "대상" },
  "route table": { en: "route table", ko: "라우팅 테이블" },
  "destination or target": { en: "destination or target", ko: "대상 주소나 대상" },
  "subnet or table": { en: "subnet or table", ko: "서브넷이나 라우팅 테이블" },
  "rule (IPv6 or another protocol)": {
    en: "rule (IPv6 or another protocol)",
    ko: "규칙(IPv6 또는 다른 프로토콜)",
  },
  "rule (IPv6, a prefix list or another protocol)": {
    en: "rule (IPv6, a prefix list or another protocol)",
    ko: "규칙(IPv6, 접두사 목록 또는 다른 프로토콜)",
  },
  "network ACL": { en: "network ACL", ko: "네트워크 ACL" },
  rule: { en: "rule", ko: "규칙" },
  "security group": { en: "security group", ko: "보안 그룹" },
  "Elastic IP or instance": { en: "Elastic IP or instance", ko: "탄력적 IP나 인스턴스" },
  "volume, instance or device": { en: "volume, instance or device", ko: "볼륨, 인스턴스 또는 장치" },
} satisfies Record<string, LocalText>;
export type ImportField = keyof typeof IMPORT_FIELDS;

/** The kinds of resource an import can produce, and the topology list each goes into. */
export const KIND_KEYS = {
  vpc: "vpcs",
  internetGateway: "internetGateways",
  subnet: "subnets",
  routeTable: "routeTables",
  natGateway: "natGateways",
  elasticIp: "elasticIps",
  networkAcl: "networkAcls",
  securityGroup: "securityGroups",
  instance: "instances",
  volume: "volumes",
} as const;
export type ImportKind = keyof typeof KIND_KEYS;

/** Words for each kind inside report sentences. */
export const KIND_WORDS: Record<ImportKind, LocalText> = {
  vpc: { en: "VPC", ko: "VPC" },
  internetGateway: { en: "internet gateway", ko: "인터넷 게이트웨이" },
  subnet: { en: "subnet", ko: "서브넷" },
  routeTable: { en: "route table", ko: "라우팅 테이블" },
  natGateway: { en: "NAT gateway", ko: "NAT 게이트웨이" },
  elasticIp: { en: "Elastic IP", ko: "탄력적 IP" },
  networkAcl: { en: "network ACL", ko: "네트워크 ACL" },
  securityGroup: { en: "security group", ko: "보안 그룹" },
  instance: { en: "instance", ko: "인스턴스" },
  volume: { en: "volume", ko: "볼륨" },
};
/** "A VPC", "An Elastic IP": the kind's word after the article it takes, to start a sentence. */
export function kindAfterArticle(kind: ImportKind): LocalText {
  const word = KIND_WORDS[kind];
  // Every word above that starts with a vowel letter starts with a vowel sound ("NAT" does not).
  return { en: `${/^[aeiou]/i.test(word.en) ? "An" : "A"} ${word.en}`, ko: word.ko };
}
export const IMPORT_KINDS = Object.keys(KIND_KEYS) as ImportKind[];

/**
 * Source resources that are not drawn on their own but folded into the resource they belong to
 * (a CloudFormation AWS::EC2::Route into its route table, a Terraform aws_security_group_rule into
 * its group...). They count in `imported` under these keys so every source resource is accounted for.
 */
export type PartKey =
  | "routes"
  | "securityGroupRules"
  | "networkAclRules"
  | "associations"
  | "attachments"
  | "availabilityZones";

/** One resource record of the topology being built (format 2 keys). */
export type Rec = Record<string, unknown> & { id: string };

export interface Placeholder {
  id: string;
  kind: ImportKind;
  reason: string;
}

export interface SkippedResource {
  source: string;
  type: string;
  reason: string;
}

export interface ImportReport {
  format: ImportFormat;
  imported: Record<string, number>;
  placeholders: Placeholder[];
  skipped: SkippedResource[];
  notes: string[];
}

export interface ImportOptions {
  format?: ImportFormat | "auto";
  /** Region code for templates and plans that don't say (and for bundles that don't either). */
  region?: string;
  /**
   * CloudFormation parameter values (`--param Key=Value`), over the template's defaults. Given (even
   * empty) by a caller that takes --param, the command line; the notes then name the flag.
   */
  params?: Readonly<Record<string, string>>;
  lang?: Lang;
}

/** A file that could not be read, with the place where it broke when there is one. */
export interface ImportProblem {
  file: string;
  message: LocalText;
  line?: number;
  column?: number;
  /** The file holds an error AWS returned: an import to refuse with it, not a file of another kind. */
  awsError?: true;
}

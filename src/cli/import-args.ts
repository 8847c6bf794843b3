// `ec2viz import` arguments -> what to do (a public interface: see README "Import").

import { IMPORT_FORMATS, type ImportFormat } from "../import/types.ts";
import { LANGS, type Lang } from "../model/diagnostics.ts";

export interface ImportCommand {
  kind: "import";
  files: string[];
  out?: string;
  format: ImportFormat | "auto";
  region?: string;
  params: Record<string, string>;
  json: boolean;
  lang: Lang;
}

export type ImportArgs =
  | ImportCommand
  | { kind: "help"; topic: "import" }
  | { kind: "usage-error"; message: string; topic: "import" };

export const IMPORT_USAGE = `Usage: ec2viz import <file...> [-o out.json|out.yaml] [--format auto|aws-cli|cloudformation|terraform]
                     [--region <code>] [--param Key=Value]... [--json] [--lang ko|en]

Turns AWS CLI describe-* output, a CloudFormation template or Terraform state / plan JSON into
an ec2viz topology, offline. The report (counts, placeholders, skipped resources, notes) goes to
stderr, or to stdout as JSON with --json. A template's parameters file (the JSON list that
create-stack --parameters file://… reads) given beside it supplies values, as --param does.

Options:
  -o, --out <file>     Write the topology there (.json or .yaml); default: stdout (unless --json)
  --format <name>      auto (default), aws-cli, cloudformation or terraform
  --region <code>      Region for templates and plans that don't say (e.g. ap-northeast-2)
  --param Key=Value    A CloudFormation parameter value (repeatable); overrides its default
  --json               Print the report as JSON on stdout
  --lang ko|en         Language of the report (default: en)
  -h, --help           Show this help

Exit codes: 0 a topology was made (skipped resources included), 2 nothing could be read or recognised.
`;

export function parseImportArgs(rest: readonly string[]): ImportArgs {
  const files: string[] = [];
  const params: Record<string, string> = {};
  let out: string | undefined;
  let format: ImportFormat | "auto" = "auto";
  let region: string | undefined;
  let json = false;
  let lang: Lang = "en";
  let onlyFiles = false;
  const error = (message: string): ImportArgs => ({ kind: "usage-error", message, topic: "import" });
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (onlyFiles || arg === "-" || !arg.startsWith("-")) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = () => inline ?? rest[++i];
    switch (name) {
      case "--":
        onlyFiles = true;
        break;
      case "-h":
      case "--help":
        return { kind: "help", topic: "import" };
      case "--json":
        json = true;
        break;
      case "-o":
      case "--out": {
        out = value();
        if (!out) return error(`${name} needs a file name`);
        if (!/\.(json|ya?ml)$/i.test(out))
          return error(`${name} ${out}: the file name must end in .json, .yaml or .yml`);
        break;
      }
      case "--format": {
        const v = value();
        if (v !== "auto" && !(IMPORT_FORMATS as readonly string[]).includes(v ?? "")) {
          return error(`--format needs auto, ${IMPORT_FORMATS.join(", ")}`);
        }
        format = v as ImportFormat | "auto";
        break;
      }
      case "--region": {
        region = value();
        if (!region || !/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d+$/.test(region)) {
          return error(`--region needs a Region code like ap-northeast-2`);
        }
        break;
      }
      case "--param": {
        const v = value() ?? "";
        const at = v.indexOf("=");
        if (at <= 0) return error(`--param needs Key=Value (got "${v}")`);
        params[v.slice(0, at)] = v.slice(at + 1);
        break;
      }
      case "--lang": {
        const v = value();
        if (!(LANGS as readonly string[]).includes(v ?? "")) return error(`--lang needs "ko" or "en"`);
        lang = v as Lang;
        break;
      }
      default:
        return error(`unknown option "${arg}"`);
    }
  }
  if (files.length === 0) return error("no file given");
  return {
    kind: "import",
    files,
    ...(out ? { out } : {}),
    format,
    ...(region ? { region } : {}),
    params,
    json,
    lang,
  };
}

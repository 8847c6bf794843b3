// Import entry point: files (bytes) -> a format-2 topology and its report, or the reason nothing
// could be read. Each file is decoded, split into documents and recognised by its content (never
// by its name); the documents of one format go to that format's reader. Pure: no I/O, no React.
import type { LocalText } from "../i18n/text.ts";
import { readCfnMetadata } from "../io/cfn-metadata.ts";
import type { Lang } from "../model/diagnostics.ts";
import { isAwsCliOutput, readAwsCli } from "./aws-cli.ts";
import { type Finished, ImportBuilder } from "./builder.ts";
import { mapTemplate } from "./cloudformation/map.ts";
import { isTemplate, prepareTemplate } from "./cloudformation/template.ts";
import { parseCloudFormationYaml } from "./cloudformation/yaml.ts";
import { mapTerraform } from "./terraform/map.ts";
import { isTerraform, readTerraform } from "./terraform/resources.ts";
import { decodeBytes, looksLikeRst, parseJsonDocuments, rstJsonBlocks } from "./text.ts";
import { type ImportFormat, type ImportOptions, type ImportProblem, msg } from "./types.ts";

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportResult =
  | (Finished & { ok: true; problems: ImportProblem[] })
  | { ok: false; problems: ImportProblem[] };

interface Doc {
  file: string;
  value: unknown;
  line: number;
  format: ImportFormat;
}

export function detectFormat(value: unknown): ImportFormat | undefined {
  if (isTerraform(value)) return "terraform";
  if (isTemplate(value)) return "cloudformation";
  if (isAwsCliOutput(value)) return "aws-cli";
  return undefined;
}

const NOT_RECOGNISED: LocalText = msg(
  "Not recognised: ec2viz imports AWS CLI describe-* output (JSON with Reservations, Vpcs, Subnets...), CloudFormation templates (JSON or YAML with Resources) and Terraform state or `terraform show -json` output.",
  "알아볼 수 없는 파일입니다. ec2viz는 AWS CLI describe-* 출력(Reservations, Vpcs, Subnets... 가 있는 JSON), CloudFormation 템플릿(Resources가 있는 JSON/YAML), Terraform 상태와 `terraform show -json` 출력을 가져옵니다.",
);

function syntax(
  file: string,
  message: string,
  line: number,
  column: number,
  format: "JSON" | "YAML",
): ImportProblem {
  return {
    file,
    line,
    column,
    message: msg(`not valid ${format}: ${message}`, `올바른 ${format}가 아닙니다: ${message}`),
  };
}

/** The documents in one file, with the problems found on the way. */
function documentsOf(file: ImportFile, problems: ImportProblem[], forced: ImportFormat | undefined): Doc[] {
  const docs: Doc[] = [];
  const text = decodeBytes(file.bytes);
  if (text === undefined) {
    problems.push({
      file: file.name,
      message: msg(
        "The file is not UTF-8 or UTF-16 text: save it as UTF-8 and import it again.",
        "파일이 UTF-8이나 UTF-16 텍스트가 아닙니다. UTF-8로 저장한 뒤 다시 가져오세요.",
      ),
    });
    return docs;
  }
  const recognise = (value: unknown, line: number) => {
    const format = forced ?? detectFormat(value);
    if (!format) {
      problems.push({
        file: file.name,
        line,
        column: 1,
        message: Array.isArray(value)
          ? msg(
              "A JSON list, like the output of --query: ec2viz needs the whole output (run the command without --query).",
              "--query 출력 같은 JSON 목록입니다. 전체 출력이 필요합니다(--query 없이 실행하세요).",
            )
          : NOT_RECOGNISED,
      });
      return;
    }
    docs.push({ file: file.name, value, line, format });
  };
  if (text.trim() === "") {
    problems.push({ file: file.name, message: msg("The file is empty.", "파일이 비어 있습니다.") });
    return docs;
  }
  if (looksLikeRst(file.name, text)) {
    const blocks = rstJsonBlocks(text);
    for (const block of blocks) {
      const parsed = parseJsonDocuments(block.text);
      if (parsed.ok) for (const d of parsed.docs) recognise(d.value, block.line + d.line - 1);
      else
        problems.push(
          syntax(file.name, parsed.message, block.line + parsed.line - 1, parsed.column + 4, "JSON"),
        );
    }
    if (blocks.length === 0) problems.push({ file: file.name, message: NOT_RECOGNISED });
    return docs;
  }
  if (/^\s*[{[]/.test(text)) {
    const parsed = parseJsonDocuments(text);
    for (const d of parsed.docs) recognise(d.value, d.line);
    if (!parsed.ok) problems.push(syntax(file.name, parsed.message, parsed.line, parsed.column, "JSON"));
    return docs;
  }
  const yaml = parseCloudFormationYaml(text);
  if (!yaml.ok) {
    problems.push(syntax(file.name, yaml.message, yaml.line, yaml.column, "YAML"));
    return docs;
  }
  recognise(yaml.data, 1);
  return docs;
}

/** True when the file holds something an import reads (AWS CLI output, a template, Terraform JSON). */
export function isImportSource(file: ImportFile): boolean {
  return documentsOf(file, [], undefined).length > 0;
}

const stem = (name: string) => (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]*$/, "");

export function importFiles(files: readonly ImportFile[], options: ImportOptions = {}): ImportResult {
  const lang: Lang = options.lang ?? "en";
  const problems: ImportProblem[] = [];
  const forced = options.format && options.format !== "auto" ? options.format : undefined;
  const docs = files.flatMap((f) => documentsOf(f, problems, forced));
  const format = docs[0]?.format;
  if (!format) return { ok: false, problems };
  const mine = docs.filter((d) => d.format === format);
  for (const other of docs.filter((d) => d.format !== format)) {
    problems.push({
      file: other.file,
      line: other.line,
      message: msg(
        `This is ${other.format} input, read on its own: one import reads one kind of source (here ${format}).`,
        `이것은 ${other.format} 입력이라 따로 가져와야 합니다. 한 번에 한 종류(여기서는 ${format})만 가져옵니다.`,
      ),
    });
  }
  const b = new ImportBuilder(format);
  b.name = files.length === 1 ? stem(files[0]?.name ?? "import") : `Imported ${format}`;
  let region = options.region;
  if (format === "aws-cli") {
    readAwsCli(mine, b, region);
  } else if (format === "cloudformation") {
    for (const d of mine) {
      // A template ec2viz exported says its Region and our ids (Metadata.ec2viz).
      const meta = readCfnMetadata(d.value);
      const stackRegion = region ?? meta?.region;
      const prepared = prepareTemplate(d.value as Record<string, unknown>, b, {
        ...(stackRegion ? { region: stackRegion } : {}),
        ...(options.params ? { params: options.params } : {}),
        stackName: stem(d.file),
      });
      region = prepared.ctx.region;
      if (meta?.zones && meta.region === region) b.zonesOf(region, meta.zones);
      mapTemplate(prepared.resources, prepared.ctx, meta);
    }
  } else {
    let read = 0;
    for (const d of mine) {
      const tf = readTerraform(d.value);
      if (!tf.ok) {
        problems.push({ file: d.file, line: d.line, message: tf.message });
        continue;
      }
      read++;
      for (const note of tf.notes) b.note(note);
      region ??= tf.region;
      mapTerraform(tf.resources, b, region, tf.kind === "plan");
    }
    if (read === 0) return { ok: false, problems };
  }
  for (const p of problems) {
    const place = p.line ? `:${p.line}${p.column ? `:${p.column}` : ""}` : "";
    b.note(msg(`${p.file}${place}: ${p.message.en}`, `${p.file}${place}: ${p.message.ko}`));
  }
  const finished = b.finish(lang, region);
  return { ok: true, ...finished, problems };
}

// Import entry point: files (bytes) -> a format-2 topology and its report, or the reason nothing
// could be read. Each file is decoded, split into documents and recognised by its content (never
// by its name); the documents of one format go to that format's reader. Pure: no I/O, no React.
import type { LocalText } from "../i18n/text.ts";
import { readCfnMetadata } from "../io/cfn-metadata.ts";
import { isPng } from "../io/png-metadata.ts";
import type { Lang } from "../model/diagnostics.ts";
import { isAwsCliOutput, isAwsCliPage, listRefusal, readAwsCli } from "./aws-cli.ts";
import { awsErrorInJson, awsErrorInText, awsErrorText } from "./aws-error.ts";
import { type Finished, ImportBuilder } from "./builder.ts";
import { type DuplicateId, jsonDuplicateResources } from "./cloudformation/duplicates.ts";
import { mapTemplate } from "./cloudformation/map.ts";
import { parameterFileValues } from "./cloudformation/parameters.ts";
import { isTemplate, prepareTemplate } from "./cloudformation/template.ts";
import { parseCloudFormationYaml } from "./cloudformation/yaml.ts";
import { importText } from "./messages.ts";
import { mapTerraform } from "./terraform/map.ts";
import { isTerraform, readTerraform } from "./terraform/resources.ts";
import {
  decodeBytes,
  looksLikeRst,
  parseJsonDocuments,
  rstJsonBlocks,
  terraformWrapperOutput,
} from "./text.ts";
import {
  IMPORT_FORMAT_TITLES,
  type ImportFormat,
  type ImportOptions,
  type ImportProblem,
  KIND_KEYS,
} from "./types.ts";

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

type ImportResult =
  | (Finished & { ok: true; problems: ImportProblem[] })
  | { ok: false; problems: ImportProblem[] };

/** A CloudFormation parameters file: values for the templates imported with it. */
interface ParameterFile {
  file: string;
  line: number;
  values: Record<string, string>;
}

interface Doc {
  file: string;
  value: unknown;
  line: number;
  format: ImportFormat;
  /** A template's logical ids defined more than once (the last definition is read). */
  duplicates?: DuplicateId[];
}

const NOT_RECOGNISED: LocalText = importText("import.notRecognised");

/** Whether a document is of a kind, asked in this order when no --format is given. */
const IS_FORMAT: Record<ImportFormat, (value: unknown) => boolean> = {
  terraform: isTerraform,
  cloudformation: isTemplate,
  "aws-cli": isAwsCliOutput,
};

function detectFormat(value: unknown): ImportFormat | undefined {
  return (Object.keys(IS_FORMAT) as ImportFormat[]).find((format) => IS_FORMAT[format](value));
}

/**
 * The reader for a document: the kind --format names, or the detected one. --format picks a reader,
 * it doesn't make a file of another kind one (read as AWS CLI output or a template, it would come out
 * empty, exit 0, with nothing said of what it held). Terraform's reader also judges what no detector
 * knows (a state trimmed by hand still reads; what it refuses is named with its version).
 */
function readerFor(value: unknown, forced: ImportFormat | undefined) {
  const detected = detectFormat(value);
  if (forced === undefined) return { format: detected, detected };
  if (IS_FORMAT[forced](value) || (forced === "terraform" && detected === undefined))
    return { format: forced, detected };
  return { format: undefined, detected };
}

/** An ec2viz topology file (a `version` and lists of its own), which needs no import. */
function isEc2vizTopology(value: unknown): boolean {
  if (typeof value !== "object" || value === null || !("version" in value)) return false;
  return ["regions", "vpcs", "subnets", "instances"].some((list) =>
    Array.isArray((value as Record<string, unknown>)[list]),
  );
}

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
    message: importText("import.notValid", { format, message }),
  };
}

/** The documents in one file, with the problems found on the way. */
function documentsOf(
  file: ImportFile,
  problems: ImportProblem[],
  forced: ImportFormat | undefined,
  parameterFiles: ParameterFile[] = [],
): Doc[] {
  const docs: Doc[] = [];
  // An image (an ec2viz export, often) is no text to import: told so, not "save it as UTF-8" (#15).
  const image = imageKindOf(file.bytes);
  if (image) {
    problems.push({ file: file.name, message: importText("import.image", { kind: image }) });
    return docs;
  }
  const text = decodeBytes(file.bytes);
  if (text === undefined) {
    problems.push({
      file: file.name,
      message: importText("import.notUtf"),
    });
    return docs;
  }
  const recognise = (value: unknown, line: number) => {
    const values = parameterFileValues(value);
    if (values) {
      parameterFiles.push({ file: file.name, line, values });
      return;
    }
    // `--output yaml-stream` (AWS CLI v2) prints each page of a command's output as an item of a list.
    if (Array.isArray(value) && value.length > 0 && value.every(isAwsCliPage)) {
      for (const page of value) recognise(page, line);
      return;
    }
    const body = templateBodyOf(value);
    if (body) {
      problems.push({ file: file.name, line, message: importText("cfn.getTemplate") });
      if (body.ok) docs.push({ file: file.name, value: body.template, line, format: "cloudformation" });
      else problems.push(syntax(file.name, body.message, body.line, body.column, body.format));
      return;
    }
    // An ec2viz topology needs no import, whatever --format says (a Terraform reader would call its
    // `version` the state's).
    if (isEc2vizTopology(value)) {
      problems.push({ file: file.name, line, column: 1, message: importText("import.alreadyTopology") });
      return;
    }
    const { format, detected } = readerFor(value, forced);
    if (forced !== undefined && detected !== undefined && format === undefined) {
      const message = importText("import.notTheFormatGiven", {
        format: IMPORT_FORMAT_TITLES[detected],
        option: detected,
        given: IMPORT_FORMAT_TITLES[forced],
      });
      problems.push({ file: file.name, line, column: 1, message });
      return;
    }
    if (!format) {
      const error = awsErrorInJson(value);
      if (error)
        problems.push({ file: file.name, line, column: 1, message: awsErrorText(error), awsError: true });
      else
        problems.push({
          file: file.name,
          line,
          column: 1,
          message: Array.isArray(value) ? listRefusal(value) : NOT_RECOGNISED,
        });
      return;
    }
    docs.push({ file: file.name, value, line, format });
  };
  if (text.trim() === "") {
    problems.push({ file: file.name, message: importText("import.emptyFile") });
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
  const wrapped = terraformWrapperOutput(text);
  if (wrapped) problems.push({ file: file.name, message: importText("import.terraformWrapper") });
  if (wrapped || /^\s*[{[]/.test(text)) {
    const at = wrapped?.line ?? 1; // line numbers in the file, not in the output cut out of it
    const parsed = parseJsonDocuments(wrapped?.text ?? text);
    for (const d of parsed.docs) recognise(d.value, d.line + at - 1);
    const [template] = docs;
    if (template?.format === "cloudformation" && docs.length === 1 && parsed.docs.length === 1 && !wrapped)
      template.duplicates = jsonDuplicateResources(text);
    if (!parsed.ok)
      problems.push(syntax(file.name, parsed.message, parsed.line + at - 1, parsed.column, "JSON"));
    return docs;
  }
  const yaml = parseCloudFormationYaml(text);
  // What the AWS CLI prints when a call fails, saved instead of its output (YAML reads it as a broken
  // mapping or as one that is nothing ec2viz knows; a template that merely quotes such a line is not it).
  const error = !yaml.ok || detectFormat(yaml.data) === undefined ? awsErrorInText(text) : undefined;
  if (error) {
    problems.push({ file: file.name, line: error.line, message: awsErrorText(error), awsError: true });
    return docs;
  }
  if (!yaml.ok) {
    problems.push(syntax(file.name, yaml.message, yaml.line, yaml.column, "YAML"));
    return docs;
  }
  recognise(yaml.data, 1);
  const [template] = docs;
  if (template?.format === "cloudformation" && template.value === yaml.data)
    template.duplicates = yaml.duplicates;
  return docs;
}

/** PNG by its signature, SVG by its opening tag (after an XML declaration or comments, if any). */
function imageKindOf(bytes: Uint8Array): "PNG" | "SVG" | undefined {
  if (isPng(bytes)) return "PNG";
  const head = new TextDecoder().decode(bytes.subarray(0, 1024));
  return SVG_START.test(head) ? "SVG" : undefined;
}

const SVG_START = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i;

type TemplateBody =
  | { ok: true; template: unknown }
  | { ok: false; message: string; line: number; column: number; format: "JSON" | "YAML" };

/**
 * The template inside `aws cloudformation get-template` output ({ TemplateBody, StagesAvailable }):
 * an object for a JSON template, a string for a YAML one (its lines counted from the string's start).
 */
function templateBodyOf(value: unknown): TemplateBody | undefined {
  const o = value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
  const body = o && "TemplateBody" in o ? (o as { TemplateBody: unknown }).TemplateBody : undefined;
  if (body !== null && typeof body === "object" && isTemplate(body)) return { ok: true, template: body };
  if (typeof body !== "string" || body.trim() === "") return undefined;
  if (/^\s*\{/.test(body)) {
    const parsed = parseJsonDocuments(body);
    const first = parsed.docs[0];
    if (parsed.ok && first) return { ok: true, template: first.value };
    if (parsed.ok) return undefined;
    return { ok: false, message: parsed.message, line: parsed.line, column: parsed.column, format: "JSON" };
  }
  const yaml = parseCloudFormationYaml(body);
  if (yaml.ok) return { ok: true, template: yaml.data };
  return { ok: false, message: yaml.message, line: yaml.line, column: yaml.column, format: "YAML" };
}

/**
 * True when the file holds something an import reads (AWS CLI output, a template, Terraform JSON,
 * a template's parameters file: alone, the import says what it lacks), or an error AWS returned.
 */
/**
 * Why a file that is no topology (by its name: `.rst`, `.tfstate`…) can't be imported either, when
 * the importer can say more than "not recognised": a syntax error with its place, a `--query` list,
 * an error AWS returned. Empty when it is simply something else.
 */
/**
 * Whether `file` holds something an import reads (`source`) and, when it doesn't, what the importer
 * can still say of it (`problems`: a broken output block's line and reason, not "Not recognised"),
 * from one read of it.
 */
export function importVerdict(file: ImportFile): { source: boolean; problems: ImportProblem[] } {
  const parameterFiles: ParameterFile[] = [];
  const problems: ImportProblem[] = [];
  const docs = documentsOf(file, problems, undefined, parameterFiles);
  // An error AWS returned in place of a command's output: the import names it.
  const source = docs.length + parameterFiles.length > 0 || problems.some((p) => p.awsError);
  return { source, problems: problems.filter((p) => p.message !== NOT_RECOGNISED) };
}

export function isImportSource(file: ImportFile): boolean {
  return importVerdict(file).source;
}

const stem = (name: string) => (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]*$/, "");

export function importFiles(files: readonly ImportFile[], options: ImportOptions = {}): ImportResult {
  const lang: Lang = options.lang ?? "en";
  const problems: ImportProblem[] = [];
  const forced = options.format && options.format !== "auto" ? options.format : undefined;
  const parameterFiles: ParameterFile[] = [];
  const docs = files.flatMap((f) => documentsOf(f, problems, forced, parameterFiles));
  const format = docs[0]?.format;
  if (format !== "cloudformation") {
    for (const p of parameterFiles)
      problems.push({ file: p.file, line: p.line, message: importText("import.parametersWithoutTemplate") });
  }
  if (!format) return { ok: false, problems };
  const mine = docs.filter((d) => d.format === format);
  for (const other of docs.filter((d) => d.format !== format)) {
    problems.push({
      file: other.file,
      line: other.line,
      message: importText("import.oneKindOfSource", { format: other.format, format2: format }),
    });
  }
  const b = new ImportBuilder(format);
  b.name = files.length === 1 ? stem(files[0]?.name ?? "import") : `${IMPORT_FORMAT_TITLES[format]} import`;
  let region = options.region;
  if (format === "aws-cli") {
    readAwsCli(mine, b, region);
  } else if (format === "cloudformation") {
    // --param wins over a parameters file, which wins over the template's defaults.
    const params = Object.assign(Object.create(null), ...parameterFiles.map((p) => p.values), options.params);
    // Only a caller that takes --param (the command line) says it overrides: the app has no such flag.
    const fileNote = options.params === undefined ? "cfn.parametersFile" : "cfn.parametersFileCli";
    for (const p of parameterFiles) {
      b.note(importText(fileNote, { file: p.file, names: Object.keys(p.values).join(", ") }));
    }
    for (const d of mine) {
      const [repeat] = d.duplicates ?? [];
      if (repeat) {
        const count = d.duplicates?.length ?? 0;
        b.note(
          importText("cfn.duplicateLogicalIds", { file: d.file, count, id: repeat.id, line: repeat.line }),
        );
      }
      // A template ec2viz exported says its Region and our ids (Metadata.ec2viz).
      const meta = readCfnMetadata(d.value);
      const stackRegion = region ?? meta?.region;
      const prepared = prepareTemplate(d.value as Record<string, unknown>, b, {
        ...(stackRegion ? { region: stackRegion } : {}),
        params,
        named: Object.keys(options.params ?? {}),
        stackName: stem(d.file),
      });
      region = prepared.ctx.region;
      if (meta?.zones && meta.region === region) b.zonesOf(region, meta.zones);
      mapTemplate(prepared.resources, prepared.ctx, meta);
    }
    // A VPC a template creates starts with a main route table holding only the local route, which
    // no template resource can change: its subnets are private, as drawn. Another VPC's main table
    // is unknown: say so once.
    b.noteUnrouted(
      "cfn.routeTablesUndescribed",
      b.subnetsWithoutRouteTable().filter((s) => {
        const vpc = b.get("vpc", s.vpc as string);
        return vpc === undefined || vpc.external === true;
      }),
    );
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
    b.note(importText("import.problemLine", { file: p.file, place, message: p.message }));
  }
  const finished = b.finish(lang, region);
  const note = nothingToDraw(finished);
  if (note) finished.report.notes.push(note[lang]);
  return { ok: true, ...finished, problems };
}

/** Why an import that read its files has nothing to draw (no resource, placeholder or zone). */
function nothingToDraw({ doc, report }: Finished): LocalText | undefined {
  const drawn = Object.values(KIND_KEYS).some((key) => (doc[key] as unknown[]).length > 0);
  if (drawn || (doc.regions as unknown[]).length > 0) return undefined;
  if (report.skipped.length > 0) return importText("import.nothingDrawnSkipped");
  return importText(`import.nothingListed.${report.format}`);
}

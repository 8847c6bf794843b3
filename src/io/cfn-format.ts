// The text format of a CloudFormation export, from the output file's name. Its own small module: the
// command line parses arguments without loading the exporter.
export type TemplateFormat = "yaml" | "json";

/** .yaml/.yml -> YAML, .json -> JSON; undefined for any other name. */
export function templateFormatOf(fileName: string): TemplateFormat | undefined {
  if (/\.ya?ml$/i.test(fileName)) return "yaml";
  if (/\.json$/i.test(fileName)) return "json";
  return undefined;
}

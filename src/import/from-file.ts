// A file chosen with Open… or dropped on the window, as an import: when it holds AWS CLI output, a
// CloudFormation template or Terraform JSON (by its content, whatever its name), its topology and
// report; anything else goes on to the ordinary topology reader. Pure: no React.
import { MAX_FILE_BYTES } from "../io/limits.ts";
import type { FileLike } from "../io/open-file.ts";
import type { Lang } from "../model/diagnostics.ts";
import { type ImportFile, importVerdict } from "./import.ts";
import { importTopology, type TopologyImport } from "./topology.ts";
import type { ImportProblem } from "./types.ts";

/** Not an import: `problems` is what the importer can say of the first file (see importVerdict). */
type FileImport =
  | { kind: "not-import"; problems: ImportProblem[] }
  | { kind: "import"; result: TopologyImport };

/** Images exported by ec2viz are topologies, never imports. */
const IMAGE = /\.(png|svg)$/i;

/** The file as the importer's input, or undefined when it can't be one (an image, too big, unreadable). */
async function importSource(file: FileLike): Promise<ImportFile | undefined> {
  if (IMAGE.test(file.name) || (file.size !== undefined && file.size > MAX_FILE_BYTES)) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return undefined;
  }
  if (bytes.length > MAX_FILE_BYTES || bytes[0] === 0x89) return undefined;
  return { name: file.name, bytes };
}

/**
 * The files as one import when the first holds something an import reads (the others join it:
 * an AWS CLI bundle is often one file per command); else not an import.
 */
export async function importFromFiles(files: readonly FileLike[], lang: Lang): Promise<FileImport> {
  const sources: ImportFile[] = [];
  const notImport = (first: ImportFile | undefined): FileImport => ({
    kind: "not-import",
    problems: first ? importVerdict(first).problems : [],
  });
  for (const file of files) {
    const source = await importSource(file);
    if (!source) return notImport(sources[0]);
    sources.push(source);
  }
  const first = sources[0];
  if (!first) return notImport(undefined);
  const verdict = importVerdict(first);
  if (!verdict.source) return { kind: "not-import", problems: verdict.problems };
  return { kind: "import", result: importTopology(sources, { lang }) };
}

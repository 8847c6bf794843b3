// Helpers for the import tests: read a fixture, import it, look resources up by id.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ImportFile, importFiles } from "../import.ts";
import type { ImportOptions, Rec } from "../types.ts";

export function fixture(name: string): ImportFile {
  return {
    name,
    bytes: new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)))),
  };
}

export function textFile(name: string, text: string): ImportFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

export function imported(files: ImportFile[], options: ImportOptions = {}) {
  const result = importFiles(files, options);
  if (!result.ok) throw new Error(`import failed: ${result.problems.map((p) => p.message.en).join("; ")}`);
  const doc = result.doc as unknown as Record<string, Rec[]>;
  const find = (key: string, id: string): Rec => {
    const found = doc[key]?.find((r) => r.id === id);
    if (!found) throw new Error(`${key} ${id} not imported`);
    return found;
  };
  return { ...result, doc, find };
}

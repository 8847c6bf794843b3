// Format migrations: each entry turns version N into N+1. Format 1 is the first, so the table is
// empty; when version 2 comes, its step goes here and old files keep opening.
import { FORMAT_VERSION } from "../model/schema.ts";

type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades a version-n document to version n+1. */
export const MIGRATIONS: Readonly<Record<number, Step>> = {};

export type MigrationResult = { ok: true; data: Record<string, unknown>; from: number } | { ok: false };

export function migrate(
  data: Record<string, unknown>,
  steps = MIGRATIONS,
  latest = FORMAT_VERSION,
): MigrationResult {
  const from = data.version;
  if (typeof from !== "number" || !Number.isInteger(from) || from < 1 || from > latest) return { ok: false };
  let doc = data;
  for (let v = from; v < latest; v++) {
    const step = steps[v];
    if (!step) return { ok: false };
    doc = { ...step(doc), version: v + 1 };
  }
  return { ok: true, data: doc, from };
}

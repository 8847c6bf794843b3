// The one restore path for stored text: the file reader's (version check, migrations, schema). Its
// own module, loaded only when a save has to be read (persistence.ts's RestoreText), because the
// reader brings the schema (zod) with it.
import { parseJsonTopologyText } from "../io/parse-json.ts";
import type { Restored } from "./persistence.ts";

export function restoreText(raw: string): Restored {
  const parsed = parseJsonTopologyText(raw);
  if (!parsed.ok) return parsed;
  return parsed.migratedFrom === undefined
    ? { ok: true, doc: parsed.doc }
    : { ok: true, doc: parsed.doc, migratedFrom: parsed.migratedFrom };
}

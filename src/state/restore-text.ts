// The one restore path for stored text: the file reader's (version check, migrations, schema). Its
// own module, loaded only when a save has to be read (persistence.ts's RestoreText), because the
// reader brings the schema (zod) with it.
import { parseJsonData, topologyFromData } from "../io/parse-json.ts";
import { withoutUnknownKeys } from "../io/unknown-keys.ts";
import type { Restored } from "./persistence.ts";

export function restoreText(raw: string): Restored {
  const data = parseJsonData(raw);
  if (!data.ok) return data;
  const parsed = topologyFromData(data.data);
  if (!parsed.ok) {
    // Keys a newer ec2viz may have added: the user can choose to open the work without them.
    const lenient = parsed.error.kind === "schema" ? withoutUnknownKeys(data.data) : undefined;
    return lenient ? { ...parsed, withoutUnknownKeys: lenient } : parsed;
  }
  return parsed.migratedFrom === undefined
    ? { ok: true, doc: parsed.doc }
    : { ok: true, doc: parsed.doc, migratedFrom: parsed.migratedFrom };
}

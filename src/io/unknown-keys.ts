// A save written by a newer ec2viz may hold optional keys this one doesn't know: additions keep the
// format version (README, "Versioning and migrations"), and unknown keys are refused because in a
// hand-written file they are almost always typos. For the autosave the user may choose to open the
// work without them (the full copy stays kept aside): this finds them and what is left without them.
import { jsonPath } from "../model/diagnostics.ts";
import { FORMAT_VERSION, type Topology, topology } from "../model/schema.ts";
import { topologyFromData } from "./parse-json.ts";

export interface WithoutUnknownKeys {
  doc: Topology;
  /** JSONPath of every key taken out, in the order the schema met them. */
  dropped: string[];
}

/**
 * The document `data` holds once every key the schema doesn't know is taken out, or undefined when
 * something else is wrong with it too (then the keys are not the only problem: nothing is guessed),
 * when it is of another format version, or when it has no unknown key at all.
 */
export function withoutUnknownKeys(data: unknown): WithoutUnknownKeys | undefined {
  if (typeof data !== "object" || data === null || (data as { version?: unknown }).version !== FORMAT_VERSION)
    return undefined;
  const checked = topology.safeParse(data);
  if (checked.success) return undefined;
  const issues = checked.error.issues;
  if (!issues.every((issue) => issue.code === "unrecognized_keys")) return undefined;
  const copy = structuredClone(data) as Record<PropertyKey, unknown>;
  const dropped: string[] = [];
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const owner = valueAt(copy, issue.path);
    if (owner === undefined) return undefined;
    for (const key of issue.keys) {
      delete owner[key];
      dropped.push(jsonPath([...issue.path, key]));
    }
  }
  // Checks that skip objects with unknown keys (cross-field refinements) run now, on what is left.
  const parsed = topologyFromData(copy);
  return parsed.ok ? { doc: parsed.doc, dropped } : undefined;
}

function valueAt(data: Record<PropertyKey, unknown>, path: readonly PropertyKey[]) {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>) : undefined;
}

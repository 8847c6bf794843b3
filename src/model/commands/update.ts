// Editing one resource's fields. An edit is committed only when the result still parses with the
// file format's schema and breaks none of the AWS rules (../rules/) about that resource; otherwise
// the document is left as it was and the refusal names the field and the rule in the rule's words.
import { textOf } from "../../i18n/strings.ts";
import { severityOf } from "../diagnostics.ts";
import { formatMessage } from "../messages.ts";
import { createFindingsCache, findingsIncremental } from "../rules/incremental.ts";
import type { Finding } from "../rules/types.ts";
import {
  elasticIp,
  instance,
  internetGateway,
  natGateway,
  networkAcl,
  region,
  routeTable,
  securityGroup,
  subnet,
  type Topology,
  volume,
  vpc,
} from "../schema.ts";
import { schemaRuleKo } from "../schema-diagnostics.ts";
import { COLLECTION_OF_KIND, type ResourceKind, sharedIndex } from "../topology-index.ts";
import { changeRegion } from "./change-region.ts";
import { moveInstance } from "./move.ts";
import { type CommandResult, done, invalidValue, notFound, refuse } from "./types.ts";
import { editProblem } from "./update-checks.ts";

const SCHEMAS = {
  region,
  vpc,
  internetGateway,
  subnet,
  securityGroup,
  instance,
  volume,
  routeTable,
  natGateway,
  elasticIp,
  networkAcl,
} as const;

/** Field values to set; a field set to `undefined` is removed (e.g. clearing the name). */
export type ResourcePatch = Record<string, unknown>;

type Fields = Record<string, unknown>;

function applyPatch(item: Fields, patch: ResourcePatch): Fields {
  const next: Fields = { ...item };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}

/**
 * In AWS the console's name *is* the `Name` tag: renaming a resource whose `Name` tag matched its
 * name renames the tag too (clearing the name removes it). A patch that sets tags itself wins.
 */
function withNameTag(before: Fields, patch: ResourcePatch): ResourcePatch {
  const tags = before.tags as Record<string, string> | undefined;
  if (!("name" in patch) || "tags" in patch || tags?.Name === undefined || tags.Name !== before.name)
    return patch;
  const name = typeof patch.name === "string" && patch.name !== "" ? patch.name : undefined;
  const entries = Object.entries(tags).flatMap(([key, value]): [string, string][] =>
    key !== "Name" ? [[key, value]] : name === undefined ? [] : [[key, name]],
  );
  return { ...patch, tags: entries.length > 0 ? Object.fromEntries(entries) : undefined };
}

/** Deep equality of JSON values; key order doesn't count, and neither does a key holding undefined. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysOf = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const left = keysOf(a);
  const right = new Map(keysOf(b));
  return left.length === right.size && left.every(([k, v]) => right.has(k) && sameValue(v, right.get(k)));
}

export function updateResource(
  doc: Topology,
  kind: ResourceKind,
  id: string,
  patch: ResourcePatch,
): CommandResult {
  const collection = COLLECTION_OF_KIND[kind];
  const list = doc[collection] as readonly { id: string }[];
  const before = list.find((r) => r.id === id) as Fields | undefined;
  if (!before) return notFound(kind, id);
  // A Region's id is its code: changing it means switching the box to another AWS Region.
  if (kind === "region" && typeof patch.id === "string" && patch.id !== id) {
    const { id: code, ...rest } = patch;
    const switched = changeRegion(doc, { regionId: id, code: code as string });
    if (!switched.ok || Object.keys(rest).length === 0) return switched;
    return updateResource(switched.doc, "region", code as string, rest);
  }
  if ("id" in patch && patch.id !== id) return refuse("id-immutable");
  const changed = Object.entries(withNameTag(before, patch)).filter(
    ([key, value]) => !sameValue(before[key], value),
  );
  if (changed.length === 0) return done(doc, id);

  let base = doc;
  // Changing an instance's subnet is a move: it follows the move's rules (EBS stays in its AZ).
  if (kind === "instance" && "subnet" in patch && patch.subnet !== before.subnet) {
    const moved = moveInstance(doc, { instanceId: id, subnetId: String(patch.subnet) });
    if (!moved.ok) return moved;
    base = moved.doc;
  }

  const candidate = applyPatch(before, Object.fromEntries(changed));
  const parsed = SCHEMAS[kind].safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? "");
    // English keeps zod's own words; Korean says the rule in this project's schema sentences.
    const message = issue
      ? { en: issue.message, ko: schemaRuleKo(issue, candidate) }
      : textOf("edit.invalid");
    return invalidValue(key, message, kind);
  }
  const after = parsed.data as { id: string };
  const next = {
    ...base,
    [collection]: (base[collection] as readonly { id: string }[]).map((r) => (r.id === id ? after : r)),
  };
  const own = editProblem(next, kind, after, before);
  if (own) return invalidValue(own.field, own.message, kind);
  // The AWS rules decide the rest: an edit may not bring in an error about the edited resource, nor
  // leave one on a field it changed. Effects on other resources stay allowed and show as
  // diagnostics: detaching a gateway leaves its public subnets flagged, which teaches.
  const changedKeys = changed.map(([key]) => key);
  const broken = ruleErrorOf(doc, next, id, changedKeys);
  if (broken) {
    const path = fieldOfPath(broken.path);
    const key = changedKeys.includes(path) ? path : (changedKeys[0] ?? path);
    return invalidValue(
      key,
      {
        en: formatMessage(broken.messageId, broken.params as never, "en"),
        ko: formatMessage(broken.messageId, broken.params as never, "ko"),
      },
      kind,
    );
  }
  return done(next, id);
}

/** "$.subnets[2].cidrBlock" and "$.volumes[0].attachments[1].device" -> the resource's field name. */
function fieldOfPath(path: string): string {
  const rest = path.slice(path.indexOf("]") + 1);
  return rest.startsWith(".") ? (rest.slice(1).split(/[.[]/)[0] ?? "") : "";
}

/**
 * The first rule error about `resource` in `after` that `before` didn't have, or that sits on a
 * field the edit changed (typing one wrong size over another is still wrong).
 */
function ruleErrorOf(
  before: Topology,
  after: Topology,
  resource: string,
  changedKeys: readonly string[],
): Finding | undefined {
  const existing = existingErrors(before);
  // With the shared index: the rules' index of `after` is then the app's when the edit is made.
  return findingsIncremental(after, findings, sharedIndex).find(
    (f) =>
      severityOf(f.code) === "error" &&
      (f.resource === resource || f.others?.includes(resource) === true) &&
      (!existing.has(errorKey(f)) || (f.resource === resource && changedKeys.includes(fieldOfPath(f.path)))),
  );
}

const errorKey = (f: Finding) => `${f.code}|${f.path}|${f.resource ?? ""}`;

/**
 * The rules' findings, rerun only where an edit can change them (rules/incremental.ts): an edit
 * of one instance at 1,000 instances reruns the rules that read instances, not every rule.
 */
const findings = createFindingsCache();

/**
 * The errors a document already has, computed once per document: the properties form checks every
 * keystroke against the same current document, and documents are never changed in place.
 */
const errorsOf = new WeakMap<Topology, Set<string>>();
function existingErrors(doc: Topology): Set<string> {
  let known = errorsOf.get(doc);
  if (!known) {
    known = new Set(
      findingsIncremental(doc, findings, sharedIndex)
        .filter((f) => severityOf(f.code) === "error")
        .map(errorKey),
    );
    errorsOf.set(doc, known);
  }
  return known;
}

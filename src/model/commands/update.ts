// Editing one resource's fields. An edit is committed only when the result still parses with the
// file format's schema and breaks none of the AWS rules that apply to that resource; otherwise the
// document is left as it was and the refusal names the field and the rule.
import type { Diagnostic } from "../diagnostics.ts";
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
import { COLLECTION_OF_KIND, type ResourceKind } from "../topology-index.ts";
import { checkRules, localizeDiagnostic } from "../validate.ts";
import { changeRegion } from "./change-region.ts";
import { fieldLabel } from "./field-labels.ts";
import { moveInstance } from "./move.ts";
import { type CommandResult, done, notFound, refuse } from "./types.ts";
import { problemsAfterEdit } from "./update-checks.ts";

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

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
    const en = issue?.message ?? "Invalid value";
    return refuse("invalid-value", {
      field: fieldLabel(key),
      key,
      message: { en, ko: `올바른 값이 아닙니다 (${en})` },
    });
  }
  const after = parsed.data as { id: string };
  const next = {
    ...base,
    [collection]: (base[collection] as readonly { id: string }[]).map((r) => (r.id === id ? after : r)),
  };
  const problems = problemsAfterEdit(next, kind, after, before);
  const first = problems[0];
  if (first)
    return refuse("invalid-value", {
      field: fieldLabel(first.field),
      key: first.field,
      message: first.message,
    });
  // The field checks above give the clearest words; the full rule set is the safety net, so an
  // edit never brings in a new error on the edited resource itself. Effects on others stay allowed
  // and show as diagnostics: detaching a gateway leaves its public subnets flagged, which teaches.
  const added = newRuleError(doc, next, id);
  if (added) {
    const key = /\.([A-Za-z]+)(?:\[\d+\])*$/.exec(added.en.path)?.[1] ?? "";
    return refuse("invalid-value", {
      field: fieldLabel(key),
      key,
      message: { en: added.en.message, ko: added.ko.message },
    });
  }
  return done(next, id);
}

/** The first rule error on `resource` in `after` that `before` didn't have, in both languages. */
function newRuleError(
  before: Topology,
  after: Topology,
  resource: string,
): { en: Diagnostic; ko: Diagnostic } | undefined {
  const existing = existingErrors(before);
  const found = checkRules(after).find(
    (d) => isError(d) && d.resource === resource && !existing.has(errorKey(d)),
  );
  return found ? { en: found, ko: localizeDiagnostic(found, "ko") } : undefined;
}

const isError = (d: Diagnostic) => d.severity === "error";
const errorKey = (d: Diagnostic) => `${d.code}|${d.path}|${d.resource ?? ""}`;

/**
 * The errors a document already has, computed once per document: the properties form checks every
 * keystroke against the same current document, and documents are never changed in place.
 */
const errorsOf = new WeakMap<Topology, Set<string>>();
function existingErrors(doc: Topology): Set<string> {
  let known = errorsOf.get(doc);
  if (!known) {
    known = new Set(checkRules(doc).filter(isError).map(errorKey));
    errorsOf.set(doc, known);
  }
  return known;
}

// What the properties form shows for each kind of resource, how typed text becomes a field value,
// and whether that value may be committed. The commit check is the update command itself, so the
// form can never accept a value the model would refuse. No React here.

import { stateWord } from "../i18n/instance-words.ts";
import { textOf } from "../i18n/strings.ts";
import type { LocalText } from "../i18n/text.ts";
import { fieldLabel } from "../model/commands/field-labels.ts";
import { refusalBesideField } from "../model/commands/refusals.ts";
import { type CommandResult, invalidValue } from "../model/commands/types.ts";
import { type ResourcePatch, updateResource } from "../model/commands/update.ts";
import type { Lang } from "../model/diagnostics.ts";
import { displayName } from "../model/kind-labels.ts";
import { REGION_CATALOG } from "../model/regions.ts";
import {
  type AclRule,
  INSTANCE_STATES,
  NAT_CONNECTIVITY,
  PROTOCOLS,
  type Protocol,
  type Route,
  type SecurityGroupRule,
  type Topology,
  VOLUME_TYPES,
} from "../model/schema.ts";
import type { ResourceKind } from "../model/topology-index.ts";

type FieldInput = "text" | "number" | "checkbox" | "select" | "instanceType" | "groups";

export interface FieldSpec {
  key: string;
  input: FieldInput;
  label: LocalText;
  /** Empty text removes the field (optional fields) instead of being refused. */
  optional: boolean;
  /** Choices of a select, or the groups an instance may use (words in both languages where needed). */
  options?: readonly { value: string; label: string | LocalText }[];
  /** What an empty value stores when it is not "remove the field" (a detached gateway's vpc is null). */
  emptyValue?: null;
  placeholder?: string;
}

/** A choice's words in `lang`. */
export function optionLabel(option: { label: string | LocalText }, lang: Lang): string {
  return typeof option.label === "string" ? option.label : option.label[lang];
}

const spec = (
  key: string,
  input: FieldInput,
  optional: boolean,
  extra: Partial<FieldSpec> = {},
): FieldSpec => ({
  key,
  input,
  label: fieldLabel(key),
  optional,
  ...extra,
});

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** Fields of the form for one resource, in display order (tags and rules have their own editors). */
export function fieldsFor(doc: Topology, kind: ResourceKind, id: string): FieldSpec[] {
  const name = spec("name", "text", true);
  switch (kind) {
    case "region": {
      // Any catalog Region not already drawn, plus the current one.
      const taken = new Set(doc.regions.map((r) => r.id));
      const codes = REGION_CATALOG.filter((r) => r.code === id || !taken.has(r.code)).map((r) => ({
        value: r.code,
        label: `${r.code} (${r.name})`,
      }));
      if (!codes.some((c) => c.value === id)) codes.unshift({ value: id, label: id });
      return [spec("id", "select", false, { options: codes, label: fieldLabel("id", "region") }), name];
    }
    case "internetGateway": {
      // Attach to any VPC, or detach (vpc: null) — the way to see an instance lose its internet path.
      const vpcs = doc.vpcs.map((v) => ({ value: v.id, label: v.name ? `${v.name} (${v.id})` : v.id }));
      const detached = { value: "", label: textOf("form.detachedOption") };
      return [name, spec("vpc", "select", false, { options: [detached, ...vpcs], emptyValue: null })];
    }
    case "vpc":
      return [name, spec("cidrBlock", "text", false, { placeholder: "10.0.0.0/16" })];
    case "subnet": {
      const subnet = doc.subnets.find((s) => s.id === id);
      const regionId = doc.vpcs.find((v) => v.id === subnet?.vpc)?.region;
      const zones = doc.regions.find((r) => r.id === regionId)?.availabilityZones ?? [];
      return [
        name,
        spec("cidrBlock", "text", false, { placeholder: "10.0.1.0/24" }),
        spec("availabilityZone", "select", false, { options: choices(zones) }),
      ];
    }
    case "securityGroup":
      return [
        name,
        spec("description", "text", true),
        // `default` is also the network ACL's key: this one says whose default it is.
        spec("default", "checkbox", true, { label: textOf("field.defaultGroup") }),
      ];
    case "instance": {
      // The instance found once, not once per subnet (10,000 instances: ~50 ms a render).
      const subnetId = doc.instances.find((i) => i.id === id)?.subnet;
      const subnet = doc.subnets.find((s) => s.id === subnetId);
      const groups = doc.securityGroups
        .filter((g) => g.vpc === subnet?.vpc)
        .map((g) => ({ value: g.id, label: displayName(g) }));
      // Moving to another subnet is a field too (the keyboard's way to move): the move's rules apply.
      const subnets = doc.subnets.map((s) => ({
        value: s.id,
        label: `${displayName(s)} · ${s.availabilityZone} · ${s.cidrBlock}`,
      }));
      return [
        name,
        spec("subnet", "select", false, { options: subnets }),
        spec("instanceType", "instanceType", false, { placeholder: "t3.micro" }),
        spec("imageId", "text", true, { placeholder: "ami-0123456789abcdef0" }),
        spec("publicIp", "checkbox", true),
        spec("state", "select", true, {
          // The state as the Details panel and the card say it (실행 중); English keeps the API word.
          options: [
            { value: "", label: "—" },
            ...INSTANCE_STATES.map((value) => ({ value, label: { en: value, ko: stateWord(value, "ko") } })),
          ],
        }),
        spec("securityGroups", "groups", true, { options: groups }),
        spec("keyName", "text", true, { placeholder: "my-key-pair" }),
      ];
    }
    case "volume":
      return [
        name,
        spec("volumeType", "select", false, { options: choices(VOLUME_TYPES) }),
        spec("sizeGiB", "number", false),
        spec("iops", "number", true),
        spec("throughput", "number", true),
        spec("encrypted", "checkbox", true),
      ];
    case "routeTable": {
      const vpc = doc.routeTables.find((t) => t.id === id)?.vpc;
      return [
        name,
        spec("main", "checkbox", true),
        spec("subnets", "groups", true, { options: subnetsOf(doc, vpc) }),
      ];
    }
    case "networkAcl": {
      const vpc = doc.networkAcls.find((a) => a.id === id)?.vpc;
      return [
        name,
        spec("default", "checkbox", true),
        spec("subnets", "groups", true, { options: subnetsOf(doc, vpc) }),
      ];
    }
    case "natGateway":
      return [
        name,
        spec("subnet", "select", false, { options: subnetsOf(doc, undefined) }),
        spec("connectivity", "select", true, {
          options: NAT_CONNECTIVITY.map((value) => ({
            value,
            label: textOf(value === "public" ? "face.natPublic" : "face.natPrivate"),
          })),
        }),
      ];
    case "elasticIp": {
      const none = { value: "", label: "—" };
      const named = (r: { id: string; name?: string | undefined }) => ({
        value: r.id,
        label: r.name ? `${r.name} (${r.id})` : r.id,
      });
      return [
        name,
        spec("publicIp", "text", true, { placeholder: "203.0.113.10" }),
        spec("instance", "select", true, { options: [none, ...doc.instances.map(named)] }),
        spec("natGateway", "select", true, { options: [none, ...doc.natGateways.map(named)] }),
      ];
    }
  }
}

/** Subnets offered for an association (those of `vpc`, or all when it is unknown). */
function subnetsOf(doc: Topology, vpc: string | undefined): { value: string; label: string }[] {
  return doc.subnets
    .filter((s) => vpc === undefined || s.vpc === vpc)
    .map((s) => ({ value: s.id, label: s.name ? `${s.name} (${s.id})` : s.id }));
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: LocalText };

const WHOLE = /^-?\d+$/;

/** Text typed into a field -> the value stored in the file (undefined removes an optional field). */
export function parseFieldText(field: FieldSpec, text: string): Parsed<unknown> {
  const trimmed = text.trim();
  if (trimmed === "") {
    if (field.emptyValue === null) return { ok: true, value: null };
    if (field.optional) return { ok: true, value: undefined };
    return { ok: false, message: textOf("form.required") };
  }
  if (field.input === "number") {
    if (!WHOLE.test(trimmed)) return { ok: false, message: textOf("form.wholeNumber") };
    return { ok: true, value: Number(trimmed) };
  }
  // Names and descriptions keep inner spaces; ids and blocks never contain any.
  return { ok: true, value: field.key === "name" || field.key === "description" ? text : trimmed };
}

interface FieldCheck {
  /** The command to commit when valid (the store applies it as one undo step). */
  result: CommandResult;
  /** The message to show beside the field, in the UI language; undefined when valid. */
  message?: string;
  /** True when the value differs from the document's. */
  changed: boolean;
}

/** Runs the update the field would commit and reports it as the form shows it. */
export function checkPatch(
  doc: Topology,
  kind: ResourceKind,
  id: string,
  patch: ResourcePatch,
  lang: Lang,
): FieldCheck {
  const result = updateResource(doc, kind, id, patch);
  // Beside the field, the rule alone reads better than "Field: rule".
  if (!result.ok) return { result, message: refusalBesideField(result.reason, lang), changed: true };
  return { result, changed: result.doc !== doc };
}

/** Checks typed text for one field: parse first, then the model's rules. */
export function checkFieldText(
  doc: Topology,
  kind: ResourceKind,
  id: string,
  field: FieldSpec,
  text: string,
  lang: Lang,
): FieldCheck & { patch?: ResourcePatch } {
  const parsed = parseFieldText(field, text);
  if (!parsed.ok) {
    return {
      result: invalidValue(field.key, parsed.message),
      message: parsed.message[lang],
      changed: true,
    };
  }
  const patch = { [field.key]: parsed.value };
  return { ...checkPatch(doc, kind, id, patch, lang), patch };
}

// Tags ---------------------------------------------------------------------------------------

export interface TagRow {
  key: string;
  value: string;
}

export function tagRows(tags: Record<string, string> | undefined): TagRow[] {
  return Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }));
}

/** Rows -> tag map; empty rows are ignored, a repeated key is refused (tag keys are unique). */
export function rowsToTags(rows: readonly TagRow[]): Parsed<Record<string, string> | undefined> {
  const tags: Record<string, string> = {};
  for (const row of rows) {
    const key = row.key.trim();
    if (key === "" && row.value === "") continue;
    if (key === "") return { ok: false, message: textOf("form.tagNeedsKey") };
    if (key in tags)
      return {
        ok: false,
        message: textOf("form.tagKeyTwice", { key }),
      };
    tags[key] = row.value;
  }
  return { ok: true, value: Object.keys(tags).length === 0 ? undefined : tags };
}

// Security group rules ------------------------------------------------------------------------

export interface RuleRow {
  protocol: Protocol;
  fromPort: string;
  toPort: string;
  cidr: string;
  description: string;
}

export const RULE_PROTOCOLS: readonly { value: Protocol; label: LocalText }[] = PROTOCOLS.map((value) => ({
  value,
  label: value === "-1" ? textOf("value.allTraffic") : { en: value.toUpperCase(), ko: value.toUpperCase() },
}));

export function ruleRows(rules: readonly SecurityGroupRule[] | undefined): RuleRow[] {
  return (rules ?? []).map((r) => ({
    protocol: r.protocol,
    fromPort: r.fromPort === undefined ? "" : String(r.fromPort),
    toPort: r.toPort === undefined ? "" : String(r.toPort),
    // One column for the peer: a CIDR block, or the id of a security group (written without "/").
    cidr: r.cidr ?? r.securityGroup ?? "",
    description: r.description ?? "",
  }));
}

export function emptyRuleRow(): RuleRow {
  return { protocol: "tcp", fromPort: "443", toPort: "443", cidr: "0.0.0.0/0", description: "" };
}

function port(text: string): number | undefined | null {
  const t = text.trim();
  if (t === "") return undefined;
  return WHOLE.test(t) ? Number(t) : null;
}

/**
 * A rule row's ports and description onto its rule: "All traffic" has no ports, and a single port
 * may be typed once and means from = to. For ICMP the two cells are the type and the code, as in
 * AWS's API: a type typed alone means all its codes (-1). Security group and network ACL rows read
 * them alike.
 */
function withPortsAndDescription<T extends { fromPort?: number; toPort?: number; description?: string }>(
  rule: T,
  row: { protocol: Protocol; description: string },
  from: number | undefined,
  to: number | undefined,
): T {
  if (row.protocol === "icmp") {
    if (from !== undefined) rule.fromPort = from;
    if (to !== undefined) rule.toPort = to;
    else if (from !== undefined) rule.toPort = -1;
  } else if (row.protocol !== "-1") {
    const first = from ?? to;
    const last = to ?? from;
    if (first !== undefined) rule.fromPort = first;
    if (last !== undefined) rule.toPort = last;
  }
  const description = row.description.trim();
  if (description !== "") rule.description = description;
  return rule;
}

/** Rows -> rules. Only shapes are checked here; ranges and CIDRs are the update command's job. */
export function rowsToRules(rows: readonly RuleRow[]): Parsed<SecurityGroupRule[]> {
  const rules: SecurityGroupRule[] = [];
  for (const [n, row] of rows.entries()) {
    const from = port(row.fromPort);
    const to = port(row.toPort);
    if (from === null || to === null)
      return {
        ok: false,
        message: textOf("form.rulePortsWhole", { rule: n + 1 }),
      };
    const peer = row.cidr.trim();
    const rule: SecurityGroupRule =
      peer.includes("/") || !/^[A-Za-z]/.test(peer)
        ? { protocol: row.protocol, cidr: peer }
        : { protocol: row.protocol, securityGroup: peer };
    rules.push(withPortsAndDescription(rule, row, from, to));
  }
  return { ok: true, value: rules };
}

// Routes -------------------------------------------------------------------------------------

export interface RouteRow {
  destination: string;
  target: string;
  description: string;
}

export function routeRows(routes: readonly Route[] | undefined): RouteRow[] {
  return (routes ?? []).map((r) => ({
    destination: r.destination,
    target: r.target,
    description: r.description ?? "",
  }));
}

export function emptyRouteRow(): RouteRow {
  return { destination: "0.0.0.0/0", target: "", description: "" };
}

/** Rows -> routes. Shapes only; CIDRs, targets and duplicates are the update command's job. */
export function rowsToRoutes(rows: readonly RouteRow[]): Parsed<Route[]> {
  return {
    ok: true,
    value: rows.map((row) => {
      const route: Route = { destination: row.destination.trim(), target: row.target.trim() };
      if (row.description.trim() !== "") route.description = row.description.trim();
      return route;
    }),
  };
}

// Network ACL rules ---------------------------------------------------------------------------

export interface AclRow {
  ruleNumber: string;
  action: "allow" | "deny";
  protocol: Protocol;
  fromPort: string;
  toPort: string;
  cidr: string;
  description: string;
}

export function aclRows(rules: readonly AclRule[] | undefined): AclRow[] {
  return (rules ?? []).map((r) => ({
    ruleNumber: String(r.ruleNumber),
    action: r.action,
    protocol: r.protocol,
    fromPort: r.fromPort === undefined ? "" : String(r.fromPort),
    toPort: r.toPort === undefined ? "" : String(r.toPort),
    cidr: r.cidr,
    description: r.description ?? "",
  }));
}

/** A new row: the next free hundred, allowing HTTPS from anywhere (edit it to what you need). */
export function emptyAclRow(rows: readonly AclRow[]): AclRow {
  // reduce, not Math.max(...): a file may hold any number of rules (a spread overflows the stack).
  const highest = rows.reduce((most, r) => {
    const n = Number(r.ruleNumber);
    return Number.isFinite(n) && n > most ? n : most;
  }, 0);
  const next = Math.min(32766, (Math.floor(highest / 100) + 1) * 100);
  return {
    ruleNumber: String(next),
    action: "allow",
    protocol: "tcp",
    fromPort: "443",
    toPort: "443",
    cidr: "0.0.0.0/0",
    description: "",
  };
}

/** Rows -> ACL rules. Rule numbers must be whole; their range and uniqueness are the rules' job. */
export function rowsToAclRules(rows: readonly AclRow[]): Parsed<AclRule[]> {
  const rules: AclRule[] = [];
  for (const [n, row] of rows.entries()) {
    const number = row.ruleNumber.trim();
    const from = port(row.fromPort);
    const to = port(row.toPort);
    if (!WHOLE.test(number) || from === null || to === null)
      return {
        ok: false,
        message: textOf("form.aclRuleWhole", { rule: n + 1 }),
      };
    const rule: AclRule = {
      ruleNumber: Number(number),
      action: row.action,
      protocol: row.protocol,
      cidr: row.cidr.trim(),
    };
    rules.push(withPortsAndDescription(rule, row, from, to));
  }
  return { ok: true, value: rules };
}

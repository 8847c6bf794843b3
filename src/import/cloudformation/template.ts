// A CloudFormation template's sections made ready for mapping: Transform noted, Fn::ForEach loops
// (AWS::LanguageExtensions) expanded, parameters given their --param value, default, or the
// Region's zones, or else left External. Nothing here knows about EC2.
import { MAX_LOOP_RESOURCES } from "../../io/limits.ts";
import { regionOfZoneName } from "../../model/regions.ts";
import { DEFAULT_REGION, type ImportBuilder } from "../builder.ts";
import { importText } from "../messages.ts";
import {
  External,
  evaluate,
  noteZones,
  type Parameter,
  type TemplateContext,
  Unknown,
  zonesOf,
} from "./evaluate.ts";
import { UnknownTag } from "./yaml.ts";

const obj = (v: unknown) =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

export function isTemplate(data: unknown): boolean {
  const o = obj(data);
  return !!o && (obj(o.Resources) !== undefined || "AWSTemplateFormatVersion" in o) && !("resources" in o);
}

/** Replaces a loop identifier in keys and values (`${Id}`, `&{Id}`, `Ref: Id`). */
function substitute(node: unknown, id: string, value: string): unknown {
  if (typeof node === "string")
    return node
      .split(`\${${id}}`)
      .join(value)
      .split(`&{${id}}`)
      .join(value.replace(/[^A-Za-z0-9]/g, ""));
  if (Array.isArray(node)) return node.map((n) => substitute(n, id, value));
  if (node instanceof UnknownTag) return new UnknownTag(node.tag, substitute(node.value, id, value));
  const o = obj(node);
  if (!o) return node;
  if (Object.keys(o).length === 1 && o.Ref === id) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[substitute(k, id, value) as string] = substitute(v, id, value);
  return out;
}

/** Thrown when loops would make more than MAX_LOOP_RESOURCES entries: the whole loop is skipped. */
class LoopTooLarge extends Error {}

/**
 * Expands `Fn::ForEach::Name: [Identifier, Collection, { OutputKey: OutputValue }]` in a map.
 * `budget` counts the entries the loops may still make: nested loops multiply (two of 1,000
 * items make a million from a few KB), so a loop past it is skipped whole and named.
 */
function expandForEach(
  map: Record<string, unknown>,
  ctx: TemplateContext,
  budget: { left: number },
  depth = 0,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) {
    if (!key.startsWith("Fn::ForEach::")) {
      if (depth > 0 && --budget.left < 0) throw new LoopTooLarge();
      out[key] = value;
      continue;
    }
    const [identifier, collection, template] = Array.isArray(value) ? value : [];
    const items = evaluate(collection, ctx);
    const body = obj(template);
    if (typeof identifier !== "string" || !Array.isArray(items) || !body || depth > 5) {
      ctx.b.skip(key, "Fn::ForEach", importText("cfn.loopUnknown"));
      continue;
    }
    ctx.b.note(importText("cfn.forEachExpanded"));
    const made: Record<string, unknown> = {};
    try {
      for (const item of items) {
        const text = typeof item === "string" || typeof item === "number" ? String(item) : undefined;
        if (text === undefined) continue;
        const body1 = substitute(body, identifier, text) as Record<string, unknown>;
        Object.assign(made, expandForEach(body1, ctx, budget, depth + 1));
      }
    } catch (e) {
      if (!(e instanceof LoopTooLarge) || depth > 0) throw e;
      ctx.b.skip(
        key,
        "Fn::ForEach",
        importText("cfn.loopTooLarge", { max: MAX_LOOP_RESOURCES.toLocaleString("en-US") }),
      );
      continue;
    }
    Object.assign(out, made);
  }
  return out;
}

function parameterValue(
  name: string,
  spec: Record<string, unknown>,
  given: string | undefined,
  ctx: TemplateContext,
  zoneIndex: { n: number },
): unknown {
  const type = typeof spec.Type === "string" ? spec.Type : "String";
  const isList = type.startsWith("List<") || type === "CommaDelimitedList";
  const raw =
    given ?? (spec.Default === undefined || spec.Default === null ? undefined : String(spec.Default));
  if (type.startsWith("AWS::SSM::Parameter::Value<") && given === undefined) {
    return new Unknown(name); // an SSM path, not the value itself
  }
  if (raw !== undefined) return isList ? raw.split(",").map((s) => s.trim()) : raw;
  if (type.includes("AWS::EC2::AvailabilityZone::Name")) {
    noteZones(ctx);
    if (isList) return zonesOf(ctx.region);
    const zone = zonesOf(ctx.region)[zoneIndex.n % 6] as string;
    zoneIndex.n++;
    return zone;
  }
  return new External(name, importText("cfn.parameterNoDefault", { name }), name);
}

interface PreparedTemplate {
  ctx: TemplateContext;
  resources: Record<string, unknown>;
}

/**
 * The one Region whose zones the Availability Zone parameters name, by their given values (a
 * parameters file, --param) or defaults: a template for us-east-2 names us-east-2a…; else undefined.
 */
function regionOfZoneParameters(
  specs: Record<string, unknown>,
  given: Readonly<Record<string, string>>,
): string | undefined {
  const regions = new Set<string>();
  for (const [name, spec] of Object.entries(specs)) {
    const type = obj(spec)?.Type;
    const fallback = obj(spec)?.Default;
    const value = Object.hasOwn(given, name)
      ? given[name]
      : Array.isArray(fallback)
        ? fallback.join(",")
        : fallback;
    if (typeof type !== "string" || !type.includes("AvailabilityZone") || typeof value !== "string") continue;
    for (const zone of value.split(",")) {
      const region = regionOfZoneName(zone.trim());
      if (region) regions.add(region);
    }
  }
  return regions.size === 1 ? [...regions][0] : undefined;
}

/**
 * The one Region whose zones the template's EC2 resources name as plain text: CDK writes a stack's
 * zones out (us-east-2a…) when its environment is known; else undefined.
 */
function regionOfResourceZones(resources: Record<string, unknown>): string | undefined {
  const regions = new Set<string>();
  for (const resource of Object.values(resources)) {
    const r = obj(resource);
    const zone = obj(r?.Properties)?.AvailabilityZone;
    if (typeof r?.Type !== "string" || !r.Type.startsWith("AWS::EC2::") || typeof zone !== "string") continue;
    const region = regionOfZoneName(zone);
    if (region) regions.add(region);
  }
  return regions.size === 1 ? [...regions][0] : undefined;
}

export function prepareTemplate(
  data: Record<string, unknown>,
  b: ImportBuilder,
  options: {
    region?: string;
    params?: Readonly<Record<string, string>>;
    /** Parameter names the user typed (--param): each should be the template's. */
    named?: readonly string[];
    stackName: string;
  },
): PreparedTemplate {
  const fromZones = options.region
    ? undefined
    : regionOfZoneParameters(obj(data.Parameters) ?? {}, options.params ?? {});
  const fromResources =
    options.region || fromZones ? undefined : regionOfResourceZones(obj(data.Resources) ?? {});
  if (fromZones) b.note(importText("cfn.regionFromZones", { region: fromZones }));
  else if (fromResources) b.note(importText("cfn.regionFromResourceZones", { region: fromResources }));
  else if (!options.region) {
    b.noteIfRegionDrawn(DEFAULT_REGION, importText("cfn.regionAssumed", { defaultRegion: DEFAULT_REGION }));
  }
  const transform = data.Transform;
  const transforms = (Array.isArray(transform) ? transform : [transform]).filter(
    (t) => typeof t === "string",
  );
  const unread = transforms.filter((t) => t !== "AWS::LanguageExtensions");
  if (unread.length > 0) {
    b.note(importText("cfn.transformUnread", { unread: unread.join(", ") }));
  }
  const rawResources = obj(data.Resources) ?? {};
  const resourceNames = new Set<string>();
  const ctx: TemplateContext = {
    region: options.region ?? fromZones ?? fromResources ?? DEFAULT_REGION,
    stackName: options.stackName,
    parameters: new Map<string, Parameter>(),
    resources: resourceNames,
    definitions: rawResources,
    mappings: obj(data.Mappings) ?? {},
    conditions: obj(data.Conditions) ?? {},
    b,
  };
  const params = obj(data.Parameters) ?? {};
  const zoneIndex = { n: 0 };
  for (const [name, spec] of Object.entries(params)) {
    const s = obj(spec) ?? {};
    ctx.parameters.set(name, {
      type: typeof s.Type === "string" ? s.Type : "String",
      value: parameterValue(name, s, options.params?.[name], ctx, zoneIndex),
    });
  }
  const open = [...ctx.parameters].filter(([, p]) => p.value instanceof External).map(([name]) => name);
  if (open.length > 0) {
    b.note(importText("cfn.openParameters", { open: open.join(", ") }));
  }
  for (const name of options.named ?? []) {
    if (!Object.hasOwn(params, name)) {
      b.note(importText("cfn.unknownParam", { name }));
    }
  }
  // Names first (loops may refer to resources defined outside them), then the loops.
  for (const key of Object.keys(rawResources)) if (!key.startsWith("Fn::ForEach::")) resourceNames.add(key);
  const resources = expandForEach(rawResources, ctx, { left: MAX_LOOP_RESOURCES });
  ctx.definitions = resources;
  for (const key of Object.keys(resources)) resourceNames.add(key);
  return { ctx, resources };
}

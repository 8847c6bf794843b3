// CloudFormation intrinsic functions, evaluated offline: parameters (defaults and --param
// overrides), pseudo parameters, mappings, conditions, Sub/Join/Select/Split/Cidr/GetAZs. A value
// that only exists at deploy time stays symbolic: a reference to a resource of the template
// (ResourceRef), something outside the template (External: a parameter without a default, an
// ImportValue, an undefined name), or Unknown (it is never invented).
import type { LocalText } from "../../i18n/text.ts";
import { formatCidr, parseCidr } from "../../model/cidr.ts";
import type { ImportBuilder } from "../builder.ts";
import { importText } from "../messages.ts";
import { UnknownTag } from "./yaml.ts";

export class ResourceRef {
  constructor(
    readonly logicalId: string,
    readonly attribute?: string,
  ) {}
}

export class External {
  constructor(
    readonly id: string,
    readonly reason: LocalText,
    readonly name?: string,
  ) {}
}

export class Unknown {
  constructor(readonly why: string) {}
}

const NO_VALUE: unique symbol = Symbol("AWS::NoValue");

type Value = unknown;

export interface Parameter {
  type: string;
  value: Value;
}

export interface TemplateContext {
  region: string;
  stackName: string;
  parameters: Map<string, Parameter>;
  resources: ReadonlySet<string>;
  /** The template's resources (after Fn::ForEach), for attributes that echo a property. */
  definitions: Record<string, unknown>;
  mappings: Record<string, unknown>;
  conditions: Record<string, unknown>;
  b: ImportBuilder;
}

const obj = (v: unknown) =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** The Region's zones as GetAZs gives them, in order: <region>a, <region>b... */
export function zonesOf(region: string, count = 6): string[] {
  return "abcdef"
    .slice(0, count)
    .split("")
    .map((l) => `${region}${l}`);
}

export function noteZones(ctx: TemplateContext): void {
  ctx.b.note(importText("cfn.zonesAssumed", { region: ctx.region }));
}

const conditionCache = new WeakMap<TemplateContext, Map<string, boolean | undefined>>();

/** A named condition: true, false, or undefined when it depends on something unknown. */
export function condition(name: string, ctx: TemplateContext): boolean | undefined {
  let cache = conditionCache.get(ctx);
  if (!cache) {
    cache = new Map();
    conditionCache.set(ctx, cache);
  }
  if (cache.has(name)) return cache.get(name);
  cache.set(name, undefined); // a cycle reads as unknown
  const value = name in ctx.conditions ? truth(ctx.conditions[name], ctx) : undefined;
  cache.set(name, value);
  if (value === undefined) {
    ctx.b.note(importText("cfn.conditionUndecided", { name }));
  }
  return value;
}

function truth(node: unknown, ctx: TemplateContext): boolean | undefined {
  const o = obj(node);
  if (typeof node === "boolean") return node;
  if (node === "true") return true;
  if (node === "false") return false;
  if (!o) return undefined;
  if (typeof o.Condition === "string") return condition(o.Condition, ctx);
  const args = (key: string) => (Array.isArray(o[key]) ? (o[key] as unknown[]) : []);
  if ("Fn::Equals" in o) {
    const [a, b] = args("Fn::Equals").map((v) => evaluate(v, ctx));
    const scalar = (v: unknown) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
    if (!scalar(a) || !scalar(b)) {
      // Two lists can be compared too; anything symbolic can't.
      if (Array.isArray(a) && Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
      return undefined;
    }
    return String(a) === String(b);
  }
  if ("Fn::Not" in o) {
    const inner = truth(args("Fn::Not")[0], ctx);
    return inner === undefined ? undefined : !inner;
  }
  if ("Fn::And" in o || "Fn::Or" in o) {
    const and = "Fn::And" in o;
    const values = args(and ? "Fn::And" : "Fn::Or").map((v) => truth(v, ctx));
    if (and ? values.includes(false) : values.includes(true)) return !and;
    return values.includes(undefined) ? undefined : and;
  }
  return undefined;
}

function isSymbolic(v: unknown): v is External | Unknown | ResourceRef {
  return v instanceof External || v instanceof Unknown || v instanceof ResourceRef;
}

function pseudo(name: string, ctx: TemplateContext): Value {
  switch (name) {
    case "AWS::Region":
      return ctx.region;
    case "AWS::NoValue":
      return NO_VALUE;
    case "AWS::StackName":
      return ctx.stackName;
    case "AWS::Partition":
      return ctx.region.startsWith("cn-")
        ? "aws-cn"
        : ctx.region.startsWith("us-gov-")
          ? "aws-us-gov"
          : "aws";
    case "AWS::URLSuffix":
      return ctx.region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    default:
      return new Unknown(name);
  }
}

function ref(name: unknown, ctx: TemplateContext): Value {
  if (typeof name !== "string") return new Unknown("Ref");
  if (name.startsWith("AWS::")) return pseudo(name, ctx);
  const parameter = ctx.parameters.get(name);
  if (parameter) return parameter.value;
  if (ctx.resources.has(name)) return new ResourceRef(name);
  return new External(name, importText("cfn.undefinedReference", { name }));
}

/** Text of a symbolic value, for names and placeholder ids ("${ParentVPCStack}-VPC"). */
function textOf(v: unknown): string | undefined {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof External) return v.id;
  if (v instanceof ResourceRef) return v.attribute ? `${v.logicalId}.${v.attribute}` : v.logicalId;
  return undefined;
}

function sub(args: unknown, ctx: TemplateContext): Value {
  const [template, vars] = Array.isArray(args) ? args : [args, undefined];
  if (typeof template !== "string") return new Unknown("Fn::Sub");
  const variables = obj(vars) ?? {};
  const parts: unknown[] = [];
  let last = 0;
  const re = /\$\{([^}]*)\}/g;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    parts.push(template.slice(last, m.index));
    last = m.index + m[0].length;
    const name = (m[1] ?? "").trim();
    if (name.startsWith("!")) {
      parts.push(`\${${name.slice(1)}}`);
      continue;
    }
    if (name in variables) parts.push(evaluate(variables[name], ctx));
    else if (name.includes(".") && !name.startsWith("AWS::")) {
      const dot = name.indexOf(".");
      parts.push(getAtt([name.slice(0, dot), name.slice(dot + 1)], ctx));
    } else parts.push(ref(name, ctx));
  }
  parts.push(template.slice(last));
  if (parts.every((p) => typeof p === "string" || typeof p === "number")) return parts.join("");
  const external = parts.find((p) => p instanceof External) as External | undefined;
  const text = parts.map((p) => textOf(p) ?? "?").join("");
  if (external) return new External(text, external.reason);
  return new Unknown(text);
}

/** GetAtt attributes whose value is one of the resource's own properties. */
const ECHOED: Record<string, readonly string[]> = {
  "AWS::EC2::VPC": ["CidrBlock"],
  "AWS::EC2::Subnet": ["AvailabilityZone", "CidrBlock", "VpcId"],
  "AWS::EC2::SecurityGroup": ["VpcId"],
};

function getAtt(args: unknown, ctx: TemplateContext): Value {
  const list = Array.isArray(args) ? args.map((a) => evaluate(a, ctx)) : [];
  const [resource, attribute] = list;
  if (typeof resource !== "string") return new Unknown("Fn::GetAtt");
  if (!ctx.resources.has(resource)) return ref(resource, ctx);
  const definition = obj(ctx.definitions[resource]);
  const type = typeof definition?.Type === "string" ? definition.Type : "";
  if (typeof attribute === "string" && ECHOED[type]?.includes(attribute)) {
    const property = obj(definition?.Properties)?.[attribute];
    if (property !== undefined) return evaluate(property, ctx);
  }
  return new ResourceRef(resource, typeof attribute === "string" ? attribute : undefined);
}

function cidrList(args: unknown[], ctx: TemplateContext): Value {
  const [block, count, bits] = args.map((a) => evaluate(a, ctx));
  const parsed = typeof block === "string" ? parseCidr(block) : undefined;
  const n = Number(count);
  const hostBits = Number(bits);
  if (!parsed?.ok || !Number.isInteger(n) || !Number.isInteger(hostBits)) {
    return block instanceof External ? block : new Unknown("Fn::Cidr");
  }
  const prefix = 32 - hostBits;
  if (prefix < parsed.cidr.prefix || prefix > 32) return new Unknown("Fn::Cidr");
  const size = 2 ** hostBits;
  const out: string[] = [];
  for (let i = 0; i < n && i < 256; i++) {
    out.push(formatCidr({ network: (parsed.cidr.network + i * size) >>> 0, prefix }));
  }
  return out;
}

function findInMap(args: unknown[], ctx: TemplateContext): Value {
  const [map, top, second] = args.slice(0, 3).map((a) => evaluate(a, ctx));
  const fallback = obj(args[3])?.DefaultValue;
  const found =
    typeof map === "string" && typeof top === "string" && typeof second === "string"
      ? obj(obj(ctx.mappings[map])?.[top])?.[second]
      : undefined;
  if (found !== undefined) return evaluate(found, ctx);
  if (fallback !== undefined) return evaluate(fallback, ctx);
  return new Unknown("Fn::FindInMap");
}

/** Evaluates a property value; symbolic where deploy-time values are needed. */
export function evaluate(node: unknown, ctx: TemplateContext, depth = 0): Value {
  if (depth > 100) return new Unknown("depth");
  if (node instanceof UnknownTag) {
    ctx.b.note(importText("cfn.unknownTag", { tag: node.tag }));
    return new Unknown(`!${node.tag}`);
  }
  if (Array.isArray(node)) {
    return node.map((v) => evaluate(v, ctx, depth + 1)).filter((v) => v !== NO_VALUE);
  }
  const o = obj(node);
  if (!o) return node;
  const keys = Object.keys(o);
  if (keys.length === 1) {
    const key = keys[0] as string;
    const arg = o[key];
    const args = Array.isArray(arg) ? arg : [];
    switch (key) {
      case "Ref":
        return ref(evaluate(arg, ctx, depth + 1), ctx);
      case "Fn::GetAtt":
        return typeof arg === "string"
          ? getAtt(
              arg.includes(".") ? [arg.slice(0, arg.indexOf(".")), arg.slice(arg.indexOf(".") + 1)] : [arg],
              ctx,
            )
          : getAtt(arg, ctx);
      case "Fn::Sub":
        return sub(arg, ctx);
      case "Fn::Join": {
        const [delimiter, items] = [evaluate(args[0], ctx, depth + 1), evaluate(args[1], ctx, depth + 1)];
        if (Array.isArray(items) && items.every((i) => typeof i === "string" || typeof i === "number")) {
          return items.join(typeof delimiter === "string" ? delimiter : "");
        }
        return items instanceof External ? items : new Unknown("Fn::Join");
      }
      case "Fn::Select": {
        const index = Number(evaluate(args[0], ctx, depth + 1));
        const items = evaluate(args[1], ctx, depth + 1);
        if (Array.isArray(items) && Number.isInteger(index) && index >= 0 && index < items.length) {
          return items[index];
        }
        if (items instanceof External) return new External(`${items.id}[${index}]`, items.reason, items.name);
        return new Unknown("Fn::Select");
      }
      case "Fn::Split": {
        const [delimiter, text] = [evaluate(args[0], ctx, depth + 1), evaluate(args[1], ctx, depth + 1)];
        if (typeof delimiter === "string" && typeof text === "string") return text.split(delimiter);
        return text instanceof External ? text : new Unknown("Fn::Split");
      }
      case "Fn::GetAZs":
        noteZones(ctx);
        return zonesOf(ctx.region);
      case "Fn::FindInMap":
        return findInMap(args, ctx);
      case "Fn::If": {
        const which = typeof args[0] === "string" ? condition(args[0], ctx) : undefined;
        return evaluate(which === false ? args[2] : args[1], ctx, depth + 1);
      }
      case "Fn::Equals":
      case "Fn::And":
      case "Fn::Or":
      case "Fn::Not":
      case "Condition": {
        const value = truth(o, ctx);
        return value === undefined ? new Unknown(key) : value;
      }
      case "Fn::ImportValue": {
        const name = evaluate(arg, ctx, depth + 1);
        const text = textOf(name) ?? "ImportValue";
        return new External(text.replace(/\$\{|\}/g, ""), importText("cfn.importValue", { text }), text);
      }
      case "Fn::Cidr":
        return cidrList(args, ctx);
      case "Fn::Base64":
      case "Fn::ToJsonString":
      case "Fn::Length":
      case "Fn::Transform":
        return new Unknown(key);
    }
    if (key.startsWith("Fn::")) return new Unknown(key);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(o)) {
    const v = evaluate(value, ctx, depth + 1);
    if (v !== NO_VALUE) out[key] = v;
  }
  return out;
}

export { isSymbolic };

// Every Terraform shape -> one flat list of resource instances with their address, values and (for
// plans) the configuration's references per attribute. State v4, legacy v4 (`attributes_flat`),
// state v3 (`modules[]` with flatmap attributes), and `terraform show -json` of a state or a plan.
import type { LocalText } from "../../i18n/text.ts";
import { importText } from "../messages.ts";

export interface TfResource {
  address: string;
  /** The address without instance keys: what configuration references name. */
  base: string;
  mode: "managed" | "data";
  type: string;
  index?: string | number;
  values: Record<string, unknown>;
  /** attribute -> managed resource addresses it references (plans: from `configuration`). */
  refs: Record<string, string[]>;
  /** A plan's configuration describes the resource: an attribute missing from `refs` isn't set at all. */
  configured?: true;
}

type TfRead =
  | {
      ok: true;
      resources: TfResource[];
      kind: "state" | "show-state" | "plan";
      region?: string;
      notes: LocalText[];
    }
  | { ok: false; message: LocalText };

const obj = (v: unknown) =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const arr = (v: unknown) => (Array.isArray(v) ? v : []);

export function isTerraform(data: unknown): boolean {
  const o = obj(data);
  if (!o) return false;
  if (typeof o.terraform_version === "string" || typeof o.format_version === "string") return true;
  return (
    typeof o.version === "number" && (Array.isArray(o.resources) || Array.isArray(o.modules)) && "serial" in o
  );
}

const key = (index: string | number | undefined) =>
  index === undefined ? "" : typeof index === "number" ? `[${index}]` : `[${JSON.stringify(index)}]`;

/** "tags.%", "ingress.#", "ingress.1234.from_port" -> nested values (Terraform < 0.12 flatmaps). */
export function unflatten(flat: Record<string, unknown>): Record<string, unknown> {
  const build = (prefix: string): unknown => {
    const p = prefix === "" ? "" : `${prefix}.`;
    if (prefix !== "" && `${p}#` in flat) {
      const seen = new Set<string>();
      for (const k of Object.keys(flat)) {
        if (k.startsWith(p) && k !== `${p}#`) seen.add(k.slice(p.length).split(".")[0] as string);
      }
      return [...seen].map((s) => (`${p}${s}` in flat ? flat[`${p}${s}`] : build(`${p}${s}`)));
    }
    if (prefix !== "" && `${p}%` in flat) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(flat))
        if (k.startsWith(p) && k !== `${p}%`) out[k.slice(p.length)] = flat[k];
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(flat)) {
      if (!k.startsWith(p)) continue;
      const head = k.slice(p.length).split(".")[0] as string;
      if (head in out || head === "#" || head === "%") continue;
      out[head] =
        `${p}${head}` in flat && !(`${p}${head}.#` in flat) && !(`${p}${head}.%` in flat)
          ? flat[`${p}${head}`]
          : build(`${p}${head}`);
    }
    return out;
  };
  return build("") as Record<string, unknown>;
}

function fromStateV4(o: Record<string, unknown>): TfResource[] {
  const out: TfResource[] = [];
  for (const r of arr(o.resources)) {
    const res = obj(r);
    if (!res || typeof res.type !== "string" || typeof res.name !== "string") continue;
    const mode = res.mode === "data" ? "data" : "managed";
    const module = typeof res.module === "string" && res.module !== "" ? `${res.module}.` : "";
    const base = `${module}${mode === "data" ? "data." : ""}${res.type}.${res.name}`;
    const instances = arr(res.instances);
    if (instances.length === 0) continue;
    for (const i of instances) {
      const inst = obj(i) ?? {};
      const index =
        typeof inst.index_key === "string" || typeof inst.index_key === "number" ? inst.index_key : undefined;
      const values =
        obj(inst.attributes) ?? (obj(inst.attributes_flat) ? unflatten(obj(inst.attributes_flat) ?? {}) : {});
      out.push({ address: `${base}${key(index)}`, base, mode, type: res.type, index, values, refs: {} });
    }
  }
  return out;
}

function fromStateV3(o: Record<string, unknown>): TfResource[] {
  const out: TfResource[] = [];
  for (const m of arr(o.modules)) {
    const mod = obj(m) ?? {};
    const path = arr(mod.path)
      .filter((p): p is string => typeof p === "string")
      .slice(1);
    const module = path.map((p) => `module.${p}.`).join("");
    for (const [name, r] of Object.entries(obj(mod.resources) ?? {})) {
      const res = obj(r) ?? {};
      const data = name.startsWith("data.");
      const parts = (data ? name.slice(5) : name).split(".");
      const type = typeof res.type === "string" ? res.type : (parts[0] as string);
      const last = parts[2];
      const index = last !== undefined && /^\d+$/.test(last) ? Number(last) : undefined;
      const base = `${module}${data ? "data." : ""}${parts[0]}.${parts[1]}`;
      const primary = obj(res.primary) ?? {};
      const values = unflatten(obj(primary.attributes) ?? {});
      if (typeof primary.id === "string" && values.id === undefined) values.id = primary.id;
      out.push({
        address: `${base}${key(index)}`,
        base,
        mode: data ? "data" : "managed",
        type,
        index,
        values,
        refs: {},
      });
    }
  }
  return out;
}

function fromModule(module: unknown, out: TfResource[]): void {
  const m = obj(module);
  if (!m) return;
  for (const r of arr(m.resources)) {
    const res = obj(r);
    if (!res || typeof res.type !== "string" || typeof res.address !== "string") continue;
    const index = typeof res.index === "string" || typeof res.index === "number" ? res.index : undefined;
    const base = res.address.replace(/\[[^\]]*\]$/, "");
    out.push({
      address: res.address,
      base,
      mode: res.mode === "data" ? "data" : "managed",
      type: res.type,
      index,
      values: obj(res.values) ?? {},
      refs: {},
    });
  }
  for (const child of arr(m.child_modules)) fromModule(child, out);
}

const NOT_RESOURCES = new Set([
  "var",
  "local",
  "data",
  "module",
  "each",
  "count",
  "path",
  "terraform",
  "self",
]);

/** "aws_vpc.main.id" -> "aws_vpc.main"; "aws_subnet.a[0].id" -> "aws_subnet.a[0]"; others undefined. */
function referencedAddress(reference: string): string | undefined {
  const m = /^([A-Za-z][A-Za-z0-9_-]*)\.([A-Za-z_][A-Za-z0-9_-]*)(\[[^\]]*\])?/.exec(reference);
  if (!m || NOT_RESOURCES.has(m[1] as string)) return undefined;
  return `${m[1]}.${m[2]}${m[3] ?? ""}`;
}

/** Configuration references per resource (module-qualified base address) and attribute. */
function configurationRefs(config: unknown): Map<string, Record<string, string[]>> {
  const out = new Map<string, Record<string, string[]>>();
  const walk = (module: unknown, prefix: string, depth: number) => {
    const m = obj(module);
    if (!m || depth > 20) return;
    for (const r of arr(m.resources)) {
      const res = obj(r);
      if (!res || typeof res.address !== "string") continue;
      const refs: Record<string, string[]> = {};
      const collect = (expressions: unknown, path: string) => {
        for (const [attr, expr] of Object.entries(obj(expressions) ?? {})) {
          const name = path ? `${path}.${attr}` : attr;
          const e = obj(expr);
          const references = arr(e?.references).filter((x): x is string => typeof x === "string");
          const addresses = [...new Set(references.map(referencedAddress).filter((a): a is string => !!a))];
          // A module's output ("module.net.subnet_id") names no resource: keep the module, as "module.net.*".
          const modules = references
            .map((x) => /^module\.[A-Za-z0-9_-]+/.exec(x)?.[0])
            .filter((m): m is string => !!m)
            .map((m) => `${m}.*`);
          if (e && !Array.isArray(expr))
            refs[name] = [...addresses, ...new Set(modules)].map((a) => `${prefix}${a}`);
          // Nested blocks: a list of expression maps (ingress, route...).
          if (Array.isArray(expr)) {
            for (const [i, block] of expr.entries()) collect(block, `${name}.${i}`);
          }
        }
      };
      collect(res.expressions, "");
      out.set(`${prefix}${res.address}`, refs);
    }
    for (const [name, call] of Object.entries(obj(m.module_calls) ?? {})) {
      walk(obj(call)?.module, `${prefix}module.${name}.`, depth + 1);
    }
  };
  walk(obj(config)?.root_module, "", 0);
  return out;
}

function providerRegion(config: unknown): string | undefined {
  for (const [name, p] of Object.entries(obj(obj(config)?.provider_config) ?? {})) {
    if (!name.startsWith("aws")) continue;
    const region = obj(obj(obj(p)?.expressions)?.region)?.constant_value;
    if (typeof region === "string") return region;
  }
  return undefined;
}

export function readTerraform(data: unknown): TfRead {
  const o = obj(data) ?? {};
  const notes: LocalText[] = [];
  if (typeof o.format_version === "string") {
    if ("planned_values" in o || "resource_changes" in o) {
      const resources: TfResource[] = [];
      fromModule(obj(o.planned_values)?.root_module, resources);
      const refs = configurationRefs(o.configuration);
      // A module instance key (module.x[0]) is not part of what configuration names.
      for (const r of resources) {
        const own = refs.get(r.base.replace(/\[[^\]]*\]/g, ""));
        r.refs = own ?? {};
        if (own) r.configured = true;
      }
      notes.push(importText("tf.planAddresses"));
      const region = providerRegion(o.configuration);
      return { ok: true, resources, kind: "plan", ...(region ? { region } : {}), notes };
    }
    const resources: TfResource[] = [];
    fromModule(obj(o.values)?.root_module, resources);
    return { ok: true, resources, kind: "show-state", notes };
  }
  const version = o.version;
  if (version === 4) return { ok: true, resources: fromStateV4(o), kind: "state", notes };
  if (version === 3) {
    notes.push(importText("tf.stateVersion3"));
    return { ok: true, resources: fromStateV3(o), kind: "state", notes };
  }
  const shown = typeof version === "number" ? String(version) : "unknown";
  return {
    ok: false,
    message: importText("tf.stateVersionUnread", { shown }),
  };
}

// Format migrations: each entry turns a version-N document into version N+1. Before a step runs,
// the document must pass version N's own (frozen) schema, so a broken old file reports its shape
// problems exactly as it always did, and each step only ever sees well-formed input.
import type { z } from "zod";
import type { Diagnostic } from "../model/diagnostics.ts";
import { FORMAT_VERSION } from "../model/schema.ts";
import { schemaDiagnostics } from "../model/schema-diagnostics.ts";
import { topologyV1 } from "./schema-v1.ts";

type Doc = Record<string, unknown>;

interface Step {
  /** Version N's schema; undefined skips the check (tests). */
  schema?: z.ZodType;
  up: (doc: Doc) => Doc;
}

/** MIGRATIONS[n] upgrades a version-n document to version n+1. */
const MIGRATIONS: Readonly<Record<number, Step>> = {
  1: { schema: topologyV1, up: v1ToV2 },
};

type MigrationResult =
  | { ok: true; data: Doc; from: number }
  /** No path from this version (not an integer, below 1, above the latest, or a gap). */
  | { ok: false; reason: "version" }
  /** The document doesn't fit its own version's schema: these are its `schema` diagnostics. */
  | { ok: false; reason: "schema"; version: number; diagnostics: Diagnostic[] };

export function migrate(data: Doc, steps = MIGRATIONS, latest = FORMAT_VERSION): MigrationResult {
  const from = data.version;
  if (typeof from !== "number" || !Number.isInteger(from) || from < 1 || from > latest) {
    return { ok: false, reason: "version" };
  }
  let doc = data;
  for (let v = from; v < latest; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: "version" };
    if (step.schema) {
      const parsed = step.schema.safeParse(doc);
      if (!parsed.success) {
        return {
          ok: false,
          reason: "schema",
          version: v,
          diagnostics: schemaDiagnostics(doc, "en", step.schema),
        };
      }
      doc = parsed.data as Doc;
    }
    doc = { ...step.up(doc), version: v + 1 };
  }
  return { ok: true, data: doc, from };
}

// ---- 1 -> 2: `public` on subnets becomes route tables ------------------------------------------

interface V1Subnet {
  id: string;
  vpc: string;
  public: boolean;
  [key: string]: unknown;
}
interface V1Gateway {
  id: string;
  vpc: string | null;
  [key: string]: unknown;
}

/**
 * Version 1 said "public" with a flag; version 2 says it the way AWS does. Every VPC gets a main
 * route table with only the (implicit) local route; the public subnets of a VPC are associated with
 * a table that sends 0.0.0.0/0 to the VPC's internet gateway. When the VPC has none attached, the
 * route goes to a new detached gateway: that is the state AWS itself shows (a "blackhole" route to a
 * gateway that was detached), it keeps the file's `public-subnet-no-igw` error, and attaching that
 * gateway fixes it. A subnet's flag is read from the first subnet with its id, as version 1's rules
 * did. New ids are made from the VPC's id and never collide with existing ones.
 */
export function v1ToV2(doc: Doc): Doc {
  const list = <T>(key: string) => (Array.isArray(doc[key]) ? (doc[key] as T[]) : []);
  const vpcs = list<{ id: string }>("vpcs");
  const gateways = list<V1Gateway>("internetGateways");
  const subnets = list<V1Subnet>("subnets");
  const taken = new Set<string>();
  for (const value of Object.values(doc)) {
    if (!Array.isArray(value)) continue;
    for (const item of value)
      if (item && typeof item === "object" && "id" in item) taken.add(String(item.id));
  }
  const fresh = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  const stem = (vpcId: string) => vpcId.replace(/^vpc-/, "") || vpcId;

  const routeTables: Doc[] = [];
  const addedGateways: V1Gateway[] = [];
  const vpcIds = [...new Set(vpcs.map((v) => v.id))];
  for (const vpcId of vpcIds) {
    routeTables.push({ id: fresh(`rtb-${stem(vpcId)}`), vpc: vpcId, main: true, routes: [] });
  }
  const firstById = new Map<string, V1Subnet>();
  for (const s of subnets) if (!firstById.has(s.id)) firstById.set(s.id, s);
  const publicByVpc = new Map<string, string[]>();
  for (const s of firstById.values()) {
    if (!s.public) continue;
    const ids = publicByVpc.get(s.vpc) ?? [];
    ids.push(s.id);
    publicByVpc.set(s.vpc, ids);
  }
  for (const [vpcId, ids] of publicByVpc) {
    let gateway = gateways.find((g) => g.vpc === vpcId)?.id;
    if (gateway === undefined) {
      gateway = fresh(`igw-${stem(vpcId)}`);
      addedGateways.push({ id: gateway, vpc: null });
    }
    routeTables.push({
      id: fresh(`rtb-${stem(vpcId)}-public`),
      vpc: vpcId,
      subnets: ids,
      routes: [{ destination: "0.0.0.0/0", target: gateway }],
    });
  }
  return {
    ...doc,
    version: 2,
    internetGateways: [...gateways, ...addedGateways],
    subnets: subnets.map(({ public: _public, ...rest }) => rest),
    routeTables,
    natGateways: [],
    elasticIps: [],
    networkAcls: [],
  };
}

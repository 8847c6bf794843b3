// The one place where an import's topology and report are put together. Readers add resources,
// references, skipped source resources and notes; `finish` turns every reference to something the
// source did not define into an external placeholder, gathers Regions and zones, and counts.
import type { LocalText } from "../i18n/text.ts";
import type { Lang } from "../model/diagnostics.ts";
import { regionOfZoneName } from "../model/regions.ts";
import { importText } from "./messages.ts";
import {
  IMPORT_FIELDS,
  IMPORT_KINDS,
  type ImportField,
  type ImportFormat,
  type ImportKind,
  type ImportReport,
  KIND_KEYS,
  type PartKey,
  type Placeholder,
  type Rec,
  type SkippedResource,
} from "./types.ts";

export const DEFAULT_REGION = "us-east-1";

interface Wanted {
  kind: ImportKind;
  id: string;
  reason: LocalText;
  name?: string;
}

export interface Finished {
  doc: Record<string, unknown> & { version: 2 };
  report: ImportReport;
}

export class ImportBuilder {
  readonly format: ImportFormat;
  private readonly items = new Map<ImportKind, Map<string, Rec>>(IMPORT_KINDS.map((k) => [k, new Map()]));
  private readonly externalReasons = new Map<string, LocalText>();
  private readonly wanted: Wanted[] = [];
  private readonly parts = new Map<PartKey, number>();
  private readonly skipped: { source: string; type: string; reason: LocalText }[] = [];
  private readonly notes = new Map<string, LocalText>();
  /** Notes that hold only if the document draws this Region (kept in their place, else dropped). */
  private readonly regionNotes = new Map<string, string>();
  /** Zone names in the order the source listed them (describe-availability-zones), per Region. */
  private readonly zoneOrder = new Map<string, string[]>();
  private readonly extraZones = new Set<string>();
  name: string | undefined;

  constructor(format: ImportFormat) {
    this.format = format;
  }

  has(kind: ImportKind, id: string): boolean {
    return this.items.get(kind)?.has(id) ?? false;
  }

  get(kind: ImportKind, id: string): Rec | undefined {
    return this.items.get(kind)?.get(id);
  }

  all(kind: ImportKind): Rec[] {
    return [...(this.items.get(kind)?.values() ?? [])];
  }

  /** Adds a resource; a second one with the same id fills in what the first lacked. Returns it. */
  add(kind: ImportKind, rec: Rec): Rec {
    const list = this.items.get(kind) as Map<string, Rec>;
    const existing = list.get(rec.id);
    if (!existing) {
      list.set(rec.id, rec);
      return rec;
    }
    for (const [key, value] of Object.entries(rec)) {
      if (existing[key] === undefined && value !== undefined) existing[key] = value;
    }
    if (existing.external && !rec.external) {
      delete existing.external;
      this.externalReasons.delete(`${kind}:${rec.id}`);
    }
    return existing;
  }

  /** A source resource whose required facts are unknown: kept as an external placeholder. */
  addExternal(kind: ImportKind, rec: Rec, reason: LocalText): Rec {
    const added = this.add(kind, { ...rec, external: true });
    if (added.external) this.externalReasons.set(`${kind}:${rec.id}`, reason);
    return added;
  }

  /** Says that the document refers to `id` as a `kind`; a placeholder is made if nothing defines it. */
  ref(kind: ImportKind, id: string, reason: LocalText, name?: string): string {
    this.wanted.push({ kind, id, reason, ...(name === undefined ? {} : { name }) });
    return id;
  }

  /**
   * The defined subnets whose route table the sources don't describe: no association of their own
   * and no main table of their VPC. Their routes are unknown: they are drawn grey, neither public nor
   * private, when their VPC is a placeholder or has a placeholder main table (outsideMainTables), and
   * private when their VPC is one being created (its main table is then AWS's implicit one, local
   * route only: routing.ts subnetRoutesUnknown); each importer says so in its own words.
   */
  subnetsWithoutRouteTable(): Rec[] {
    const tables = this.all("routeTable");
    const associated = new Set(tables.flatMap((t) => (t.subnets as string[] | undefined) ?? []));
    const vpcsWithMain = new Set(tables.flatMap((t) => (t.main === true ? [t.vpc] : [])));
    return this.all("subnet").filter(
      (s) => s.external !== true && !associated.has(s.id) && !vpcsWithMain.has(s.vpc),
    );
  }

  /** One note, in the importer's words, counting `subnets` drawn without their route table and naming one. */
  /**
   * A placeholder main route table for each defined VPC that has subnets without a route table the
   * sources describe, when the VPC exists in AWS already (described, or in a state): such a VPC has
   * a main table (AWS makes one with every VPC, https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html#MainRouteTable)
   * whose routes may send 0.0.0.0/0 anywhere, so those subnets are drawn neither public nor private.
   * `mainTableId` gives the table's AWS id where the sources name it, else undefined (a made-up id).
   */
  outsideMainTables(
    subnets: readonly Rec[],
    mainTableId: (vpc: string) => string | undefined,
    reason: (vpc: string) => LocalText,
  ): void {
    const done = new Set<string>();
    for (const s of subnets) {
      const vpc = s.vpc as string;
      const record = this.get("vpc", vpc);
      if (done.has(vpc) || record === undefined || record.external === true) continue;
      done.add(vpc);
      const id = mainTableId(vpc) ?? `${vpc}-main-route-table`;
      if (this.has("routeTable", id)) continue;
      this.addExternal("routeTable", { id, vpc, main: true, routes: [] }, reason(vpc));
    }
  }

  noteUnrouted(
    message: "cli.routeTablesUndescribed" | "cfn.routeTablesUndescribed" | "tf.routeTablesUndescribed",
    subnets: readonly Rec[],
  ): void {
    const [first] = subnets;
    if (first) this.note(importText(message, { count: subnets.length, subnet: first.id }));
  }

  /**
   * The internet gateways among `gateways` that routes use but the sources don't define, each in the
   * VPC of the route table that uses it: AWS adds a route to an internet gateway only when the gateway
   * is attached to the table's VPC ("route table … and network gateway … belong to different
   * networks" otherwise), so the placeholder records that VPC and its subnets are drawn public.
   */
  attachRoutedGateways(gateways: ReadonlySet<string>, reason: (vpc: string) => LocalText): void {
    for (const table of this.all("routeTable")) {
      if (typeof table.vpc !== "string" || !Array.isArray(table.routes)) continue;
      for (const route of table.routes as { target?: unknown }[]) {
        const id = route.target;
        if (typeof id !== "string" || !gateways.has(id)) continue;
        const known = this.get("internetGateway", id);
        if (known && (!known.external || typeof known.vpc === "string")) continue;
        // The name a reference gave it (a parameter's), as finish would have.
        const name = this.wanted.find((w) => w.kind === "internetGateway" && w.id === id)?.name;
        this.addExternal(
          "internetGateway",
          { id, ...(name ? { name } : {}), vpc: table.vpc },
          reason(table.vpc),
        );
      }
    }
  }

  /** A source resource folded into another one (a route, a rule, an association). */
  part(key: PartKey, count = 1): void {
    this.parts.set(key, (this.parts.get(key) ?? 0) + count);
  }

  /**
   * The `kind` with this id; one the source doesn't define becomes an external placeholder, said
   * by `reason`. Undefined when the id itself is unknown.
   */
  ensure(kind: ImportKind, id: string | undefined, reason: LocalText): Rec | undefined {
    if (id === undefined) return undefined;
    return this.get(kind, id) ?? this.addExternal(kind, { id }, reason);
  }

  skip(source: string, type: string, reason: LocalText): void {
    this.skipped.push({ source, type, reason });
  }

  /** A source resource that links others, skipped because its `field` can't be read. */
  skipUnreadable(source: string, type: string, field: ImportField): void {
    this.skip(source, type, importText("import.unknownLinksNothing", { field: IMPORT_FIELDS[field] }));
  }

  note(message: LocalText): void {
    this.notes.set(message.en, message);
  }

  /**
   * A note about Region `code` (e.g. that it was assumed), kept only if the document ends up drawing
   * that Region: a template whose VPC and subnets all come from another stack draws none, and a note
   * pointing at "the Region's code in Properties" would send the reader looking for a box that isn't there.
   */
  noteIfRegionDrawn(code: string, message: LocalText): void {
    this.note(message);
    this.regionNotes.set(message.en, code);
  }

  /** Zones of a Region in AWS's order (from describe-availability-zones). */
  zonesOf(region: string, zones: readonly string[]): void {
    const list = this.zoneOrder.get(region) ?? [];
    for (const zone of zones) if (!list.includes(zone)) list.push(zone);
    this.zoneOrder.set(region, list);
  }

  /** A zone used by a subnet or a volume. */
  zoneInUse(zone: string): void {
    this.extraZones.add(zone);
  }

  /**
   * A subnet the sources only refer to (another stack's export, a state without it) is in the VPC
   * of its instances' security groups: AWS launches an instance only with groups of its subnet's
   * VPC. Drawn in that VPC's box, not loose beside it. Groups of two VPCs decide nothing (the
   * document then breaks a rule, sg-other-vpc, which should show rather than be guessed away).
   */
  private placeOutsideSubnets(): void {
    const groups = this.items.get("securityGroup") as Map<string, Rec>;
    const vpcsOf = new Map<string, Set<string>>();
    for (const inst of this.items.get("instance")?.values() ?? []) {
      if (typeof inst.subnet !== "string" || !Array.isArray(inst.securityGroups)) continue;
      for (const id of inst.securityGroups) {
        const vpc = typeof id === "string" ? groups.get(id)?.vpc : undefined;
        if (typeof vpc !== "string") continue;
        const vpcs = vpcsOf.get(inst.subnet) ?? new Set<string>();
        vpcsOf.set(inst.subnet, vpcs.add(vpc));
      }
    }
    for (const subnet of this.items.get("subnet")?.values() ?? []) {
      const [vpc, other] = vpcsOf.get(subnet.id) ?? [];
      if (subnet.external && subnet.vpc === undefined && vpc !== undefined && other === undefined)
        subnet.vpc = vpc;
    }
  }

  finish(lang: Lang, fallbackRegion: string | undefined): Finished {
    const say = (m: LocalText) => m[lang];
    const placeholders: Placeholder[] = [];
    for (const [kind, list] of this.items) {
      for (const rec of list.values()) {
        const reason = this.externalReasons.get(`${kind}:${rec.id}`);
        if (rec.external && reason) placeholders.push({ id: rec.id, kind, reason: say(reason) });
      }
    }
    for (const want of this.wanted) {
      const list = this.items.get(want.kind) as Map<string, Rec>;
      if (list.has(want.id)) continue;
      list.set(want.id, { id: want.id, ...(want.name ? { name: want.name } : {}), external: true });
      placeholders.push({ id: want.id, kind: want.kind, reason: say(want.reason) });
    }

    this.placeOutsideSubnets();

    // Regions: every zone in use and every VPC's Region, zones in AWS's order where known.
    const zonesByRegion = new Map<string, string[]>();
    const region = (code: string) => {
      let zones = zonesByRegion.get(code);
      if (!zones) {
        zones = [];
        zonesByRegion.set(code, zones);
      }
      return zones;
    };
    const regionOf = (zone: string) => regionOfZoneName(zone) ?? fallbackRegion ?? DEFAULT_REGION;
    const used = [...this.extraZones].sort();
    for (const code of this.zoneOrder.keys()) region(code);
    for (const zone of used) region(regionOf(zone));
    for (const vpc of this.items.get("vpc")?.values() ?? []) {
      if (typeof vpc.region === "string") region(vpc.region);
    }
    for (const [code, zones] of zonesByRegion) {
      const listed = this.zoneOrder.get(code) ?? [];
      zones.push(...listed, ...used.filter((z) => regionOf(z) === code && !listed.includes(z)));
    }
    const regions = [...zonesByRegion].map(([id, availabilityZones]) => ({ id, availabilityZones }));
    for (const [key, code] of this.regionNotes) if (!zonesByRegion.has(code)) this.notes.delete(key);
    // A VPC the source only refers to is in the Region of what refers to it (a subnet, a security
    // group or a route table lives in its VPC's Region, and Fn::ImportValue never crosses Regions):
    // with one Region, the placeholder is drawn in it rather than beside it.
    const [only] = regions;
    if (only && regions.length === 1)
      for (const vpc of this.items.get("vpc")?.values() ?? [])
        if (vpc.external && vpc.region === undefined) vpc.region = only.id;

    // Network ACL rules in evaluation order, as the console shows them.
    for (const acl of this.items.get("networkAcl")?.values() ?? []) {
      for (const key of ["ingress", "egress"]) {
        const rules = acl[key];
        if (Array.isArray(rules)) rules.sort((a, b) => Number(a.ruleNumber) - Number(b.ruleNumber));
      }
    }
    const doc: Record<string, unknown> & { version: 2 } = { version: 2 };
    if (this.name) doc.name = this.name;
    doc.regions = regions;
    const imported: Record<string, number> = {};
    for (const kind of IMPORT_KINDS) {
      const list = [...(this.items.get(kind) as Map<string, Rec>).values()];
      doc[KIND_KEYS[kind]] = list;
      imported[KIND_KEYS[kind]] = list.filter((r) => !r.external).length;
    }
    for (const [key, count] of this.parts) imported[key] = count;
    const skipped: SkippedResource[] = this.skipped.map((s) => ({ ...s, reason: say(s.reason) }));
    return {
      doc,
      report: {
        format: this.format,
        imported,
        placeholders,
        skipped,
        notes: [...this.notes.values()].map(say),
      },
    };
  }
}

/**
 * A resource's name from its tags: Name, else a tag spelled "name" in another case (tag keys are
 * case-sensitive, so AWS's console shows only Name; a note says so). Reads the tags `tagsOf` kept.
 */
export function nameFromTags(tags: Record<string, string> | undefined, b: ImportBuilder): string | undefined {
  if (!tags) return undefined;
  if (Object.hasOwn(tags, "Name")) return tags.Name;
  const key = Object.keys(tags).find((k) => k.toLowerCase() === "name");
  if (key === undefined) return undefined;
  b.note(importText("import.otherCaseNameTag", { key }));
  return tags[key];
}

/** Tags from an AWS list (`[{Key, Value}]`) or a map; AWS's reserved `aws:` tags are left out. */
export function tagsOf(source: unknown, b: ImportBuilder): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const put = (key: unknown, value: unknown) => {
    if (typeof key !== "string" || key === "") return;
    if (key.toLowerCase().startsWith("aws:")) {
      b.note(importText("import.awsTagsLeftOut"));
      return;
    }
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      Object.defineProperty(out, key, {
        value: String(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  };
  if (Array.isArray(source)) {
    for (const tag of source) {
      if (tag && typeof tag === "object")
        put((tag as Record<string, unknown>).Key, (tag as Record<string, unknown>).Value);
    }
  } else if (source && typeof source === "object") {
    for (const [key, value] of Object.entries(source)) put(key, value);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

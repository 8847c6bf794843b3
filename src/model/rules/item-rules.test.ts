import fc from "fast-check";
import { describe, expect, it } from "vitest";
import nat from "../../../examples/nat-gateway.json";
import { generateTopology } from "../examples/generate.ts";
import { showcaseTopology } from "../examples/showcase.ts";
import { COLLECTIONS, type Collection, type Topology, topology, VOLUME_TYPES } from "../schema.ts";
import { validTopology } from "../testing/arbitrary.ts";
import { applyEdit, editArbitrary } from "../testing/edits.ts";
import { indexTopology } from "../topology-index.ts";
import { forgetItemLooks } from "./item-rules.ts";
import type { Rule } from "./types.ts";
import { RULES } from "./validate.ts";

/** The rules that are checks of one item at a time (they say which lists they read). */
const ITEM_RULES = RULES.filter((rule) => rule.lists !== undefined);

type Doc = Topology;
const ids = (doc: Doc, c: Collection) => (doc[c] as readonly { id: string }[]).map((x) => x.id);
const zones = (doc: Doc) => doc.regions.flatMap((r) => ("availabilityZones" in r ? r.availabilityZones : []));
const pickOf = <T>(list: readonly T[], n: number, other: T): T =>
  n % (list.length + 1) === list.length ? other : (list[n % (list.length + 1)] as T);

/**
 * Hand edits of one field of one item, with values taken from the document itself (another
 * subnet, zone, group, gateway) or none of its own: what the commands don't do but a file can, so
 * every list a rule reads (the zones of Regions, a subnet's VPC, a table's routes) gets edited.
 */
const FIELDS: Record<string, [Collection, (doc: Doc, n: number) => Record<string, unknown>]> = {
  zones: ["regions", (d, n) => ({ availabilityZones: zones(d).filter((_, k) => k !== n % 3) })],
  vpcRegion: ["vpcs", (d, n) => ({ region: pickOf(ids(d, "regions"), n, "nowhere-1") })],
  gatewayVpc: ["internetGateways", (d, n) => ({ vpc: pickOf<string | null>(ids(d, "vpcs"), n, null) })],
  subnetZone: ["subnets", (d, n) => ({ availabilityZone: pickOf(zones(d), n, "zz-east-9z") })],
  subnetVpc: ["subnets", (d, n) => ({ vpc: pickOf(ids(d, "vpcs"), n, "vpc-gone") })],
  groupVpc: ["securityGroups", (d, n) => ({ vpc: pickOf(ids(d, "vpcs"), n, "vpc-gone") })],
  groupName: ["securityGroups", (_d, n) => ({ name: `g${n % 4}` })],
  instanceSubnet: ["instances", (d, n) => ({ subnet: pickOf(ids(d, "subnets"), n, "subnet-gone") })],
  publicIp: ["instances", (_d, n) => ({ publicIp: n % 2 === 0 })],
  groups: [
    "instances",
    (d, n) => ({ securityGroups: ids(d, "securityGroups").slice(n % 3, (n % 3) + 1 + (n % 7)) }),
  ],
  imageId: [
    "instances",
    (_d, n) => ({ imageId: ["ami-12345678", "ami-123", "ami-0123456789abcdef0"][n % 3] }),
  ],
  overRatio: [
    "volumes",
    (_d, n) =>
      n % 2
        ? { volumeType: "io1", sizeGiB: 4, iops: 3_000 }
        : { volumeType: "gp3", sizeGiB: 100, iops: 3_000, throughput: 1_000 },
  ],
  bootMultiAttach: [
    "volumes",
    (d, n) => ({
      volumeType: "io2",
      iops: 1_000,
      multiAttach: true,
      attachments: [{ instance: pickOf(ids(d, "instances"), n, "i-gone"), device: "/dev/xvda" }],
    }),
  ],
  volumeZone: ["volumes", (d, n) => ({ availabilityZone: pickOf(zones(d), n, "zz-east-9z") })],
  volumeSize: ["volumes", (_d, n) => ({ sizeGiB: [2, 200, 70_000][n % 3] })],
  volumeType: ["volumes", (_d, n) => ({ volumeType: VOLUME_TYPES[n % VOLUME_TYPES.length] })],
  iops: ["volumes", (_d, n) => ({ iops: [undefined, 50, 3_000, 900_000][n % 4] })],
  multiAttach: ["volumes", (_d, n) => ({ multiAttach: n % 2 === 0 })],
  attach: [
    "volumes",
    (d, n) => ({
      attachments: [
        {
          instance: pickOf(ids(d, "instances"), n, "i-gone"),
          device: ["/dev/xvda", "/dev/sdf", "/dev/nvme0n1", "sdq"][n % 4],
        },
      ],
    }),
  ],
  routes: [
    "routeTables",
    (d, n) => ({
      routes: [
        {
          destination: "0.0.0.0/0",
          target: pickOf([...ids(d, "internetGateways"), ...ids(d, "natGateways")], n, "igw-gone"),
        },
      ],
    }),
  ],
  tableSubnets: ["routeTables", (d, n) => ({ subnets: [pickOf(ids(d, "subnets"), n, "subnet-gone")] })],
  main: ["routeTables", (_d, n) => ({ main: n % 2 === 0 })],
};

const fieldEdit = fc.record({
  field: fc.constantFrom(...Object.keys(FIELDS)),
  at: fc.nat(),
  n: fc.nat(),
});
/**
 * One item of any list marked external, given a bad tag, given another item's id, or taken out with
 * every reference to it left as it was (good references turn bad and bad ones good).
 */
const itemEdit = fc.record({
  item: fc.constantFrom("external" as const, "tags" as const, "reid" as const, "remove" as const),
  collection: fc.constantFrom(...COLLECTIONS),
  at: fc.nat(),
  n: fc.nat(),
});
type FieldEdit = typeof fieldEdit extends fc.Arbitrary<infer R> ? R : never;
type ItemEdit = typeof itemEdit extends fc.Arbitrary<infer R> ? R : never;

function replaced(doc: Doc, c: Collection, at: number, edit: (item: { id: string }) => object): Doc {
  const list = doc[c] as readonly { id: string }[];
  if (list.length === 0) return doc;
  const k = at % list.length;
  return { ...doc, [c]: list.map((item, i) => (i === k ? edit(item) : item)) };
}

function handEdit(doc: Doc, edit: FieldEdit | ItemEdit): Doc {
  if ("field" in edit) {
    const [c, value] = FIELDS[edit.field] as (typeof FIELDS)[string];
    return replaced(doc, c, edit.at, (item) => ({ ...item, ...value(doc, edit.n) }));
  }
  const { collection: c, at, n } = edit;
  if (edit.item === "remove") {
    const list = doc[c] as readonly { id: string }[];
    return { ...doc, [c]: list.filter((_, i) => i !== at % Math.max(1, list.length)) };
  }
  if (edit.item === "external") return replaced(doc, c, at, (item) => ({ id: item.id, external: true }));
  if (edit.item === "tags")
    return replaced(doc, c, at, (item) => ({ ...item, tags: { [n % 2 ? "aws:x" : "k".repeat(130)]: "v" } }));
  const others = COLLECTIONS.flatMap((other) => ids(doc, other));
  return replaced(doc, c, at, (item) => ({ ...item, id: others[n % Math.max(1, others.length)] ?? item.id }));
}

/** A rule's findings when it checks every item (its last look forgotten), its look forgotten again. */
const whole = (rule: Rule, doc: Doc) => {
  forgetItemLooks();
  const out = rule({ doc, index: indexTopology(doc) });
  forgetItemLooks();
  return out;
};

describe("item rules (a check of each item, again only where an edit reaches)", () => {
  it("find exactly what a check of every item finds, after any edits, kept or only tried", () => {
    const found = new Map<Rule, number>();
    const starts = fc.oneof(
      validTopology(),
      fc.constantFrom(generateTopology(120, 4), showcaseTopology(), topology.parse(nat)),
    );
    const anyEdit = fc.oneof(editArbitrary, fieldEdit, fieldEdit, itemEdit);
    fc.assert(
      fc.property(starts, fc.array(fc.tuple(anyEdit, fc.boolean()), { maxLength: 14 }), (start, steps) => {
        forgetItemLooks();
        let doc = start;
        const check = (d: Doc) => {
          const index = indexTopology(d);
          const answers = ITEM_RULES.map((rule) => rule({ doc: d, index }));
          ITEM_RULES.forEach((rule, k) => {
            const answer = answers[k] ?? [];
            found.set(rule, (found.get(rule) ?? 0) + answer.length);
            expect(answer).toEqual(whole(rule, d));
          });
          // The next check starts from a look at `d` itself.
          for (const rule of ITEM_RULES) rule({ doc: d, index });
        };
        check(doc);
        for (const [edit, keep] of steps) {
          const next = "op" in edit ? applyEdit(doc, [], edit, []).doc : handEdit(doc, edit);
          check(next);
          if (keep) doc = next;
          else check(doc);
        }
      }),
      { numRuns: 300 },
    );
    // Every rule found something to find (a property about nothing proves nothing).
    const counts = ITEM_RULES.map((rule) => found.get(rule) ?? 0);
    expect(
      counts.every((n) => n > 0),
      `findings per item rule: ${counts.join(", ")}`,
    ).toBe(true);
  });
});

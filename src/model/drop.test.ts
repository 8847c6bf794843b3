import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contains, overlaps, tryCidr } from "./cidr.ts";
import { allIds } from "./commands/ids.ts";
import { refusalMessage } from "./commands/refusals.ts";
import type { CommandResult } from "./commands/types.ts";
import {
  applyInstanceDrop,
  applyPaletteDrop,
  applyPaletteToSelection,
  dropTargetFor,
  instanceDropSubnet,
  targetForSelection,
} from "./drop.ts";
import { PALETTE_KINDS, type PaletteKind } from "./kind-labels.ts";
import { availabilityZoneNodeId } from "./node-ids.ts";
import type { DropTarget } from "./node-targets.ts";
import { publicSubnetIds } from "./routing.ts";
import { definedOnly, emptyTopology, type Topology, topology } from "./schema.ts";
import { ok, refusalCode, seed } from "./testing/commands.ts";

function message(result: CommandResult): string {
  if (result.ok) throw new Error("expected a refusal");
  return refusalMessage(result.reason, "en");
}

describe("applyPaletteDrop", () => {
  it("builds the seed's structure from an empty canvas", () => {
    let doc = ok(applyPaletteDrop(emptyTopology(), "region", null)).doc;
    const region = doc.regions[0]?.id as string;
    doc = ok(applyPaletteDrop(doc, "vpc", { kind: "region", id: region })).doc;
    const vpc = doc.vpcs[0]?.id as string;
    doc = ok(applyPaletteDrop(doc, "availabilityZone", { kind: "vpc", id: vpc })).doc;
    const az = doc.regions[0]?.availabilityZones?.[0] as string;
    doc = ok(applyPaletteDrop(doc, "internetGateway", { kind: "vpc", id: vpc })).doc;
    doc = ok(applyPaletteDrop(doc, "publicSubnet", { kind: "availabilityZone", vpc, az })).doc;
    const subnet = doc.subnets[0]?.id as string;
    doc = ok(applyPaletteDrop(doc, "instance", { kind: "subnet", id: subnet })).doc;
    const instance = doc.instances[0]?.id as string;
    doc = ok(applyPaletteDrop(doc, "securityGroup", { kind: "instance", id: instance })).doc;
    expect(az).toBe(`${region}a`);
    expect(doc.vpcs[0]?.cidrBlock).toBe("10.0.0.0/16");
    expect(doc.subnets[0]).toMatchObject({ availabilityZone: az, cidrBlock: "10.0.0.0/24" });
    expect(publicSubnetIds(doc)).toEqual(new Set([subnet]));
    expect(doc.internetGateways[0]?.vpc).toBe(vpc);
    expect(doc.volumes).toHaveLength(1);
    expect(doc.instances[0]?.securityGroups).toEqual([doc.securityGroups[0]?.id]);
    expect(topology.safeParse(doc).success).toBe(true);
  });

  it("refuses an EC2 instance on a Region with the AWS reason", () => {
    const doc = seed();
    const result = applyPaletteDrop(doc, "instance", { kind: "region", id: "ap-northeast-2" });
    expect(refusalCode(result)).toBe("drop-wrong-target");
    expect(message(result)).toContain("Region Seoul");
    expect(message(result)).toContain("launched in a subnet");
  });

  it("refuses a second internet gateway, and anything but a Region on the empty canvas", () => {
    expect(refusalCode(applyPaletteDrop(seed(), "internetGateway", { kind: "vpc", id: "vpc-main" }))).toBe(
      "igw-already-attached",
    );
    for (const kind of PALETTE_KINDS.filter((k) => k !== "region")) {
      expect(refusalCode(applyPaletteDrop(seed(), kind, null))).toBe("drop-on-canvas");
    }
  });

  it("lands in the nearest container that accepts the item", () => {
    const doc = seed();
    expect(dropTargetFor(doc, "instance", { kind: "volume", id: "vol-web-1-root" })).toEqual({
      ok: true,
      target: { kind: "subnet", id: "subnet-public-a" },
    });
    expect(dropTargetFor(doc, "internetGateway", { kind: "instance", id: "i-web-1" })).toEqual({
      ok: true,
      target: { kind: "vpc", id: "vpc-main" },
    });
    expect(dropTargetFor(doc, "volume", { kind: "subnet", id: "subnet-public-a" }).ok).toBe(false);
  });

  it("puts a subnet dropped on a one-zone VPC in that zone, and asks otherwise", () => {
    const one = ok(applyPaletteDrop(seed(), "privateSubnet", { kind: "vpc", id: "vpc-main" }));
    expect(one.doc.subnets.at(-1)?.availabilityZone).toBe("ap-northeast-2a");
    const two = ok(applyPaletteDrop(seed(), "availabilityZone", { kind: "vpc", id: "vpc-main" })).doc;
    expect(refusalCode(applyPaletteDrop(two, "privateSubnet", { kind: "vpc", id: "vpc-main" }))).toBe(
      "az-choose",
    );
  });

  it("refuses a subnet when the VPC is full and changes nothing", () => {
    const doc = seed();
    doc.vpcs[0] = { ...(doc.vpcs[0] as Topology["vpcs"][0]), cidrBlock: "10.0.1.0/24" };
    const target: DropTarget = { kind: "availabilityZone", vpc: "vpc-main", az: "ap-northeast-2a" };
    const result = applyPaletteDrop(doc, "privateSubnet", target);
    expect(refusalCode(result)).toBe("subnet-vpc-full");
    expect(message(result)).toContain("10.0.1.0/24");
  });
});

describe("a palette item on a placeholder (outside the document)", () => {
  it("is refused saying the box is outside the document, not that it doesn't exist", () => {
    // What an import of a template taking its subnet from another stack draws (Fn::ImportValue).
    const doc: Topology = {
      ...emptyTopology(),
      vpcs: [{ id: "net-VpcId", external: true }],
      subnets: [{ id: "net-Subnet1", name: "net-Subnet1", vpc: "net-VpcId", external: true }],
    };
    const result = applyPaletteDrop(doc, "instance", { kind: "subnet", id: "net-Subnet1" });
    expect(refusalCode(result)).toBe("drop-outside-document");
    expect(message(result)).toBe(
      "Subnet net-Subnet1 is outside the document: ec2viz knows it only by its id, not its Availability Zone or addresses, so EC2 instance can't be added into it here. Open or import the file that defines it to build in it.",
    );
    if (result.ok) throw new Error("expected a refusal");
    expect(refusalMessage(result.reason, "ko")).toContain(
      "서브넷 net-Subnet1은 문서 밖에 정의되어 있습니다.",
    );
    expect(refusalMessage(result.reason, "ko")).toContain("EC2 인스턴스를 추가할 수 없습니다");
    // A resource that isn't there at all is still "not found".
    expect(refusalCode(applyPaletteDrop(doc, "instance", { kind: "subnet", id: "gone" }))).toBe("not-found");
  });
});

describe("applyInstanceDrop", () => {
  it("moves an instance into the subnet under the pointer, or refuses with the reason", () => {
    const doc = ok(applyPaletteDrop(seed(), "privateSubnet", { kind: "vpc", id: "vpc-main" })).doc;
    const target = doc.subnets.at(-1)?.id as string;
    const moved = ok(applyInstanceDrop(doc, "i-web-1", { kind: "subnet", id: target }));
    expect(moved.doc.instances[0]?.subnet).toBe(target);
    expect(ok(applyInstanceDrop(doc, "i-web-1", { kind: "volume", id: "vol-web-1-root" })).doc).toBe(doc);
    const refused = applyInstanceDrop(doc, "i-web-1", { kind: "region", id: "ap-northeast-2" });
    expect(message(refused)).toContain("launched in a subnet");
  });
});

describe("first Region", () => {
  it("takes the given code only when the topology has no Region yet", () => {
    const first = ok(
      applyPaletteDrop(emptyTopology(), "region", null, { firstRegion: "ap-northeast-2" }),
    ).doc;
    expect(first.regions.map((r) => r.id)).toEqual(["ap-northeast-2"]);
    expect(first.regions[0]?.name).toBe("Seoul");
    const second = ok(applyPaletteDrop(first, "region", null, { firstRegion: "ap-northeast-2" })).doc;
    expect(second.regions.map((r) => r.id)).toEqual(["ap-northeast-2", "us-east-1"]);
  });
});

describe("instanceDropSubnet", () => {
  it("names the subnet that would receive a dragged instance, only where the move is allowed", () => {
    let doc = ok(applyPaletteDrop(seed(), "privateSubnet", { kind: "vpc", id: "vpc-main" })).doc;
    const sameZone = doc.subnets.at(-1)?.id as string;
    expect(instanceDropSubnet(doc, "i-web-1", { kind: "subnet", id: sameZone })).toBe(sameZone);
    // Over its own card or its volume: nothing to receive it.
    expect(instanceDropSubnet(doc, "i-web-1", { kind: "instance", id: "i-web-1" })).toBeNull();
    expect(instanceDropSubnet(doc, "i-web-1", { kind: "region", id: "ap-northeast-2" })).toBeNull();
    // Another zone: the root volume can't follow, so nothing stands out there.
    doc = ok(applyPaletteDrop(doc, "availabilityZone", { kind: "vpc", id: "vpc-main" })).doc;
    const az = doc.regions[0]?.availabilityZones?.at(-1) as string;
    doc = ok(applyPaletteDrop(doc, "publicSubnet", { kind: "availabilityZone", vpc: "vpc-main", az })).doc;
    const otherZone = doc.subnets.at(-1)?.id as string;
    expect(instanceDropSubnet(doc, "i-web-1", { kind: "subnet", id: otherZone })).toBeNull();
  });
});

describe("keyboard alternative", () => {
  it("reads resource ids and AZ box ids from the selection", () => {
    const doc = seed();
    expect(targetForSelection(doc, "subnet-public-a")).toEqual({ kind: "subnet", id: "subnet-public-a" });
    expect(targetForSelection(doc, availabilityZoneNodeId("vpc-main", "ap-northeast-2a"))).toEqual({
      kind: "availabilityZone",
      vpc: "vpc-main",
      az: "ap-northeast-2a",
    });
    expect(targetForSelection(doc, "nothing-like-this")).toBeNull();
  });

  it("adds into the selected container, or asks for a selection", () => {
    const added = ok(applyPaletteToSelection(seed(), "instance", "subnet-public-a"));
    expect(added.doc.instances).toHaveLength(2);
    expect(refusalCode(applyPaletteToSelection(seed(), "instance", null))).toBe("nothing-selected");
    expect(ok(applyPaletteToSelection(seed(), "region", null)).doc.regions).toHaveLength(2);
  });
});

/** Invariants every document built only with the palette keeps. */
function checkInvariants(doc: Topology): void {
  expect(topology.safeParse(doc).success).toBe(true);
  const total = [
    doc.regions,
    doc.vpcs,
    doc.internetGateways,
    doc.subnets,
    doc.securityGroups,
    doc.instances,
    doc.volumes,
    doc.routeTables,
    doc.natGateways,
    doc.elasticIps,
    doc.networkAcls,
  ]
    .map((l) => l.length)
    .reduce((a, b) => a + b, 0);
  expect(allIds(doc).size).toBe(total);
  const publicIds = publicSubnetIds(doc);
  for (const v of definedOnly(doc.vpcs)) {
    const vpcBlock = tryCidr(v.cidrBlock);
    const subnets = definedOnly(doc.subnets).filter((s) => s.vpc === v.id);
    const blocks = subnets.map((s) => tryCidr(s.cidrBlock));
    for (const [n, b] of blocks.entries()) {
      expect(b && vpcBlock && contains(vpcBlock, b)).toBe(true);
      for (const other of blocks.slice(n + 1)) expect(b && other && overlaps(b, other)).toBe(false);
    }
    const gateways = doc.internetGateways.filter((g) => g.vpc === v.id).length;
    expect(gateways).toBeLessThanOrEqual(1);
    if (subnets.some((s) => publicIds.has(s.id))) expect(gateways).toBe(1);
  }
  for (const vol of doc.volumes) {
    for (const a of vol.attachments ?? []) {
      const subnet = doc.subnets.find((s) => s.id === doc.instances.find((i) => i.id === a.instance)?.subnet);
      expect(subnet?.availabilityZone).toBe(vol.availabilityZone);
    }
  }
}

function candidateTargets(doc: Topology): DropTarget[] {
  const targets: DropTarget[] = [null];
  for (const r of doc.regions) targets.push({ kind: "region", id: r.id });
  for (const v of doc.vpcs) {
    targets.push({ kind: "vpc", id: v.id });
    const zones = doc.regions.find((r) => r.id === v.region)?.availabilityZones ?? [];
    for (const az of zones) targets.push({ kind: "availabilityZone", vpc: v.id, az });
  }
  for (const g of doc.internetGateways) targets.push({ kind: "internetGateway", id: g.id });
  for (const s of doc.subnets) targets.push({ kind: "subnet", id: s.id });
  for (const i of doc.instances) targets.push({ kind: "instance", id: i.id });
  for (const v of doc.volumes) targets.push({ kind: "volume", id: v.id });
  return targets;
}

describe("random palette sessions", () => {
  it("never produce a document that breaks the AWS rules the palette guards", () => {
    // Regions are rarer than the rest so sessions grow deep (subnets, instances, volumes).
    const item = fc.oneof(
      { arbitrary: fc.constant<PaletteKind>("region"), weight: 1 },
      { arbitrary: fc.constantFrom<PaletteKind>(...PALETTE_KINDS.filter((k) => k !== "region")), weight: 12 },
    );
    const step = fc.record({ item, pick: fc.nat() });
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 60 }), (steps) => {
        let doc = emptyTopology();
        for (const { item, pick } of steps) {
          const targets = candidateTargets(doc);
          const result = applyPaletteDrop(doc, item, targets[pick % targets.length] ?? null);
          if (result.ok) doc = result.doc;
          else expect(refusalMessage(result.reason, "ko").length).toBeGreaterThan(0);
        }
        checkInvariants(doc);
      }),
      { numRuns: 200 },
    );
  });
});

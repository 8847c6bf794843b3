import { describe, expect, it } from "vitest";
import { generateTopology } from "../examples/generate.ts";
import { isSubnetIdPublic } from "../routing.ts";
import type { Topology } from "../schema.ts";
import { topology } from "../schema.ts";
import { ok, refusalCode, seed } from "../testing/commands.ts";
import { COLLECTION_OF_KIND, type ResourceKind } from "../topology-index.ts";
import { addInstance } from "./add-compute.ts";
import { cascadeMessage, deleteResource, describeCascade } from "./delete.ts";

describe("deleteResource", () => {
  it("hands back every list the delete leaves as it was as that very list", () => {
    // What follows an edit by identity (the index, the layout worker's copy, the canvas, the
    // rules) then sees only the lists that changed.
    const doc = generateTopology(40);
    const kinds: ResourceKind[] = ["instance", "volume", "subnet", "securityGroup", "natGateway", "vpc"];
    let checked = 0;
    for (const kind of kinds) {
      const items = doc[COLLECTION_OF_KIND[kind]] as readonly { id: string }[];
      for (const item of items.slice(0, 3)) {
        const after = ok(deleteResource(doc, kind, item.id)).doc;
        let changed = 0;
        for (const key of Object.keys(doc) as (keyof Topology)[]) {
          if (!Array.isArray(doc[key])) continue;
          if (JSON.stringify(after[key]) === JSON.stringify(doc[key])) expect(after[key], key).toBe(doc[key]);
          else changed++;
        }
        expect(changed).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("deletes a VPC with everything drawn inside it", () => {
    const result = ok(deleteResource(seed(), "vpc", "vpc-main"));
    const d = result.doc;
    expect(
      [d.vpcs, d.internetGateways, d.subnets, d.securityGroups, d.instances, d.volumes].map((l) => l.length),
    ).toEqual([0, 0, 0, 0, 0, 0]);
    expect(d.regions).toHaveLength(1);
  });

  it("lists the cascade of a VPC in both languages", () => {
    const entries = describeCascade(seed(), "vpc", "vpc-main");
    expect(entries.map((e) => `${e.kind}:${e.id}:${e.effect}`)).toEqual([
      "internetGateway:igw-main:deleted",
      "subnet:subnet-public-a:deleted",
      "securityGroup:sg-web:deleted",
      "instance:i-web-1:deleted",
      "volume:vol-web-1-root:deleted",
      "routeTable:rtb-main:deleted",
      "routeTable:rtb-main-public:deleted",
    ]);
    const en = cascadeMessage(seed(), "vpc", "vpc-main", "en");
    expect(en).toBe(
      "Deleting VPC main-vpc also deletes: Internet gateway igw-main, Public subnet public-a, Security group web, EC2 instance web-1, EBS volume web-1-root, Route table rtb-main, Route table rtb-main-public.",
    );
    expect(cascadeMessage(seed(), "vpc", "vpc-main", "ko")).toContain("퍼블릭 서브넷 public-a");
  });

  it("turns public subnets private when their only gateway goes, keeping the file valid", () => {
    const doc = seed();
    expect(describeCascade(doc, "internetGateway", "igw-main")).toEqual([
      { kind: "subnet", id: "subnet-public-a", effect: "made-private" },
    ]);
    const result = ok(deleteResource(doc, "internetGateway", "igw-main"));
    expect(isSubnetIdPublic(result.doc, "subnet-public-a")).toBe(false);
    expect(result.doc.routeTables.flatMap((t) => t.routes ?? [])).toEqual([]);
    expect(topology.safeParse(result.doc).success).toBe(true);
  });

  it("unassigns a deleted security group from instances", () => {
    const result = ok(deleteResource(seed(), "securityGroup", "sg-web"));
    expect(result.doc.instances[0]?.securityGroups).toEqual([]);
    expect(describeCascade(seed(), "securityGroup", "sg-web")[0]?.effect).toBe("unassigned");
  });

  it("deletes an instance's own volumes but only detaches a shared one", () => {
    let doc = ok(addInstance(seed(), { subnetId: "subnet-public-a" })).doc;
    const other = doc.instances.at(-1)?.id as string;
    doc = {
      ...doc,
      volumes: [
        ...doc.volumes,
        {
          id: "vol-shared",
          availabilityZone: "ap-northeast-2a",
          sizeGiB: 10,
          volumeType: "io2",
          multiAttach: true,
          attachments: [
            { instance: "i-web-1", device: "/dev/sdf" },
            { instance: other, device: "/dev/sdf" },
          ],
        },
      ],
    };
    const effects = describeCascade(doc, "instance", "i-web-1").map((e) => `${e.id}:${e.effect}`);
    expect(effects).toEqual(["vol-web-1-root:deleted", "vol-shared:detached"]);
    const after = ok(deleteResource(doc, "instance", "i-web-1")).doc;
    expect(after.volumes.find((v) => v.id === "vol-shared")?.attachments).toEqual([
      { instance: other, device: "/dev/sdf" },
    ]);
  });

  it("removes an Availability Zone with its subnets, instances and volumes", () => {
    const after = ok(deleteResource(seed(), "availabilityZone", "ap-northeast-2a")).doc;
    expect(after.regions[0]?.availabilityZones).toEqual([]);
    expect(after.subnets).toEqual([]);
    expect(after.instances).toEqual([]);
    expect(after.volumes).toEqual([]);
    expect(after.vpcs).toHaveLength(1);
  });

  it("deletes a volume alone", () => {
    expect(describeCascade(seed(), "volume", "vol-web-1-root")).toEqual([]);
    expect(cascadeMessage(seed(), "volume", "vol-web-1-root", "en")).toBeUndefined();
    expect(ok(deleteResource(seed(), "volume", "vol-web-1-root")).doc.volumes).toEqual([]);
  });

  it("refuses an unknown id", () => {
    expect(refusalCode(deleteResource(seed(), "subnet", "nope"))).toBe("not-found");
  });
});

import { describe, expect, it } from "vitest";
import { baseTopology, codesOf, runRule, withEdit } from "../testing/fixtures.ts";
import {
  gateways,
  subnetCidrs,
  subnetOverlaps,
  unknownRegions,
  vpcCidrSizes,
  zonesOutsideRegion,
} from "./network.ts";
import { blackholeRoutes } from "./routing.ts";

const vpcBlock = (cidr: string) =>
  withEdit((d) => {
    (d.vpcs[0] as { cidrBlock: string }).cidrBlock = cidr;
  });

const subnetBlocks = (...blocks: string[]) =>
  withEdit((d) => {
    const [first] = d.subnets;
    if (!first) throw new Error("fixture");
    d.subnets = blocks.map((cidrBlock, i) => ({ ...first, id: `subnet-${i}`, cidrBlock }));
    d.instances = [];
    d.volumes = [];
  });

describe("region-unknown", () => {
  it("accepts real Region codes", () => {
    expect(runRule(unknownRegions, baseTopology())).toEqual([]);
  });

  it("warns about a typo and suggests the nearest Region", () => {
    const doc = withEdit((d) => {
      (d.regions[0] as { id: string }).id = "ap-northest-2";
    });
    const [f] = runRule(unknownRegions, doc);
    expect(f).toMatchObject({ code: "region-unknown", path: "$.regions[0].id", resource: "ap-northest-2" });
    expect(f?.message.en).toContain("Did you mean ap-northeast-2?");
    expect(f?.message.ko).toContain("ap-northeast-2");
  });

  it("gives no suggestion when nothing is close", () => {
    const doc = withEdit((d) => {
      (d.regions[0] as { id: string }).id = "mars-central-7";
    });
    const [f] = runRule(unknownRegions, doc);
    expect(f?.message.en).not.toContain("Did you mean");
  });
});

describe("az-not-in-region", () => {
  it("passes zones named after their Region", () => {
    expect(runRule(zonesOutsideRegion, baseTopology())).toEqual([]);
  });

  it("passes the zones of the European Sovereign Cloud and an ISO Region", () => {
    for (const [region, zone] of [
      ["eusc-de-east-1", "eusc-de-east-1a"],
      ["us-iso-east-1", "us-iso-east-1a"],
    ] as const) {
      const doc = withEdit((d) => {
        Object.assign(d.regions[0] as object, { id: region, availabilityZones: [zone] });
        d.subnets = [];
        d.instances = [];
        d.volumes = [];
      });
      expect(runRule(zonesOutsideRegion, doc), region).toEqual([]);
    }
  });

  it("flags a zone whose name only starts like its Region's (ap-northeast-20a in ap-northeast-2)", () => {
    const doc = withEdit((d) => {
      d.regions[0]?.availabilityZones?.push("ap-northeast-20a");
    });
    expect(codesOf(runRule(zonesOutsideRegion, doc))).toEqual(["az-not-in-region"]);
  });

  it("flags a Region listing another Region's zone", () => {
    const doc = withEdit((d) => {
      d.regions[0]?.availabilityZones?.push("us-east-1a");
    });
    const found = runRule(zonesOutsideRegion, doc);
    expect(found.map((f) => f.path)).toEqual(["$.regions[0].availabilityZones[2]"]);
  });

  it("flags a subnet in a zone its VPC's Region doesn't list", () => {
    const doc = withEdit((d) => {
      (d.subnets[0] as { availabilityZone: string }).availabilityZone = "ap-northeast-2b";
    });
    const found = runRule(zonesOutsideRegion, doc);
    expect(codesOf(found)).toEqual(["az-not-in-region"]);
    expect(found[0]?.path).toBe("$.subnets[0].availabilityZone");
  });

  it("says a Region that lists no zones lists none, and names the zones of one that lists some", () => {
    const bare = withEdit((d) => {
      (d.regions[0] as { availabilityZones: string[] }).availabilityZones = [];
      d.volumes = [];
    });
    const [none] = runRule(zonesOutsideRegion, bare);
    expect(none?.message.en).toContain("its VPC's Region ap-northeast-2 lists no zones.");
    const other = withEdit((d) => {
      (d.subnets[0] as { availabilityZone: string }).availabilityZone = "ap-northeast-2b";
    });
    expect(runRule(zonesOutsideRegion, other)[0]?.message.en).toContain(
      "lists only ap-northeast-2a, ap-northeast-2c.",
    );
  });

  it("flags a volume in a zone no Region lists", () => {
    const doc = withEdit((d) => {
      (d.volumes[1] as { availabilityZone: string }).availabilityZone = "eu-west-1a";
    });
    expect(runRule(zonesOutsideRegion, doc).map((f) => f.path)).toEqual(["$.volumes[1].availabilityZone"]);
  });
});

describe("vpc-cidr-size", () => {
  it.each(["10.0.0.0/16", "10.0.0.0/20", "10.0.0.0/28", "172.31.0.0/16"])("accepts %s", (cidr) => {
    expect(runRule(vpcCidrSizes, vpcBlock(cidr))).toEqual([]);
  });

  it.each(["10.0.0.0/15", "10.0.0.0/8", "10.0.0.0/29", "10.0.0.0/32"])("rejects %s", (cidr) => {
    const found = runRule(vpcCidrSizes, vpcBlock(cidr));
    expect(codesOf(found)).toEqual(["vpc-cidr-size"]);
    expect(found[0]?.path).toBe("$.vpcs[0].cidrBlock");
  });

  it.each(["169.254.0.0/16", "169.254.10.0/24"])("rejects the link-local range %s", (cidr) => {
    const [f] = runRule(vpcCidrSizes, vpcBlock(cidr));
    expect(f?.code).toBe("vpc-cidr-size");
    expect(f?.message.en).toContain("169.254.0.0/16");
  });

  it("accepts blocks next to the link-local range", () => {
    expect(runRule(vpcCidrSizes, vpcBlock("169.253.0.0/16"))).toEqual([]);
    expect(runRule(vpcCidrSizes, vpcBlock("169.255.0.0/16"))).toEqual([]);
  });
});

describe("subnet-cidr-size and subnet-outside-vpc", () => {
  it("accepts a subnet equal to its VPC's block", () => {
    expect(runRule(subnetCidrs, subnetBlocks("10.0.0.0/16"))).toEqual([]);
  });

  it("accepts /28 and rejects /29", () => {
    expect(runRule(subnetCidrs, subnetBlocks("10.0.0.0/28"))).toEqual([]);
    const found = runRule(subnetCidrs, subnetBlocks("10.0.0.0/29"));
    expect(codesOf(found)).toEqual(["subnet-cidr-size"]);
    expect(found[0]?.path).toBe("$.subnets[0].cidrBlock");
  });

  it("rejects a subnet bigger than /16, which is also wider than the VPC", () => {
    expect(codesOf(runRule(subnetCidrs, subnetBlocks("10.0.0.0/15")))).toEqual([
      "subnet-cidr-size",
      "subnet-outside-vpc",
    ]);
  });

  it("rejects a subnet outside its VPC's block", () => {
    const found = runRule(subnetCidrs, subnetBlocks("10.1.0.0/24"));
    expect(codesOf(found)).toEqual(["subnet-outside-vpc"]);
    expect(found[0]?.message.en).toContain("10.0.0.0/16");
  });

  it("leaves subnets of a missing VPC to the reference rule", () => {
    const doc = withEdit((d) => {
      (d.subnets[0] as { vpc: string; cidrBlock: string }).vpc = "vpc-nope";
      (d.subnets[0] as { cidrBlock: string }).cidrBlock = "192.168.0.0/24";
    });
    expect(runRule(subnetCidrs, doc)).toEqual([]);
  });
});

describe("subnet-overlap", () => {
  it("accepts touching but not overlapping subnets", () => {
    expect(runRule(subnetOverlaps, subnetBlocks("10.0.0.0/25", "10.0.0.128/25", "10.0.1.0/24"))).toEqual([]);
  });

  it("flags the later of two overlapping subnets", () => {
    const found = runRule(subnetOverlaps, subnetBlocks("10.0.1.0/24", "10.0.0.0/23"));
    expect(codesOf(found)).toEqual(["subnet-overlap"]);
    expect(found[0]).toMatchObject({ path: "$.subnets[1].cidrBlock", resource: "subnet-1" });
  });

  it("flags identical blocks and blocks nested in a wide one", () => {
    const found = runRule(
      subnetOverlaps,
      subnetBlocks("10.0.0.0/20", "10.0.2.0/24", "10.0.4.0/24", "10.0.2.0/24"),
    );
    expect(found.map((f) => f.path).sort()).toEqual([
      "$.subnets[1].cidrBlock",
      "$.subnets[2].cidrBlock",
      "$.subnets[3].cidrBlock",
    ]);
  });

  it("finds an overlap hidden behind a shorter block in between", () => {
    // Sorted: /20 at .0, /24 at .1 (inside), /24 at .5 (inside the /20, after the /24 ended).
    const found = runRule(subnetOverlaps, subnetBlocks("10.0.5.0/24", "10.0.1.0/24", "10.0.0.0/20"));
    expect(found).toHaveLength(2);
  });

  it("ignores the same block in different VPCs", () => {
    const doc = withEdit((d) => {
      d.vpcs.push({ id: "vpc-2", region: "ap-northeast-2", cidrBlock: "10.0.0.0/16" });
      (d.subnets[1] as { vpc: string; cidrBlock: string }).vpc = "vpc-2";
      (d.subnets[1] as { cidrBlock: string }).cidrBlock = "10.0.0.0/24";
    });
    expect(runRule(subnetOverlaps, doc)).toEqual([]);
  });

  it("suggests a free block after the one it overlaps", () => {
    const [f] = runRule(subnetOverlaps, subnetBlocks("10.0.0.0/24", "10.0.0.0/24"));
    expect(f?.message.en).toContain("10.0.1.0/24");
  });
});

describe("igw-multiple and public-subnet-no-igw", () => {
  it("accepts one gateway per VPC", () => {
    expect(runRule(gateways, baseTopology())).toEqual([]);
  });

  it("flags a second gateway on the same VPC", () => {
    const doc = withEdit((d) => {
      d.internetGateways.push({ id: "igw-2", vpc: "vpc-1" });
    });
    const found = runRule(gateways, doc);
    expect(codesOf(found)).toEqual(["igw-multiple"]);
    expect(found[0]).toMatchObject({ path: "$.internetGateways[1].vpc", resource: "igw-2" });
  });

  it("doesn't count detached gateways (vpc null)", () => {
    const doc = withEdit((d) => {
      d.internetGateways.push({ id: "igw-2", vpc: null }, { id: "igw-3", vpc: null });
    });
    expect(runRule(gateways, doc)).toEqual([]);
  });

  it("flags a public subnet whose VPC has no attached gateway, even with a detached one around", () => {
    const doc = withEdit((d) => {
      (d.internetGateways[0] as { vpc: string | null }).vpc = null;
    });
    const found = runRule(gateways, doc);
    expect(codesOf(found)).toEqual(["public-subnet-no-igw"]);
    expect(found[0]?.path).toBe("$.subnets[0]");
  });

  it("claims no blackhole for a route to an external gateway (where it is attached is unknown)", () => {
    const doc = withEdit((d) => {
      d.internetGateways = [{ id: "igw-1", external: true }];
    });
    expect(runRule(gateways, doc)).toEqual([]);
  });

  it("doesn't say the VPC has no gateway when the document doesn't describe its gateways; the detached one's route is a blackhole", () => {
    const doc = withEdit((d) => {
      (d.internetGateways[0] as { vpc: string | null }).vpc = null;
      for (const v of d.vpcs) if (v.external !== true) v.internetGatewayUnknown = true;
    });
    expect(runRule(gateways, doc)).toEqual([]);
    expect(codesOf(runRule(blackholeRoutes, doc))).toEqual(["route-blackhole"]);
  });

  it("doesn't ask a private subnet for a gateway", () => {
    const doc = withEdit((d) => {
      d.internetGateways = [];
      d.routeTables = d.routeTables.filter((t) => t.id !== "rtb-public");
    });
    expect(runRule(gateways, doc)).toEqual([]);
  });
});

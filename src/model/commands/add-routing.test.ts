import { describe, expect, it } from "vitest";
import { isSubnetIdPublic, networkAclOf, routeTableOf } from "../routing.ts";
import { ok, refusalCode, seed } from "../testing/commands.ts";
import { indexTopology } from "../topology-index.ts";
import { checkRules } from "../validate.ts";
import { addSubnet } from "./add-network.ts";
import { addElasticIp, addNatGateway, addNetworkAcl, addRouteTable } from "./add-routing.ts";
import { refusalMessage } from "./refusals.ts";

const subnetOf = (doc: ReturnType<typeof seed>, id: string) => {
  const s = indexTopology(doc).subnets.get(id);
  if (!s) throw new Error(`no subnet ${id}`);
  return s;
};

describe("addNatGateway", () => {
  it("creates a public NAT gateway in the subnet with a new Elastic IP, as AWS requires", () => {
    const r = ok(addNatGateway(seed(), { subnetId: "subnet-public-a" }));
    expect(r.doc.natGateways).toEqual([{ id: "nat-1", subnet: "subnet-public-a", connectivity: "public" }]);
    expect(r.doc.elasticIps).toEqual([{ id: "eipalloc-1", natGateway: "nat-1" }]);
    expect(r.selection).toBe("nat-1");
    const codes = checkRules(r.doc).map((d) => d.code);
    expect(codes.filter((c) => c.startsWith("nat") || c.startsWith("eip"))).toEqual([]);
  });

  it("gives the private subnets their way out: the main table sends 0.0.0.0/0 to it", () => {
    const r = ok(addNatGateway(seed(), { subnetId: "subnet-public-a" }));
    const main = r.doc.routeTables.find((t) => t.main === true);
    expect(main?.routes).toEqual([{ destination: "0.0.0.0/0", target: "nat-1" }]);
    // A second NAT gateway leaves the existing route alone.
    const again = ok(addNatGateway(r.doc, { subnetId: "subnet-public-a" }));
    expect(again.doc.routeTables.find((t) => t.main === true)?.routes).toEqual(main?.routes);
    // The public subnet keeps its own table and stays public.
    expect(isSubnetIdPublic(again.doc, "subnet-public-a")).toBe(true);
  });

  it("refuses an unknown subnet", () => {
    expect(refusalCode(addNatGateway(seed(), { subnetId: "nope" }))).toBe("not-found");
  });
});

describe("addRouteTable", () => {
  it("on a subnet: a new table with no routes, and the subnet moves to it (one table per subnet)", () => {
    const r = ok(addRouteTable(seed(), { subnetId: "subnet-public-a" }));
    const table = r.doc.routeTables.find((t) => t.id === r.selection);
    expect(table).toMatchObject({ vpc: "vpc-main", subnets: ["subnet-public-a"], routes: [] });
    const listing = r.doc.routeTables.filter((t) => (t.subnets ?? []).includes("subnet-public-a"));
    expect(listing.map((t) => t.id)).toEqual([table?.id]);
    // Its new table has no way to the internet: the subnet is private now, as in AWS.
    expect(isSubnetIdPublic(r.doc, "subnet-public-a")).toBe(false);
    expect(routeTableOf(indexTopology(r.doc), subnetOf(r.doc, "subnet-public-a"))?.id).toBe(table?.id);
  });

  it("on a VPC: a new table associated with nothing", () => {
    const r = ok(addRouteTable(seed(), { vpcId: "vpc-main" }));
    const table = r.doc.routeTables.find((t) => t.id === r.selection);
    expect(table).toEqual({ id: table?.id, vpc: "vpc-main", routes: [] });
    expect(isSubnetIdPublic(r.doc, "subnet-public-a")).toBe(true);
  });
});

describe("addNetworkAcl", () => {
  it("on a subnet: an ACL allowing all (like the default one) that the subnet now uses", () => {
    const r = ok(addNetworkAcl(seed(), { subnetId: "subnet-public-a" }));
    const acl = r.doc.networkAcls.find((a) => a.id === r.selection);
    const allowAll = [{ ruleNumber: 100, action: "allow", protocol: "-1", cidr: "0.0.0.0/0" }];
    expect(acl).toMatchObject({
      vpc: "vpc-main",
      subnets: ["subnet-public-a"],
      ingress: allowAll,
      egress: allowAll,
    });
    expect(networkAclOf(indexTopology(r.doc), subnetOf(r.doc, "subnet-public-a"))?.id).toBe(acl?.id);
  });

  it("a second ACL on the same subnet takes the association from the first", () => {
    const first = ok(addNetworkAcl(seed(), { subnetId: "subnet-public-a" }));
    const second = ok(addNetworkAcl(first.doc, { subnetId: "subnet-public-a" }));
    const listing = second.doc.networkAcls.filter((a) => (a.subnets ?? []).includes("subnet-public-a"));
    expect(listing.map((a) => a.id)).toEqual([second.selection]);
  });
});

describe("addElasticIp", () => {
  it("associates a new Elastic IP with an instance", () => {
    const r = ok(addElasticIp(seed(), { instanceId: "i-web-1" }));
    expect(r.doc.elasticIps).toEqual([{ id: "eipalloc-1", instance: "i-web-1" }]);
  });

  it("refuses a second one on the same target and a private NAT gateway, saying why", () => {
    const withNat = ok(addNatGateway(seed(), { subnetId: "subnet-public-a" })).doc;
    const again = addElasticIp(withNat, { natGatewayId: "nat-1" });
    expect(refusalCode(again)).toBe("eip-already-associated");
    if (!again.ok) expect(refusalMessage(again.reason, "en")).toContain("NAT gateway nat-1");
    const privateNat = {
      ...withNat,
      natGateways: [{ id: "nat-1", subnet: "subnet-public-a", connectivity: "private" as const }],
      elasticIps: [],
    };
    const refused = addElasticIp(privateNat, { natGatewayId: "nat-1" });
    expect(refusalCode(refused)).toBe("eip-private-nat");
    if (!refused.ok) expect(refusalMessage(refused.reason, "ko")).toContain("프라이빗 NAT 게이트웨이");
  });
});

describe("public and private subnets from the palette", () => {
  it("a private subnet uses the main table; a public one the VPC's public table", () => {
    const priv = ok(addSubnet(seed(), { vpcId: "vpc-main", az: "ap-northeast-2a", public: false }));
    expect(isSubnetIdPublic(priv.doc, priv.selection ?? "")).toBe(false);
    const pub = ok(addSubnet(seed(), { vpcId: "vpc-main", az: "ap-northeast-2a", public: true }));
    expect(isSubnetIdPublic(pub.doc, pub.selection ?? "")).toBe(true);
  });
});

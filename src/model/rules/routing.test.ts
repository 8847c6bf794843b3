import { describe, expect, it } from "vitest";
import type { RouteTable, Topology } from "../schema.ts";
import { baseTopology, codesOf, runRule, withEdit } from "../testing/fixtures.ts";
import { gateways } from "./network.ts";
import { blackholeRoutes, defaultNetworkAcls, routeTableVpcs } from "./routing.ts";

/** The base document plus a second VPC with a subnet, an attached gateway and an instance. */
const withSecondVpc = (edit: (d: Topology) => void) =>
  withEdit((d) => {
    d.vpcs.push({ id: "vpc-2", region: "ap-northeast-2", cidrBlock: "10.1.0.0/16" });
    d.subnets.push({
      id: "subnet-2",
      vpc: "vpc-2",
      availabilityZone: "ap-northeast-2a",
      cidrBlock: "10.1.0.0/24",
    });
    d.internetGateways.push({ id: "igw-2", vpc: "vpc-2" });
    d.instances.push({ id: "i-2", subnet: "subnet-2", instanceType: "t3.micro" });
    d.natGateways.push({ id: "nat-2", subnet: "subnet-2" });
    d.elasticIps.push({ id: "eipalloc-2", natGateway: "nat-2" });
    edit(d);
  });
const route = (target: string, destination = "192.0.2.0/24") => ({ destination, target });

describe("route-table-other-vpc", () => {
  it("passes tables whose subnets and targets are in their own VPC", () => {
    expect(runRule(routeTableVpcs, baseTopology())).toEqual([]);
    expect(
      runRule(
        routeTableVpcs,
        withSecondVpc(() => {}),
      ),
    ).toEqual([]);
  });

  it("flags a subnet of another VPC, where it is listed", () => {
    const doc = withSecondVpc((d) => {
      d.routeTables[1]?.subnets?.push("subnet-2");
    });
    const found = runRule(routeTableVpcs, doc);
    expect(codesOf(found)).toEqual(["route-table-other-vpc"]);
    expect(found[0]).toMatchObject({
      path: "$.routeTables[1].subnets[1]",
      resource: "rtb-public",
      messageId: "route-table-other-vpc.subnet",
      others: ["subnet-2"],
    });
    expect(found[0]?.message.ko).toContain("서브넷 subnet-2를");
  });

  it("flags a gateway, NAT gateway or instance of another VPC as a route's target", () => {
    const doc = withSecondVpc((d) => {
      (d.routeTables[0] as RouteTable).routes.push(
        route("igw-2", "0.0.0.0/0"),
        route("nat-2"),
        route("i-2", "198.51.100.0/24"),
      );
    });
    const found = runRule(routeTableVpcs, doc);
    expect(found.map((f) => [f.path, f.params])).toEqual([
      [
        "$.routeTables[0].routes[0].target",
        { who: "rtb-main", vpc: "vpc-1", target: "igw-2", kind: "internetGateway", otherVpc: "vpc-2" },
      ],
      [
        "$.routeTables[0].routes[1].target",
        { who: "rtb-main", vpc: "vpc-1", target: "nat-2", kind: "natGateway", otherVpc: "vpc-2" },
      ],
      [
        "$.routeTables[0].routes[2].target",
        { who: "rtb-main", vpc: "vpc-1", target: "i-2", kind: "instance", otherVpc: "vpc-2" },
      ],
    ]);
    expect(found[1]?.message.en).toContain("to NAT gateway nat-2 in VPC vpc-2");
  });

  it("skips what the document doesn't know: external targets, undrawn targets, unknown VPCs, detached gateways", () => {
    const doc = withSecondVpc((d) => {
      d.internetGateways.push({ id: "igw-ext", external: true }, { id: "igw-old", vpc: null });
      (d.routeTables[0] as RouteTable).routes.push(
        route("igw-ext"),
        route("pcx-1234"),
        route("igw-old", "198.51.100.0/24"),
      );
      d.routeTables.push({
        id: "rtb-lost",
        vpc: "vpc-nope",
        subnets: ["subnet-pub"],
        routes: [route("igw-1")],
      });
      d.routeTables.push({ id: "rtb-ext", external: true, vpc: "vpc-1", subnets: ["subnet-2"] });
    });
    expect(runRule(routeTableVpcs, doc)).toEqual([]);
  });
});

describe("route-blackhole", () => {
  it("warns about a route to a gateway attached to no VPC", () => {
    const doc = withEdit((d) => {
      d.internetGateways.push({ id: "igw-old", name: "old", vpc: null });
      (d.routeTables[1] as RouteTable).routes.push(route("igw-old"));
    });
    const found = runRule(blackholeRoutes, doc);
    expect(codesOf(found)).toEqual(["route-blackhole"]);
    expect(found[0]).toMatchObject({ path: "$.routeTables[1].routes[1].target", resource: "rtb-public" });
    expect(found[0]?.message.en).toContain("internet gateway old");
  });

  it("warns about 0.0.0.0/0 to a detached gateway while the VPC has another one attached", () => {
    const doc = withEdit((d) => {
      d.internetGateways.push({ id: "igw-old", vpc: null });
      (d.routeTables[1] as { routes: unknown[] }).routes = [route("igw-old", "0.0.0.0/0")];
    });
    expect(codesOf(runRule(blackholeRoutes, doc))).toEqual(["route-blackhole"]);
    expect(runRule(gateways, doc)).toEqual([]);
  });

  it("leaves a public subnet's route in a VPC without any gateway to public-subnet-no-igw", () => {
    const doc = withEdit((d) => {
      (d.internetGateways[0] as { vpc: string | null }).vpc = null;
    });
    expect(runRule(blackholeRoutes, doc)).toEqual([]);
    expect(codesOf(runRule(gateways, doc))).toEqual(["public-subnet-no-igw"]);
  });

  it("still warns when no subnet uses the table", () => {
    const doc = withEdit((d) => {
      (d.internetGateways[0] as { vpc: string | null }).vpc = null;
      (d.routeTables[1] as { subnets: string[] }).subnets = [];
    });
    expect(codesOf(runRule(blackholeRoutes, doc))).toEqual(["route-blackhole"]);
  });

  it("passes attached and external gateways", () => {
    const doc = withEdit((d) => {
      d.internetGateways.push({ id: "igw-ext", external: true });
      (d.routeTables[1] as RouteTable).routes.push(route("igw-ext"));
    });
    expect(runRule(blackholeRoutes, doc)).toEqual([]);
  });
});

describe("acl-default-multiple", () => {
  const acl = (id: string, vpc: string, extra: object = {}) => ({
    id,
    vpc,
    default: true,
    ingress: [],
    egress: [],
    ...extra,
  });

  it("passes one default network ACL in each VPC", () => {
    const doc = withSecondVpc((d) => {
      d.networkAcls.push(acl("acl-1", "vpc-1"), acl("acl-2", "vpc-2"), {
        ...acl("acl-3", "vpc-1"),
        default: false,
      });
    });
    expect(runRule(defaultNetworkAcls, doc)).toEqual([]);
  });

  it("reports a second default network ACL in one VPC on its default key, naming the first", () => {
    const doc = withEdit((d) => {
      d.networkAcls.push(acl("acl-1", "vpc-1", { name: "first" }), acl("acl-2", "vpc-1"));
    });
    const found = runRule(defaultNetworkAcls, doc);
    expect(codesOf(found)).toEqual(["acl-default-multiple"]);
    expect(found[0]).toMatchObject({
      path: "$.networkAcls[1].default",
      resource: "acl-2",
    });
    expect(found[0]?.message.en).toContain("VPC vpc-1 already has the default network ACL first");
    expect(found[0]?.message.ko).toContain("기본 네트워크 ACL first가 있습니다");
  });

  it("leaves an ACL outside the document alone (its settings are unknown)", () => {
    const doc = withEdit((d) => {
      d.networkAcls.push(acl("acl-1", "vpc-1"), { id: "acl-ext", external: true });
    });
    expect(runRule(defaultNetworkAcls, doc)).toEqual([]);
  });
});

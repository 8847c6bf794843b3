import { describe, expect, it } from "vitest";
import { baseTopology, codesOf, outsideVpcTopology, runRule, withEdit } from "../testing/fixtures.ts";
import { elasticIpAssociations, natGatewaysWithoutInternet } from "./addresses.ts";

describe("nat-gateway-no-internet", () => {
  it("passes a public NAT gateway with an Elastic IP in a public subnet, and a private one alone", () => {
    const doc = withEdit((d) => {
      d.natGateways.push(
        { id: "nat-1", subnet: "subnet-pub" },
        { id: "nat-p", subnet: "subnet-priv", connectivity: "private" },
      );
      d.elasticIps.push({ id: "eipalloc-1", natGateway: "nat-1" });
    });
    expect(runRule(natGatewaysWithoutInternet, doc)).toEqual([]);
  });

  it("warns about a public NAT gateway without an Elastic IP", () => {
    const doc = withEdit((d) => {
      d.natGateways.push({ id: "nat-1", name: "nat-a", subnet: "subnet-pub" });
    });
    const found = runRule(natGatewaysWithoutInternet, doc);
    expect(found.map((f) => [f.code, f.path, f.messageId])).toEqual([
      ["nat-gateway-no-internet", "$.natGateways[0]", "nat-gateway-no-internet.eip"],
    ]);
    expect(found[0]?.message.ko).toContain("NAT 게이트웨이 nat-a는");
  });

  it("warns about a public NAT gateway in a subnet that is not public, and about both at once", () => {
    const doc = withEdit((d) => {
      d.natGateways.push({ id: "nat-1", subnet: "subnet-priv", connectivity: "public" });
    });
    const found = runRule(natGatewaysWithoutInternet, doc);
    expect(found.map((f) => f.messageId)).toEqual([
      "nat-gateway-no-internet.eip",
      "nat-gateway-no-internet.subnet",
    ]);
    expect(found[1]).toMatchObject({ path: "$.natGateways[0].subnet", others: ["subnet-priv"] });
  });

  it("counts an external Elastic IP that names the NAT gateway, and skips what is outside the document", () => {
    const doc = withEdit((d) => {
      d.subnets.push({ id: "subnet-ext", external: true });
      d.natGateways.push(
        { id: "nat-1", subnet: "subnet-pub" },
        { id: "nat-2", subnet: "subnet-ext" },
        { id: "nat-ext", external: true, subnet: "subnet-priv" },
      );
      d.elasticIps.push(
        { id: "eipalloc-x", external: true, natGateway: "nat-1" },
        { id: "eipalloc-2", natGateway: "nat-2" },
      );
    });
    expect(runRule(natGatewaysWithoutInternet, doc)).toEqual([]);
  });
});

describe("nat-gateway-no-internet in a VPC outside the document", () => {
  it("is quiet about a subnet whose routes are outside the document, not about one known private", () => {
    const doc = outsideVpcTopology();
    doc.natGateways.push({ id: "nat-1", subnet: "subnet-priv" });
    doc.elasticIps.push({ id: "eipalloc-1", natGateway: "nat-1" });
    expect(runRule(natGatewaysWithoutInternet, doc)).toEqual([]);
    // The same subnet with a table of its own in the document that doesn't route out: private.
    doc.routeTables.push({ id: "rtb-priv", vpc: "vpc-1", subnets: ["subnet-priv"], routes: [] });
    expect(codesOf(runRule(natGatewaysWithoutInternet, doc))).toEqual(["nat-gateway-no-internet"]);
  });
});

describe("eip-association-multiple", () => {
  it("passes different addresses, and Elastic IPs whose address isn't written", () => {
    const doc = withEdit((d) => {
      d.elasticIps.push(
        { id: "eipalloc-1", publicIp: "203.0.113.10", instance: "i-web" },
        { id: "eipalloc-2", publicIp: "203.0.113.11", instance: "i-app" },
        { id: "eipalloc-3" },
        { id: "eipalloc-4" },
      );
    });
    expect(runRule(elasticIpAssociations, doc)).toEqual([]);
    expect(runRule(elasticIpAssociations, baseTopology())).toEqual([]);
  });

  it("refuses one address written as two Elastic IPs, at the second, naming both associations", () => {
    const doc = withEdit((d) => {
      d.elasticIps.push(
        { id: "eipalloc-1", publicIp: "203.0.113.10", instance: "i-web" },
        { id: "eipalloc-2", publicIp: "203.0.113.10", instance: "i-app" },
      );
    });
    const found = runRule(elasticIpAssociations, doc);
    expect(codesOf(found)).toEqual(["eip-association-multiple"]);
    expect(found[0]).toMatchObject({
      path: "$.elasticIps[1].publicIp",
      resource: "eipalloc-2",
      others: ["eipalloc-1"],
    });
    expect(found[0]?.message.en).toContain("associated with i-web; this one with i-app");
    expect(found[0]?.message.ko).toContain("203.0.113.10은");
  });

  it("refuses the repeat even when one of them is associated with nothing", () => {
    const doc = withEdit((d) => {
      d.elasticIps.push(
        { id: "eipalloc-1", publicIp: "203.0.113.10" },
        { id: "eipalloc-2", publicIp: "203.0.113.10", instance: "i-app" },
      );
    });
    const found = runRule(elasticIpAssociations, doc);
    expect(codesOf(found)).toEqual(["eip-association-multiple"]);
    expect(found[0]?.message.en).not.toContain("this one with");
  });
});

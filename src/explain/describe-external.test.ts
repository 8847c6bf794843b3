import { describe, expect, it } from "vitest";
import { showcaseTopology } from "../model/examples/showcase.ts";
import { type Topology, topology } from "../model/schema.ts";
import { indexTopology } from "../model/topology-index.ts";
import { describeResource } from "./describe.ts";
import { referrersOf } from "./describe-external.ts";

/** A NAT template's shape: the VPC, subnet and route table come from another stack (Fn::ImportValue). */
function importedDoc(): Topology {
  return topology.parse({
    version: 2,
    name: "nat stack",
    regions: [{ id: "us-east-1", availabilityZones: ["us-east-1a"] }],
    vpcs: [{ id: "Parent-VPC", external: true }],
    internetGateways: [],
    subnets: [{ id: "Parent-SubnetAPublic", name: "public-a", external: true }],
    securityGroups: [],
    instances: [{ id: "web", subnet: "Parent-SubnetAPublic", instanceType: "t3.nano" }],
    volumes: [],
    routeTables: [
      {
        id: "Parent-RouteTableAPrivate",
        external: true,
        routes: [{ destination: "0.0.0.0/0", target: "nat" }],
      },
    ],
    natGateways: [{ id: "nat", subnet: "Parent-SubnetAPublic" }],
    elasticIps: [],
    networkAcls: [],
  });
}

const view = (doc: Topology, id: string, lang: "en" | "ko" = "en") => {
  const v = describeResource(doc, indexTopology(doc), id, lang);
  if (!v) throw new Error(`no details for ${id}`);
  return v;
};

describe("details of a resource defined outside the document", () => {
  it("says only its id is known here, why, and how to see it whole; lists what refers to it", () => {
    const v = view(importedDoc(), "Parent-SubnetAPublic");
    expect(v.heading).toBe("Subnet");
    expect(v.name).toBe("public-a");
    expect(v.idLine).toBe("Id: Parent-SubnetAPublic");
    const [defined] = v.properties;
    expect(defined?.value).toBe("Outside this document");
    expect(defined?.lines?.join(" ")).toMatch(/by its id only/);
    // Its label is a guess until the route table is known: the panel says so.
    expect(defined?.lines?.join(" ")).toMatch(
      /drawn grey, as a subnet neither public nor private, until its source is imported/,
    );
    expect(v.relations).toEqual([
      {
        label: "Referred to by",
        items: [
          { label: "EC2 instance web", target: "web" },
          { label: "NAT gateway nat", target: "nat" },
        ],
      },
    ]);
    expect(v.subnetExposure).toBeUndefined();
    // Its VPC is unknown, so its trail would be only itself: none is shown.
    expect(v.location).toEqual([]);
  });

  it("counts a route written here into another stack's table as a reference", () => {
    expect(referrersOf(importedDoc(), "nat")).toEqual(["Parent-RouteTableAPrivate"]);
    expect(referrersOf(importedDoc(), "Parent-VPC")).toEqual([]);
    const vpc = view(importedDoc(), "Parent-VPC");
    expect(vpc.properties[0]?.lines?.join(" ")).not.toMatch(/private subnet/);
    expect(vpc.relations).toEqual([]);
  });

  it("reads in Korean, and places an instance of another stack in its subnet here", () => {
    const ko = view(importedDoc(), "Parent-SubnetAPublic", "ko");
    expect(ko.properties[0]?.value).toBe("이 문서 밖");
    expect(ko.relations[0]?.label).toBe("이 리소스를 참조하는 리소스");
    expect(JSON.stringify(ko.properties)).not.toMatch(/\b(the|its|is|and)\b/);
    const bastion = view(showcaseTopology(), "i-bastion");
    expect(bastion.name).toBe("bastion (ops stack)");
    expect(bastion.reachability).toBeUndefined();
    expect(bastion.location.map((c) => c.target)).toEqual(["subnet-web-c", "i-bastion"]);
  });

  it("says a gateway that records its VPC makes that VPC's subnets public; the subnet lists it", () => {
    const doc = topology.parse({
      version: 2,
      regions: [{ id: "us-east-1", availabilityZones: ["us-east-1a"] }],
      vpcs: [{ id: "vpc-1", region: "us-east-1", cidrBlock: "10.0.0.0/16" }],
      internetGateways: [{ id: "igw-outside", external: true, vpc: "vpc-1" }],
      subnets: [{ id: "subnet-1", vpc: "vpc-1", availabilityZone: "us-east-1a", cidrBlock: "10.0.1.0/24" }],
      routeTables: [
        {
          id: "rtb-1",
          vpc: "vpc-1",
          main: true,
          routes: [{ destination: "0.0.0.0/0", target: "igw-outside" }],
        },
      ],
    });
    const gateway = view(doc, "igw-outside");
    expect(gateway.properties[0]?.lines?.join(" ")).toMatch(
      /subnets whose route table sends internet traffic to it count as public/,
    );
    expect(view(doc, "igw-outside", "ko").properties[0]?.lines?.join(" ")).toMatch(/퍼블릭으로 봅니다/);
    const subnet = view(doc, "subnet-1");
    expect(subnet.heading).toBe("Public subnet");
    expect(subnet.relations.find((r) => r.label === "Internet gateway")?.items).toEqual([
      { label: "Internet gateway igw-outside", target: "igw-outside" },
    ]);
    // Recording no VPC, it leaves the attachment unknown: nothing is public because of it.
    const unknown = structuredClone(doc);
    unknown.internetGateways = [{ id: "igw-outside", external: true }];
    expect(view(unknown, "subnet-1").heading).toBe("Private subnet");
    expect(view(unknown, "igw-outside").properties[0]?.lines?.join(" ")).not.toMatch(/count as public/);
  });
});

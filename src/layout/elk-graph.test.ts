import type { ElkNode } from "elkjs/lib/elk-api.js";
import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import {
  availabilityZoneNodeId,
  INTERNET_NODE_ID,
  parseAvailabilityZoneNodeId,
  ROOT_NODE_ID,
} from "../model/node-ids.ts";
import { emptyTopology, type Topology, topology } from "../model/schema.ts";
import { toDiagramGraph, withEdges } from "./elk-graph.ts";

const seedDoc = () => topology.parse(seed);

function parentOf(graph: ElkNode, id: string, parent = ROOT_NODE_ID): string | undefined {
  for (const c of graph.children ?? []) {
    if (c.id === id) return parent;
    const found = parentOf(c, id, c.id);
    if (found) return found;
  }
  return undefined;
}

/** A small document with one of every situation the nesting rules care about. */
function tricky(): Topology {
  const doc = emptyTopology("tricky");
  doc.regions.push({ id: "r1", availabilityZones: ["r1a", "r1b"] });
  doc.vpcs.push({ id: "v1", region: "r1", cidrBlock: "10.0.0.0/16" });
  doc.vpcs.push({ id: "v-lost", region: "nowhere", cidrBlock: "10.1.0.0/16" });
  doc.internetGateways.push(
    { id: "g1", vpc: "v1" },
    { id: "g-free", vpc: null },
    { id: "g-bad", vpc: "nope" },
  );
  doc.subnets.push(
    { id: "priv", vpc: "v1", availabilityZone: "r1a", cidrBlock: "10.0.2.0/24" },
    { id: "pub", vpc: "v1", availabilityZone: "r1a", cidrBlock: "10.0.1.0/24" },
    { id: "odd-zone", vpc: "v1", availabilityZone: "r9z", cidrBlock: "10.0.3.0/24" },
  );
  doc.routeTables.push({
    id: "rtb-pub",
    vpc: "v1",
    subnets: ["pub"],
    routes: [{ destination: "0.0.0.0/0", target: "g1" }],
  });
  doc.instances.push(
    { id: "i1", subnet: "pub", instanceType: "t3.micro" },
    { id: "i-lost", subnet: "nope", instanceType: "t3.micro" },
  );
  doc.volumes.push(
    {
      id: "root1",
      availabilityZone: "r1a",
      sizeGiB: 8,
      volumeType: "gp3",
      attachments: [{ instance: "i1", device: "/dev/xvda" }],
    },
    { id: "spare", availabilityZone: "r1b", sizeGiB: 8, volumeType: "gp3" },
    { id: "far", availabilityZone: "elsewhere-1a", sizeGiB: 8, volumeType: "gp3" },
    {
      id: "ghost",
      availabilityZone: "r1a",
      sizeGiB: 8,
      volumeType: "gp3",
      attachments: [{ instance: "gone", device: "/dev/sdf" }],
    },
  );
  return doc;
}

describe("toDiagramGraph", () => {
  it("nests the seed example Region › VPC › zone › subnet › instance, gateway on the VPC", () => {
    const { graph, meta } = toDiagramGraph(seedDoc());
    const zone = availabilityZoneNodeId("vpc-main", "ap-northeast-2a");
    expect(parentOf(graph, "vpc-main")).toBe("ap-northeast-2");
    expect(parentOf(graph, zone)).toBe("vpc-main");
    expect(parentOf(graph, "subnet-public-a")).toBe(zone);
    expect(parentOf(graph, "i-web-1")).toBe("subnet-public-a");
    expect(parentOf(graph, "vol-web-1-root")).toBe("subnet-public-a");
    expect(meta.get("vol-web-1-root")?.besideOf).toBe("i-web-1");
    expect(parentOf(graph, "igw-main")).toBe("vpc-main");
    expect(parentOf(graph, INTERNET_NODE_ID)).toBe(ROOT_NODE_ID);
  });

  it("gives leaves a size and containers children, the way elkjs expects", () => {
    const { graph } = toDiagramGraph(seedDoc());
    const visit = (n: ElkNode) => {
      if (n.children && n.children.length > 0) n.children.forEach(visit);
      else {
        expect(n.width).toBeGreaterThan(0);
        expect(n.height).toBeGreaterThan(0);
      }
    };
    visit(graph);
  });

  it("draws the Internet -> gateway -> public subnet and instance -> volume edges", () => {
    const { edges } = toDiagramGraph(seedDoc());
    expect(edges.map((e) => [e.kind, e.source, e.target])).toEqual(
      expect.arrayContaining([
        ["internet", INTERNET_NODE_ID, "igw-main"],
        ["public", "igw-main", "subnet-public-a"],
        ["attach", "i-web-1", "vol-web-1-root"],
      ]),
    );
    expect(edges).toHaveLength(3);
    const root = withEdges(toDiagramGraph(seedDoc()));
    expect(root.edges?.map((e) => e.sources[0])).toContain(INTERNET_NODE_ID);
  });

  it("parks what broken references leave behind instead of failing", () => {
    const { graph } = toDiagramGraph(tricky());
    expect(parentOf(graph, "v-lost")).toBe(ROOT_NODE_ID);
    expect(parentOf(graph, "i-lost")).toBe(ROOT_NODE_ID);
    expect(parentOf(graph, "g-free")).toBe("r1");
    expect(parentOf(graph, "g-bad")).toBe("r1");
    expect(parentOf(graph, "far")).toBe(ROOT_NODE_ID);
    // A volume attached to a missing instance is loose in its zone.
    expect(parentOf(graph, "ghost")).toBe(availabilityZoneNodeId("v1", "r1a"));
  });

  it("nests what the document puts in a VPC outside it: Region > VPC > zone > subnet > instance", () => {
    // A template whose VPC is another stack's (Fn::ImportValue): the VPC is a placeholder, its subnets not.
    const doc = topology.parse({
      version: 2,
      regions: [{ id: "eu-west-1", availabilityZones: ["eu-west-1a"] }],
      vpcs: [
        { id: "shared", external: true },
        { id: "recorded", external: true, region: "eu-west-1" },
      ],
      internetGateways: [{ id: "igw", vpc: "shared" }],
      subnets: [
        { id: "app", vpc: "shared", cidrBlock: "10.1.1.0/24", availabilityZone: "eu-west-1a" },
        { id: "loose", external: true },
      ],
      securityGroups: [],
      instances: [{ id: "i-app", subnet: "app", instanceType: "t3.micro" }],
      volumes: [],
      routeTables: [],
      natGateways: [],
      elasticIps: [],
      networkAcls: [],
    });
    const { graph } = toDiagramGraph(doc);
    // No Region recorded: the one its subnets' zones are in.
    expect(parentOf(graph, "shared")).toBe("eu-west-1");
    expect(parentOf(graph, "recorded")).toBe("eu-west-1");
    expect(parentOf(graph, "app")).toBe(availabilityZoneNodeId("shared", "eu-west-1a"));
    expect(parentOf(graph, availabilityZoneNodeId("shared", "eu-west-1a"))).toBe("shared");
    expect(parentOf(graph, "i-app")).toBe("app");
    expect(parentOf(graph, "igw")).toBe("shared");
    // Nothing says where a placeholder subnet of no known VPC is.
    expect(parentOf(graph, "loose")).toBe(ROOT_NODE_ID);
  });

  it("puts loose volumes in their zone's box, and a zone box for every listed zone", () => {
    const { graph } = toDiagramGraph(tricky());
    expect(parentOf(graph, "spare")).toBe(availabilityZoneNodeId("v1", "r1b"));
    expect(parentOf(graph, availabilityZoneNodeId("v1", "r1a"))).toBe("v1");
    expect(parentOf(graph, availabilityZoneNodeId("v1", "r1b"))).toBe("v1");
    // A subnet in a zone its Region doesn't list still gets a zone box to live in.
    expect(parentOf(graph, "odd-zone")).toBe(availabilityZoneNodeId("v1", "r9z"));
  });

  it("lists public subnets before private ones in a zone", () => {
    const { graph } = toDiagramGraph(tricky());
    const find = (n: ElkNode, id: string): ElkNode | undefined =>
      n.id === id ? n : (n.children ?? []).map((c) => find(c, id)).find(Boolean);
    const zone = find(graph, availabilityZoneNodeId("v1", "r1a"));
    expect(zone?.children?.map((c) => c.id).slice(0, 2)).toEqual(["pub", "priv"]);
  });

  it("folds a container: its content disappears, its edges end on it", () => {
    const { graph, meta, edges } = toDiagramGraph(seedDoc(), { collapsed: ["subnet-public-a"] });
    expect(meta.get("subnet-public-a")?.collapsed).toBe(true);
    expect(meta.get("subnet-public-a")?.hiddenCount).toBe(2);
    expect(meta.has("i-web-1")).toBe(false);
    expect(parentOf(graph, "i-web-1")).toBeUndefined();
    expect(edges.filter((e) => e.kind === "attach")).toEqual([]);
    expect(edges.some((e) => e.target === "subnet-public-a")).toBe(true);
  });

  it("keeps duplicate ids apart", () => {
    const doc = seedDoc();
    doc.instances.push({ ...(doc.instances[0] as Topology["instances"][number]) });
    const { meta } = toDiagramGraph(doc);
    expect(meta.has("i-web-1")).toBe(true);
    expect(meta.get("i-web-1~2")?.resourceId).toBe("i-web-1");
  });
  it("its AZ boxes read back to their VPC, whatever the VPC's id (also one a Region shares)", () => {
    for (const vpcId of ["vpc~2", "a/b", "ap-northeast-2", "100%"]) {
      const doc = topology.parse({
        version: 2,
        regions: [{ id: "ap-northeast-2", availabilityZones: ["ap-northeast-2a"] }],
        vpcs: [{ id: vpcId, region: "ap-northeast-2", cidrBlock: "10.0.0.0/16" }],
      });
      const zones = [...toDiagramGraph(doc).meta.values()].filter((m) => m.kind === "availabilityZone");
      expect(zones.map((m) => parseAvailabilityZoneNodeId(m.id))).toEqual([
        { owner: vpcId, zone: "ap-northeast-2a" },
      ]);
    }
  });
});

// Format 2 on the diagram: NAT gateways in their subnet with the private subnets' way out drawn to
// them, route table and network ACL marks on subnets, Elastic IPs on what they are attached to,
// and resources defined outside the document drawn (and exported) as such.
import type { ElkNode } from "elkjs/lib/elk-api.js";
import { describe, expect, it } from "vitest";
import nat from "../../examples/nat-gateway.json";
import { sceneFromLayout } from "../io/export-scene.ts";
import { renderSvg } from "../io/svg-render.ts";
import { ROOT_NODE_ID } from "../model/node-ids.ts";
import { type Topology, topology } from "../model/schema.ts";
import { toDiagramGraph } from "./elk-graph.ts";
import { layoutTopology } from "./layout.ts";
import { toFlow } from "./to-flow.ts";

const natDoc = (): Topology => topology.parse(nat);

describe("NAT gateways and the way out", () => {
  it("draws the NAT gateway last in its subnet and an edge from each private subnet routed to it", () => {
    const d = toDiagramGraph(natDoc());
    expect(d.meta.get("nat-a")).toMatchObject({ kind: "natGateway", parent: "subnet-public-a" });
    const find = (node: ElkNode, id: string): ElkNode | undefined =>
      node.id === id ? node : (node.children ?? []).map((c) => find(c, id)).find((x) => x !== undefined);
    expect(find(d.graph, "subnet-public-a")?.children?.at(-1)?.id).toBe("nat-a");
    const ways = d.edges.filter((e) => e.kind === "nat");
    expect(ways).toEqual([
      { id: "nat:subnet-private-a->nat-a", source: "subnet-private-a", target: "nat-a", kind: "nat" },
      { id: "nat:subnet-private-c->nat-c", source: "subnet-private-c", target: "nat-c", kind: "nat" },
    ]);
  });

  it("draws no way out when the private subnet's table has no route to a NAT gateway", () => {
    const doc = natDoc();
    const main = doc.routeTables.find((t) => t.id === "rtb-main");
    if (main) main.routes = [];
    expect(
      toDiagramGraph(doc)
        .edges.filter((e) => e.kind === "nat")
        .map((e) => e.source),
    ).toEqual(["subnet-private-c"]);
  });

  it("routes the way out from the subnet to the NAT gateway's lower edge, so the arrow points at it", async () => {
    const doc = natDoc();
    const layout = await layoutTopology(doc);
    const way = layout.edges.find((e) => e.kind === "nat");
    const natBox = layout.nodes.find((n) => n.id === "nat-a");
    const subnet = layout.nodes.find((n) => n.id === "subnet-private-a");
    if (!way || !natBox || !subnet) throw new Error("missing");
    const first = way.points[0];
    const last = way.points.at(-1);
    expect(first?.y).toBeCloseTo(subnet.absY);
    expect(last?.y).toBeCloseTo(natBox.absY + natBox.height);
    expect(last?.x).toBeGreaterThan(natBox.absX);
    expect(last?.x).toBeLessThan(natBox.absX + natBox.width);
  });
});

describe("marks, Elastic IPs and names", () => {
  it("puts each subnet's route table and network ACL on it as marks, and Elastic IPs on their owners", async () => {
    const doc = natDoc();
    const { nodes } = toFlow(await layoutTopology(doc), doc, { highlightedIds: ["rtb-main"] });
    const byId = new Map(nodes.map((n) => [n.id, n.data]));
    expect(byId.get("subnet-private-a")?.marks).toEqual([
      {
        kind: "routeTable",
        id: "rtb-main",
        name: "private",
        vpcWide: true,
        implicit: true,
        highlighted: true,
        role: { en: "main", ko: "기본" },
      },
      {
        kind: "networkAcl",
        id: "acl-main",
        name: "default",
        vpcWide: true,
        implicit: true,
        highlighted: false,
        // Its name already says "default": no role word after it.
      },
    ]);
    expect(byId.get("subnet-public-a")?.marks?.[0]).toMatchObject({ id: "rtb-public", implicit: false });
    const eipOf = (id: string) => byId.get(id)?.face.chips?.find((c) => c.kind === "eip");
    expect(eipOf("nat-a")).toMatchObject({ resourceId: "eipalloc-nat-a", text: { en: "203.0.113.10" } });
    expect(eipOf("i-web-1")).toMatchObject({ resourceId: "eipalloc-web-1", text: { en: "203.0.113.20" } });
    expect(byId.get("nat-a")?.accessibleName).toBe("NAT gateway nat-a");
    // Associated Elastic IPs are not boxes of their own.
    expect(byId.has("eipalloc-nat-a")).toBe(false);
  });

  it("gives an Elastic IP associated with nothing drawn a box of its own", () => {
    const doc = natDoc();
    doc.elasticIps.push({ id: "eipalloc-spare", publicIp: "203.0.113.99" });
    const d = toDiagramGraph(doc);
    expect(d.meta.get("eipalloc-spare")).toMatchObject({ kind: "elasticIp", parent: "ap-northeast-2" });
  });
});

describe("resources defined outside the document", () => {
  it("are drawn where what is known puts them, flagged external, and exported dashed and labelled", async () => {
    const doc = natDoc();
    doc.subnets.push({
      id: "subnet-shared",
      external: true,
      vpc: "vpc-main",
      availabilityZone: "ap-northeast-2a",
    });
    doc.instances.push({ id: "i-other-stack", external: true, subnet: "subnet-shared" });
    doc.vpcs.push({ id: "vpc-peer", external: true });
    const d = toDiagramGraph(doc);
    expect(d.meta.get("subnet-shared")).toMatchObject({ kind: "subnet", external: true });
    expect(d.meta.get("i-other-stack")).toMatchObject({ parent: "subnet-shared", external: true });
    expect(d.meta.get("vpc-peer")?.parent).toBeUndefined();
    expect(d.meta.has(ROOT_NODE_ID)).toBe(false);

    const layout = await layoutTopology(doc);
    const { nodes } = toFlow(layout, doc);
    expect(nodes.find((n) => n.id === "i-other-stack")?.data.external).toBe(true);
    const svg = renderSvg(sceneFromLayout(layout, doc, "en"));
    expect(svg).toContain("outside the document");
    const ko = renderSvg(sceneFromLayout(layout, doc, "ko"));
    expect(ko).toContain("문서 밖에 정의됨");
  });
});

describe("route tables and network ACLs defined outside the document", () => {
  it("mark the subnets they are known to serve, dashed on the canvas and in the export", async () => {
    const doc = natDoc();
    doc.routeTables.push({ id: "rtb-shared", external: true, name: "shared", subnets: ["subnet-private-a"] });
    doc.networkAcls = doc.networkAcls.filter((a) => a.id !== "acl-main");
    doc.networkAcls.push({ id: "acl-org", external: true, vpc: "vpc-main", default: true });
    const layout = await layoutTopology(doc);
    const byId = new Map(toFlow(layout, doc).nodes.map((n) => [n.id, n.data]));
    expect(byId.get("subnet-private-a")?.marks).toEqual([
      {
        kind: "routeTable",
        id: "rtb-shared",
        name: "shared",
        vpcWide: false,
        implicit: false,
        highlighted: false,
        external: true,
      },
      {
        kind: "networkAcl",
        id: "acl-org",
        name: "acl-org",
        vpcWide: true,
        implicit: true,
        highlighted: false,
        external: true,
        role: { en: "default", ko: "기본" },
      },
    ]);
    // A defined association still wins over an external one.
    expect(byId.get("subnet-private-c")?.marks?.[0]).toMatchObject({ id: "rtb-private-c" });
    expect(byId.get("subnet-private-c")?.marks?.[0]?.external).toBeUndefined();
    const svg = renderSvg(sceneFromLayout(layout, doc, "en"));
    const dashedMarks = (text: string) =>
      text.match(/fill="#ffffff" stroke="#(8c4fff|dd344c)" stroke-dasharray="4 3"/g);
    expect(dashedMarks(svg)?.length).toBeGreaterThanOrEqual(2);
    const plain = natDoc();
    expect(dashedMarks(renderSvg(sceneFromLayout(await layoutTopology(plain), plain, "en")))).toBeNull();
  });
});

describe("export", () => {
  it("draws the NAT gateway, the marks, the Elastic IP chips and the way out", async () => {
    const doc = natDoc();
    const svg = renderSvg(sceneFromLayout(await layoutTopology(doc), doc, "en"));
    expect(svg).toContain("<title>NAT gateway nat-a</title>");
    expect(svg).toContain('class="ec2viz-edge ec2viz-edge--nat"');
    expect(svg).toContain(">203.0.113.10<");
    expect(svg).toContain(">private<");
    expect(svg).toContain(">main<");
  });
});

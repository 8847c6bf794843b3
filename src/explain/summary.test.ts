import { describe, expect, it } from "vitest";
import natExample from "../../examples/nat-gateway.json";
import seed from "../../examples/seed-article.json";
import { availabilityZoneNodeId, INTERNET_NODE_ID } from "../model/node-ids.ts";
import { topology } from "../model/schema.ts";
import { indexTopology } from "../model/topology-index.ts";
import { nodeSummary } from "./summary.ts";

const doc = topology.parse(seed);
const index = indexTopology(doc);

describe("nodeSummary", () => {
  it("gives one line per kind with its key facts", () => {
    expect(nodeSummary(doc, index, "i-web-1", "en")).toBe(
      "EC2 instance web-1 · t3.micro · running · reachable from the internet",
    );
    expect(nodeSummary(doc, index, "subnet-public-a", "en")).toBe(
      "Public subnet public-a · 10.0.1.0/24 · ap-northeast-2a · 251 usable addresses · 1 instance",
    );
    expect(nodeSummary(doc, index, "vol-web-1-root", "en")).toBe(
      "EBS volume web-1-root · 8 GiB gp3 · /dev/xvda → web-1",
    );
    expect(nodeSummary(doc, index, "igw-main", "en")).toBe(
      "Internet gateway igw-main · attached to main-vpc",
    );
    expect(nodeSummary(doc, index, availabilityZoneNodeId("vpc-main", "ap-northeast-2a"), "en")).toBe(
      "Availability Zone ap-northeast-2a · 1 subnet",
    );
    expect(nodeSummary(doc, index, INTERNET_NODE_ID, "en")).toBe("Internet");
  });

  it("speaks Korean and follows the topology", () => {
    const detached = { ...doc, internetGateways: [{ id: "igw-main", name: "igw-main", vpc: null }] };
    const i = indexTopology(detached);
    expect(nodeSummary(detached, i, "i-web-1", "ko")).toBe(
      "EC2 인스턴스 web-1 · t3.micro · 실행 중 · 인터넷에서 접근 불가",
    );
    expect(nodeSummary(detached, i, "igw-main", "ko")).toBe("인터넷 게이트웨이 igw-main · 분리됨");
  });

  it("reads an outside gateway's recorded VPC, and never calls an unrecorded attachment detached", () => {
    const recorded = {
      ...doc,
      internetGateways: [{ id: "igw-main", external: true as const, vpc: "vpc-main" }],
    };
    const r = indexTopology(recorded);
    expect(nodeSummary(recorded, r, "igw-main", "en")).toBe(
      "Internet gateway igw-main · attached to main-vpc",
    );
    expect(nodeSummary(recorded, r, "i-web-1", "en")).toMatch(/· reachable from the internet$/);
    const unknown = { ...doc, internetGateways: [{ id: "igw-main", external: true as const }] };
    const u = indexTopology(unknown);
    expect(nodeSummary(unknown, u, "igw-main", "en")).toBe(
      "Internet gateway igw-main · attachment not in this document",
    );
    expect(nodeSummary(unknown, u, "i-web-1", "en")).toMatch(/· reachability from the internet unknown$/);
  });

  it("says an instance's reachability is unknown when its subnet and VPC are outside the document", () => {
    const outside = topology.parse({
      ...seed,
      vpcs: [{ id: "vpc-main", external: true }],
      internetGateways: [],
      routeTables: [],
    });
    expect(nodeSummary(outside, indexTopology(outside), "i-web-1", "en")).toBe(
      "EC2 instance web-1 · t3.micro · running · reachability from the internet unknown",
    );
  });

  it("sums up NAT gateways and Elastic IPs too", () => {
    const natDoc = topology.parse(natExample);
    const i = indexTopology(natDoc);
    expect(nodeSummary(natDoc, i, "nat-a", "en")).toBe(
      "NAT gateway nat-a · public · in public-a · 203.0.113.10",
    );
    expect(nodeSummary(natDoc, i, "eipalloc-nat-a", "ko")).toBe(
      "탄력적 IP nat-a-ip · 203.0.113.10 · nat-a에 연결됨",
    );
    const loose = { ...natDoc, elasticIps: [{ id: "eipalloc-x", name: "spare", publicIp: "198.51.100.7" }] };
    expect(nodeSummary(loose, indexTopology(loose), "eipalloc-x", "en")).toBe(
      "Elastic IP spare · 198.51.100.7 · not attached",
    );
  });

  it("knows nothing of unknown ids", () => {
    expect(nodeSummary(doc, index, "nope", "en")).toBeUndefined();
  });
});

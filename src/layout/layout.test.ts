import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { generateTopology } from "../model/examples/generate.ts";
import { showcaseTopology } from "../model/examples/showcase.ts";
import { INTERNET_NODE_ID } from "../model/node-ids.ts";
import { type Topology, topology } from "../model/schema.ts";
import { heldText } from "./labels.ts";
import { layoutTopology } from "./layout.ts";
import {
  COLLAPSED_SIZE,
  FOLDED_WIDTH,
  foldedSize,
  HEADER_END,
  HEADER_WIDTH_MAX,
  headerLabelWidth,
  MIN_CONTAINER,
} from "./sizes.ts";
import { brokenTopologyArbitrary, topologyArbitrary } from "./testing/arbitrary.ts";
import { aspectRatio, checkBorders, checkLayout, checkRoutes } from "./testing/quality.ts";
import { toFlow } from "./to-flow.ts";
import { isContainerKind } from "./types.ts";

const examplesDir = new URL("../../examples/", import.meta.url);

function examples(): [string, Topology][] {
  return readdirSync(examplesDir)
    .filter((f) => /\.(json|ya?ml)$/.test(f))
    .map((f) => {
      const text = readFileSync(new URL(f, examplesDir), "utf8");
      return [f, topology.parse(f.endsWith(".json") ? JSON.parse(text) : parseYaml(text))] as [
        string,
        Topology,
      ];
    });
}

describe("layoutTopology on the examples", () => {
  it.each(examples())("%s: no overlaps, children inside parents, clean routes", async (_name, doc) => {
    const layout = await layoutTopology(doc);
    expect(checkLayout(layout)).toEqual([]);
    expect(checkRoutes(layout)).toEqual([]);
    expect(checkBorders(layout)).toEqual([]);
    // Every resource that can be drawn is drawn.
    const drawn = new Set(layout.nodes.map((n) => n.resourceId));
    for (const r of [...doc.regions, ...doc.vpcs, ...doc.subnets, ...doc.instances, ...doc.volumes])
      expect(drawn.has(r.id)).toBe(true);
    if (doc.instances.length > 10) expect(aspectRatio(layout)).toBeGreaterThan(1 / 3);
  });
});

describe("lines with one container folded", () => {
  // The ways out to NAT gateways too (the arbitrary topologies have none): the examples, the
  // showcase and a generated topology, with each of their containers folded in turn.
  const docs: [string, Topology][] = [
    ...examples(),
    ["showcase", showcaseTopology()],
    ["generated-40", generateTopology(40, 5)],
  ];
  it.each(docs)(
    "%s: through no box they don't belong to, along no border",
    async (_name, doc) => {
      const open = await layoutTopology(doc);
      for (const id of open.nodes.filter((n) => isContainerKind(n.kind)).map((n) => n.id)) {
        const folded = await layoutTopology(doc, { collapsed: [id] });
        expect(checkRoutes(folded), id).toEqual([]);
        expect(checkBorders(folded), id).toEqual([]);
      }
    },
    60_000,
  );
});

describe("layoutTopology on generated topologies", () => {
  it("keeps its promises on any valid topology", async () => {
    await fc.assert(
      fc.asyncProperty(topologyArbitrary(), async (doc) => {
        const layout = await layoutTopology(doc);
        expect(checkLayout(layout)).toEqual([]);
        expect(checkRoutes(layout)).toEqual([]);
        if (doc.instances.length > 10) {
          const ratio = aspectRatio(layout);
          expect(ratio).toBeGreaterThanOrEqual(1 / 3);
          expect(ratio).toBeLessThanOrEqual(3);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it("draws lines through no box they don't belong to and along no border, folded or not", async () => {
    await fc.assert(
      fc.asyncProperty(topologyArbitrary(), fc.array(fc.nat(), { maxLength: 3 }), async (doc, picks) => {
        const open = await layoutTopology(doc);
        expect(checkRoutes(open)).toEqual([]);
        expect(checkBorders(open)).toEqual([]);
        // Fold a few containers (a folded box is where lines to what it hides end).
        const containers = open.nodes.filter((n) => isContainerKind(n.kind)).map((n) => n.id);
        if (containers.length === 0) return;
        const collapsed = [...new Set(picks.map((p) => containers[p % containers.length] as string))];
        const folded = await layoutTopology(doc, { collapsed });
        expect(checkLayout(folded)).toEqual([]);
        expect(checkRoutes(folded)).toEqual([]);
        expect(checkBorders(folded)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it("never throws on broken references and still keeps boxes apart", async () => {
    await fc.assert(
      fc.asyncProperty(brokenTopologyArbitrary(), async (doc) => {
        const layout = await layoutTopology(doc);
        expect(checkLayout(layout)).toEqual([]);
        const ids = layout.nodes.map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it("gives the same picture for the same topology", async () => {
    await fc.assert(
      fc.asyncProperty(topologyArbitrary(), async (doc) => {
        const a = await layoutTopology(doc);
        const b = await layoutTopology(structuredClone(doc));
        expect(b).toEqual(a);
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it.each([11, 40, 150, 600])(
    "stays screen-shaped with %i instances",
    async (count) => {
      for (const seed of [1, 2, 3]) {
        const layout = await layoutTopology(generateTopology(count, seed));
        const ratio = aspectRatio(layout);
        expect(ratio).toBeGreaterThanOrEqual(1 / 3);
        expect(ratio).toBeLessThanOrEqual(3);
        expect(checkLayout(layout)).toEqual([]);
        expect(checkRoutes(layout)).toEqual([]);
        expect(checkBorders(layout)).toEqual([]);
      }
    },
    30_000,
  );
});

describe("internet gateways on their VPC's border", () => {
  it("sit half out of the VPC's top edge, and the Internet's line reaches one in a lower row cleanly", async () => {
    // Found by the property test: three VPCs, the gateway on the last one, which sits in a lower row.
    const instances: { id: string; subnet: string; instanceType: string }[] = [];
    const volumes: {
      id: string;
      availabilityZone: string;
      sizeGiB: number;
      volumeType: "gp3";
      attachments: { instance: string; device: string }[];
    }[] = [];
    const subnets = [
      ["subnet-0-0", "vpc-0", 0, 0],
      ["subnet-0-1", "vpc-0", 1, 0],
      ["subnet-0-2", "vpc-0", 4, 3],
      ["subnet-0-3", "vpc-0", 7, 3],
      ["subnet-2-0", "vpc-2", 1, 3],
    ] as const;
    for (const [subnet, , count, disks] of subnets)
      for (let i = 0; i < count; i++) {
        const id = `i-${subnet}-${i}`;
        instances.push({ id, subnet, instanceType: "t3.micro" });
        // The instance in the middle carries the volumes (as in the counterexample).
        for (let k = 0; k < (i === Math.min(count - 1, 2) ? disks : 0); k++)
          volumes.push({
            id: `vol-${id}-${k}`,
            availabilityZone: "r0-x",
            sizeGiB: 8,
            volumeType: "gp3",
            attachments: [{ instance: id, device: `/dev/sd${"fgh"[k]}` }],
          });
      }
    const doc = topology.parse({
      version: 2,
      regions: [{ id: "r0", name: "region 0", availabilityZones: [] }],
      vpcs: [0, 1, 2].map((n) => ({ id: `vpc-${n}`, region: "r0", cidrBlock: `10.${n}.0.0/16` })),
      internetGateways: [
        { id: "igw-2", vpc: "vpc-2" },
        { id: "igw-detached-0", vpc: null },
      ],
      subnets: subnets.map(([id, vpc], n) => ({
        id,
        vpc,
        availabilityZone: "r0-x",
        cidrBlock: `10.${n}.0.0/24`,
      })),
      instances,
      volumes,
    });
    const layout = await layoutTopology(doc);
    const box = (id: string) => layout.nodes.find((n) => n.id === id);
    const [igw, vpc, other] = [box("igw-2"), box("vpc-2"), box("vpc-0")];
    if (!igw || !vpc || !other) throw new Error("missing boxes");
    expect(vpc.absY).toBeGreaterThan(other.absY + other.height);
    expect(igw.absY + igw.height / 2).toBeCloseTo(vpc.absY);
    expect(igw.absX).toBeGreaterThanOrEqual(vpc.absX + (vpc.labelWidth ?? 0));
    expect(checkLayout(layout)).toEqual([]);
    expect(checkRoutes(layout)).toEqual([]);
  });
});

describe("folding", () => {
  it("draws a folded container as one box and moves its edges to it", async () => {
    const doc = generateTopology(40, 7);
    const zone = (await layoutTopology(doc)).nodes.find((n) => n.kind === "availabilityZone");
    if (!zone) throw new Error("no zone box");
    const folded = await layoutTopology(doc, { collapsed: [zone.id] });
    const box = folded.nodes.find((n) => n.id === zone.id);
    expect(box?.collapsed).toBe(true);
    expect(box?.hiddenCount).toBeGreaterThan(0);
    expect(folded.nodes.some((n) => n.parent === zone.id)).toBe(false);
    expect(folded.edges.some((e) => e.target === zone.id && e.kind === "public")).toBe(true);
    expect(checkLayout(folded)).toEqual([]);
  });

  it("centres the Internet over the folded boxes its lines reach", async () => {
    // Two VPCs (generate.ts: up to 60 subnets each, one per 30 instances).
    const doc = generateTopology(2000, 3);
    const vpcs = (await layoutTopology(doc)).nodes.filter((n) => n.kind === "vpc").map((n) => n.id);
    const folded = await layoutTopology(doc, { collapsed: vpcs });
    const internet = folded.nodes.find((n) => n.id === INTERNET_NODE_ID);
    const reached = folded.nodes.filter((n) =>
      folded.edges.some((e) => e.source === INTERNET_NODE_ID && e.target === n.id),
    );
    expect(reached.length).toBeGreaterThan(1);
    expect(reached.every((n) => n.collapsed)).toBe(true);
    const centres = reached.map((n) => n.absX + n.width / 2);
    const mid = (Math.min(...centres) + Math.max(...centres)) / 2;
    expect((internet?.absX ?? 0) + (internet?.width ?? 0) / 2).toBeCloseTo(mid);
  });

  it("a folded box is sized for its words, not stretched to its open neighbours", async () => {
    const doc = generateTopology(40, 7);
    const open = await layoutTopology(doc);
    const zones = open.nodes.filter((n) => n.kind === "availabilityZone");
    const zone = zones[0];
    if (!zone || zones.length < 2) throw new Error("need two zone boxes");
    const folded = await layoutTopology(doc, { collapsed: [zone.id] });
    const box = folded.nodes.find((n) => n.id === zone.id);
    expect(box?.height).toBe(COLLAPSED_SIZE.height);
    expect(box?.width).toBeGreaterThanOrEqual(FOLDED_WIDTH.min);
    expect(box?.width).toBeLessThanOrEqual(FOLDED_WIDTH.max);
    // What it holds, by kind, adds up to what it hides.
    const held = Object.values(box?.held ?? {}).reduce((a, b) => a + b, 0);
    expect(held).toBe(box?.hiddenCount);
    // Its open sibling is not cut down to the folded box's height (nor the other way round).
    const sibling = folded.nodes.find((n) => n.id === zones[1]?.id);
    expect(sibling?.height ?? 0).toBeGreaterThan(2 * COLLAPSED_SIZE.height);
  });
});

describe("a folded box is sized from the face the canvas and exports print", () => {
  it("is at least as wide as its face's kind word, name, detail and count line need, in both languages", async () => {
    const doc = showcaseTopology();
    const open = await layoutTopology(doc);
    for (const container of open.nodes.filter((n) => isContainerKind(n.kind))) {
      const folded = await layoutTopology(doc, { collapsed: [container.id] });
      const node = toFlow(folded, doc).nodes.find((n) => n.id === container.id);
      const face = node?.data.face;
      if (!face?.folded) throw new Error(`${container.id} has no folded face`);
      const needed = foldedSize({
        kindWords: [face.kind.en, face.kind.ko],
        title: face.title,
        detail: face.detail,
        heldTexts: [face.folded.shown.en, face.folded.shown.ko],
        icon: container.kind !== "availabilityZone",
      });
      const box = folded.nodes.find((n) => n.id === container.id);
      expect([container.id, (box?.width ?? 0) >= needed.width]).toEqual([container.id, true]);
    }
  }, 120_000);
});

describe("an internet gateway defined outside the document", () => {
  it("that records its VPC sits on that VPC's border with the Internet's line and lines to its public subnets", async () => {
    const doc = (recordsVpc: boolean) =>
      topology.parse({
        version: 2,
        regions: [{ id: "us-east-1", availabilityZones: ["us-east-1a"] }],
        vpcs: [{ id: "vpc-1", region: "us-east-1", cidrBlock: "10.0.0.0/16" }],
        internetGateways: [{ id: "igw-x", external: true, ...(recordsVpc ? { vpc: "vpc-1" } : {}) }],
        subnets: [{ id: "subnet-a", vpc: "vpc-1", availabilityZone: "us-east-1a", cidrBlock: "10.0.1.0/24" }],
        routeTables: [
          { id: "rtb-1", vpc: "vpc-1", main: true, routes: [{ destination: "0.0.0.0/0", target: "igw-x" }] },
        ],
      });
    const recorded = await layoutTopology(doc(true));
    expect(checkLayout(recorded)).toEqual([]);
    expect(checkRoutes(recorded)).toEqual([]);
    expect(recorded.nodes.find((n) => n.id === "igw-x")?.parent).toBe("vpc-1");
    expect(recorded.edges.map((e) => [e.kind, e.source, e.target])).toEqual([
      ["internet", INTERNET_NODE_ID, "igw-x"],
      ["public", "igw-x", "subnet-a"],
    ]);
    // Recording none, its attachment is unknown: no Internet, no line, the subnet stays private.
    const unknown = await layoutTopology(doc(false));
    expect(unknown.nodes.some((n) => n.kind === "internet")).toBe(false);
    expect(unknown.edges).toEqual([]);
  });
});

describe("an open container is sized for its header", () => {
  it("shows its kind word, name and detail whole in both languages, even holding one instance or none", async () => {
    const doc = topology.parse({
      version: 2,
      regions: [{ id: "us-east-1", availabilityZones: ["us-east-1a"] }],
      vpcs: [{ id: "vpc-1", name: "app-vpc", region: "us-east-1", cidrBlock: "10.0.0.0/16" }],
      internetGateways: [{ id: "igw-1", vpc: "vpc-1" }],
      subnets: [
        {
          id: "subnet-a",
          name: "public-a",
          vpc: "vpc-1",
          availabilityZone: "us-east-1a",
          cidrBlock: "10.0.1.0/24",
        },
        {
          id: "subnet-b",
          name: "private-a",
          vpc: "vpc-1",
          availabilityZone: "us-east-1a",
          cidrBlock: "10.0.2.0/24",
        },
      ],
      routeTables: [
        {
          id: "rtb-1",
          vpc: "vpc-1",
          subnets: ["subnet-a"],
          routes: [{ destination: "0.0.0.0/0", target: "igw-1" }],
        },
      ],
      instances: [{ id: "i-1", name: "web", subnet: "subnet-a", instanceType: "t3.micro" }],
    });
    const layout = await layoutTopology(doc);
    expect(checkLayout(layout)).toEqual([]);
    const flow = toFlow(layout, doc);
    const containers = layout.nodes.filter((n) => isContainerKind(n.kind));
    expect(containers.map((c) => c.kind).sort()).toEqual([
      "availabilityZone",
      "region",
      "subnet",
      "subnet",
      "vpc",
    ]);
    for (const container of containers) {
      const face = flow.nodes.find((n) => n.id === container.id)?.data.face;
      if (!face) throw new Error(`${container.id} has no face`);
      const subnetWords =
        container.kind === "subnet"
          ? ["Public subnet", "Private subnet", "퍼블릭 서브넷", "프라이빗 서브넷"]
          : [];
      const needed =
        headerLabelWidth({
          kindWords: [face.kind.en, face.kind.ko, ...subnetWords],
          title: face.title,
          detail: face.detail,
          icon: container.kind !== "availabilityZone",
        }) + HEADER_END;
      expect([container.id, container.width >= needed]).toEqual([container.id, true]);
    }
  });
});

describe("folded words", () => {
  it("names the kinds people look for first, at most three, in both languages", () => {
    const held = { availabilityZone: 2, subnet: 4, instance: 1, volume: 6, natGateway: 1 };
    expect(heldText(held, "en", 3)).toBe("1 instance · 6 volumes · 4 subnets");
    expect(heldText(held, "ko", 3)).toBe("인스턴스 1개 · 볼륨 6개 · 서브넷 4개");
    expect(heldText(held, "en")).toBe(
      "1 instance · 6 volumes · 4 subnets · 1 NAT gateway · 2 Availability Zones",
    );
    expect(heldText({}, "en")).toBe("empty");
  });

  it("grows with the name and stops at a limit (then the canvas cuts the name)", () => {
    const base = { kindWords: ["VPC"], heldTexts: ["1 instance"], icon: true };
    const short = foldedSize({ ...base, title: "a" });
    const longer = foldedSize({ ...base, title: "a-much-longer-vpc-name", detail: "10.20.0.0/16" });
    const huge = foldedSize({ ...base, title: "x".repeat(200) });
    expect(short.width).toBe(FOLDED_WIDTH.min);
    expect(longer.width).toBeGreaterThan(short.width);
    expect(huge.width).toBe(FOLDED_WIDTH.max);
  });
});

describe("hostile shapes stay in proportion (issue #15)", () => {
  it("gives each of 10,000 boxes sharing one id its own diagram id", async () => {
    const doc = generateTopology(10_000, 1);
    for (const i of doc.instances) i.id = "i-same";
    const layout = await layoutTopology(doc);
    const ids = layout.nodes.filter((n) => n.kind === "instance").map((n) => n.id);
    expect(new Set(ids).size).toBe(10_000);
    for (const id of ["i-same", "i-same~2", "i-same~3", "i-same~10000"]) expect(ids).toContain(id);
  });

  it("draws 10,000 volumes of one instance beside it, in order", async () => {
    const doc = generateTopology(1, 1);
    const instance = doc.instances[0]?.id as string;
    const zone = doc.subnets.find((s) => s.id === doc.instances[0]?.subnet)?.availabilityZone as string;
    doc.volumes = Array.from({ length: 10_000 }, (_, k) => ({
      id: `vol-${k}`,
      availabilityZone: zone,
      sizeGiB: 8,
      volumeType: "gp3" as const,
      attachments: [{ instance, device: `/dev/sd${k}` }],
    }));
    const layout = await layoutTopology(doc);
    const volumes = layout.nodes.filter((n) => n.kind === "volume");
    expect(volumes.map((v) => v.id)).toEqual(doc.volumes.map((v) => v.id));
    expect(volumes.every((v) => v.besideOf === instance)).toBe(true);
    expect(checkLayout(layout)).toEqual([]);
  });

  it("lays 3,000 VPCs of one Region out in rows without overlaps", async () => {
    const doc = generateTopology(0, 1);
    const base = doc.vpcs[0];
    if (!base) throw new Error("the generator makes a VPC");
    doc.vpcs = Array.from({ length: 3_000 }, (_, k) => ({ ...base, id: `vpc-x${k}`, name: `vpc ${k}` }));
    const layout = await layoutTopology(doc);
    expect(layout.nodes.filter((n) => n.kind === "vpc")).toHaveLength(3_000);
    expect(checkLayout(layout)).toEqual([]);
    expect(aspectRatio(layout)).toBeGreaterThan(1 / 3);
    expect(aspectRatio(layout)).toBeLessThan(3);
  });
});

describe("containers defined outside the document", () => {
  it("are as wide as their header's words need (within a bound), and lay out cleanly", async () => {
    // An AWS CLI bundle's shape: VPCs and subnets named but not described, one holding an instance.
    const doc = topology.parse({
      version: 2,
      name: "referred to",
      regions: [{ id: "us-east-1", availabilityZones: ["us-east-1a"] }],
      vpcs: [
        { id: "vpc-1", external: true },
        { id: "vpc-0a60eb65b4EXAMPLE", external: true },
      ],
      internetGateways: [],
      subnets: [
        { id: "subnet-04a636d18e83cfacb", external: true },
        { id: `subnet-${"x".repeat(80)}`, external: true },
      ],
      securityGroups: [],
      instances: [{ id: "i-1", subnet: "subnet-04a636d18e83cfacb", instanceType: "t3.nano" }],
      volumes: [],
      routeTables: [],
      natGateways: [],
      elasticIps: [],
      networkAcls: [],
    });
    const layout = await layoutTopology(doc);
    expect(checkLayout(layout)).toEqual([]);
    expect(checkRoutes(layout)).toEqual([]);
    const width = (id: string) => layout.nodes.find((n) => n.id === id)?.width ?? 0;
    // The smallest VPC box has room for a short id and the words; a long id widens it.
    expect(width("vpc-1")).toBe(MIN_CONTAINER.vpc.width);
    expect(width("vpc-0a60eb65b4EXAMPLE")).toBeGreaterThan(MIN_CONTAINER.vpc.width);
    // A subnet holding an instance is widened as an empty one is; a name past the bound is cut.
    expect(width("subnet-04a636d18e83cfacb")).toBeGreaterThan(MIN_CONTAINER.subnet.width);
    expect(width(`subnet-${"x".repeat(80)}`)).toBe(HEADER_WIDTH_MAX);
  });
});

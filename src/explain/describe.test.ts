import { describe, expect, it } from "vitest";
import nat from "../../examples/nat-gateway.json";
import seed from "../../examples/seed-article.json";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import { type Topology, topology } from "../model/schema.ts";
import { indexTopology } from "../model/topology-index.ts";
import { type DetailsView, describeResource, nodeIdOf, parseDetailsTarget } from "./describe.ts";

function seedDoc(): Topology {
  return topology.parse(seed);
}

/** The seed plus a private subnet, a detached gateway-less VPC part and an extra volume. */
function richDoc(): Topology {
  const doc = seedDoc();
  doc.subnets.push({
    id: "subnet-private-a",
    name: "private-a",
    vpc: "vpc-main",
    availabilityZone: "ap-northeast-2a",
    cidrBlock: "10.0.2.0/24",
  });
  doc.instances.push({
    id: "i-db-1",
    subnet: "subnet-private-a",
    instanceType: "r7g.large",
    securityGroups: ["sg-web", "sg-ghost"],
  });
  doc.volumes.push({
    id: "vol-data",
    availabilityZone: "ap-northeast-2a",
    sizeGiB: 500,
    volumeType: "st1",
    attachments: [{ instance: "i-db-1", device: "/dev/sdf" }],
  });
  return doc;
}

function view(doc: Topology, target: string, lang: Lang = "en", diagnostics: Diagnostic[] = []): DetailsView {
  const result = describeResource(doc, indexTopology(doc), target, lang, { diagnostics });
  if (!result) throw new Error(`no view for ${target}`);
  return result;
}

const SEED_HEADINGS: [string, string, string][] = [
  ["ap-northeast-2", "Region", "리전"],
  ["@az/vpc-main/ap-northeast-2a", "Availability Zone", "가용 영역"],
  ["vpc-main", "VPC", "VPC"],
  ["igw-main", "Internet gateway", "인터넷 게이트웨이"],
  ["subnet-public-a", "Public subnet", "퍼블릭 서브넷"],
  ["sg-web", "Security group", "보안 그룹"],
  ["i-web-1", "EC2 instance", "EC2 인스턴스"],
  ["vol-web-1-root", "EBS volume", "EBS 볼륨"],
  ["@internet", "Internet", "인터넷"],
];

describe("describeResource: headings and concepts", () => {
  it.each(SEED_HEADINGS)("%s is headed %s / %s, with its concept and a docs link", (id, en, ko) => {
    const doc = seedDoc();
    const vEn = view(doc, id, "en");
    const vKo = view(doc, id, "ko");
    expect(vEn.heading).toBe(en);
    expect(vKo.heading).toBe(ko);
    expect(vEn.concept.title).toBe(en);
    expect(vEn.concept.docUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(vKo.concept.docUrl).toContain("/ko_kr/");
    expect(vKo.concept.what).not.toBe(vEn.concept.what);
    expect(vEn.nodeId).toBe(id);
  });

  it("heads a private subnet 'Private subnet'", () => {
    expect(view(richDoc(), "subnet-private-a").heading).toBe("Private subnet");
  });

  it("returns undefined for ids that are not in the document", () => {
    const doc = seedDoc();
    const index = indexTopology(doc);
    expect(describeResource(doc, index, "nope", "en")).toBeUndefined();
    expect(describeResource(doc, index, "@az/vpc-nope/ap-northeast-2a", "en")).toBeUndefined();
  });
});

describe("describeResource: this resource", () => {
  it("shows a subnet's CIDR with its counts and the five reserved addresses", () => {
    const cidr = view(seedDoc(), "subnet-public-a").properties.find((p) => p.value === "10.0.1.0/24");
    expect(cidr?.lines).toEqual([
      "256 addresses, 251 usable by your resources",
      "AWS keeps 5 addresses of every subnet for itself:",
      "10.0.1.0: network address",
      "10.0.1.1: VPC router",
      "10.0.1.2: reserved by AWS (the Amazon DNS server itself is at the VPC's base address +2, not in each subnet)",
      "10.0.1.3: kept for future use",
      "10.0.1.255: broadcast (AWS doesn't support broadcast, so it is kept unused)",
    ]);
    expect(cidr?.concept?.id).toBe("cidr");
  });

  it("states an instance's state once, then what it means", () => {
    const state = (lang: Lang) =>
      view(seedDoc(), "i-web-1", lang).properties.find((p) => p.label === (lang === "en" ? "State" : "상태"));
    expect(state("en")?.value).toBe("Running: compute time is billed while it runs");
    expect(state("ko")?.value).toBe("실행 중: 실행하는 동안 컴퓨팅 요금이 부과됩니다");
  });

  it("formats a VPC's address count with separators", () => {
    const cidr = view(seedDoc(), "vpc-main").properties[0];
    expect(cidr?.lines).toEqual(["65,536 addresses in total"]);
  });

  it("decodes the instance type and explains the AMI", () => {
    const v = view(seedDoc(), "i-web-1");
    const type = v.properties.find((p) => p.value === "t3.micro");
    expect(type?.lines?.[0]).toBe("t3.micro: burstable general purpose, generation 3, size micro");
    expect(type?.concept?.id).toBe("instanceType");
    const ami = v.properties.find((p) => p.value === "ami-0c9c942bd7bf113a2");
    expect(ami?.concept?.title).toBe("Amazon Machine Image (AMI)");
    expect(v.tags).toEqual([
      { key: "Name", value: "web-1" },
      { key: "Project", value: "django-ml-graphs" },
    ]);
    expect(v.name).toBe("web-1");
    expect(v.idLine).toBe("Id: i-web-1");
  });

  it("explains the volume type and marks HDD types as not bootable", () => {
    const v = view(richDoc(), "vol-data", "ko");
    const type = v.properties[0];
    expect(type?.value).toBe("처리량 최적화 HDD(st1)");
    expect(type?.lines).toContain("부팅(루트) 볼륨으로 쓸 수 없음");
    expect(v.properties.find((p) => p.value === "500 GiB")).toBeDefined();
  });

  it("says where a learner looks how public IPv4 is auto-assigned, changes and is charged", () => {
    const web = view(richDoc(), "i-web-1").properties.find((p) => p.label === "Public IPv4 address");
    expect(web?.lines?.[0]).toMatch(/different address after each stop and start.*charged by the hour/);
    expect(web?.concept?.id).toBe("publicIp");
    expect(web?.concept?.relations).toContain("Since February 2024");
    const db = view(richDoc(), "i-db-1", "ko").properties.find((p) => p.label === "퍼블릭 IPv4 주소");
    expect(db?.lines).toBeUndefined();
    expect(db?.concept?.id).toBe("autoAssignPublicIp");
    expect(db?.concept?.what).toContain("MapPublicIpOnLaunch");
    const subnet = view(richDoc(), "subnet-public-a").properties.find(
      (p) => p.label === "Public IPv4 for instances",
    );
    expect(subnet?.value).toBe("1 of 1 instances here have a public IPv4 address");
    expect(subnet?.lines?.[0]).toContain("MapPublicIpOnLaunch");
    expect(subnet?.concept?.title).toBe("Auto-assigned public IPv4 address");
    const empty = structuredClone(richDoc());
    empty.instances = empty.instances.filter((i) => i.subnet !== "subnet-private-a");
    expect(
      view(empty, "subnet-private-a", "ko").properties.find((p) => p.label === "인스턴스의 퍼블릭 IPv4")
        ?.value,
    ).toBe("이 서브넷에는 아직 인스턴스가 없습니다");
  });

  it("explains AZ IDs on an Availability Zone: the same physical zone in every account", () => {
    for (const lang of ["en", "ko"] as const) {
      const id = view(seedDoc(), "@az/vpc-main/ap-northeast-2a", lang).properties.find(
        (p) => p.label === "AZ ID",
      );
      expect(id?.value).toContain("describe-availability-zones");
      expect(id?.concept?.id).toBe("azId");
      expect(id?.concept?.docUrl).toContain("az-ids.html");
    }
    const ko = view(seedDoc(), "@az/vpc-main/ap-northeast-2a", "ko").properties.find(
      (p) => p.label === "AZ ID",
    );
    expect(ko?.concept?.docUrl).toContain("/ko_kr/");
  });

  it("writes security group rules in words, 0.0.0.0/0 as anywhere, and the default egress", () => {
    const v = view(seedDoc(), "sg-web");
    const inbound = v.properties.find((p) => p.label === "Inbound rules");
    expect(inbound?.lines).toEqual([
      "TCP port 80 from 0.0.0.0/0 (anywhere on the internet) (HTTP)",
      "TCP port 22 from 203.0.113.0/24 (SSH only from the office network (example range))",
    ]);
    expect(v.properties.find((p) => p.label === "Outbound rules")?.value).toMatch(/default allows all/);
  });
});

describe("describeResource: where it sits and what it relates to", () => {
  it("places an instance as Region › VPC › AZ › subnet › instance, each jumpable", () => {
    const v = view(seedDoc(), "i-web-1");
    expect(v.location.map((c) => [c.label, c.target, c.current])).toEqual([
      ["Region Seoul", "ap-northeast-2", false],
      ["VPC main-vpc", "vpc-main", false],
      ["Availability Zone ap-northeast-2a", "@az/vpc-main/ap-northeast-2a", false],
      ["Public subnet public-a", "subnet-public-a", false],
      ["EC2 instance web-1", "i-web-1", true],
    ]);
  });

  it("gives a Region no trail of its own (it would only name itself), and names what an internet gateway serves", () => {
    expect(view(seedDoc(), "ap-northeast-2").location).toEqual([]);
    const serves = (lang: Lang) => view(seedDoc(), "igw-main", lang).properties[1];
    expect([serves("en")?.label, serves("en")?.value]).toEqual(["Subnets routing to it", "public-a"]);
    expect(serves("ko")?.label).toBe("이 게이트웨이로 라우팅하는 서브넷");
  });

  it("places a NAT gateway in its zone, as an instance of its subnet", () => {
    const doc = topology.parse(nat);
    const v = view(doc, "nat-a");
    expect(v.location.map((c) => [c.label, c.current])).toEqual([
      ["Region Seoul", false],
      ["VPC main-vpc", false],
      ["Availability Zone ap-northeast-2a", false],
      ["Public subnet public-a", false],
      ["NAT gateway nat-a", true],
    ]);
  });

  it("places an EBS volume in its Region and zone, not in a VPC (volumes belong to a zone)", () => {
    const v = view(seedDoc(), "vol-web-1-root");
    expect(v.location.map((c) => [c.label, c.current])).toEqual([
      ["Region Seoul", false],
      ["Availability Zone ap-northeast-2a", false],
      ["EBS volume web-1-root", true],
    ]);
  });

  it("lists an instance's subnet, groups and volumes with device names", () => {
    const v = view(seedDoc(), "i-web-1");
    expect(v.relations.map((g) => [g.label, g.items.map((i) => [i.label, i.target])])).toEqual([
      ["Subnet", [["Public subnet public-a", "subnet-public-a"]]],
      ["Security groups", [["Security group web", "sg-web"]]],
      ["Attached volumes", [["EBS volume web-1-root (/dev/xvda)", "vol-web-1-root"]]],
    ]);
  });

  it("says a VPC's internet gateway is unknown, not none, when the document doesn't describe its gateways", () => {
    const doc = seedDoc();
    doc.internetGateways = [];
    const gatewayOf = (id: string, lang: Lang = "en") =>
      view(doc, id, lang).relations.find(
        (g) => g.label === (lang === "en" ? "Internet gateway" : "인터넷 게이트웨이"),
      )?.items;
    expect(gatewayOf("vpc-main")).toBeUndefined(); // described and absent: no relation to list
    for (const v of doc.vpcs) if (v.external !== true) v.internetGatewayUnknown = true;
    expect(gatewayOf("vpc-main")).toEqual([
      { label: "Unknown: this document doesn't say whether one is attached" },
    ]);
    expect(gatewayOf("subnet-public-a", "ko")).toEqual([
      { label: "알 수 없음: 연결된 게이트웨이가 있는지 문서에 나와 있지 않습니다" },
    ]);
  });

  it("names the route table outside the document a subnet uses, not AWS's implicit one", () => {
    const doc = seedDoc();
    doc.routeTables = [{ id: "rtb-outside", external: true, vpc: "vpc-main", main: true }];
    const table = (lang: Lang) =>
      view(doc, "subnet-public-a", lang).properties.find(
        (p) => p.label === (lang === "en" ? "Route table" : "라우팅 테이블"),
      );
    expect(table("en")).toMatchObject({
      value: "rtb-outside, outside this document: its routes are unknown",
      link: { target: "rtb-outside" },
    });
    expect(table("ko")?.value).toBe("rtb-outside(문서 밖에 있어 경로를 알 수 없음)");
    doc.routeTables = [];
    expect(table("en")?.value).toBe("AWS's implicit main table (local route only)");
  });

  it("names the instances a security group covers, for the canvas to light up, and only for groups", () => {
    const doc = richDoc();
    doc.instances.push({ id: "i-other", subnet: "subnet-private-a", instanceType: "t3.micro" });
    expect(view(doc, "sg-web").members).toEqual(["i-web-1", "i-db-1"]);
    doc.securityGroups.push({ id: "sg-unused", vpc: "vpc-main", ingress: [] });
    expect(view(doc, "sg-unused").members).toEqual([]);
    expect(view(doc, "i-web-1").members).toBeUndefined();
    expect(view(doc, "subnet-private-a").members).toBeUndefined();
  });

  it("shows an unknown reference without a jump target", () => {
    const groups = view(richDoc(), "i-db-1").relations.find((g) => g.label === "Security groups");
    expect(groups?.items).toEqual([
      { label: "Security group web", target: "sg-web" },
      { label: "sg-ghost (not found in this topology)" },
    ]);
  });

  it("lists the subnets of an Availability Zone box and the gateways of the Internet node", () => {
    const az = view(richDoc(), "@az/vpc-main/ap-northeast-2a");
    expect(az.relations[0]?.items.map((i) => i.target)).toEqual(["subnet-public-a", "subnet-private-a"]);
    expect(view(seedDoc(), "@internet").relations[0]?.items).toEqual([
      { label: "Internet gateway igw-main", target: "igw-main" },
    ]);
  });

  it("only links to nodes that exist (every target parses back to a node)", () => {
    const doc = richDoc();
    const index = indexTopology(doc);
    // Format 2's kinds get their Details views with the diagram half of issue 9.
    const later = new Set(["routeTable", "natGateway", "elasticIp", "networkAcl"]);
    const described = [...index.kindById].filter(([, kind]) => !later.has(kind)).map(([id]) => id);
    const ids = [...described, "@az/vpc-main/ap-northeast-2a", "@internet"];
    for (const id of ids) {
      const v = view(doc, id);
      const targets = [
        ...v.location.map((c) => c.target),
        ...v.relations.flatMap((g) => g.items.map((i) => i.target)),
        ...v.properties.map((p) => p.link?.target),
        ...(v.reachability?.steps.flatMap((s) => s.links.map((l) => l.target)) ?? []),
      ].filter((x): x is string => x !== undefined);
      for (const target of targets)
        expect(parseDetailsTarget(index, target), `${id} -> ${target}`).toBeDefined();
    }
  });
});

describe("describeResource: reachability and diagnostics", () => {
  it("says the seed's instance is reachable, port by port", () => {
    const r = view(seedDoc(), "i-web-1").reachability;
    expect(r?.verdict).toBe("Reachable from the internet");
    expect(r?.steps.map((s) => [s.id, s.status])).toEqual([
      ["running", "Met"],
      ["gateway", "Met"],
      ["route", "Met"],
      ["public-address", "Met"],
    ]);
    // HTTP is open to the whole internet; SSH only to the office range, and it says so.
    expect(r?.ports.map((p) => p.summary)).toEqual([
      "TCP port 80: from anywhere",
      "TCP port 22: only from 203.0.113.0/24",
    ]);
    expect(r?.ports[1]?.steps[0]?.text).toBe(
      "Its security groups admit TCP port 22 only from 203.0.113.0/24; the rest of the internet is refused.",
    );
    expect(r?.ports[1]?.steps[0]?.links[0]?.target).toBe("sg-web");
    expect(r?.path[0]).toBe("@internet");
    expect(r?.path.at(-1)).toBe("i-web-1");
  });

  it("flips to not reachable, in both languages, when the gateway is detached", () => {
    const doc = seedDoc();
    const gateway = doc.internetGateways[0];
    if (gateway) gateway.vpc = null;
    const en = view(doc, "i-web-1").reachability;
    expect(en?.verdict).toBe("Not reachable from the internet");
    expect(en?.steps[1]).toMatchObject({ id: "gateway", met: false, status: "Not met" });
    expect(en?.steps[1]?.text).toContain("main-vpc");
    expect(en?.steps[2]?.text).toContain("not attached to this VPC");
    const ko = view(doc, "i-web-1", "ko").reachability;
    expect(ko?.verdict).toBe("인터넷에서 접근할 수 없음");
    expect(ko?.steps[1]?.text).toBe(
      "VPC main-vpc에 연결된 인터넷 게이트웨이가 없어 인터넷에서 들어올 길이 없습니다.",
    );
    expect(view(doc, "subnet-public-a").subnetExposure?.exposure).toBe("public-without-gateway");
  });

  it("answers question 3 for the instance and port asked, and offers the others to choose from", () => {
    const doc = topology.parse(nat);
    const index = indexTopology(doc);
    const others = [...index.instances.keys()].filter((id) => id !== "i-web-1");
    expect(others.length).toBeGreaterThan(0);
    const idle = describeResource(doc, index, "i-web-1", "en")?.peer;
    expect(idle?.choices.map((c) => c.target)).toEqual(others);
    expect(idle?.answer).toBeUndefined();
    const to = others[0] ?? "";
    const asked = describeResource(doc, index, "i-web-1", "ko", {
      peer: { instance: to, traffic: { protocol: "tcp", port: 22 } },
    })?.peer;
    expect(asked?.answer?.steps.map((s) => s.id)).toContain("sg-ingress");
    expect(asked?.answer?.verdict).toMatch(/TCP 포트 22(으)?로 연결할 수 (있|없)음$/);
  });

  it("names question 3's choices by the document asked about, in its language (links made once per index)", () => {
    const doc = topology.parse(nat);
    const index = indexTopology(doc);
    const [from = "", to = "", third = ""] = [...index.instances.keys()];
    expect(third).not.toBe("");
    const label = (d: Topology, lang: Lang = "en") =>
      describeResource(d, indexTopology(d), from, lang)?.peer?.choices.find((c) => c.target === to)?.label;
    const renamed = {
      ...doc,
      instances: doc.instances.map((i) => (i.id === to ? { ...i, name: "renamed" } : i)),
    };
    expect(label(renamed)).toBe("EC2 instance renamed");
    expect(label(renamed, "ko")).toBe("EC2 인스턴스 renamed");
    expect(label(doc)).not.toBe("EC2 instance renamed");
    // The same index, asked from another instance: the same link objects, the asker left out.
    const first = describeResource(doc, index, from, "en")?.peer?.choices ?? [];
    const second = describeResource(doc, index, to, "en")?.peer?.choices ?? [];
    expect(second.find((c) => c.target === third)).toBe(first.find((c) => c.target === third));
    expect(first.map((c) => c.target)).not.toContain(from);
    expect(second.map((c) => c.target)).not.toContain(to);
  });

  it("explains why a subnet is private", () => {
    const s = view(richDoc(), "subnet-private-a").subnetExposure;
    expect(s?.exposure).toBe("private");
    expect(s?.verdict).toMatch(/^Private subnet/);
  });

  it("shows only the diagnostics of this resource, errors first", () => {
    const diagnostics: Diagnostic[] = [
      {
        code: "instance-type-unknown",
        severity: "warning",
        path: "$.instances[0]",
        resource: "i-web-1",
        message: "w",
      },
      { code: "ebs-az-mismatch", severity: "error", path: "$.volumes[0]", resource: "i-web-1", message: "e" },
      {
        code: "subnet-overlap",
        severity: "error",
        path: "$.subnets[0]",
        resource: "subnet-public-a",
        message: "x",
      },
    ];
    const v = view(seedDoc(), "i-web-1", "en", diagnostics);
    expect(v.diagnostics.map((d) => [d.code, d.severityLabel, d.message])).toEqual([
      ["ebs-az-mismatch", "Error", "e"],
      ["instance-type-unknown", "Warning", "w"],
    ]);
  });
});

describe("targets", () => {
  it("round-trips node ids through parseDetailsTarget and nodeIdOf", () => {
    const index = indexTopology(seedDoc());
    for (const id of ["i-web-1", "@internet", "@az/vpc-main/ap-northeast-2a"]) {
      const target = parseDetailsTarget(index, id);
      expect(target && nodeIdOf(target)).toBe(id);
    }
    expect(parseDetailsTarget(index, "@az/vpc-main/ap-northeast-2a")).toEqual({
      kind: "availabilityZone",
      vpc: "vpc-main",
      az: "ap-northeast-2a",
    });
  });
});

describe("an instance that lists no security group", () => {
  it("relates to its VPC's default security group, the one AWS gives it, in both languages", () => {
    const doc = topology.parse(nat);
    const app = doc.instances.find((i) => i.id === "i-app-1");
    if (!app || app.external === true) throw new Error("fixture");
    delete app.securityGroups;
    const groups = (lang: Lang) =>
      view(doc, "i-app-1", lang).relations.find(
        (r) => r.label === (lang === "en" ? "Security groups" : "보안 그룹"),
      )?.items;
    expect(groups("en")).toEqual([
      { label: "None listed: the default security group of VPC main-vpc", target: "vpc-main" },
    ]);
    expect(groups("ko")?.[0]?.label).toBe("지정 안 됨: VPC main-vpc의 기본 보안 그룹");
    // An instance that lists its groups relates to them, as before.
    expect(view(doc, "i-web-1").relations.find((r) => r.label === "Security groups")?.items).toEqual([
      { label: "Security group web", target: "sg-web" },
    ]);
  });
});

describe("the VPC's default security group the document defines (default: true)", () => {
  function described(): Topology {
    const doc = topology.parse(nat);
    for (const i of doc.instances) if (i.external !== true && i.id !== "i-web-1") delete i.securityGroups;
    doc.securityGroups.push({
      id: "sg-main-default",
      name: "default",
      vpc: "vpc-main",
      default: true,
      ingress: [{ protocol: "-1", securityGroup: "sg-main-default" }],
    });
    return doc;
  }

  it("is marked default in its details, and counts the instances that list no group among its own", () => {
    const doc = described();
    const en = view(doc, "sg-main-default");
    expect(en.properties[0]).toMatchObject({
      label: "Default security group of its VPC",
      value: "Yes: instances of its VPC that list no security group are in it",
    });
    expect(view(doc, "sg-main-default", "ko").properties[0]?.label).toBe("VPC의 기본 보안 그룹");
    const bare = doc.instances.filter((i) => i.external !== true && i.id !== "i-web-1").map((i) => i.id);
    expect(bare.length).toBeGreaterThan(0);
    expect(en.members).toEqual(bare);
    expect(en.relations.find((r) => r.label === "Instances")?.items.map((l) => l.target)).toEqual(bare);
    // An ordinary group has no such mark.
    expect(view(doc, "sg-web").properties.some((p) => p.label === "Default security group of its VPC")).toBe(
      false,
    );
  });

  it("is what an instance listing no group relates to, by name, in both languages", () => {
    const doc = described();
    const groups = (lang: Lang) =>
      view(doc, "i-app-1", lang).relations.find(
        (r) => r.label === (lang === "en" ? "Security groups" : "보안 그룹"),
      )?.items;
    expect(groups("en")).toEqual([
      {
        label: "None listed: default, the default security group of VPC main-vpc",
        target: "sg-main-default",
      },
    ]);
    expect(groups("ko")?.[0]?.label).toBe("지정 안 됨: VPC main-vpc의 기본 보안 그룹 default");
  });
});

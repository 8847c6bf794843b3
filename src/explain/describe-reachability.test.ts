import { describe, expect, it } from "vitest";
import nat from "../../examples/nat-gateway.json";
import type { Lang } from "../i18n/text.ts";
import { type Topology, topology } from "../model/schema.ts";
import { indexTopology } from "../model/topology-index.ts";
import {
  describeInbound,
  describeOutbound,
  describePeer,
  describeSubnetExposure,
  type QuestionView,
} from "./describe-reachability.ts";

// Every way an answer can break, on the NAT example, so each sentence of the three answers is
// rendered in both languages at least once.
const breaks: [string, (d: Topology) => void][] = [
  ["as shipped", () => {}],
  [
    "stopped instances",
    (d) => {
      for (const i of d.instances) if (i.external !== true) i.state = "stopped";
    },
  ],
  [
    "no Elastic IPs",
    (d) => {
      d.elasticIps = [];
    },
  ],
  [
    "private NAT gateways",
    (d) => {
      for (const n of d.natGateways) if (n.external !== true) n.connectivity = "private";
    },
  ],
  [
    "detached gateway",
    (d) => {
      for (const g of d.internetGateways) if (g.external !== true) g.vpc = null;
    },
  ],
  [
    "deny-all ACL on every subnet, groups closed",
    (d) => {
      d.networkAcls = [
        {
          id: "acl-deny",
          vpc: d.vpcs[0]?.id ?? "",
          subnets: d.subnets.map((s) => s.id),
          ingress: [
            {
              ruleNumber: 100,
              action: "allow",
              protocol: "tcp",
              fromPort: 443,
              toPort: 443,
              cidr: "0.0.0.0/0",
            },
          ],
          egress: [
            {
              ruleNumber: 100,
              action: "allow",
              protocol: "tcp",
              fromPort: 32768,
              toPort: 65535,
              cidr: "198.51.100.0/24",
            },
          ],
        },
      ];
      for (const g of d.securityGroups)
        if (g.external !== true) {
          g.egress = [{ protocol: "tcp", fromPort: 443, toPort: 443, cidr: "10.0.0.0/8" }];
          g.ingress = [{ protocol: "tcp", fromPort: 22, toPort: 22, cidr: "192.168.0.0/16" }];
        }
    },
  ],
  [
    "no route tables",
    (d) => {
      d.routeTables = [];
    },
  ],
  [
    "no security groups",
    (d) => {
      d.securityGroups = [];
    },
  ],
  [
    "instances that list no security group (their VPC's default group)",
    (d) => {
      for (const i of d.instances) if (i.external !== true) delete i.securityGroups;
    },
  ],
  [
    "instances that list no security group, in a VPC whose default group the document defines",
    (d) => {
      for (const i of d.instances) if (i.external !== true) delete i.securityGroups;
      const vpc = d.vpcs.find((v) => v.external !== true)?.id ?? "vpc-main";
      d.securityGroups.push({
        id: "sg-the-default",
        vpc,
        default: true,
        ingress: [{ protocol: "-1", securityGroup: "sg-the-default" }],
      });
    },
  ],
  [
    "one instance without a security group, the others with theirs",
    (d) => {
      for (const i of d.instances) if (i.external !== true && i.id === "i-app-1") i.securityGroups = [];
    },
  ],
  [
    "a VPC outside the document, with neither gateway nor route tables",
    (d) => {
      d.vpcs = d.vpcs.map((v) => ({ id: v.id, external: true }));
      d.internetGateways = [];
      d.routeTables = [];
    },
  ],
  [
    "route tables outside the document: the VPC's main table and one a subnet lists",
    (d) => {
      d.routeTables = [
        { id: "rtb-outside-main", external: true, vpc: "vpc-main", main: true },
        { id: "rtb-outside-public", external: true, subnets: ["subnet-public-a"] },
      ];
    },
  ],
  [
    "a VPC whose internet gateways the document doesn't describe (describe-vpcs without describe-internet-gateways)",
    (d) => {
      d.internetGateways = [];
      for (const v of d.vpcs) if (v.external !== true) v.internetGatewayUnknown = true;
    },
  ],
  [
    "subnets, VPC and groups outside the document",
    (d) => {
      d.vpcs = d.vpcs.map((v) => ({ id: v.id, external: true }));
      d.subnets = d.subnets.map((s) => ({ id: s.id, external: true, ...(s.vpc ? { vpc: s.vpc } : {}) }));
      d.securityGroups = d.securityGroups.map((g) => ({ id: g.id, external: true }));
    },
  ],
];

function everyText(q: QuestionView | undefined): string[] {
  if (!q) return [];
  const ports = "ports" in q ? (q.ports as { summary: string; steps: QuestionView["steps"] }[]) : [];
  return [
    q.question,
    q.verdict,
    ...[...q.steps, ...ports.flatMap((p) => p.steps)].flatMap((s) => [
      s.text,
      ...s.lines,
      ...s.links.map((l) => l.label),
    ]),
    ...ports.map((p) => p.summary),
  ];
}

describe("the reachability answers in words", () => {
  it.each(breaks)("fill every placeholder, in both languages: %s", (_name, change) => {
    const doc = topology.parse(nat);
    change(doc);
    const index = indexTopology(doc);
    const ids = [...index.instances.keys()];
    for (const lang of ["en", "ko"] as Lang[])
      for (const id of ids) {
        const texts = [
          ...everyText(describeInbound(doc, index, id, lang)),
          ...everyText(describeOutbound(doc, index, id, lang)),
          ...ids
            .filter((other) => other !== id)
            .flatMap((other) =>
              everyText(
                describePeer(doc, index, id, lang, {
                  instance: other,
                  traffic: { protocol: "tcp", port: 8080 },
                })?.answer,
              ),
            ),
        ];
        for (const text of texts) {
          expect(text, text).not.toMatch(/[{}]/);
          expect(text.trim(), text).not.toBe("");
          // Particles are chosen, never written both ways.
          expect(text, text).not.toMatch(/이\(가\)|은\(는\)|을\(를\)/);
        }
      }
  });

  it("says 'unknown' and why when the subnet, VPC or groups are outside the document, not 'no'", () => {
    const doc = topology.parse(nat);
    const change = breaks.find(([name]) => name.startsWith("subnets, VPC"))?.[1];
    change?.(doc);
    const web = doc.instances.find((i) => i.id === "i-web-1"); // its Elastic IP is in the document
    if (!web) throw new Error("fixture");
    const index = indexTopology(doc);
    const inbound = describeInbound(doc, index, web.id, "en");
    expect(inbound).toMatchObject({
      reachable: false,
      unknown: true,
      verdict: "Unknown: what decides it is outside this document",
    });
    expect(inbound?.steps.map((s) => s.text)).toContain(
      "The instance's subnet is not in this document, so its VPC and internet gateway are unknown.",
    );
    expect(describeInbound(doc, index, web.id, "ko")?.verdict).toBe(
      "알 수 없음: 이를 결정하는 정보가 이 문서에 없음",
    );

    // The subnet is the document's, its VPC (another stack's) is not: no gateway, no main table known.
    const own = topology.parse(nat);
    own.vpcs = own.vpcs.map((v) => ({ id: v.id, external: true }));
    own.internetGateways = [];
    own.routeTables = [];
    const ownIndex = indexTopology(own);
    const answer = describeInbound(own, ownIndex, "i-web-1", "en");
    expect(answer?.unknown).toBe(true);
    const texts = answer?.steps.map((s) => s.text) ?? [];
    expect(texts.some((t) => /^VPC .* is outside this document: whether an internet gateway/.test(t))).toBe(
      true,
    );
    expect(
      texts.some((t) => /^Subnet .* its VPC .* is outside it: the main route table it uses/.test(t)),
    ).toBe(true);
    // Known to be private (its own table, no route out): no, not unknown.
    const shipped = topology.parse(nat);
    expect(describeInbound(shipped, indexTopology(shipped), "i-app-1", "en")?.unknown).toBeUndefined();
  });

  it("says 'unknown' when the route table a subnet uses is outside the document (an import's placeholder main table), not 'no'", () => {
    // AWS CLI output without describe-route-tables, or a state without the table aws_vpc's
    // main_route_table_id names: the VPC is described, its main table's routes are not.
    const doc = topology.parse(nat);
    doc.routeTables = [{ id: "rtb-outside", external: true, vpc: "vpc-main", main: true }];
    const index = indexTopology(doc);
    const outbound = describeOutbound(doc, index, "i-app-1", "en");
    expect(outbound?.unknown).toBe(true);
    expect(outbound?.steps.map((s) => s.text)).toContain(
      "Subnet private-a uses route table rtb-outside, which is outside this document: its routes, and so whether the subnet is public, are unknown.",
    );
    expect(describeOutbound(doc, index, "i-app-1", "ko")?.steps.map((s) => s.text)).toContain(
      "서브넷 private-a는 라우팅 테이블 rtb-outside를 쓰는데, 이 테이블은 문서 밖에 있어 경로도, 서브넷이 퍼블릭인지도 알 수 없습니다.",
    );
    expect(describeSubnetExposure(index, "subnet-private-a", "en")).toMatchObject({
      exposure: "unknown",
      verdict:
        "Public or private is unknown: the route table this subnet uses, rtb-outside, is outside this document, and so are its routes.",
    });
    // A table of the document that lists the subnet still decides: rtb-public's route to the gateway.
    doc.routeTables.push({
      id: "rtb-public",
      vpc: "vpc-main",
      subnets: ["subnet-public-a"],
      routes: [{ destination: "0.0.0.0/0", target: "igw-main" }],
    });
    expect(describeSubnetExposure(indexTopology(doc), "subnet-public-a", "en")?.exposure).toBe("public");
  });

  it("says the VPC's internet gateway is unknown, not absent, when the document doesn't describe its gateways", () => {
    // An AWS CLI bundle without describe-internet-gateways: describe-vpcs doesn't tell whether one is
    // attached, and without describe-route-tables the main table's routes are unknown too.
    const doc = topology.parse(nat);
    doc.internetGateways = [];
    for (const v of doc.vpcs) if (v.external !== true) v.internetGatewayUnknown = true;
    doc.routeTables = [{ id: "rtb-outside", external: true, vpc: "vpc-main", main: true }];
    const index = indexTopology(doc);
    const inbound = describeInbound(doc, index, "i-web-1", "en"); // sg-web admits 443 from anywhere
    expect(inbound).toMatchObject({ reachable: false, unknown: true });
    // The steps that fail for want of facts say so: unknown, not "not met".
    expect(inbound?.steps.map((s) => [s.id, s.status])).toEqual([
      ["running", "Met"],
      ["gateway", "Unknown"],
      ["route", "Unknown"],
      ["public-address", "Met"],
    ]);
    expect(describeInbound(doc, index, "i-web-1", "ko")?.steps[1]).toMatchObject({
      unknown: true,
      status: "알 수 없음",
    });
    expect(inbound?.steps.map((s) => s.text)).toContain(
      "Whether an internet gateway is attached to VPC main-vpc is unknown: this document doesn't describe its internet gateways (describe-vpcs doesn't tell; describe-internet-gateways does).",
    );
    expect(describeInbound(doc, index, "i-web-1", "ko")?.steps.map((s) => s.text)).toContain(
      "VPC main-vpc에 인터넷 게이트웨이가 연결되어 있는지 알 수 없습니다. 이 문서에는 VPC의 인터넷 게이트웨이 정보가 없습니다(describe-vpcs에는 나오지 않고 describe-internet-gateways에 나옵니다).",
    );
    expect(describeSubnetExposure(index, "subnet-public-a", "en")?.lines).toContain(
      "Internet gateway attached to the VPC: Unknown (this document doesn't describe the VPC's internet gateways)",
    );
    expect(describeSubnetExposure(index, "subnet-public-a", "ko")?.lines).toContain(
      "VPC에 연결된 인터넷 게이트웨이: 알 수 없음(이 문서에 VPC의 인터넷 게이트웨이 정보가 없음)",
    );
    // A document that describes the VPC's gateways and has none: no, and why.
    for (const v of doc.vpcs) if (v.external !== true) delete v.internetGatewayUnknown;
    const known = indexTopology(doc);
    expect(describeInbound(doc, known, "i-web-1", "en")?.steps.map((s) => s.text)).toContain(
      "VPC main-vpc has no internet gateway attached, so nothing from the internet can enter it.",
    );
    expect(describeInbound(doc, known, "i-web-1", "en")?.steps[1]).toMatchObject({ status: "Not met" });
    expect(describeInbound(doc, known, "i-web-1", "en")?.steps[1]?.unknown).toBeUndefined();
    expect(describeSubnetExposure(known, "subnet-public-a", "en")?.lines).toContain(
      "Internet gateway attached to the VPC: No",
    );
  });

  it("says a route's gateway isn't attached to the VPC, not that the VPC has none, when the VPC's gateways are unknown", () => {
    // The route names igw-main of the file, detached or attached to another VPC; whether the subnet's
    // own VPC has a gateway is unknown (internetGatewayUnknown), so "has no gateway" would be a guess.
    for (const attach of [null, "vpc-other"]) {
      const doc = topology.parse(nat);
      for (const v of doc.vpcs) if (v.external !== true) v.internetGatewayUnknown = true;
      if (attach) doc.vpcs.push({ ...(doc.vpcs[0] as Topology["vpcs"][number]), id: attach, name: "other" });
      for (const g of doc.internetGateways) g.vpc = attach;
      const index = indexTopology(doc);
      const en = describeSubnetExposure(index, "subnet-public-a", "en");
      expect(en?.verdict).toBe(
        "Marked public, but its route to the internet goes to internet gateway igw-main, which isn't attached to VPC main-vpc, so that route leads nowhere. Whether the VPC has an internet gateway of its own is unknown.",
      );
      expect(en?.lines).toContain(
        "Internet gateway attached to the VPC: Unknown (this document doesn't describe the VPC's internet gateways)",
      );
      expect(describeSubnetExposure(index, "subnet-public-a", "ko")?.verdict).toBe(
        "퍼블릭으로 표시되어 있지만 인터넷으로 가는 경로가 인터넷 게이트웨이 igw-main으로 향하고, 이 게이트웨이는 VPC main-vpc에 연결되어 있지 않아 경로가 끊겨 있습니다. VPC에 따로 연결된 인터넷 게이트웨이가 있는지는 알 수 없습니다.",
      );
    }
    // When the document does describe the VPC's gateways and it has none, that is what is said.
    const doc = topology.parse(nat);
    for (const g of doc.internetGateways) g.vpc = null;
    expect(describeSubnetExposure(indexTopology(doc), "subnet-public-a", "en")?.verdict).toBe(
      "Marked public, but the VPC main-vpc has no internet gateway attached, so its route to the internet leads nowhere.",
    );
  });

  it("never says an instance whose groups are all outside the document opens no port: which it opens is unknown", () => {
    const doc = topology.parse(nat);
    doc.securityGroups = doc.securityGroups.map((g) => ({ id: g.id, external: true }));
    const index = indexTopology(doc);
    expect(describeInbound(doc, index, "i-web-1", "en")).toMatchObject({
      unknown: true,
      verdict: "Unknown: what decides it is outside this document",
      noPorts: "Its security groups are outside this document, so which ports they open is unknown.",
    });
    expect(describeInbound(doc, index, "i-web-1", "ko")?.noPorts).toBe(
      "보안 그룹이 이 문서 밖에 있어 어떤 포트를 여는지 알 수 없습니다.",
    );
  });

  it("with one group in the document opening nothing and one outside, says the one outside may", () => {
    const doc = topology.parse(nat);
    const web = doc.instances.find((i) => i.id === "i-web-1");
    if (!web || web.external) throw new Error("nat example: i-web-1");
    doc.securityGroups.push({ id: "sg-elsewhere", external: true });
    doc.securityGroups.push({ id: "sg-closed", vpc: "vpc-main", ingress: [] });
    web.securityGroups = ["sg-closed", "sg-elsewhere"];
    const index = indexTopology(doc);
    expect(describeInbound(doc, index, "i-web-1", "en")).toMatchObject({
      unknown: true,
      verdict: "Unknown: what decides it is outside this document",
      noPorts:
        "Its security groups in this document open no port to any address range, but some of its groups are outside this document, so which ports those open is unknown.",
    });
    expect(describeInbound(doc, index, "i-web-1", "ko")?.noPorts).toBe(
      "이 문서에 있는 보안 그룹은 어떤 주소 범위에도 포트를 열지 않지만, 일부 보안 그룹이 문서 밖에 있어 그 그룹이 여는 포트는 알 수 없습니다.",
    );
  });

  it("writes a state that stops traffic in the sentence's own case", () => {
    const doc = topology.parse(nat);
    for (const i of doc.instances) if (i.id === "i-app-1") i.state = "shutting-down";
    const index = indexTopology(doc);
    const step = (lang: Lang) =>
      describeInbound(doc, index, "i-app-1", lang)?.steps.find((s) => s.id === "running");
    expect(step("en")?.text).toMatch(/^Instance app-1 is shutting down: only a running instance/);
    expect(step("ko")?.text).toMatch(/^인스턴스 app-1은 '종료 중' 상태입니다\./);
  });

  it("names the deciding resource first on every check that has one", () => {
    const doc = topology.parse(nat);
    const index = indexTopology(doc);
    const out = describeOutbound(doc, index, "i-app-1", "en");
    expect(out?.steps.map((s) => s.links[0]?.target)).toEqual([
      "i-app-1",
      "rtb-main",
      "nat-a",
      "sg-app",
      "acl-main",
      "acl-main",
    ]);
    for (const step of out?.steps ?? []) expect(step.doc.href).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });

  it("says the ACL replies are stateless and which rule decides, in Korean with fitting particles", () => {
    const doc = topology.parse(nat);
    doc.networkAcls = [
      {
        id: "acl-app",
        vpc: doc.vpcs[0]?.id ?? "",
        subnets: ["subnet-private-a"],
        ingress: [{ ruleNumber: 100, action: "allow", protocol: "-1", cidr: "10.0.0.0/16" }],
        egress: [{ ruleNumber: 100, action: "allow", protocol: "-1", cidr: "0.0.0.0/0" }],
      },
    ];
    const index = indexTopology(doc);
    const en = describeOutbound(doc, index, "i-app-1", "en");
    const acl = en?.steps.find((s) => s.id === "acl" && !s.met);
    expect(acl?.lines).toEqual([
      "Out: TCP port 443 to the internet: allowed by rule 100",
      "In: the replies on ports 1024-65535 from the internet: denied by the final * rule",
    ]);
    const ko = describeOutbound(doc, index, "i-app-1", "ko");
    expect(ko?.steps.find((s) => s.id === "acl" && !s.met)?.lines[1]).toBe(
      "인바운드: 인터넷에서 오는 포트 1024-65535의 응답: 마지막 * 규칙에서 거부",
    );
  });
});

describe("an instance that lists no security group, in words", () => {
  // The NAT example with i-app-1 and i-app-2 listing no group: both are in vpc-main's default group.
  function bare(): { doc: Topology; index: ReturnType<typeof indexTopology> } {
    const doc = topology.parse(nat);
    for (const i of doc.instances) if (i.external !== true && i.id !== "i-web-1") delete i.securityGroups;
    return { doc, index: indexTopology(doc) };
  }
  const DOC = "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html";
  const sgStep = (q: QuestionView | undefined, id: "sg-ingress" | "sg-egress") =>
    q?.steps.find((s) => s.id === id);

  it("says the VPC's default group admits nothing from the internet, links AWS's page, in both languages", () => {
    const { doc, index } = bare();
    const en = describeInbound(doc, index, "i-app-1", "en");
    const step = sgStep(en, "sg-ingress");
    expect(step?.met).toBe(false);
    expect(step?.text).toBe(
      "It lists no security group, so it is in the default security group of VPC main-vpc: AWS puts an instance launched without one there. That group's default inbound rule admits traffic only from instances in the same group, so nothing from the internet gets in (unless its rules were changed outside this document).",
    );
    expect(step?.doc).toEqual({ href: DOC, label: "AWS: Default security groups for your VPCs" });
    expect(step?.links[0]?.target).toBe("vpc-main");
    expect(en?.noPorts).toBe(
      "The default security group of its VPC opens no port to any address range, so nothing from the internet gets in.",
    );
    const ko = describeInbound(doc, index, "i-app-1", "ko");
    expect(sgStep(ko, "sg-ingress")?.text).toContain("VPC main-vpc의 기본 보안 그룹에 속합니다");
    expect(sgStep(ko, "sg-ingress")?.doc.label).toBe("AWS 문서: VPC의 기본 보안 그룹");
  });

  it("says everything goes out, and that two bare instances of one VPC share its default group", () => {
    const { doc, index } = bare();
    const out = describeOutbound(doc, index, "i-app-1", "en");
    expect(out?.reachable).toBe(true);
    expect(sgStep(out, "sg-egress")?.text).toContain(
      "That group's default outbound rule allows all traffic out (unless its rules were changed outside this document)",
    );
    expect(sgStep(out, "sg-egress")?.doc.href).toBe(DOC);
    const ko = describeOutbound(doc, index, "i-app-1", "ko");
    expect(sgStep(ko, "sg-egress")?.text).toContain("기본 아웃바운드 규칙은 모든 트래픽을 내보내며");

    const both = describePeer(doc, index, "i-app-1", "en", {
      instance: "i-app-2",
      traffic: { protocol: "tcp", port: 5432 },
    })?.answer;
    expect(both?.reachable).toBe(true);
    expect(sgStep(both, "sg-ingress")?.text).toBe(
      "Neither app-1 nor app-2 lists a security group, so both are in the default security group of VPC main-vpc, whose default inbound rule admits all traffic from instances in the same group (unless its rules were changed outside this document).",
    );
    expect(sgStep(both, "sg-egress")?.text).toContain("app-1 lists no security group");
  });

  it("says why an instance with groups of its own is not let in by the default group", () => {
    const { doc, index } = bare();
    const answer = describePeer(doc, index, "i-web-1", "en", {
      instance: "i-app-1",
      traffic: { protocol: "tcp", port: 8080 },
    })?.answer;
    expect(answer?.reachable).toBe(false);
    const step = sgStep(answer, "sg-ingress");
    expect(step?.met).toBe(false);
    expect(step?.text).toContain("web-1 lists security groups of its own, so it isn't one of them");
    const ko = describePeer(doc, index, "i-web-1", "ko", {
      instance: "i-app-1",
      traffic: { protocol: "tcp", port: 8080 },
    })?.answer;
    expect(sgStep(ko, "sg-ingress")?.text).toContain(
      "자기 보안 그룹이 지정되어 있어 이 그룹에 속하지 않습니다",
    );
  });

  it("never says an instance whose groups are outside the document has no security group", () => {
    const doc = topology.parse(nat);
    doc.securityGroups = [];
    const index = indexTopology(doc);
    const out = describeOutbound(doc, index, "i-app-1", "en");
    expect(sgStep(out, "sg-egress")?.text).toBe(
      "Its security groups are not defined in this document, so no outbound rule of theirs can be read here.",
    );
  });
});

describe("an instance that lists no security group, judged by the default group the document defines", () => {
  function described(): { doc: Topology; index: ReturnType<typeof indexTopology> } {
    const doc = topology.parse(nat);
    for (const i of doc.instances) if (i.external !== true && i.id !== "i-web-1") delete i.securityGroups;
    doc.securityGroups.push({
      id: "sg-main-default",
      name: "default",
      vpc: "vpc-main",
      default: true,
      ingress: [{ protocol: "-1", securityGroup: "sg-main-default" }],
      egress: [],
    });
    return { doc, index: indexTopology(doc) };
  }
  const sgStep = (q: QuestionView | undefined, id: "sg-ingress" | "sg-egress") =>
    q?.steps.find((s) => s.id === id);

  it("names the group and says its rules are the document's, then what they say, in both languages", () => {
    const { doc, index } = described();
    const out = describeOutbound(doc, index, "i-app-1", "en");
    expect(out?.reachable).toBe(false);
    expect(out?.verdict).toBe("Cannot reach the internet");
    const step = sgStep(out, "sg-egress");
    expect(step?.text).toBe(
      "app-1 lists no security group, so it is in default, the default security group of VPC main-vpc (AWS puts an instance launched without one there), judged by the rules this document gives it. " +
        "No outbound rule of its security groups (default) lets TCP port 443 out to the internet.",
    );
    expect(step?.doc.href).toBe(
      "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
    );
    expect(step?.links.map((l) => l.target)).toContain("sg-main-default");
    const ko = sgStep(describeOutbound(doc, index, "i-app-1", "ko"), "sg-egress");
    expect(ko?.text).toContain("VPC main-vpc의 기본 보안 그룹 default에 속합니다");
    expect(ko?.text).toContain("이 문서에 적힌 그 그룹의 규칙으로 판단합니다");

    const peer = describePeer(doc, index, "i-app-1", "en", {
      instance: "i-app-2",
      traffic: { protocol: "tcp", port: 5432 },
    })?.answer;
    expect(peer?.verdict).toBe("app-1 cannot reach app-2 on TCP port 5432");
    // The group's own rule admits its members; its empty egress lets nothing out.
    expect(sgStep(peer, "sg-ingress")?.met).toBe(true);
    expect(sgStep(peer, "sg-ingress")?.text).toMatch(/^app-2 lists no security group, so it is in default/);
    expect(sgStep(peer, "sg-egress")?.met).toBe(false);
  });

  it("an instance whose groups are all outside the document: outbound is unknown, as inbound is", () => {
    const doc = topology.parse(nat);
    doc.securityGroups = doc.securityGroups.map((g) => ({ id: g.id, external: true }) as never);
    const index = indexTopology(doc);
    const out = describeOutbound(doc, index, "i-web-1", "en");
    expect(out?.unknown).toBe(true);
    expect(out?.verdict).toBe("Unknown: what decides it is outside this document");
    expect(describeOutbound(doc, index, "i-web-1", "ko")?.verdict).toBe(
      "알 수 없음: 이를 결정하는 정보가 이 문서에 없음",
    );
  });
});

import { describe, expect, it } from "vitest";
import nat from "../../examples/nat-gateway.json";
import type { Lang } from "../i18n/text.ts";
import { type Topology, topology } from "../model/schema.ts";
import { indexTopology } from "../model/topology-index.ts";
import {
  describeInbound,
  describeOutbound,
  describePeer,
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

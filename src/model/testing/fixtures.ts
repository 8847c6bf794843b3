// Small hand-written documents for rule tests. Each test copies one and breaks exactly one thing,
// so a failing assertion points at the rule, not at the fixture.
import { formatMessage } from "../messages.ts";
import type { Rule } from "../rules/types.ts";
import { FORMAT_VERSION, type Topology } from "../schema.ts";
import { indexTopology } from "../topology-index.ts";

/**
 * Seoul, two zones, one VPC with a gateway, a public subnet (associated with rtb-public, 0.0.0.0/0 to
 * the gateway) and a private one (using the main table rtb-main), two instances, volumes.
 */
export function baseTopology(): Topology {
  return {
    version: FORMAT_VERSION,
    name: "fixture",
    regions: [{ id: "ap-northeast-2", availabilityZones: ["ap-northeast-2a", "ap-northeast-2c"] }],
    vpcs: [{ id: "vpc-1", region: "ap-northeast-2", cidrBlock: "10.0.0.0/16" }],
    internetGateways: [{ id: "igw-1", vpc: "vpc-1" }],
    subnets: [
      {
        id: "subnet-pub",
        vpc: "vpc-1",
        availabilityZone: "ap-northeast-2a",
        cidrBlock: "10.0.0.0/24",
      },
      {
        id: "subnet-priv",
        vpc: "vpc-1",
        availabilityZone: "ap-northeast-2c",
        cidrBlock: "10.0.1.0/24",
      },
    ],
    securityGroups: [
      {
        id: "sg-web",
        vpc: "vpc-1",
        ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0" }],
      },
    ],
    instances: [
      {
        id: "i-web",
        subnet: "subnet-pub",
        instanceType: "t3.micro",
        publicIp: true,
        securityGroups: ["sg-web"],
      },
      { id: "i-app", subnet: "subnet-priv", instanceType: "m7g.large", securityGroups: ["sg-web"] },
    ],
    volumes: [
      {
        id: "vol-web-root",
        availabilityZone: "ap-northeast-2a",
        sizeGiB: 8,
        volumeType: "gp3",
        attachments: [{ instance: "i-web", device: "/dev/xvda" }],
      },
      {
        id: "vol-app-root",
        availabilityZone: "ap-northeast-2c",
        sizeGiB: 8,
        volumeType: "gp3",
        attachments: [{ instance: "i-app", device: "/dev/xvda" }],
      },
    ],
    routeTables: [
      { id: "rtb-main", vpc: "vpc-1", main: true, routes: [] },
      {
        id: "rtb-public",
        vpc: "vpc-1",
        subnets: ["subnet-pub"],
        routes: [{ destination: "0.0.0.0/0", target: "igw-1" }],
      },
    ],
    natGateways: [],
    elasticIps: [],
    networkAcls: [],
  };
}

/**
 * The base document with its VPC outside it (an import's placeholder) and no main table: subnet-pub
 * keeps its own table (public, as its routes say), subnet-priv's main table is outside the document
 * (public or private unknown).
 */
export function outsideVpcTopology(): Topology {
  return withEdit((d) => {
    d.vpcs = [{ id: "vpc-1", external: true }];
    d.routeTables = d.routeTables.filter((t) => t.main !== true);
  });
}

/** A fresh copy of the base document, changed by `edit`. */
export function withEdit(edit: (doc: Topology) => void): Topology {
  const doc = baseTopology();
  edit(doc);
  return doc;
}

/** Runs one rule on a document; each finding comes with its message worded in both languages. */
export function runRule(rule: Rule, doc: Topology) {
  return rule({ doc, index: indexTopology(doc) }).map((f) => ({
    ...f,
    message: {
      en: formatMessage(f.messageId, f.params as never, "en"),
      ko: formatMessage(f.messageId, f.params as never, "ko"),
    },
  }));
}

export function codesOf(list: readonly { code: string }[]): string[] {
  return list.map((d) => d.code);
}

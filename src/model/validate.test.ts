import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_CODES, type DiagnosticCode, ERROR_CODES, severityOf, WARNING_CODES } from "./diagnostics.ts";
import { type Topology, topology } from "./schema.ts";
import { validTopology } from "./testing/arbitrary.ts";
import { baseTopology, codesOf, withEdit } from "./testing/fixtures.ts";
import { checkRules, hasErrors, RULES, validate } from "./validate.ts";

describe("validate", () => {
  it("finds nothing wrong in the base fixture", () => {
    expect(validate(baseTopology())).toEqual([]);
  });

  it("reports schema problems and skips the AWS rules for a malformed document", () => {
    // The subnet overlap would be a rule finding; the wrong type stops validation at the schema.
    const doc = withEdit((d) => {
      (d.subnets[1] as { cidrBlock: string }).cidrBlock = "10.0.0.0/24";
      (d.instances[0] as unknown as { publicIp: string }).publicIp = "yes";
    });
    const diagnostics = validate(doc);
    expect(codesOf(diagnostics)).toEqual(["schema"]);
    expect(diagnostics[0]?.path).toBe("$.instances[0].publicIp");
  });

  it("accepts raw data with absent lists (they default to empty)", () => {
    expect(validate({ version: 1 })).toEqual([]);
  });

  it("turns findings into diagnostics with severity, resource and the chosen language", () => {
    const doc = withEdit((d) => {
      (d.instances[0] as { instanceType: string }).instanceType = "t3.mirco";
    });
    const [en] = validate(doc);
    const [ko] = validate(doc, { lang: "ko" });
    expect(en).toMatchObject({
      code: "instance-type-unknown",
      severity: "warning",
      path: "$.instances[0].instanceType",
      resource: "i-web",
    });
    expect(ko?.message).not.toBe(en?.message);
    expect(ko?.message).toMatch(/[가-힣]/);
    expect(hasErrors(validate(doc))).toBe(false);
  });

  it("hasErrors is true only when some diagnostic is an error", () => {
    expect(hasErrors([])).toBe(false);
    const broken = withEdit((d) => {
      (d.subnets[0] as { vpc: string }).vpc = "vpc-nope";
    });
    expect(hasErrors(validate(broken))).toBe(true);
  });

  it("lists diagnostics in rule order", () => {
    const doc = withEdit((d) => {
      (d.regions[0] as { id: string }).id = "ap-northeast-9"; // region-unknown (+ references break)
      d.volumes.push({ ...(d.volumes[0] as (typeof d.volumes)[number]) }); // duplicate-id first
    });
    const codes = codesOf(checkRules(doc));
    expect(codes[0]).toBe("duplicate-id");
    expect(codes.indexOf("unknown-reference")).toBeLessThan(codes.indexOf("region-unknown"));
  });

  it("has one rule function per group entry and codes split into errors and warnings", () => {
    expect(RULES.length).toBeGreaterThan(10);
    for (const code of ERROR_CODES) expect(severityOf(code)).toBe("error");
    for (const code of WARNING_CODES) expect(severityOf(code)).toBe("warning");
    expect(new Set(ALL_CODES).size).toBe(ALL_CODES.length);
  });
});

describe("validate on generated valid documents", () => {
  it("passes the schema and gives no diagnostic at all", () => {
    fc.assert(
      fc.property(validTopology(), (doc) => {
        expect(topology.safeParse(doc).success).toBe(true);
        expect(validate(doc)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 60_000); // generous: the machine is shared, and this is a property test, not a timing check
});

/** One small edit of the base fixture per diagnostic code. */
const TRIGGERS: Record<DiagnosticCode, (d: Topology) => void> = {
  schema: (d) => {
    (d.vpcs[0] as { cidrBlock: string }).cidrBlock = "10.0.0.1/16";
  },
  "duplicate-id": (d) => {
    (d.volumes[1] as { id: string }).id = "vol-web-root";
  },
  "unknown-reference": (d) => {
    (d.instances[0] as { subnet: string }).subnet = "subnet-nope";
  },
  "az-not-in-region": (d) => {
    d.regions[0]?.availabilityZones?.push("eu-west-1a");
  },
  "vpc-cidr-size": (d) => {
    (d.vpcs[0] as { cidrBlock: string }).cidrBlock = "10.0.0.0/8";
  },
  "subnet-cidr-size": (d) => {
    (d.subnets[1] as { cidrBlock: string }).cidrBlock = "10.0.1.0/29";
  },
  "subnet-outside-vpc": (d) => {
    (d.subnets[1] as { cidrBlock: string }).cidrBlock = "10.9.1.0/24";
  },
  "subnet-overlap": (d) => {
    (d.subnets[1] as { cidrBlock: string }).cidrBlock = "10.0.0.128/25";
  },
  "igw-multiple": (d) => {
    d.internetGateways.push({ id: "igw-2", vpc: "vpc-1" });
  },
  "public-subnet-no-igw": (d) => {
    // Detached: the public subnet's route to it leads nowhere.
    (d.internetGateways[0] as { vpc: string | null }).vpc = null;
  },
  "ebs-az-mismatch": (d) => {
    (d.volumes[0] as { availabilityZone: string }).availabilityZone = "ap-northeast-2c";
  },
  "ebs-size": (d) => {
    (d.volumes[0] as { sizeGiB: number }).sizeGiB = 70_000;
  },
  "ebs-multi-attach": (d) => {
    (d.volumes[0] as { multiAttach?: boolean }).multiAttach = true;
  },
  "ebs-device-conflict": (d) => {
    d.volumes.push({
      id: "vol-web-data",
      availabilityZone: "ap-northeast-2a",
      sizeGiB: 8,
      volumeType: "gp3",
      attachments: [{ instance: "i-web", device: "/dev/xvda" }],
    });
  },
  "ebs-boot-type": (d) => {
    (d.volumes[0] as { volumeType: string; sizeGiB: number }).volumeType = "st1";
    (d.volumes[0] as { sizeGiB: number }).sizeGiB = 500;
  },
  "sg-other-vpc": (d) => {
    d.vpcs.push({ id: "vpc-2", region: "ap-northeast-2", cidrBlock: "10.1.0.0/16" });
    (d.securityGroups[0] as { vpc: string }).vpc = "vpc-2";
  },
  "tag-limit": (d) => {
    (d.vpcs[0] as { tags?: Record<string, string> }).tags = { "aws:owner": "me" };
  },
  "sg-limit": (d) => {
    const ids = ["a", "b", "c", "d", "e", "f"].map((x) => `sg-${x}`);
    for (const id of ids) d.securityGroups.push({ id, vpc: "vpc-1", ingress: [] });
    (d.instances[0] as { securityGroups: string[] }).securityGroups = ids;
  },
  "sg-port-range": (d) => {
    d.securityGroups[0]?.ingress?.push({ protocol: "tcp", fromPort: 8080, toPort: 80, cidr: "0.0.0.0/0" });
  },
  "sg-rule-limit": (d) => {
    const rule = { protocol: "-1" as const, cidr: "0.0.0.0/0" };
    (d.securityGroups[0] as { egress?: unknown[] }).egress = Array.from({ length: 61 }, () => rule);
  },
  "route-duplicate": (d) => {
    d.routeTables[1]?.routes?.push({ destination: "0.0.0.0/0", target: "igw-1" });
  },
  "route-table-main-multiple": (d) => {
    d.routeTables.push({ id: "rtb-main-2", vpc: "vpc-1", main: true, routes: [] });
  },
  "sg-default-multiple": (d) => {
    const vpc = d.securityGroups[0]?.vpc ?? "vpc-1";
    d.securityGroups.push({ id: "sg-default-1", vpc, default: true, ingress: [] });
    d.securityGroups.push({ id: "sg-default-2", vpc, default: true, ingress: [] });
  },
  "acl-default-multiple": (d) => {
    const vpc = d.vpcs[0]?.id ?? "vpc-1";
    d.networkAcls.push({ id: "acl-default-1", vpc, default: true, ingress: [], egress: [] });
    d.networkAcls.push({ id: "acl-default-2", vpc, default: true, ingress: [], egress: [] });
  },
  "subnet-association-multiple": (d) => {
    d.routeTables.push({ id: "rtb-extra", vpc: "vpc-1", subnets: ["subnet-pub"], routes: [] });
  },
  "acl-rule-number": (d) => {
    const rule = { ruleNumber: 100, action: "allow" as const, protocol: "-1" as const, cidr: "0.0.0.0/0" };
    d.networkAcls.push({
      id: "acl-1",
      vpc: "vpc-1",
      ingress: [rule, rule],
      egress: [{ ...rule, ruleNumber: 40000 }],
    });
  },
  "route-table-other-vpc": (d) => {
    d.vpcs.push({ id: "vpc-2", region: "ap-northeast-2", cidrBlock: "10.1.0.0/16" });
    d.routeTables.push({ id: "rtb-2", vpc: "vpc-2", subnets: ["subnet-priv"], routes: [] });
  },
  "eip-association-multiple": (d) => {
    d.elasticIps.push({ id: "eipalloc-1", publicIp: "203.0.113.10", instance: "i-web" });
    d.elasticIps.push({ id: "eipalloc-2", publicIp: "203.0.113.10", instance: "i-web" });
  },
  "ebs-boot-multi-attach": (d) => {
    Object.assign(d.volumes[0] as object, { volumeType: "io2", iops: 1000, multiAttach: true });
  },
  "ebs-performance-ratio": (d) => {
    (d.volumes[0] as { iops?: number }).iops = 16_000; // 8 GiB of gp3 allows 4,000
  },
  "nat-gateway-no-internet": (d) => {
    d.natGateways.push({ id: "nat-1", subnet: "subnet-pub" });
  },
  "route-blackhole": (d) => {
    d.internetGateways.push({ id: "igw-old", vpc: null });
    d.routeTables[1]?.routes?.push({ destination: "198.51.100.0/24", target: "igw-old" });
  },
  "region-tags": (d) => {
    (d.regions[0] as { tags?: Record<string, string> }).tags = { Team: "web" };
  },
  "sg-admin-port-open": (d) => {
    d.securityGroups[0]?.ingress?.push({ protocol: "tcp", fromPort: 22, toPort: 22, cidr: "0.0.0.0/0" });
  },
  "icmp-type-code": (d) => {
    d.securityGroups[0]?.ingress?.push({ protocol: "icmp", fromPort: 300, toPort: -1, cidr: "0.0.0.0/0" });
  },
  "ami-id-length": (d) => {
    (d.instances[0] as { imageId?: string }).imageId = "ami-0123456789ab";
  },
  "ebs-device-name": (d) => {
    (d.volumes[1]?.attachments?.[0] as { device: string }).device = "/dev/foo";
  },
  "instance-type-unknown": (d) => {
    (d.instances[0] as { instanceType: string }).instanceType = "t3.mirco";
  },
  "public-ip-private-subnet": (d) => {
    (d.instances[1] as { publicIp?: boolean }).publicIp = true;
  },
  "region-unknown": (d) => {
    d.regions.push({ id: "xx-nowhere-1", availabilityZones: [] });
  },
};

describe("every diagnostic code", () => {
  it.each(ALL_CODES)("%s: produced alone, with messages in English and Korean", (code) => {
    const doc = withEdit(TRIGGERS[code]);
    const en = validate(doc, { lang: "en" });
    const ko = validate(doc, { lang: "ko" });
    expect([...new Set(codesOf(en))]).toEqual([code]);
    expect(codesOf(ko)).toEqual(codesOf(en));
    en.forEach((d, k) => {
      const other = ko[k];
      expect(d.severity).toBe(severityOf(code));
      expect(d.message.length).toBeGreaterThan(20);
      expect(d.message).not.toMatch(/[가-힣]/);
      expect(other?.message).toMatch(/[가-힣]/);
      expect(other?.path).toBe(d.path);
    });
  });
});

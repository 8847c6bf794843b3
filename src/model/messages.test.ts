import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "./diagnostics.ts";
import { formatMessage, isMessageId, localizeDiagnostic, MESSAGES, messageIn } from "./messages.ts";
import type { Topology } from "./schema.ts";
import { baseTopology, withEdit } from "./testing/fixtures.ts";
import { validate } from "./validate.ts";

const INVALID_DIR = join(import.meta.dirname, "../../examples/invalid");
const invalidExamples = readdirSync(INVALID_DIR)
  .filter((f) => f.endsWith(".json") && f !== "expected.json")
  .map((f) => ({ file: f, data: JSON.parse(readFileSync(join(INVALID_DIR, f), "utf8")) as unknown }));

const HANGUL = /[가-힣]/;

describe("messageIn: another language without validating again", () => {
  it("found the invalid examples to check", () => {
    expect(invalidExamples.length).toBeGreaterThan(15);
  });

  for (const { file, data } of invalidExamples) {
    it(`re-words every diagnostic of ${file} exactly as validating in that language would`, () => {
      const en = validate(data, { lang: "en" });
      const ko = validate(data, { lang: "ko" });
      expect(en.length).toBeGreaterThan(0);
      expect(en.map((d) => messageIn(d, "ko"))).toEqual(ko.map((d) => d.message));
      expect(ko.map((d) => messageIn(d, "en"))).toEqual(en.map((d) => d.message));
      for (const d of ko) expect(d.message).toMatch(HANGUL);
      for (const d of en) expect(d.message).not.toMatch(HANGUL);
    });
  }

  it("still works after the diagnostics went through JSON (e.g. `ec2viz validate --json`)", () => {
    const doc = withEdit((d) => {
      (d.instances[0] as { instanceType: string }).instanceType = "t3.mirco";
      (d.subnets[1] as { cidrBlock: string }).cidrBlock = "10.0.1.0/29";
    });
    const en = JSON.parse(JSON.stringify(validate(doc))) as Diagnostic[];
    const ko = validate(doc, { lang: "ko" });
    expect(en.map((d) => localizeDiagnostic(d, "ko"))).toEqual(ko);
  });

  it("keeps the message of a diagnostic that has no message id (made by hand)", () => {
    const d: Diagnostic = { code: "schema", severity: "error", path: "$", message: "as written" };
    expect(messageIn(d, "ko")).toBe("as written");
    expect(messageIn({ ...d, messageId: "no-such-message", params: {} }, "ko")).toBe("as written");
  });

  it("gives no diagnostics to re-word for a valid document", () => {
    expect(validate(baseTopology())).toEqual([]);
  });
});

/** Edits that reach the message variants the invalid examples don't show. */
const MORE: Record<string, (d: Topology) => void> = {
  "az-not-in-region.region": (d) => {
    d.regions[0]?.availabilityZones?.push("us-east-1a");
  },
  "vpc-cidr-size.link-local": (d) => {
    (d.vpcs[0] as { cidrBlock: string }).cidrBlock = "169.254.0.0/16";
  },
  "ebs-size.not-settable": (d) => {
    Object.assign(d.volumes[0] as object, { volumeType: "gp2", throughput: 200 });
  },
  "ebs-multi-attach.off": (d) => {
    d.volumes[0]?.attachments?.push({ instance: "i-web", device: "/dev/sdf" });
  },
  "ebs-multi-attach.too-many": (d) => {
    const many = Array.from({ length: 17 }, (_, i) => ({ instance: "i-web", device: `/dev/sd${i}` }));
    Object.assign(d.volumes[0] as object, { volumeType: "io2", sizeGiB: 8, iops: 1000, multiAttach: true });
    d.volumes[0]?.attachments?.push(...many);
  },
  "tag-limit.count": (d) => {
    (d.vpcs[0] as { tags?: Record<string, string> }).tags = Object.fromEntries(
      Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"]),
    );
  },
  "ebs-performance-ratio.throughput": (d) => {
    Object.assign(d.volumes[0] as object, { iops: 3000, throughput: 1000 }); // 3,000 IOPS allow 750 MiB/s
  },
  "nat-gateway-no-internet.eip": (d) => {
    d.natGateways.push({ id: "nat-1", subnet: "subnet-pub" });
  },
  "route-table-other-vpc.subnet": (d) => {
    d.vpcs.push({ id: "vpc-2", region: "ap-northeast-2", cidrBlock: "10.1.0.0/16" });
    d.routeTables.push({ id: "rtb-2", vpc: "vpc-2", subnets: ["subnet-priv"], routes: [] });
  },
  "ebs-device-name.nvme": (d) => {
    d.volumes[0]?.attachments?.splice(0, 1, { instance: "i-web", device: "/dev/nvme0n1" });
  },
  "tag-limit.key-length": (d) => {
    (d.vpcs[0] as { tags?: Record<string, string> }).tags = { ["k".repeat(129)]: "v" };
  },
};

describe("every message", () => {
  it("is reached by an invalid example or an edit here, and reads the same when re-worded", () => {
    const seen = new Set<string>();
    const docs: unknown[] = [...invalidExamples.map((e) => e.data)];
    for (const [id, edit] of Object.entries(MORE)) {
      const doc = withEdit(edit);
      docs.push(doc);
      expect(validate(doc).map((d) => d.messageId)).toContain(id);
    }
    for (const doc of docs) {
      const en = validate(doc);
      const ko = validate(doc, { lang: "ko" });
      for (const [i, d] of en.entries()) {
        seen.add(d.messageId ?? "");
        expect(messageIn(d, "ko")).toBe(ko[i]?.message);
        expect(ko[i]?.message).toMatch(HANGUL);
        expect(d.message).not.toMatch(HANGUL);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(MESSAGES).sort());
  });
});

describe("formatMessage", () => {
  it("words the same params differently per language and uses every param it is given", () => {
    const params = { who: "web-1", type: "t3.mirco", guess: "t3.micro" };
    const en = formatMessage("instance-type-unknown", params, "en");
    const ko = formatMessage("instance-type-unknown", params, "ko");
    for (const text of [en, ko]) {
      expect(text).toContain("web-1");
      expect(text).toContain("t3.mirco");
      expect(text).toContain("t3.micro");
    }
    expect(ko).toMatch(HANGUL);
    expect(formatMessage("instance-type-unknown", { ...params, guess: "" }, "en")).not.toContain(
      "Did you mean",
    );
  });

  it("names the kinds of resources in unknown-reference messages", () => {
    const p = {
      owner: "i-1",
      target: "vpc-1",
      path: "$.instances[0].subnet",
      expected: "subnet",
      actual: "vpc",
    };
    expect(formatMessage("unknown-reference.kind", p, "en")).toMatch(/a VPC.*a subnet/);
    expect(formatMessage("unknown-reference.kind", p, "ko")).toMatch(/VPC.*서브넷/);
  });

  it("knows its own ids only", () => {
    for (const id of Object.keys(MESSAGES)) expect(isMessageId(id)).toBe(true);
    expect(isMessageId("toString")).toBe(false);
    expect(isMessageId("nope")).toBe(false);
  });
});

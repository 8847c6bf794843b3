import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import { LANGS } from "../model/diagnostics.ts";
import { KNOWN_ATTRIBUTES, SERIES_CATEGORY } from "../model/instance-type-decode.ts";
import { kindLabel, LABEL_KINDS } from "../model/kind-labels.ts";
import { internetReachability } from "../model/reachability.ts";
import { VOLUME_LIMITS } from "../model/rules/storage.ts";
import { topology, VOLUME_TYPES } from "../model/schema.ts";
import { indexTopology } from "../model/topology-index.ts";
import { CATALOG, CONCEPT_IDS, explainConcept } from "./catalog.ts";
import { RELATED_CONCEPT_IDS } from "./concepts.ts";
import { ATTRIBUTE_TEXT, CATEGORY_TEXT, SERIES_TEXT } from "./instance-type-text.ts";
import { volumeTypeText } from "./volume-types.ts";

const HANGUL = /[\uac00-\ud7a3]/;
const FIELDS = ["title", "what", "why", "relations", "docTitle"] as const;

describe("explanation catalog", () => {
  it("covers every diagram kind and every related concept, and nothing else", () => {
    expect(Object.keys(CATALOG).sort()).toEqual([...LABEL_KINDS, ...RELATED_CONCEPT_IDS].sort());
    expect([...CONCEPT_IDS].sort()).toEqual(Object.keys(CATALOG).sort());
  });

  it.each(CONCEPT_IDS)("%s has complete English and Korean text and an AWS docs link", (id) => {
    const entry = CATALOG[id];
    expect(entry.docUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/[\w/.-]+\.html$/);
    for (const field of FIELDS) {
      expect(entry.en[field]?.trim(), `${id}.en.${field}`).toBeTruthy();
      expect(entry.ko[field]?.trim(), `${id}.ko.${field}`).toBeTruthy();
      expect(HANGUL.test(entry.en[field]), `${id}.en.${field} has Hangul`).toBe(false);
    }
    // Korean prose must really be Korean, not a copy of the English.
    for (const field of ["what", "why", "relations"] as const) {
      expect(HANGUL.test(entry.ko[field]), `${id}.ko.${field}`).toBe(true);
      expect(entry.ko[field]).not.toBe(entry.en[field]);
    }
  });

  it("titles each diagram kind with its public kind label", () => {
    for (const kind of LABEL_KINDS)
      for (const lang of LANGS) expect(CATALOG[kind][lang].title).toBe(kindLabel(kind, lang));
  });

  it("the Internet concept names every link the way in is checked for (reachability's inbound checks)", () => {
    // The words each inbound check is about, as a reader meets them in both languages.
    const words: Record<string, { en: string; ko: string }> = {
      running: { en: "running instance", ko: "실행 중인 인스턴스" },
      gateway: { en: "internet gateway", ko: "인터넷 게이트웨이" },
      route: { en: "route", ko: "경로" },
      "public-address": { en: "public IPv4 address", ko: "퍼블릭 IPv4 주소" },
      "sg-ingress": { en: "security group rule", ko: "보안 그룹 규칙" },
      acl: { en: "network ACL", ko: "네트워크 ACL" },
    };
    const index = indexTopology(topology.parse(seed));
    const answer = internetReachability(index, "i-web-1");
    const ids = new Set(
      [...(answer?.checks ?? []), ...(answer?.ports ?? []).flatMap((p) => p.checks)].map((c) => c.id),
    );
    expect([...ids].sort()).toEqual(Object.keys(words).sort());
    for (const id of ids) {
      expect(CATALOG.internet.en.relations, id).toContain(words[id]?.en);
      expect(CATALOG.internet.ko.relations, id).toContain(words[id]?.ko);
    }
  });

  it("links Korean readers to AWS's Korean pages", () => {
    expect(explainConcept("vpc", "en").docUrl).toBe(
      "https://docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html",
    );
    expect(explainConcept("vpc", "ko").docUrl).toBe(
      "https://docs.aws.amazon.com/ko_kr/vpc/latest/userguide/what-is-amazon-vpc.html",
    );
    expect(explainConcept("ami", "ko").title).toBe("Amazon 머신 이미지(AMI)");
  });
});

describe("instance type and volume type words", () => {
  const bilingual = (label: string, text: { en: string; ko: string }) => {
    expect(text.en.trim(), `${label}.en`).toBeTruthy();
    expect(HANGUL.test(text.ko) || /^[\x20-\x7e]+$/.test(text.ko), `${label}.ko`).toBe(true);
    expect(text.ko.trim(), `${label}.ko`).toBeTruthy();
  };

  it("explain every series, category and attribute in both languages", () => {
    for (const series of Object.keys(SERIES_CATEGORY) as (keyof typeof SERIES_CATEGORY)[])
      bilingual(`series ${series}`, SERIES_TEXT[series]);
    for (const [category, text] of Object.entries(CATEGORY_TEXT)) bilingual(`category ${category}`, text);
    for (const code of KNOWN_ATTRIBUTES) bilingual(`attribute ${code}`, ATTRIBUTE_TEXT[code]);
  });

  it("explain every EBS volume type in both languages", () => {
    for (const type of VOLUME_TYPES) {
      const [en, ko] = [volumeTypeText(type, "en"), volumeTypeText(type, "ko")];
      bilingual(`${type} name`, { en: en.name, ko: ko.name });
      bilingual(`${type} summary`, { en: en.summary, ko: ko.summary });
      expect(HANGUL.test(ko.summary)).toBe(true);
      expect(`${en.summary} ${ko.summary}`, type).not.toMatch(/\{/);
    }
    // The limits a summary shows are the ones the rules check.
    for (const text of [volumeTypeText("gp3", "en").summary, volumeTypeText("gp3", "ko").summary]) {
      expect(text).toContain(VOLUME_LIMITS.gp3.iops?.max.toLocaleString("en-US"));
      expect(text).toContain(VOLUME_LIMITS.gp3.throughput?.max.toLocaleString("en-US"));
    }
  });
});

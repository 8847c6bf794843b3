// Every message of every catalog, rendered in Korean with names that end in a vowel, a consonant,
// ㄹ, a digit and a Latin letter: no "이(가)"-style double particle, and the particle after each
// name (and after each fixed Korean word) fits how it ends.
import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import { unknownCollapseMessage } from "../cli/draw-report.ts";
import { EXPORT_TEXT_KEYS, exportText } from "../diagram/export/export-text.ts";
import { topologyToTemplate } from "../io/cloudformation.ts";
import { REFUSAL_CODES, refusalMessage } from "../model/commands/refusals.ts";
import { formatMessage, MESSAGES, type MessageId } from "../model/messages.ts";
import { topology } from "../model/schema.ts";
import type { FinalSound } from "./josa.ts";
import { STRINGS, type StringKey, t } from "./strings.ts";

const NAMES: readonly { name: string; sound: FinalSound }[] = [
  { name: "웹서버", sound: "vowel" },
  { name: "운영망", sound: "consonant" },
  { name: "서울", sound: "rieul" },
  { name: "web-1", sound: "rieul" }, // 일
  { name: "web-2", sound: "vowel" }, // 이
  { name: "web-3", sound: "consonant" }, // 삼
  { name: "subnet-A", sound: "vowel" }, // 에이
  { name: "subnet-L", sound: "rieul" }, // 엘
  { name: "vpc-main", sound: "consonant" }, // 메인
];

// [after a consonant, after a vowel]; 으로/로 also takes 로 after ㄹ.
const PAIRS = [
  ["이", "가"],
  ["은", "는"],
  ["을", "를"],
  ["과", "와"],
  ["으로", "로"],
] as const;

function expected(sound: FinalSound, pair: (typeof PAIRS)[number]): string {
  if (sound === "vowel") return pair[1];
  if (sound === "rieul" && pair[0] === "으로") return pair[1];
  return pair[0];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Problems with particles in `text`, where every variable part was `name`. */
function particleProblems(text: string, name: string, sound: FinalSound): string[] {
  const problems: string[] = [];
  if (/\{\w/.test(text)) problems.push(`unfilled placeholder in: ${text}`);
  if (/[이은을과]\([가는를와]\)|\(으\)로/.test(text)) problems.push(`double particle in: ${text}`);
  // name, then optionally a closing quote or a parenthesis, then a particle ending the word
  const after = new RegExp(
    `${escapeRegExp(name)}["']?(?:\\([^)]*\\))?(으로|로|이|가|은|는|을|를|과|와)(?![가-힣])`,
    "g",
  );
  for (const m of text.matchAll(after)) {
    const got = m[1] as string;
    const pair = PAIRS.find((p) => p.includes(got as never));
    if (pair && got !== expected(sound, pair))
      problems.push(`"${m[0]}" should end in ${expected(sound, pair)}`);
  }
  // fixed Korean words: 처리량가, 서브넷를 … (가/를/와 never follow a closed syllable; 을/은 never an open one)
  for (const m of text.matchAll(/([가-힣])(가|를|와|을|은)(?![가-힣])/g)) {
    const code = (m[1] as string).charCodeAt(0) - 0xac00;
    const closed = code % 28 !== 0;
    const particle = m[2] as string;
    if (particle === "가" && code % 28 === 4) continue; // "무엇인가", "필요한가": a question ending (-ㄴ가)
    if (closed && ["가", "를", "와"].includes(particle)) problems.push(`"${m[0]}" in: ${text}`);
    if (!closed && ["을", "은"].includes(particle)) problems.push(`"${m[0]}" in: ${text}`);
  }
  return problems;
}

// Refusal params are copied (spread), so they are listed; an unfilled placeholder fails the test.
const REFUSAL_PARAMS = [
  "kind",
  "id",
  "code",
  "zone",
  "az",
  "region",
  "count",
  "vpc",
  "gateway",
  "cidr",
].concat(["instance", "limit", "group", "from", "to", "volumes", "field", "message", "target", "eip", "nat"]);

/** Params where every value is `name`, except those a template chooses by (a kind, a field). */
function paramsNamed(name: string, fixed: Record<string, string | number> = {}): Record<string, string> {
  const listed = Object.fromEntries(REFUSAL_PARAMS.map((key) => [key, name]));
  return new Proxy(listed, {
    get: (_, key) => (typeof key === "string" && key in fixed ? fixed[key] : name),
    ownKeys: () => [...REFUSAL_PARAMS, ...Object.keys(fixed)],
    getOwnPropertyDescriptor: (_, key) => ({ enumerable: true, configurable: true, value: name, key }),
    has: () => true,
  });
}

const CHOICES: Record<string, string | number>[] = [
  { field: "throughput", direction: "ingress", expected: "subnet", actual: "vpc", zones: "" },
  { field: "iops", direction: "egress", expected: "instance", actual: "volume" },
  { field: "sizeGiB", expected: "volume", actual: "region" },
];

describe("Korean particles after names, in every catalog", () => {
  for (const { name, sound } of NAMES) {
    it(`diagnostics with a name like ${name}`, () => {
      for (const id of Object.keys(MESSAGES) as MessageId[])
        for (const fixed of CHOICES) {
          const text = formatMessage(id, paramsNamed(name, fixed) as never, "ko");
          expect(particleProblems(text, name, sound), id).toEqual([]);
        }
    });

    it(`refusals with a name like ${name}`, () => {
      for (const code of REFUSAL_CODES)
        for (const item of ["instance", "volume", name]) {
          const text = refusalMessage({ code, params: paramsNamed(name, { item }) }, "ko");
          expect(particleProblems(text, name, sound), code).toEqual([]);
        }
    });

    it(`UI strings and export texts with a name like ${name}`, () => {
      for (const key of Object.keys(STRINGS.ko) as StringKey[]) {
        const text = t("ko", key, paramsNamed(name));
        expect(particleProblems(text, name, sound), key).toEqual([]);
      }
      for (const key of EXPORT_TEXT_KEYS) {
        const text = exportText("ko", key, paramsNamed(name));
        expect(particleProblems(text, name, sound), key).toEqual([]);
      }
    });

    it(`command-line and export notes with a name like ${name}`, () => {
      expect(particleProblems(unknownCollapseMessage([name], "ko"), name, sound)).toEqual([]);
      // A route to a target nothing says anything about is left out of a CloudFormation export.
      const doc = topology.parse(seed);
      const table = doc.routeTables[0];
      if (!table) throw new Error("the seed has a route table");
      table.routes = [...(table.routes ?? []), { destination: "10.9.0.0/16", target: name }];
      const made = topologyToTemplate(doc);
      const notes = made.ok ? made.notes.map((n) => n.ko).filter((n) => n.includes(name)) : [];
      expect(notes).toHaveLength(1);
      for (const note of notes) expect(particleProblems(note, name, sound)).toEqual([]);
    });
  }

  it("catches the mistakes the review found", () => {
    expect(particleProblems("볼륨 v의 처리량가 3,000 MiB/s입니다.", "v", "vowel")).not.toEqual([]);
    expect(particleProblems('"web-1"는 없습니다', "web-1", "rieul")).not.toEqual([]);
    expect(particleProblems("서브넷이(가) 없습니다", "x", "vowel")).not.toEqual([]);
    expect(particleProblems("/dev/sda1로 연결", "/dev/sda1", "rieul")).toEqual([]);
  });
});

// Every message of every catalog, rendered in Korean with names that end in a vowel, a consonant,
// ㄹ, a digit and a Latin letter: no "이(가)"-style double particle, and the particle after each
// name (and after each fixed Korean word) fits how it ends.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import seed from "../../examples/seed-article.json";
import { unknownCollapseMessage } from "../cli/draw-report.ts";
import { ROUTING_TEXT } from "../explain/describe-routing.ts";
import { SIZE_WORDS } from "../explain/instance-type-text.ts";
import { REACH_TEXT } from "../explain/reachability-text.ts";
import { SUMMARY_WORDS } from "../explain/summary.ts";
import { VOLUME_TYPE_INFO } from "../explain/volume-types.ts";
import { importFiles } from "../import/import.ts";
import { IMPORT_TEXT_KEYS, importText } from "../import/messages.ts";
import { topologyToTemplate } from "../io/cloudformation.ts";
import { REFUSAL_CODES, refusalMessage } from "../model/commands/refusals.ts";
import { formatMessage, MESSAGES, type MessageId } from "../model/messages.ts";
import { topology } from "../model/schema.ts";
import { SCHEMA_TEXT } from "../model/schema-diagnostics.ts";
import type { FinalSound } from "./josa.ts";
import { STRINGS, type StringKey, t } from "./strings.ts";
import { interpolate, type LocalText } from "./text.ts";

// Every template the one interpolator fills while this file runs, so the last test can tell which
// Korean templates in src/ no test here has rendered.
const RENDERED = vi.hoisted(() => new Set<string>());
vi.mock("./text.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("./text.ts")>();
  return {
    ...real,
    interpolate: (
      template: string,
      ...rest: Parameters<typeof real.interpolate> extends [string, ...infer R] ? R : never
    ) => {
      RENDERED.add(template);
      return real.interpolate(template, ...rest);
    },
    localize: (templates: LocalText, params?: Parameters<typeof real.localize>[1]) => {
      RENDERED.add(templates.en).add(templates.ko);
      return real.localize(templates, params);
    },
  };
});

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
  { name: "sg-type", sound: "consonant" }, // 타입: a silent e after a consonant
  { name: "web-node", sound: "vowel" }, // 노드
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
    if (m[0] === "불가") continue; // "접근 불가": one word (not possible), not 불 + 가
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
  // the other side of the choices a diagnostic makes on a flag (an empty string is false)
  {
    field: "iops",
    kind: "routeTable",
    duplicate: "",
    allTypes: "",
    guess: "",
    zones: "",
    firstTarget: "",
    place: "securityGroup",
  },
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
    });

    it(`the importers' message table with a name like ${name}`, () => {
      for (const key of IMPORT_TEXT_KEYS) {
        const ko = importText(key, paramsNamed(name)).ko;
        expect(particleProblems(ko, name, sound), key).toEqual([]);
      }
    });

    it(`reachability answers with a name like ${name}`, () => {
      for (const [key, text] of Object.entries(REACH_TEXT)) {
        const ko = interpolate(text.ko, paramsNamed(name, { traffic: name, ranges: name }), "ko");
        expect(particleProblems(ko, name, sound), key).toEqual([]);
      }
    });

    it(`schema problems with a name like ${name}`, () => {
      for (const [key, text] of Object.entries(SCHEMA_TEXT) as [string, LocalText][]) {
        const ko = interpolate(text.ko, paramsNamed(name), "ko");
        expect(particleProblems(ko, name, sound), key).toEqual([]);
      }
    });

    it(`details, tooltips and instance-type and volume-type texts with a name like ${name}`, () => {
      const tables: [string, Readonly<Record<string, string>>][] = [
        ["routing", ROUTING_TEXT.ko],
        ["summary", SUMMARY_WORDS.ko],
        ["size", Object.fromEntries(Object.entries(SIZE_WORDS).map(([k, v]) => [k, v.ko]))],
        ...Object.entries(VOLUME_TYPE_INFO).map(([type, info]): [string, Record<string, string>] => [
          type,
          info.ko,
        ]),
      ];
      for (const [table, texts] of tables)
        for (const [key, text] of Object.entries(texts)) {
          const ko = interpolate(text, paramsNamed(name), "ko");
          expect(particleProblems(ko, name, sound), `${table}.${key}`).toEqual([]);
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

// The importers word their notes, placeholders, skipped resources and errors while they read, with the
// names from the input inside. So each source is read with the name as a logical id, a Terraform address
// and an AWS id, and every Korean sentence that holds the name is checked.
const IMPORT_NAMES: readonly { name: string; sound: FinalSound }[] = [
  { name: "웹", sound: "consonant" },
  { name: "서버", sound: "vowel" },
  { name: "web-1", sound: "rieul" }, // 일
  { name: "web-3", sound: "consonant" }, // 삼
  { name: "db-a", sound: "vowel" }, // 에이
  { name: "ip", sound: "vowel" }, // 아이피
  { name: "vpc-main", sound: "consonant" }, // 메인
];

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function cfnTemplate(name: string) {
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Transform: [name],
    Parameters: { [name]: { Type: "String" } },
    Conditions: { [name]: { "Fn::Equals": [{ Ref: name }, "yes"] } },
    Resources: {
      [name]: { Type: "AWS::EC2::VPC", Properties: { CidrBlock: "10.0.0.0/16" } },
      Sub: {
        Type: "AWS::EC2::Subnet",
        Condition: name,
        Properties: { VpcId: { Ref: name }, CidrBlock: "10.0.1.0/24" },
      },
      Other: {
        Type: "AWS::EC2::Subnet",
        Properties: { VpcId: { Ref: `${name}-x` }, CidrBlock: { Ref: name } },
      },
      Inst: {
        Type: "AWS::EC2::Instance",
        Properties: { SubnetId: `subnet-${name}`, InstanceType: { Ref: name } },
      },
      Gone: { Type: "AWS::EC2::Instance", Properties: { SubnetId: { Ref: `${name}-y` } } },
      Table: { Type: "AWS::EC2::SubnetRouteTableAssociation", Properties: {} },
      Bucket: { Type: `AWS::S3::${name}`, Properties: {} },
    },
  };
}

function terraformPlan(name: string) {
  const managed = (type: string, values: Record<string, unknown> = {}) => ({
    address: `${type}.${name}`,
    mode: "managed",
    type,
    name,
    values,
  });
  return {
    format_version: "1.2",
    terraform_version: "1.9.0",
    planned_values: {
      root_module: {
        resources: [
          managed("aws_subnet", { cidr_block: "10.0.1.0/24", availability_zone: "us-east-1a" }),
          managed("aws_instance", { instance_type: "t3.micro" }),
          managed("aws_route_table_association"),
          managed(`aws_${name}`),
        ],
      },
    },
    configuration: {
      provider_config: { aws: { name: "aws", expressions: { region: { constant_value: "us-east-1" } } } },
      root_module: {
        resources: [
          { ...managed("aws_subnet"), expressions: { vpc_id: { references: [`aws_vpc.${name}.id`] } } },
          {
            ...managed("aws_instance"),
            expressions: { subnet_id: { references: [`aws_subnet.${name}-x.id`] } },
          },
        ],
      },
    },
  };
}

function awsCliOutput(name: string) {
  return {
    Reservations: [
      {
        Instances: [
          {
            InstanceId: `i-${name}`,
            SubnetId: `subnet-${name}`,
            VpcId: `vpc-${name}`,
            InstanceType: "t3.micro",
            Placement: { AvailabilityZone: "us-east-1a" },
            Tags: [{ Key: "Name", Value: name }],
          },
        ],
      },
    ],
    NextToken: name,
  };
}

/** Every Korean sentence an import of `files` gives: errors, notes, placeholders' and skipped reasons. */
function importSentences(files: { name: string; value: unknown }[]): string[] {
  const result = importFiles(
    files.map((f) => ({ name: f.name, bytes: bytesOf(f.value) })),
    { lang: "ko" },
  );
  if (!result.ok) return result.problems.map((p) => p.message.ko);
  const { report } = result;
  return [
    ...result.problems.map((p) => p.message.ko),
    ...report.notes,
    ...report.placeholders.map((p) => p.reason),
    ...report.skipped.map((s) => s.reason),
  ];
}

describe("Korean particles after names, in the importers' notes and errors", () => {
  for (const { name, sound } of IMPORT_NAMES) {
    it(`CloudFormation, Terraform and AWS CLI input with a name like ${name}`, () => {
      const sentences = [
        ...importSentences([{ name: "stack.json", value: cfnTemplate(name) }]),
        ...importSentences([{ name: "plan.json", value: terraformPlan(name) }]),
        ...importSentences([{ name: "instances.json", value: awsCliOutput(name) }]),
        // a template and a plan together: one import reads one kind of source
        ...importSentences([
          { name: "stack.json", value: cfnTemplate(name) },
          { name: `${name}.json`, value: terraformPlan(name) },
        ]),
      ];
      for (const text of sentences) expect(particleProblems(text, name, sound), text).toEqual([]);
      // The name is followed by a particle in several of them, so the check above has work to do.
      const withParticle = new RegExp(
        `${escapeRegExp(name)}(?:\\([^)]*\\))?(으로|로|이|가|은|는|을|를|과|와)(?![가-힣])`,
      );
      expect(sentences.filter((s) => withParticle.test(s)).length).toBeGreaterThanOrEqual(5);
    });
  }

  it("a Terraform state version of any ending", () => {
    for (const [version, sound] of [
      [2, "vowel"],
      [7, "rieul"],
      [10, "consonant"],
      [13, "consonant"],
    ] as const) {
      const sentences = importSentences([
        { name: "terraform.tfstate", value: { version, terraform_version: "1.0.0", resources: [] } },
      ]);
      const about = sentences.filter((s) => s.includes(`버전 ${version}`));
      expect(about.length).toBeGreaterThan(0);
      for (const text of about) expect(particleProblems(text, String(version), sound), text).toEqual([]);
    }
  });
});

// A Korean template with a placeholder that no test above renders could hide a wrong particle, so
// every such string literal in src/ (a `${…}` part of a template literal matches anything) must be
// part of a template the interpolator filled while this file ran.
const PLACEHOLDER = /(?<!\$)\{(?:\w+(?::[가-힣]+\/[가-힣]+)?|[가-힣]+\/[가-힣]+)\}/;
const LITERAL = /"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The fixed parts of a template literal's text, around its `${…}` expressions (braces inside them balanced). */
function literalParts(text: string): string[] {
  const parts: string[] = [];
  let part = "";
  for (let i = 0; i < text.length; i++) {
    if (!text.startsWith("${", i)) {
      part += text.charAt(i);
      continue;
    }
    parts.push(part);
    part = "";
    let depth = 0;
    for (i += 1; i < text.length; i++) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}" && --depth === 0) break;
    }
  }
  return [...parts, part];
}

/** Korean templates (with a placeholder) written in `source`, each as a pattern for its filled-in form. */
function koreanTemplates(source: string): { literal: string; pattern: RegExp }[] {
  const found: { literal: string; pattern: RegExp }[] = [];
  for (const m of source.matchAll(LITERAL)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? "";
    if (!/[가-힣]/.test(raw) || !PLACEHOLDER.test(raw)) continue;
    const text = raw.replace(/\\(["'`\\])/g, "$1").replace(/\\n/g, "\n");
    found.push({
      literal: raw,
      pattern: new RegExp(literalParts(text).map(escapeRegExp).join("[\\s\\S]*")),
    });
  }
  return found;
}

describe("every Korean template is rendered above", () => {
  it("finds templates in source text, template literals included", () => {
    const found = koreanTemplates(
      'a: "{id}{이/가} 없음", b: `\u0024{x}의 {path:이/가} 틀림`, c: "no placeholder 없음", d: `\u0024{n}개`',
    );
    expect(found.map((f) => f.literal)).toEqual(["{id}{이/가} 없음", "\u0024{x}의 {path:이/가} 틀림"]);
    expect(found[1]?.pattern.test("서브넷의 {path:이/가} 틀림")).toBe(true);
  });

  it("no Korean template in src/ is left out", () => {
    const root = join(import.meta.dirname, "..");
    const rendered = [...RENDERED];
    const missed = sourceFiles(root).flatMap((file) =>
      koreanTemplates(readFileSync(file, "utf8"))
        .filter(({ pattern }) => !rendered.some((template) => pattern.test(template)))
        .map(({ literal }) => `${file.slice(root.length + 1)}: ${literal}`),
    );
    expect(missed).toEqual([]);
  });
});

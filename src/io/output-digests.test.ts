// Every output, byte for byte, on many inputs: a guard for refactors that must not change what a
// person gets. For each input (examples, generated documents of several sizes, fast-check samples of
// odd shapes, broken and hostile documents) and three ways of drawing it (en/white/1×; ko/dark/2×
// with rule badges; every third subnet or zone folded, transparent), this hashes what the CLI and the
// Export menu write: the SVG file, the PNG's source SVG and pixel size, draw.io, CloudFormation
// (YAML and JSON), the topology as JSON and YAML, and `validate`'s --json and human output. The
// digests are compared with output-digests.json (digests only, not outputs, so the file stays small).
//
// An INTENDED change of output (a routing fix moves edges, a new attribute in the SVG): look at the
// changed cases it lists, then re-bless with ONE command and commit the JSON with the change:
//     npm run bless:outputs
// (The same digests also record each input's own digest, so a change to a generator is named as
// such: then re-bless too.)
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { expect, test } from "vitest";
import { checkText, formatOfPath } from "../cli/check-file.ts";
import { formatHuman, formatJson } from "../cli/format.ts";
import { layoutTopologySync } from "../layout/layout.ts";
import { brokenTopologyArbitrary, topologyArbitrary } from "../layout/testing/arbitrary.ts";
import type { Lang } from "../model/diagnostics.ts";
import { generateTopology, randomSource } from "../model/examples/generate.ts";
import type { Topology } from "../model/schema.ts";
import { validTopology } from "../model/testing/arbitrary.ts";
import { indexTopology } from "../model/topology-index.ts";
import { checkRules } from "../model/validate.ts";
import { cloudFormationText } from "./cloudformation.ts";
import { drawioText } from "./drawio-export.ts";
import { sceneAsMade, sceneFromLayout } from "./export-scene.ts";
import { emptySceneMessage, pngSource, svgFileParts } from "./image-svg.ts";
import { parseTopologyText } from "./parse.ts";
import { toJsonText, toYamlText } from "./serialize.ts";
import type { ExportBackground } from "./svg-render.ts";

const GOLDEN = join(import.meta.dirname, "testing", "output-digests.json");
const BLESS = process.env.BLESS_OUTPUTS === "1";

const digest = (...parts: readonly (string | readonly string[])[]): string => {
  const hash = createHash("sha256");
  for (const part of parts) {
    if (typeof part === "string") hash.update(part);
    else for (const p of part) hash.update(p);
    hash.update("\u0000");
  }
  return hash.digest("hex").slice(0, 8);
};

/** One input: a file's text (read as the CLI reads it) under a file name. */
interface Input {
  name: string;
  file: string;
  text: string;
}

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");

function inputs(): Input[] {
  const list: Input[] = [];
  for (const dir of [EXAMPLES, join(EXAMPLES, "invalid")])
    for (const f of readdirSync(dir).sort())
      if (/\.(json|ya?ml)$/.test(f))
        list.push({ name: `examples/${f}`, file: f, text: readFileSync(join(dir, f), "utf8") });
  const asJson = (name: string, doc: unknown) =>
    list.push({ name, file: `${name}.json`, text: JSON.stringify(doc) });
  for (const [n, seed] of [
    [0, 1],
    [3, 1],
    [3, 2],
    [40, 1],
    [40, 2],
    [300, 1],
    [500, 2],
  ] as const)
    asJson(`generated ${n}/${seed}`, generateTopology(n, seed));
  for (const [i, d] of fc.sample(topologyArbitrary(3), { seed: 15, numRuns: 10 }).entries())
    asJson(`shapes ${i}`, d);
  for (const [i, d] of fc.sample(brokenTopologyArbitrary(), { seed: 16, numRuns: 6 }).entries())
    asJson(`broken ${i}`, d);
  for (const [i, d] of fc.sample(validTopology(), { seed: 17, numRuns: 6 }).entries())
    asJson(`valid ${i}`, d);
  for (let s = 1; s <= 24; s++) list.push(mutated(s));
  asJson("outside vpc", OUTSIDE_VPC);
  return list;
}

/**
 * An import's shape that no example has: the VPC is another stack's (a placeholder), one subnet is
 * defined in it without a route table of its own, one is a placeholder too. Neither is known to be
 * public or private: both are drawn as plain grey subnets.
 */
const OUTSIDE_VPC = {
  version: 2,
  name: "app stack in a shared VPC",
  regions: [{ id: "eu-west-1", availabilityZones: ["eu-west-1a"] }],
  vpcs: [{ id: "Shared-VPC", external: true }],
  internetGateways: [],
  subnets: [
    {
      id: "app-a",
      name: "app-a",
      vpc: "Shared-VPC",
      cidrBlock: "10.1.1.0/24",
      availabilityZone: "eu-west-1a",
    },
    { id: "Shared-SubnetPublicA", name: "public-a", external: true },
  ],
  securityGroups: [],
  instances: [
    { id: "app-1", name: "app-1", subnet: "app-a", instanceType: "t3.small" },
    { id: "web-1", name: "web-1", subnet: "Shared-SubnetPublicA", instanceType: "t3.micro", publicIp: true },
  ],
  volumes: [],
  routeTables: [],
  natGateways: [],
  elasticIps: [],
  networkAcls: [],
};

// Names and values a file may carry: control, bidi and XML-forbidden characters, markup, Korean,
// emoji, lone surrogates, very long words.
const HOSTILE_TEXT = [
  "\u0001\u0007\u001b[2Jclear",
  "\u202eevil\u202c name",
  "a\u2028b\u2029c",
  "<script>alert(1)</script> & \"'",
  "\uFFFE\uFFFF\uD800 lone",
  "웹 서버 (운영) — 가나다라마바사",
  "🚀🧪 emoji 👩‍💻",
  "w".repeat(300),
  "]]><!-- -->",
];
const ODD_TYPES = ["t3.micr", "m5.larg", "zz.top", "T3.MICRO", "t3.micro ", "c5.xlarge"];

/** A generated document with seeded mutations: wrong references, duplicate ids, odd types and names. */
function mutated(seed: number): Input {
  const rnd = randomSource(1000 + seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const doc = structuredClone(generateTopology(pick([3, 10, 40, 120]), seed)) as unknown as Record<
    string,
    Array<Record<string, unknown>>
  >;
  const all = Object.values(doc).filter(Array.isArray).flat();
  const ids = all.map((o) => o.id);
  for (let m = 1 + Math.floor(rnd() * 6); m > 0 && all.length > 0; m--) {
    const o = pick(all);
    const kind = Math.floor(rnd() * 7);
    if (kind === 0) o.id = pick(ids);
    else if (kind === 1) o.name = pick(HOSTILE_TEXT);
    else if (kind === 2) o.tags = { Name: pick(HOSTILE_TEXT), "aws:x": pick(HOSTILE_TEXT) };
    else if (kind === 3 && "instanceType" in o) o.instanceType = pick(ODD_TYPES);
    else if (kind === 4 && "subnet" in o) o.subnet = pick(["nope", ...ids]);
    else if (kind === 5 && "cidrBlock" in o)
      o.cidrBlock = pick(["10.0.0.0/16", "10.0.0.1/16", "10.1.0.0/30", "abc"]);
    else if (kind === 6) o.description = pick(HOSTILE_TEXT);
  }
  const yaml = seed % 4 === 0;
  const text = yaml
    ? toYamlText(doc as unknown as Topology)
    : JSON.stringify(doc, null, seed % 3 === 0 ? 2 : undefined);
  return { name: `mutated ${seed}`, file: `mutated-${seed}.${yaml ? "yaml" : "json"}`, text };
}

interface Variant {
  name: string;
  lang: Lang;
  scale: number;
  background: ExportBackground;
  badges: boolean;
  fold: boolean;
}
const VARIANTS: Variant[] = [
  { name: "en", lang: "en", scale: 1, background: "white", badges: false, fold: false },
  { name: "ko-dark-2x", lang: "ko", scale: 2, background: "dark", badges: true, fold: false },
  { name: "folded", lang: "en", scale: 1, background: "transparent", badges: true, fold: true },
];

/** The digests of everything written for one input, keyed by output ("<variant> svg", "topology"…). */
async function digestsOf(input: Input): Promise<Record<string, string>> {
  const out: Record<string, string> = { input: digest(input.text) };
  for (const lang of ["en", "ko"] as const) {
    const report = checkText(input.file, input.text, lang);
    out[`validate-${lang}`] = digest(formatJson([report]), formatHuman([report], lang));
  }
  const parsed = parseTopologyText(input.text, formatOfPath(input.file, input.text));
  if (!parsed.ok) return out;
  const doc = parsed.doc;
  out.topology = digest(toJsonText(doc), toYamlText(doc));
  const cfn = ["yaml", "json"].map((f) => cloudFormationText(doc, f as "yaml" | "json"));
  out.cloudformation = digest(
    ...cfn.map((c) =>
      c.ok ? [c.text, ...c.notes.map((n) => n.en + n.ko)] : [`refused ${c.reason.en} ${c.reason.ko}`],
    ),
  );
  const folds = layoutTopologySync(doc)
    .nodes.filter((n) => n.kind === "subnet" || n.kind === "availabilityZone")
    .map((n) => n.id)
    .filter((_, i) => i % 3 === 0);
  for (const v of VARIANTS) {
    const diagnostics = v.badges ? checkRules(doc, v.lang) : [];
    const collapsed = v.fold ? folds : [];
    const options = { scale: v.scale, background: v.background };
    // What `ec2viz render` does (render-image.ts): one index for the layout and the scene.
    const index = indexTopology(doc);
    const layout = layoutTopologySync(doc, { collapsed, index });
    const scene = sceneFromLayout(layout, doc, v.lang, diagnostics, index);
    const svg = svgFileParts(scene, doc, options);
    // The command line writes the SVG from a scene made as it is written: the same bytes.
    const streamed = svgFileParts(sceneAsMade(layout, doc, v.lang, diagnostics, index), doc, options);
    expect(streamed.join(""), `${input.name} ${v.name}: the SVG of sceneAsMade`).toBe(svg.join(""));
    const png = pngSource(scene, options);
    const drawio = drawioText(doc, v.lang, collapsed, diagnostics, layout);
    const key = v.name;
    const empty = emptySceneMessage(scene, v.lang);
    out[`${key}.svg`] =
      empty === undefined ? digest(svg, `${png.width}x${png.height}`) : digest(`refused ${empty}`);
    out[`${key}.png`] = empty === undefined ? digest(png.parts) : "empty";
    out[`${key}.drawio`] = drawio.ok ? digest(drawio.parts) : digest(`refused ${drawio.reason}`);
  }
  return out;
}

/** One line per input: "output=digest …", so the blessed file stays small and a diff names the output. */
const line = (digests: Record<string, string>): string =>
  Object.entries(digests)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");

test("every output (SVG, PNG source, draw.io, CloudFormation, topology, validate) matches its blessed digest", async () => {
  const now: Record<string, string> = {};
  for (const input of inputs()) now[input.name] = line(await digestsOf(input));
  if (BLESS) {
    writeFileSync(GOLDEN, `${JSON.stringify(now, null, 2)}\n`);
    return;
  }
  const blessed = JSON.parse(readFileSync(GOLDEN, "utf8")) as Record<string, string>;
  const names = [...new Set([...Object.keys(blessed), ...Object.keys(now)])];
  const differences = names.flatMap((name) => {
    const was = new Map((blessed[name] ?? "").split(" ").map((kv) => kv.split("=") as [string, string]));
    const is = new Map((now[name] ?? "").split(" ").map((kv) => kv.split("=") as [string, string]));
    if (!blessed[name] || !now[name])
      return [`${name}: ${blessed[name] ? "no longer an input" : "a new input"}`];
    const outputs = [...new Set([...was.keys(), ...is.keys()])].filter((k) => was.get(k) !== is.get(k));
    return outputs.length === 0 ? [] : [`${name}: ${outputs.join(", ")}`];
  });
  const report = [
    `${differences.length} of ${names.length} inputs give other output than src/io/testing/output-digests.json:`,
    ...differences.slice(0, 40).map((d) => `  ${d}`),
    'An "input" in the list means the input itself changed (a generator or an example).',
    "If the change is intended, re-bless with `npm run bless:outputs` and commit the JSON with it.",
  ].join("\n");
  expect(differences, report).toEqual([]);
}, 180_000); // ~100 inputs, every output each: ~40 s alone, more beside the rest of the suite on 2 cores

// Arguments of the commands that draw or hand a topology on: render, export. No I/O here,
// so every case is a plain unit test. Options may come before or after the file; "--opt=value"
// and "--opt value" both work, as in `validate`.
import { type TemplateFormat, templateFormatOf } from "../io/cfn-format.ts";
import { LANGS, type Lang } from "../model/diagnostics.ts";

const RENDER_SCALES = [1, 2, 3] as const;
const RENDER_BACKGROUNDS = ["white", "dark", "transparent"] as const;
const EXPORT_TARGETS = ["drawio", "cloudformation"] as const;

type RenderScale = (typeof RENDER_SCALES)[number];
type RenderBackground = (typeof RENDER_BACKGROUNDS)[number];
type ExportTarget = (typeof EXPORT_TARGETS)[number];
type DrawTopic = "render" | "export";

export interface RenderCommand {
  kind: "render";
  file: string;
  out: string;
  format: "svg" | "png";
  scale: RenderScale;
  background: RenderBackground;
  lang: Lang;
  collapse: string[];
}

export interface ExportCommand {
  kind: "export";
  file: string;
  out: string;
  to: ExportTarget;
  /** Text format of the file written (draw.io: XML; CloudFormation: YAML or JSON by the output's extension). */
  format: "xml" | TemplateFormat;
  lang: Lang;
  collapse: string[];
}

export type DrawCommand =
  | RenderCommand
  | ExportCommand
  | { kind: "help"; topic: DrawTopic }
  | { kind: "usage-error"; message: string; topic: DrawTopic };

const RENDER_USAGE = `Usage: ec2viz render <file> -o out.svg|out.png [--scale 1|2|3]
                     [--background white|dark|transparent] [--lang en|ko] [--collapse <id,...>]

Draws the topology as the app's Export draws it (same layout, same renderer), with the
topology embedded so the image opens again in ec2viz.

Options:
  -o, --out <file>     Output file; .svg or .png decides the format
  --scale 1|2|3        Pixels per diagram unit (PNG size, SVG width/height; default 1)
  --background <b>     white (default), dark or transparent
  --lang en|ko         Language of the diagram's words and of the messages (default: en)
  --collapse <id,...>  Draw these containers folded: Region, VPC or subnet ids, Availability
                       Zone names (every box of that zone) or AZ box ids (@az/<vpc>/<zone>)
  -h, --help           Show this help

Exit codes: 0 written, 1 written but the topology has rule errors (listed on stderr),
            2 nothing written (the reason is on stderr).
`;

const EXPORT_USAGE = `Usage: ec2viz export --to drawio|cloudformation <file> -o <out> [--lang en|ko]
                     [--collapse <id,...>]

Hands the topology on to another tool:
  --to drawio          a diagrams.net file (.drawio, plain XML, AWS 2021+ shapes, our layout)
  --to cloudformation  a CloudFormation template that deploys the topology; -o t.yaml (or .yml)
                       writes YAML, -o t.json writes JSON. Unknown AMIs become a parameter that
                       defaults to the latest Amazon Linux 2023; "ec2viz import" reads it back

Options:
  -o, --out <file>     Output file
  --lang en|ko         Language of the words in the drawing and of the messages (default: en)
  --collapse <id,...>  containers drawn folded, as in "ec2viz render" (draw.io only)
  -h, --help           Show this help

Exit codes: 0 written, 1 written but the topology has rule errors (listed on stderr),
            2 nothing written (the reason is on stderr).
`;

const isLang = (v: string | undefined): v is Lang =>
  v !== undefined && (LANGS as readonly string[]).includes(v);
const isOneOf = <T extends string>(list: readonly T[], v: string | undefined): v is T =>
  v !== undefined && (list as readonly string[]).includes(v);

interface Raw {
  files: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

/** Splits argv into files, valued options and flags; an error message when an option is wrong. */
export function split(
  argv: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
  aliases: Record<string, string>,
): Raw | string | "help" {
  const raw: Raw = { files: [], values: new Map(), flags: new Set() };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyFiles || arg === "-" || !arg.startsWith("-")) {
      raw.files.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyFiles = true;
      continue;
    }
    if (arg === "-h" || arg === "--help") return "help";
    const eq = arg.indexOf("=");
    const name = aliases[eq < 0 ? arg : arg.slice(0, eq)] ?? (eq < 0 ? arg : arg.slice(0, eq));
    if (flags.includes(name) && eq < 0) {
      raw.flags.add(name);
    } else if (valued.includes(name)) {
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === "") return `${name} needs a value`;
      raw.values.set(name, value);
    } else {
      return `unknown option "${arg}"`;
    }
  }
  return raw;
}

export function oneFile(raw: Raw): string | { error: string } {
  if (raw.files.length === 0) return { error: "no file given" };
  if (raw.files.length > 1) return { error: `one file at a time (got ${raw.files.length})` };
  return raw.files[0] as string;
}

export function common(raw: Raw): { lang: Lang; collapse: string[] } | string {
  const lang = raw.values.get("--lang") ?? "en";
  if (!isLang(lang)) return `--lang needs "ko" or "en"`;
  const collapse = (raw.values.get("--collapse") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return { lang, collapse };
}

export function parseRenderArgs(argv: readonly string[]): DrawCommand {
  const topic = "render";
  const raw = split(argv, ["--out", "--scale", "--background", "--lang", "--collapse"], [], {
    "-o": "--out",
  });
  if (raw === "help") return { kind: "help", topic };
  if (typeof raw === "string") return { kind: "usage-error", message: raw, topic };
  const file = oneFile(raw);
  if (typeof file !== "string") return { kind: "usage-error", message: file.error, topic };
  const out = raw.values.get("--out");
  if (out === undefined) return { kind: "usage-error", message: "-o <out.svg|out.png> is required", topic };
  const format = /\.svg$/i.test(out) ? "svg" : /\.png$/i.test(out) ? "png" : undefined;
  if (!format) return { kind: "usage-error", message: `-o must end in .svg or .png (got "${out}")`, topic };
  const scale = Number(raw.values.get("--scale") ?? "1");
  if (!RENDER_SCALES.some((s) => String(s) === (raw.values.get("--scale") ?? "1")))
    return { kind: "usage-error", message: "--scale needs 1, 2 or 3", topic };
  const background = raw.values.get("--background") ?? "white";
  if (!isOneOf(RENDER_BACKGROUNDS, background))
    return { kind: "usage-error", message: "--background needs white, dark or transparent", topic };
  const rest = common(raw);
  if (typeof rest === "string") return { kind: "usage-error", message: rest, topic };
  return { kind: "render", file, out, format, scale: scale as RenderScale, background, ...rest };
}

export function parseExportArgs(argv: readonly string[]): DrawCommand {
  const topic = "export";
  const raw = split(argv, ["--to", "--out", "--lang", "--collapse"], [], { "-o": "--out" });
  if (raw === "help") return { kind: "help", topic };
  if (typeof raw === "string") return { kind: "usage-error", message: raw, topic };
  const to = raw.values.get("--to");
  if (!isOneOf(EXPORT_TARGETS, to))
    return { kind: "usage-error", message: `--to needs one of: ${EXPORT_TARGETS.join(", ")}`, topic };
  const file = oneFile(raw);
  if (typeof file !== "string") return { kind: "usage-error", message: file.error, topic };
  const out = raw.values.get("--out");
  if (out === undefined) return { kind: "usage-error", message: "-o <out> is required", topic };
  let format: ExportCommand["format"] = "xml";
  if (to === "cloudformation") {
    const template = templateFormatOf(out);
    if (!template)
      return { kind: "usage-error", message: `-o must end in .yaml, .yml or .json (got "${out}")`, topic };
    format = template;
  }
  const rest = common(raw);
  if (typeof rest === "string") return { kind: "usage-error", message: rest, topic };
  return { kind: "export", file, out, to, format, ...rest };
}

export const DRAW_USAGE: Record<DrawTopic, string> = {
  render: RENDER_USAGE,
  export: EXPORT_USAGE,
};

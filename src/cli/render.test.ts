// `ec2viz render` through main() (in-process, output captured), and once through the real bin.
// Golden-free: the SVG is parsed, the PNG's signature, size and text chunk are read, and the
// output is compared with what the app's Export writes for the same document.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sceneForRequest } from "../io/image-job.ts";
import { svgFileParts } from "../io/image-svg.ts";
import { isPng, pngSize, readChunks, readTopologyFromPng } from "../io/png-metadata.ts";
import { readTopologyFromSvg } from "../io/svg-metadata.ts";
import { exportFrame } from "../io/svg-render.ts";
import { checkXml } from "../io/testing/xml-check.ts";
import { generateTopology } from "../model/examples/generate.ts";
import { FORMAT_VERSION, topology } from "../model/schema.ts";
import { checkRules } from "../model/validate.ts";
import { main } from "./main.ts";
import { rasterize } from "./rasterize.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "ec2viz-render-"));
const out = (name: string) => join(scratch, name);
const example = (name: string) => join(ROOT, "examples", name);

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, { out: (t) => stdout.push(t), err: (t) => stderr.push(t) });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

const readDoc = (file: string) => topology.parse(JSON.parse(readFileSync(file, "utf8")));

/** What the app's Export > SVG image writes for `doc` (what its image worker runs). */
async function appSvg(file: string, lang: "en" | "ko", scale: number, background: "white" | "dark") {
  const doc = readDoc(file);
  const scene = sceneForRequest({ doc, diagnostics: checkRules(doc), collapsed: [], lang });
  return svgFileParts(scene, doc, { scale, background }).join("");
}

describe("ec2viz render", { timeout: 60_000 }, () => {
  it("writes the SVG the app's Export writes, with the topology inside", async () => {
    const file = example("web-two-az.json");
    const target = out("two-az.svg");
    const { code, stdout, stderr } = await run(
      "render",
      file,
      "-o",
      target,
      "--scale",
      "2",
      "--background",
      "dark",
      "--lang",
      "ko",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(target);
    const svg = readFileSync(target, "utf8");
    const check = checkXml(svg);
    expect(check.ok).toBe(true);
    expect(svg).toContain("퍼블릭 서브넷");
    expect(svg).toBe(await appSvg(file, "ko", 2, "dark"));
    const embedded = readTopologyFromSvg(svg);
    expect(embedded.ok && JSON.parse(embedded.text)).toEqual(readDoc(file));
  });

  it("writes a PNG of the frame's size times the scale, with the topology in an iTXt chunk", async () => {
    const file = example("seed-article.json");
    const target = out("seed.png");
    const { code } = await run("render", file, "-o", target, "--scale", "2");
    expect(code).toBe(0);
    const png = new Uint8Array(readFileSync(target));
    expect(isPng(png)).toBe(true);
    const chunks = readChunks(png);
    expect(chunks.ok && chunks.chunks.every((c) => c.crcOk)).toBe(true);
    const svg = await appSvg(file, "en", 1, "white");
    const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
    expect(pngSize(png)).toEqual({ width: Number(viewBox?.[1]) * 2, height: Number(viewBox?.[2]) * 2 });
    const embedded = readTopologyFromPng(png);
    expect(embedded.ok && JSON.parse(embedded.text)).toEqual(readDoc(file));
  });

  it("gives the same bytes for the same input", async () => {
    for (const name of ["a.png", "b.png", "a.svg", "b.svg"])
      expect((await run("render", example("web-two-az.yaml"), "-o", out(name), "--lang", "ko")).code).toBe(0);
    expect(readFileSync(out("a.png")).equals(readFileSync(out("b.png")))).toBe(true);
    expect(readFileSync(out("a.svg")).equals(readFileSync(out("b.svg")))).toBe(true);
  });

  it("re-renders an image it wrote (the embedded topology is its input)", async () => {
    await run("render", example("seed-article.json"), "-o", out("seed-1.png"));
    const again = await run("render", out("seed-1.png"), "-o", out("seed-2.svg"));
    expect(again.code).toBe(0);
    const embedded = readTopologyFromSvg(readFileSync(out("seed-2.svg"), "utf8"));
    expect(embedded.ok && JSON.parse(embedded.text)).toEqual(readDoc(example("seed-article.json")));
  });

  it("reads what `ec2viz import` reads (a CloudFormation template, a Terraform state) through the importer", async () => {
    for (const name of ["cfn-web.yaml", "tf-state.tfstate"]) {
      const file = join(ROOT, "src/import/fixtures", name);
      const { code, stderr } = await run("render", file, "-o", out(`${name}.svg`));
      if (FORMAT_VERSION >= 2) {
        // The importer writes format 2: once the model reads it, the template is drawn.
        expect(code, stderr).toBeLessThan(2);
        expect(readTopologyFromSvg(readFileSync(out(`${name}.svg`), "utf8")).ok).toBe(true);
      } else {
        // Until then the importer's document is refused by version, and the reason says it was imported.
        expect(code).toBe(2);
        expect(stderr).toMatch(/read as (cloudformation|terraform) input .*format version 2/);
      }
    }
  });

  it("draws folded containers named by id or zone name", async () => {
    const { code } = await run(
      "render",
      example("web-two-az.json"),
      "-o",
      out("folded.svg"),
      "--collapse",
      "ap-northeast-2a,subnet-private-c",
    );
    expect(code).toBe(0);
    const svg = readFileSync(out("folded.svg"), "utf8");
    // Each folded box says what it holds.
    expect(svg).toContain(">2 instances · 3 volumes · 2 subnets<");
    expect(svg).toContain(">1 instance · 1 volume<");
    expect(svg).not.toContain(">web-a<");
  });

  it("exits 1 with the rule errors on stderr, and still writes the image", async () => {
    const target = out("overlap.svg");
    const { code, stderr } = await run("render", example("invalid/subnet-overlap.json"), "-o", target);
    expect(code).toBe(1);
    expect(stderr).toMatch(/subnet-overlap\.json: error subnet-overlap \$\.subnets\[1\]\.cidrBlock — /);
    expect(checkXml(readFileSync(target, "utf8")).ok).toBe(true);
  });

  it("exits 0 with warnings only", async () => {
    const { code, stderr } = await run(
      "render",
      example("invalid/instance-type-unknown.json"),
      "-o",
      out("w.svg"),
    );
    expect(code).toBe(0);
    expect(stderr).toContain("warning instance-type-unknown");
  });

  it("exits 2 and writes nothing when the input, the options or the output are wrong", async () => {
    const bad = join(scratch, "bad.json");
    writeFileSync(bad, '{\n  "version": 1,\n  "vpcs": [}\n}\n');
    const empty = join(scratch, "empty.json");
    writeFileSync(empty, '{ "version": 1 }');
    const cases: [string[], RegExp][] = [
      [[bad, "-o", out("x.svg")], /bad\.json:3:\d+: JSON: unexpected "}"/],
      [[join(scratch, "missing.json"), "-o", out("x.svg")], /can't read the file \(ENOENT\)/],
      [
        [example("invalid/schema.json"), "-o", out("x.svg")],
        /structure has \d+ problem.*\n.*error schema \$\./,
      ],
      [[empty, "-o", out("x.svg")], /The diagram is empty/],
      [[example("seed-article.json"), "-o", out("x.gif")], /-o must end in \.svg or \.png/],
      [[example("seed-article.json")], /-o <out\.svg\|out\.png> is required/],
      [[example("seed-article.json"), "-o", out("x.svg"), "--scale", "4"], /--scale needs 1, 2 or 3/],
      [[example("seed-article.json"), "-o", out("x.svg"), "--background", "red"], /--background needs/],
      [
        [example("seed-article.json"), "-o", out("x.svg"), "--collapse", "vpc-nope"],
        /"vpc-nope" is not a container/,
      ],
      [
        [example("seed-article.json"), "-o", join(scratch, "no/such/dir.svg")],
        /can't write the file \(ENOENT\)/,
      ],
    ];
    for (const [args, message] of cases) {
      const { code, stderr, stdout } = await run("render", ...args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /); // never a stack trace
      expect(stdout).toBe("");
    }
    expect(() => readFileSync(out("x.svg"))).toThrow();
  });

  it("refuses a PNG past the browsers' limits by its size, naming the limit and what to do (exit 2)", async () => {
    // 1,000 instances at 3× are about 30,000 × 23,000 px: past 268,435,456 pixels, 1× fits.
    const big = join(scratch, "big-1000.json");
    writeFileSync(big, JSON.stringify(generateTopology(1000, 1)));
    const { code, stderr, stdout } = await run("render", big, "-o", out("big.png"), "--scale", "3");
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /The PNG would be too large: [\d,]+ × [\d,]+ px is over (268,435,456 pixels|32,767 px per side)/,
    );
    expect(stderr).toMatch(/Use --scale 1, or render SVG\./);
    expect(stdout).toBe("");
    expect(() => readFileSync(out("big.png"))).toThrow();
  });

  it("says so, and still paints, when no font can show Korean", async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="24">퍼블릭 서브넷</text></svg>';
    const latinOnly = await rasterize(svg, { fontDirs: ["/usr/share/fonts/truetype/dejavu"] });
    expect(isPng(latinOnly.png)).toBe(true);
    expect(pngSize(latinOnly.png)).toEqual({ width: 120, height: 40 });
    // Whether DejaVu is installed or not, the drawing is made and the missing glyphs are named.
    expect(latinOnly.missingCjkFont || latinOnly.missingFonts).toBe(true);
    const none = await rasterize(svg, { fontDirs: [join(scratch, "no-fonts")] });
    expect(none.missingFonts).toBe(true);
    expect(isPng(none.png)).toBe(true);
    const english = await rasterize(svg.replace("퍼블릭 서브넷", "Public subnet"), { fontDirs: [] });
    expect(english.missingCjkFont).toBe(false);
  });

  it("runs as `ec2viz render` from the command line", async () => {
    const target = out("bin.svg");
    const result = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(
        process.execPath,
        [join(ROOT, "bin/ec2viz.mjs"), "render", "examples/seed-article.json", "-o", target],
        { cwd: ROOT },
        (error, stdout) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout }),
      ),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*bin\.svg \(\d+ × \d+ px\)\n$/);
    const frame = exportFrame({ boxes: [], edges: [], lang: "en" });
    expect(frame.width).toBeGreaterThan(0);
  });
});

// Round trip: a generated topology written as AWS CLI output imports back to the same topology.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topologyFromData } from "../io/parse.ts";
import { importFiles } from "./import.ts";
import { toAwsCliBundle, toAwsCliOutputs } from "./testing/aws-cli-writer.ts";
import { generateImportable } from "./testing/generate.ts";

const encode = (text: string) => new TextEncoder().encode(text);

function reimport(files: { name: string; text: string }[]) {
  const result = importFiles(files.map((f) => ({ name: f.name, bytes: encode(f.text) })));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join("; "));
  const { name: _name, ...doc } = result.doc;
  return { doc, report: result.report };
}

describe("import round trip through AWS CLI output", () => {
  it("gives back the same topology, from one concatenated file or one file per command", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (count, seed, split) => {
          const generated = generateImportable(count, seed);
          const files = split
            ? toAwsCliOutputs(generated).map((o, i) => ({ name: `out-${i}.json`, text: JSON.stringify(o) }))
            : [{ name: "bundle.json", text: toAwsCliBundle(generated) }];
          const { doc, report } = reimport(files);
          expect(doc).toEqual(generated);
          expect(topologyFromData(doc).ok).toBe(true);
          expect(report.placeholders).toEqual([]);
          expect(report.skipped).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

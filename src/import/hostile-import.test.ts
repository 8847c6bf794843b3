// Issue #15: the importers turn hostile input into named errors too.
import { describe, expect, it } from "vitest";
import { parseCloudFormationYaml } from "./cloudformation/yaml.ts";

describe("CloudFormation YAML on hostile input", () => {
  it("names nesting deeper than any template instead of overflowing the stack", () => {
    for (const text of ["[".repeat(100_000), `${"- ".repeat(5000)}x`]) {
      const result = parseCloudFormationYaml(text);
      expect(result).toMatchObject({ ok: false, message: "the document nests too deeply" });
    }
  });
});

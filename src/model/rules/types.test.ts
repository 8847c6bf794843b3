import { describe, expect, it } from "vitest";
import { ALL_CODES } from "../diagnostics.ts";
import { MESSAGES } from "../messages.ts";
import { finding } from "./types.ts";

describe("finding", () => {
  it("takes its code from the message id: the id itself, or the part before the dot", () => {
    const range = finding({
      messageId: "ebs-size.range",
      path: "$.volumes[0].sizeGiB",
      resource: "vol-1",
      params: { who: "data", type: "gp3", field: "sizeGiB", value: 0, min: 1, max: 16384 },
    });
    expect(range).toEqual({
      code: "ebs-size",
      path: "$.volumes[0].sizeGiB",
      resource: "vol-1",
      messageId: "ebs-size.range",
      params: { who: "data", type: "gp3", field: "sizeGiB", value: 0, min: 1, max: 16384 },
    });
    const limit = finding({ messageId: "region-tags", path: "$.regions[0].tags", params: { who: "Seoul" } });
    expect(limit).toEqual({
      code: "region-tags",
      path: "$.regions[0].tags",
      messageId: "region-tags",
      params: { who: "Seoul" },
    });
  });

  it("can word every diagnostic code: each message id but the schema's free text names one", () => {
    const codes = new Set<string>(ALL_CODES);
    const ids = Object.keys(MESSAGES).filter((id) => id !== "text");
    expect(ids.filter((id) => !codes.has(id.split(".")[0] ?? ""))).toEqual([]);
  });
});

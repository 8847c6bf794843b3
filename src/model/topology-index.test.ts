import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import { generateTopology } from "./examples/generate.ts";
import { topology } from "./schema.ts";
import {
  INDEX_STEP_ITEMS,
  indexSteps,
  indexTopology,
  kindOfId,
  sharedIndex,
  sharedIndexInSteps,
} from "./topology-index.ts";

describe("topology index", () => {
  const doc = topology.parse(seed);

  it("agrees with the one-look-up scan on every id", () => {
    const index = indexTopology(doc);
    for (const [id, kind] of index.kindById) expect(kindOfId(doc, id)).toBe(kind);
    expect(kindOfId(doc, "missing")).toBeUndefined();
  });

  it("groups resources under their parents", () => {
    const index = indexTopology(doc);
    expect(index.subnetsByVpc.get("vpc-main")?.map((s) => s.id)).toEqual(["subnet-public-a"]);
    expect(index.volumesByInstance.get("i-web-1")).toEqual([
      expect.objectContaining({
        device: "/dev/xvda",
        volume: expect.objectContaining({ id: "vol-web-1-root" }),
      }),
    ]);
    expect(index.regionByAz.get("ap-northeast-2a")?.id).toBe("ap-northeast-2");
  });

  it("is built in steps of a bounded number of items, the same index, then shared (issue #15, B9)", async () => {
    const big = generateTopology(10_000, 1);
    const items = Object.values(big).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
    const steps = indexSteps(big);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // Every resource is counted once in the kinds and once more in its own collection's map.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor((2 * items) / INDEX_STEP_ITEMS));
    expect(step.value).toEqual(indexTopology(big));
    let waited = 0;
    const index = await sharedIndexInSteps(big, async () => void waited++, 0);
    expect(waited).toBe(pauses);
    expect(index).toEqual(step.value);
    expect(sharedIndex(big)).toBe(index);
  });

  it("gives back the index someone asked for while it was being built in steps", async () => {
    const big = generateTopology(5_000, 2);
    let asked: ReturnType<typeof sharedIndex> | undefined;
    const index = await sharedIndexInSteps(
      big,
      async () => {
        asked ??= sharedIndex(big);
      },
      0,
    );
    expect(asked).toBeDefined();
    expect(index).toBe(asked);
  });
});

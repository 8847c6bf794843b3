import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import { topology } from "./schema.ts";
import { indexTopology, kindOfId } from "./topology-index.ts";

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
});

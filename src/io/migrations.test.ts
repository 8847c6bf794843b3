import { describe, expect, it } from "vitest";
import { migrate } from "./migrations.ts";

describe("migrate", () => {
  it("leaves a current document alone", () => {
    const doc = { version: 1, regions: [] };
    expect(migrate(doc)).toEqual({ ok: true, data: doc, from: 1 });
  });

  it("runs each step in order up to the latest version", () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, renamed: d.old, old: undefined }),
      2: (d: Record<string, unknown>) => ({ ...d, extra: true }),
    };
    const result = migrate({ version: 1, old: "x" }, steps, 3);
    expect(result).toEqual({
      ok: true,
      from: 1,
      data: { version: 3, renamed: "x", old: undefined, extra: true },
    });
  });

  it("refuses versions it has no path for", () => {
    expect(migrate({ version: 0 })).toEqual({ ok: false });
    expect(migrate({ version: 1.5 })).toEqual({ ok: false });
    expect(migrate({ version: "1" })).toEqual({ ok: false });
    expect(migrate({ version: 1 }, {}, 2)).toEqual({ ok: false });
  });
});

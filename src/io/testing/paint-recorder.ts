// Test helpers for svg-paint.ts: a 2D context that records the calls, and a stand-in Path2D.
/** A 2D context that records what is drawn (the pixels are the browser's; the calls are ours). */
export function recorder() {
  const calls: {
    op: string;
    args: unknown[];
    fill: unknown;
    stroke: unknown;
    font: string;
    align: CanvasTextAlign;
    alpha: number;
    matrix: readonly number[];
  }[] = [];
  const ctx = {
    fillStyle: "" as string | CanvasGradient | CanvasPattern,
    strokeStyle: "" as string | CanvasGradient | CanvasPattern,
    lineWidth: 1,
    lineCap: "butt" as CanvasLineCap,
    lineJoin: "miter" as CanvasLineJoin,
    globalAlpha: 1,
    font: "",
    textAlign: "start" as CanvasTextAlign,
    textBaseline: "alphabetic" as CanvasTextBaseline,
    depth: 0,
    /** a b c d e f, as DOMMatrix names them. */
    matrix: [1, 0, 0, 1, 0, 0] as number[],
    getTransform() {
      const [a, b, c, d, e, f] = this.matrix;
      return { a, b, c, d, e, f } as DOMMatrix;
    },
    setTransform(...args: unknown[]) {
      const m = (typeof args[0] === "object" ? args[0] : undefined) as DOMMatrix2DInit | undefined;
      this.matrix = m
        ? [m.a ?? 1, m.b ?? 0, m.c ?? 0, m.d ?? 1, m.e ?? 0, m.f ?? 0]
        : [1, 0, 0, 1, 0, 0].map((v, i) => (args[i] as number | undefined) ?? v);
    },
    save() {
      this.depth++;
    },
    restore() {
      this.depth--;
    },
    transform(...args: number[]) {
      calls.push(this.record("transform", args));
      const [a, b, c, d, e, f] = this.matrix as [number, number, number, number, number, number];
      const [a2, b2, c2, d2, e2, f2] = args as [number, number, number, number, number, number];
      this.matrix = [
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
      ];
    },
    beginPath() {},
    rect(...args: unknown[]) {
      calls.push(this.record("rect", args));
    },
    roundRect(...args: unknown[]) {
      calls.push(this.record("roundRect", args));
    },
    arc(...args: unknown[]) {
      calls.push(this.record("arc", args));
    },
    fill(...args: unknown[]) {
      calls.push(this.record("fill", args));
    },
    stroke(...args: unknown[]) {
      calls.push(this.record("stroke", args));
    },
    setLineDash() {},
    fillText(...args: unknown[]) {
      calls.push(this.record("fillText", args));
    },
    measureText(text: string) {
      return { width: text.length * 7 } as TextMetrics;
    },
    record(op: string, args: unknown[]) {
      return {
        op,
        args,
        fill: this.fillStyle,
        stroke: this.strokeStyle,
        font: this.font,
        align: this.textAlign,
        alpha: this.globalAlpha,
        matrix: this.matrix,
      };
    },
  };
  return { ctx, calls };
}

export const fakePath = (d: string) => ({ d }) as unknown as Path2D;

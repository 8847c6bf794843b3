// Test helpers for svg-paint.ts: a 2D context that records the calls, and a stand-in Path2D.
import { type Matrix, multiply } from "../svg-paint.ts";

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
    matrix: [1, 0, 0, 1, 0, 0] as Matrix,
    getTransform() {
      const [a, b, c, d, e, f] = this.matrix;
      return { a, b, c, d, e, f } as DOMMatrix;
    },
    // Six numbers (what paintList uses), or a matrix.
    setTransform(...args: unknown[]) {
      if (args.length === 6) {
        this.matrix = args as unknown as Matrix;
        return;
      }
      const m = (args[0] ?? {}) as DOMMatrix2DInit;
      this.matrix = [m.a ?? 1, m.b ?? 0, m.c ?? 0, m.d ?? 1, m.e ?? 0, m.f ?? 0];
    },
    save() {
      this.depth++;
    },
    restore() {
      this.depth--;
    },
    transform(...args: Matrix) {
      calls.push(this.record("transform", [...args]));
      this.matrix = multiply(this.matrix, args);
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

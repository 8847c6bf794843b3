// Test helpers for svg-paint.ts: a 2D context that records the calls, and a stand-in Path2D.
/** A 2D context that records what is drawn (the pixels are the browser's; the calls are ours). */
export function recorder() {
  const calls: {
    op: string;
    args: unknown[];
    fill: unknown;
    stroke: unknown;
    font: string;
    alpha: number;
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
    save() {
      this.depth++;
    },
    restore() {
      this.depth--;
    },
    transform(...args: unknown[]) {
      calls.push(this.record("transform", args));
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
        alpha: this.globalAlpha,
      };
    },
  };
  return { ctx, calls };
}

export const fakePath = (d: string) => ({ d }) as unknown as Path2D;

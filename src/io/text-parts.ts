// Text too long for one JavaScript string is kept as parts. V8 refuses strings past about 512 M
// characters ("Invalid string length"): an SVG of some 150,000 instances. Writers push many small
// pieces; every PART_SIZE characters they are joined into one part, and a Blob (the app) or a file
// (the command line) takes the parts one after another. The parts joined are exactly the text.
// Pure: no DOM, no Node.

/** About one megabyte of text per part: few parts to hand on, none near the string limit. */
export const PART_SIZE = 2 ** 20;

export class TextParts {
  private readonly parts: string[] = [];
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(private readonly size = PART_SIZE) {}

  /** Adds a piece. A part is cut only between pieces, so it is at most `size` plus one piece long. */
  push(piece: string): void {
    this.pending.push(piece);
    this.pendingLength += piece.length;
    if (this.pendingLength >= this.size) this.flush();
  }

  /** The parts, in order (call once, after the last piece). */
  finish(): string[] {
    this.flush();
    return this.parts;
  }

  /** Whether a whole part is waiting to be taken (takeParts). */
  get hasPart(): boolean {
    return this.parts.length > 0;
  }

  /**
   * The parts made so far, handed over and forgotten: a writer that takes them as they come holds
   * one part at a time instead of the whole text. The pieces after them stay for the next part.
   */
  takeParts(): string[] {
    return this.parts.splice(0);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(this.pending.join(""));
    this.pending = [];
    this.pendingLength = 0;
  }
}

/** How many characters the parts hold together. */
export function partsLength(parts: readonly string[]): number {
  let total = 0;
  for (const p of parts) total += p.length;
  return total;
}

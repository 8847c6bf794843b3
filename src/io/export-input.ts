// What the Export menu asks the app for at the moment of export: the current document and, when
// the canvas has one for exactly this document, its layout (then no export lays it out again), and
// for a big document, a way to have the layout worker, which holds both, send them to the export.
import type { LayoutResult } from "../layout/types.ts";
import type { Diagnostic } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";

export interface ExportInput {
  doc: Topology;
  /** A finished layout of `doc`, when the app has one. */
  layout?: LayoutResult;
  /** Containers drawn folded (used when a layout has to be made). */
  collapsed?: readonly string[];
  /** Adds the diagnostics badges to the boxes, as on screen. */
  diagnostics?: readonly Diagnostic[];
  /**
   * Has the layout worker send `doc` and its layout to `port` (layout.worker.ts, HandedOver), when
   * it holds them: the export then gets them from there and the page copies neither. False when it
   * doesn't (nothing is sent).
   */
  handOver?: (port: MessagePort) => boolean;
}

// What the Export menu asks the app for, and how it becomes a scene to draw. The app may hand over
// the canvas's React Flow nodes, or a layout, or just the document (then a fresh layout is made in
// the layout worker, exactly as the canvas makes its own).
import type { DiagramEdge, DiagramNode } from "../layout/to-flow.ts";
import type { LayoutResult } from "../layout/types.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import { type Scene, sceneFromFlow, sceneFromLayout } from "./export-scene.ts";

export interface ExportInput {
  doc: Topology;
  /** The canvas's nodes and edges (hidden ones included); used as they are when given. */
  nodes?: readonly DiagramNode[];
  edges?: readonly DiagramEdge[];
  /** A finished layout of `doc`, when the app has one. */
  layout?: LayoutResult;
  /** Containers to draw folded when a layout has to be made. */
  collapsed?: readonly string[];
  /** Adds the diagnostics badges to the boxes, as on screen. */
  diagnostics?: readonly Diagnostic[];
}

/** Lays `doc` out in a short-lived worker (browser only). */
async function layoutInWorker(doc: Topology, collapsed: readonly string[]): Promise<LayoutResult> {
  const { createLayoutClient } = await import("../layout/layout-client.ts");
  const client = createLayoutClient();
  try {
    return await client.layout(doc, { collapsed: [...collapsed] });
  } finally {
    client.dispose();
  }
}

export async function sceneForExport(
  input: ExportInput,
  lang: Lang,
  layoutDoc: (doc: Topology, collapsed: readonly string[]) => Promise<LayoutResult> = layoutInWorker,
): Promise<Scene> {
  if (input.nodes && input.nodes.length > 0) return sceneFromFlow(input.nodes, input.edges ?? [], lang);
  const layout = input.layout ?? (await layoutDoc(input.doc, input.collapsed ?? []));
  return sceneFromLayout(layout, input.doc, lang, input.diagnostics ?? []);
}

// A document -> its .drawio text as parts (text-parts.ts), laid out as the app lays it out (shared by
// the Export menu and `ec2viz export --to drawio`).
import { layoutTopologySync } from "../layout/layout.ts";
import type { LayoutResult } from "../layout/types.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import type { TopologyIndex } from "../model/topology-index.ts";
import { toDrawioParts } from "./drawio.ts";
import { type Scene, type SceneAsMade, sceneAsMade } from "./export-scene.ts";
import { emptySceneMessage } from "./image-svg.ts";

export function drawioText(
  doc: Topology,
  lang: Lang,
  collapsed: readonly string[] = [],
  diagnostics: readonly Diagnostic[] = [],
  given?: LayoutResult,
  /** indexTopology(doc), when the caller has it (the command line's, shared with its rules). */
  index?: TopologyIndex,
): { ok: true; parts: string[] } | { ok: false; reason: string } {
  const layout = given ?? layoutTopologySync(doc, { collapsed, ...(index ? { index } : {}) });
  // Each box made as its cell is written: none of the 300,000 boxes of 100,000 instances is kept.
  const scene = sceneAsMade(layout, doc, lang, diagnostics, index);
  const empty = emptySceneMessage(scene, lang);
  if (empty !== undefined) return { ok: false, reason: empty };
  return { ok: true, parts: drawioParts(doc, layout, scene) };
}

/** The .drawio text of a scene already made from `layout` (the image worker has both). */
export function drawioParts(doc: Topology, layout: LayoutResult, scene: Scene | SceneAsMade): string[] {
  return toDrawioParts(layout, scene, doc.name ? { name: doc.name } : {});
}

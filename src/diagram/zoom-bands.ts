// The zoom bands of the canvas: below each zoom, boxes drop what would be too small to see, so a
// 10,000-instance view stays light (classes on the canvas, diagram.css). Pure numbers, no React.

/** Below this zoom the canvas stops rendering instances and volumes (containers show miniatures). */
export const OVERVIEW_ZOOM = 0.4;
/**
 * Below this zoom the canvas drops the glyphs inside boxes (`is-far`, diagram.css): at a quarter
 * size a 20 px glyph is a smudge, and each inline SVG costs the browser a paint chunk to layer on
 * every pan and zoom frame (most of a 10,000-instance overview's frame). The coloured squares stay.
 */
export const FAR_ZOOM = 0.25;
/**
 * Below this zoom the words in boxes are not painted (`is-tiny`, diagram.css): 12 px text is under
 * a pixel and a half, and each run of it is more for the browser to layer on every pan and zoom
 * frame. The buttons keep their accessible names (aria-label).
 */
export const TINY_ZOOM = 0.12;
/**
 * Below this zoom cards keep only their icon and name (small text would be unreadable anyway): the
 * canvas's class `is-brief` (diagram.css), so crossing it re-renders no card.
 */
export const BRIEF_ZOOM = 0.45;

/**
 * A zoom from `from` to `to` crosses one where every container's look changes (is-tiny, is-far);
 * is-brief changes only cards, which the overview has few of.
 */
export function restylesContainers(from: number, to: number): boolean {
  return [TINY_ZOOM, FAR_ZOOM].some((zoom) => from < zoom !== to < zoom);
}

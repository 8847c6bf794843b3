// Small pieces every node component uses: invisible edge handles, the diagnostics badge and a
// container's miniature (the zoom bands, below which boxes drop their details, are in zoom-bands.ts).
import { type FocusEvent, memo, type PointerEvent, useContext } from "react";
import { countText } from "../../i18n/face-strings.ts";
import { miniaturePaths } from "../../layout/miniature-paths.ts";
import type { DiagnosticCount, MiniBox } from "../../layout/to-flow.ts";
import { OverviewContext, useDiagramActions } from "../context.ts";

/**
 * Attributes of a node's own button: the element that draws the whole box, takes focus and carries
 * the box's name. It holds only text and pictures; anything clickable of its own (badges, the fold
 * toggle) is drawn beside it, on top, because a button's content is not interactive for assistive
 * technology. The canvas finds it by the class name for keyboard handling.
 */
export function nodeButtonProps(
  accessibleName: string,
  summary?: () => string | undefined,
  describedBy?: string,
) {
  // The one-line summary shows as the pointer rests on the box (a tooltip; the name stays the label).
  // `describedBy` names an element whose text becomes the accessible description instead of the title.
  // The summary is worked out when the pointer (or focus) arrives, not on every render: an edit re-renders
  // the boxes it changed only, and a summary reads the whole document.
  const show = (event: PointerEvent<HTMLElement> | FocusEvent<HTMLElement>) => {
    const text = summary?.();
    if (text) event.currentTarget.title = text;
    else event.currentTarget.removeAttribute("title");
  };
  return {
    role: "button",
    tabIndex: 0,
    "aria-label": accessibleName,
    onPointerEnter: show,
    onFocus: show,
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
  } as const;
}
export const NODE_BUTTON_CLASS = "ec2viz-node-button";

/**
 * The class list of a node's own button: its base classes, then the states every box shows the same
 * way (selected, on the highlighted path, defined outside the document), then `extra`. Boxes off the
 * highlighted path fade through the canvas's own `is-dimming` class (diagram.css), not one of theirs.
 */
export function nodeClasses(
  base: readonly string[],
  state: { selected: boolean; highlighted: boolean; external?: boolean },
  ...extra: (string | false | undefined)[]
): string {
  return [
    NODE_BUTTON_CLASS,
    ...base,
    state.selected && "is-selected",
    state.highlighted && "is-highlighted",
    state.external && "is-external",
    ...extra,
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * Where edges attach: what React Flow measures when a box mounts (its `source` and `target`
 * elements). Plain elements, not React Flow's <Handle>: each of those subscribes to React Flow's
 * store, whose every subscriber runs on every pan and zoom frame (two per box: 772 of the 2,575
 * subscribers of a 10,000-instance overview). Edges are drawn from their routes; these only tell
 * React Flow that the box takes edges.
 */
export function Handles() {
  return (
    <>
      <span className="ec2viz-handle ec2viz-handle--top target" data-handlepos="top" />
      <span className="ec2viz-handle ec2viz-handle--bottom source" data-handlepos="bottom" />
    </>
  );
}

/** True while instances and volumes are replaced by their containers' miniatures. */
export function useOverview(): boolean {
  return useContext(OverviewContext);
}

/**
 * The instance and volume boxes of a container as plain rectangles, drawn with a few paths (one
 * per colour, miniature-paths.ts) instead of an element per box: 20,000 instances stay a few
 * thousand elements. Drawn again only for new boxes (to-flow.ts keeps a container's miniature the
 * same array while its boxes are the same): a selection, which lights or fades every container,
 * wrote every miniature's paths again (~40 ms at 20,000 instances).
 */
export const Miniature = memo(function Miniature({ boxes }: { boxes: readonly MiniBox[] | undefined }) {
  if (!boxes || boxes.length === 0) return null;
  return (
    <svg className="ec2viz-miniature" aria-hidden="true" focusable="false" data-count={boxes.length}>
      {miniaturePaths(boxes).map(({ key, path }) => (
        <path
          key={key}
          d={path.d}
          fill={path.fill}
          stroke={path.stroke}
          strokeWidth={path.strokeWidth}
          strokeLinejoin={path.roundJoin ? "round" : undefined}
        />
      ))}
    </svg>
  );
});

export function DiagnosticBadge({ count }: { count: DiagnosticCount | undefined }) {
  const { lang } = useDiagramActions();
  if (!count || count.errors + count.warnings === 0) return null;
  const total = count.errors + count.warnings;
  const severity = count.errors > 0 ? "error" : "warning";
  // "1 error, 2 warnings" / "오류 1개, 경고 2개", in the UI's language.
  const text = [
    count.errors > 0 ? countText(lang, "error", count.errors) : "",
    count.warnings > 0 ? countText(lang, "warning", count.warnings) : "",
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <span className={`ec2viz-badge ec2viz-badge--${severity}`} title={text} data-testid="diagnostic-badge">
      {total}
    </span>
  );
}

/**
 * A short text that never overflows: ellipsis on screen and, only when it is cut, the whole text as
 * its tooltip (checked as the pointer comes over it). A text shown whole has no tooltip of its own,
 * so the box's one-line summary shows there instead.
 */
export function Clip({ className, text, full }: { className: string; text: string; full?: string }) {
  // `full`: a longer text than the one shown (the whole list behind a short one), always the tooltip.
  if (full !== undefined)
    return (
      <span className={`ec2viz-clip ${className}`} title={full}>
        {text}
      </span>
    );
  return (
    <span className={`ec2viz-clip ${className}`} onPointerEnter={titleIfCut} data-text={text}>
      {text}
    </span>
  );
}

function titleIfCut(event: PointerEvent<HTMLElement>): void {
  const el = event.currentTarget;
  if (el.scrollWidth > el.clientWidth) el.title = el.dataset.text ?? "";
  else el.removeAttribute("title");
}

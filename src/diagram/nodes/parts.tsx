// Small pieces every node component uses: invisible edge handles, the diagnostics badge and the
// zoom level below which boxes drop their details (so a 1,000-instance view stays light).
import { Handle, Position, useStore } from "@xyflow/react";
import type { DiagnosticCount, MiniBox } from "../../layout/to-flow.ts";

/**
 * Attributes of a node's own button: the element that draws the whole box, takes focus and carries
 * the box's name. It holds only text and pictures; anything clickable of its own (badges, the fold
 * toggle) is drawn beside it, on top, because a button's content is not interactive for assistive
 * technology. The canvas finds it by the class name for keyboard handling.
 */
export function nodeButtonProps(accessibleName: string, summary?: string) {
  // The one-line summary shows as the pointer rests on the box (a tooltip; the name stays the label).
  return { role: "button", tabIndex: 0, "aria-label": accessibleName, title: summary } as const;
}
export const NODE_BUTTON_CLASS = "ec2viz-node-button";

/** Edges are drawn from precomputed routes; handles only tell React Flow the node takes edges. */
export function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} className="ec2viz-handle" />
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="ec2viz-handle" />
    </>
  );
}

/** Below this zoom the canvas stops rendering instances and volumes (containers show miniatures). */
export const OVERVIEW_ZOOM = 0.4;
/** Below this zoom cards keep only their icon and name. */
const DETAIL_ZOOM = 0.45;

/** True while the view is zoomed out so far that small text would be unreadable anyway. */
export function useZoomedOut(): boolean {
  return useStore((s) => s.transform[2] < DETAIL_ZOOM);
}

/** True while instances and volumes are replaced by their containers' miniatures. */
export function useOverview(): boolean {
  return useStore((s) => s.transform[2] < OVERVIEW_ZOOM);
}

const MINI_FILL: Partial<Record<MiniBox["kind"], string>> = { instance: "#ED7100", volume: "#7AA116" };

/** The instance and volume boxes of a container as plain rectangles: one SVG instead of many nodes. */
export function Miniature({ boxes }: { boxes: readonly MiniBox[] | undefined }) {
  if (!boxes || boxes.length === 0) return null;
  return (
    <svg className="ec2viz-miniature" aria-hidden="true" focusable="false">
      {boxes.map((b) => (
        <rect
          key={`${b.x},${b.y}`}
          x={b.x}
          y={b.y}
          width={b.width}
          height={b.height}
          rx={6}
          fill="#fff"
          stroke={MINI_FILL[b.kind] ?? "#879596"}
          strokeWidth={4}
        />
      ))}
      {boxes
        .filter((b) => b.severity)
        .map((b) => (
          <circle
            key={`d${b.x},${b.y}`}
            cx={b.x + b.width}
            cy={b.y}
            r={18}
            fill={b.severity === "error" ? "#d91515" : "#b86200"}
            stroke="#fff"
            strokeWidth={5}
          />
        ))}
      {boxes.map((b) => (
        <rect
          key={`i${b.x},${b.y}`}
          x={b.x + 8}
          y={b.y + 8}
          width={Math.min(34, b.width - 16)}
          height={Math.min(34, b.height - 16)}
          fill={MINI_FILL[b.kind] ?? "#879596"}
        />
      ))}
    </svg>
  );
}

export function DiagnosticBadge({ count }: { count: DiagnosticCount | undefined }) {
  if (!count || count.errors + count.warnings === 0) return null;
  const total = count.errors + count.warnings;
  const severity = count.errors > 0 ? "error" : "warning";
  const text = [
    count.errors > 0 ? `${count.errors} error${count.errors === 1 ? "" : "s"}` : "",
    count.warnings > 0 ? `${count.warnings} warning${count.warnings === 1 ? "" : "s"}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <span className={`ec2viz-badge ec2viz-badge--${severity}`} title={text} data-testid="diagnostic-badge">
      {total}
    </span>
  );
}

/** A short text that never overflows: ellipsis on screen, the whole text on hover. */
export function Clip({ className, text }: { className: string; text: string }) {
  return (
    <span className={`ec2viz-clip ${className}`} title={text}>
      {text}
    </span>
  );
}

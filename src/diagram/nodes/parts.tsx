// Small pieces every node component uses: invisible edge handles, the diagnostics badge and the
// zoom level below which boxes drop their details (so a 1,000-instance view stays light).
import { Handle, Position, useStore } from "@xyflow/react";
import type { DiagnosticCount } from "../../layout/to-flow.ts";

/** Edges are drawn from precomputed routes; handles only tell React Flow the node takes edges. */
export function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} className="ec2viz-handle" />
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="ec2viz-handle" />
    </>
  );
}

const DETAIL_ZOOM = 0.45;

/** True while the view is zoomed out so far that text would be unreadable anyway. */
export function useZoomedOut(): boolean {
  return useStore((s) => s.transform[2] < DETAIL_ZOOM);
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

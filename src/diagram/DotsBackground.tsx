// The canvas's dotted background: the same dots as React Flow's <Background variant="dots">, drawn
// so that a pan costs no paint. React Flow's moves its pattern's origin on every pan frame, and the
// browser paints and rasterises the whole screen of dots again each time: on a software-rendered
// canvas that was most of a pan frame's cost, even for an 8-box picture (issue #14). Here the
// pattern changes only with the zoom; a pan moves the layer that holds it (a transform, which the
// compositor does alone).
import { useId } from "react";
import { type LiveView, useShownTransform } from "./held-wheel.ts";

interface Props {
  /** Distance between dots in diagram units (they scale with the zoom, like the boxes). */
  gap: number;
  /** Dot diameter in diagram units. */
  size: number;
  color: string;
  /** The view drawn during a held wheel zoom (held-wheel.ts): the dots follow it too. */
  live?: LiveView;
}

/**
 * Where the dots go for the view (pan x, y and zoom): the pattern's step and dot radius (they change
 * with the zoom only), the layer's reach past each edge (`margin`), and its shift by the pan
 * modulo one step (`dx`, `dy`, in [0, step)). Its dots fall where React Flow's Background puts them.
 */
export function dotLattice(x: number, y: number, zoom: number, gap: number, size: number) {
  const step = gap * zoom || 1;
  const margin = Math.ceil(step);
  return {
    step,
    radius: (size * zoom) / 2,
    margin,
    // The pattern's origin inside the layer: the layer starts `margin` before the screen's edge.
    origin: margin % step,
    dx: ((x % step) + step) % step,
    dy: ((y % step) + step) % step,
  };
}

export function DotsBackground({ gap, size, color, live }: Props) {
  // A pan changes this component's transform only.
  const [x, y, zoom] = useShownTransform(live);
  const id = `ec2viz-dots-${useId().replace(/[^\w-]/g, "")}`;
  const { step, radius, margin, origin, dx, dy } = dotLattice(x, y, zoom, gap, size);
  return (
    <div className="react-flow__background ec2viz-dots">
      <svg
        className="ec2viz-dots__layer"
        aria-hidden="true"
        style={{
          left: -margin,
          top: -margin,
          width: `calc(100% + ${2 * margin}px)`,
          height: `calc(100% + ${2 * margin}px)`,
          transform: `translate(${dx}px, ${dy}px)`,
        }}
      >
        <pattern
          id={id}
          x={origin}
          y={origin}
          width={step}
          height={step}
          patternUnits="userSpaceOnUse"
          patternTransform={`translate(-${step / 2},-${step / 2})`}
        >
          <circle cx={radius} cy={radius} r={radius} fill={color} />
        </pattern>
        <rect x="0" y="0" width="100%" height="100%" fill={`url(#${id})`} />
      </svg>
    </div>
  );
}

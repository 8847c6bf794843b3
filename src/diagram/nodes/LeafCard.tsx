// The card shared by instances, volumes and gateways: a coloured icon tile on the left and text
// on the right. Zoomed far out it shows only the tile and the name (`is-brief` on the canvas hides the
// rest, diagram.css), which keeps big views readable.
import type { ReactNode } from "react";
import type { DiagramNodeData } from "../../layout/to-flow.ts";
import { useDiagramActions } from "../context.ts";
import { Clip, DiagnosticBadge, Handles, nodeButtonProps, nodeClasses } from "./parts.tsx";

interface Props {
  data: DiagramNodeData;
  variant: string;
  icon: ReactNode;
  selected: boolean;
  /** Text under the name (type, state, size…): inside the card's button, so nothing clickable. */
  children?: ReactNode;
  /** A row of chips that may hold buttons: drawn over the card's lower part, beside its button. */
  chips?: ReactNode;
}

export function LeafCard({ data, variant, icon, selected, children, chips }: Props) {
  const { lang, summaryOf } = useDiagramActions();
  const classes = nodeClasses(["ec2viz-card", `ec2viz-card--${variant}`], {
    selected,
    highlighted: data.highlighted,
    external: data.external,
  });
  return (
    <>
      <div className={classes} {...nodeButtonProps(data.accessibleName, () => summaryOf?.(data.targetId))}>
        <span className="ec2viz-card__icon">{icon}</span>
        <span className="ec2viz-card__body">
          <span className="ec2viz-card__kind">{data.face.kind[lang]}</span>{" "}
          <Clip className="ec2viz-card__name" text={data.face.title} />
          {children}
          {data.face.external && (
            <span className="ec2viz-card__meta ec2viz-external">{data.face.external[lang]}</span>
          )}
        </span>
        <DiagnosticBadge count={data.diagnostics} />
      </div>
      {chips && <span className="ec2viz-card__chips">{chips}</span>}
      <Handles />
    </>
  );
}

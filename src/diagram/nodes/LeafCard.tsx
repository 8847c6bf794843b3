// The card shared by instances, volumes and gateways: a coloured icon tile on the left and text
// on the right. Zoomed far out it keeps only the tile and the name, which keeps big views fast.
import type { ReactNode } from "react";
import type { DiagramNodeData } from "../../layout/to-flow.ts";
import { useDiagramActions } from "../context.ts";
import { Clip, DiagnosticBadge, Handles, nodeButtonProps, nodeClasses, useZoomedOut } from "./parts.tsx";

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
  const zoomedOut = useZoomedOut();
  const classes = nodeClasses(
    ["ec2viz-card", `ec2viz-card--${variant}`],
    { selected, highlighted: data.highlighted, external: data.external },
    zoomedOut && "is-brief",
  );
  return (
    <>
      <div className={classes} {...nodeButtonProps(data.accessibleName, () => summaryOf?.(data.targetId))}>
        <span className="ec2viz-card__icon">{icon}</span>
        <span className="ec2viz-card__body">
          {!zoomedOut && <span className="ec2viz-card__kind">{data.face.kind[lang]}</span>}{" "}
          <Clip className="ec2viz-card__name" text={data.face.title} />
          {!zoomedOut && children}
          {!zoomedOut && data.face.external && (
            <span className="ec2viz-card__meta ec2viz-external">{data.face.external[lang]}</span>
          )}
        </span>
        <DiagnosticBadge count={data.diagnostics} />
      </div>
      {!zoomedOut && chips && <span className="ec2viz-card__chips">{chips}</span>}
      <Handles />
    </>
  );
}

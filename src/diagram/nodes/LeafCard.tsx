// The card shared by instances, volumes and gateways: a coloured icon tile on the left and text
// on the right. Zoomed far out it keeps only the tile and the name, which keeps big views fast.
import type { ReactNode } from "react";
import { KIND_LABELS } from "../../layout/labels.ts";
import type { DiagramNodeData } from "../../layout/to-flow.ts";
import { useDiagramActions } from "../context.ts";
import { Clip, DiagnosticBadge, Handles, useZoomedOut } from "./parts.tsx";

interface Props {
  data: DiagramNodeData;
  variant: string;
  icon: ReactNode;
  selected: boolean;
  children?: ReactNode;
}

export function LeafCard({ data, variant, icon, selected, children }: Props) {
  const { lang } = useDiagramActions();
  const zoomedOut = useZoomedOut();
  const classes = [
    "ec2viz-card",
    `ec2viz-card--${variant}`,
    selected ? "is-selected" : "",
    data.highlighted ? "is-highlighted" : "",
    data.dimmed ? "is-dimmed" : "",
    zoomedOut ? "is-brief" : "",
  ];
  return (
    <div className={classes.filter(Boolean).join(" ")}>
      <span className="ec2viz-card__icon">{icon}</span>
      <span className="ec2viz-card__body">
        {!zoomedOut && <span className="ec2viz-card__kind">{KIND_LABELS[lang][data.labelKey]}</span>}{" "}
        <Clip className="ec2viz-card__name" text={data.title} />
        {!zoomedOut && children}
      </span>
      <DiagnosticBadge count={data.diagnostics} />
      <Handles />
    </div>
  );
}

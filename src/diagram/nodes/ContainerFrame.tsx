// The frame shared by Region, VPC, Availability Zone and subnet boxes: coloured border, a header
// with icon, kind, name and details, a diagnostics badge and the fold/unfold button. The frame is
// the box's own button; the fold button sits on top of its header as a sibling, never inside it.

import { type ReactNode, useId } from "react";
import { t } from "../../i18n/strings.ts";
import type { DiagramNodeData } from "../../layout/to-flow.ts";
import { useDiagramActions } from "../context.ts";
import { ChevronIcon } from "../icons.tsx";
import {
  Clip,
  DiagnosticBadge,
  Handles,
  Miniature,
  nodeButtonProps,
  nodeClasses,
  useOverview,
} from "./parts.tsx";

interface Props {
  id: string;
  data: DiagramNodeData;
  variant: string;
  icon?: ReactNode;
  selected: boolean;
  /** Buttons drawn over the box (a subnet's route table and ACL marks), beside its own button. */
  overlay?: ReactNode;
}

export function ContainerFrame({ id, data, variant, icon, selected, overlay }: Props) {
  const { lang, toggleCollapse, summaryOf } = useDiagramActions();
  const overview = useOverview();
  const face = data.face;
  const toggle = data.collapsed ? "canvas.expand" : "canvas.collapse";
  const heldId = useId();
  // A folded box shows the first three kinds it holds; every kind is in the count line's tooltip and,
  // with the box's summary, in its accessible description (so only a folded box works it out here).
  const heldAll = face.folded?.all[lang];
  const summary = heldAll === undefined ? undefined : summaryOf?.(data.targetId);
  const classes = nodeClasses(
    ["ec2viz-group", `ec2viz-group--${variant}`],
    { selected, highlighted: data.highlighted, external: data.external },
    data.collapsed && "is-collapsed",
  );
  return (
    <>
      <div
        className={classes}
        {...nodeButtonProps(
          data.accessibleName,
          () => summaryOf?.(data.targetId),
          heldAll === undefined ? undefined : heldId,
        )}
      >
        <div className="ec2viz-group__header">
          {icon && <span className="ec2viz-group__icon">{icon}</span>}
          <span className="ec2viz-group__kind">{face.kind[lang]}</span>{" "}
          <Clip className="ec2viz-group__name" text={face.title} />
          {face.detail && <Clip className="ec2viz-group__detail" text={face.detail} />}
          {face.external && <span className="ec2viz-external">{face.external[lang]}</span>}
          <span className="ec2viz-spacer" />
          <DiagnosticBadge count={data.diagnostics} />
          {/* Keeps the header's room for the fold button drawn over it. */}
          {data.collapsible && <span className="ec2viz-toggle-slot" />}
        </div>
        {overview && <Miniature boxes={data.miniature} />}
        {face.folded && heldAll !== undefined && (
          <>
            <Clip className="ec2viz-group__folded" text={face.folded.shown[lang]} full={heldAll} />
            <span id={heldId} hidden>
              {summary ? `${heldAll}. ${summary}` : heldAll}
            </span>
          </>
        )}
      </div>
      {overlay}
      {data.collapsible && (
        <button
          type="button"
          className={`ec2viz-toggle ec2viz-toggle--${variant} nodrag nopan`}
          aria-expanded={!data.collapsed}
          // The accessible name stays English in every language: scripts and tests rely on it.
          aria-label={`${t("en", toggle)} ${face.kind.en} ${face.title}`}
          title={t(lang, toggle)}
          onClick={(event) => {
            event.stopPropagation();
            toggleCollapse(id);
          }}
        >
          <ChevronIcon open={!data.collapsed} />
        </button>
      )}
      <Handles />
    </>
  );
}

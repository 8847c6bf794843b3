// The route table and network ACL a subnet uses, as two small buttons under its label strip. They
// sit beside the subnet's own button (never inside it), like the fold toggle, and select the table
// or ACL so the Details panel shows its routes or rules.
import { type StringKey, t } from "../../i18n/strings.ts";
import { EXTERNAL_WORDS } from "../../layout/box-face.ts";
import type { SubnetMark } from "../../layout/to-flow.ts";
import { KIND_LABELS } from "../../model/kind-labels.ts";
import { useDiagramActions } from "../context.ts";
import { NetworkAclIcon, RouteTableIcon } from "../icons.tsx";

const HINT = {
  routeTable: { explicit: "marks.associated", implicit: "marks.mainRouteTable" },
  networkAcl: { explicit: "marks.associated", implicit: "marks.defaultAcl" },
} as const satisfies Record<string, Record<string, StringKey>>;

export function SubnetMarks({ marks }: { marks: readonly SubnetMark[] }) {
  const { lang, selectResource } = useDiagramActions();
  if (marks.length === 0) return null;
  return (
    <div className="ec2viz-marks">
      {marks.map((m) => {
        const Icon = m.kind === "routeTable" ? RouteTableIcon : NetworkAclIcon;
        const usage = t(lang, HINT[m.kind][m.implicit ? "implicit" : "explicit"]);
        const hint = m.external ? `${usage} (${EXTERNAL_WORDS[lang]})` : usage;
        const role = m.role?.[lang];
        return (
          <button
            key={m.kind}
            type="button"
            className={`ec2viz-mark ec2viz-mark--${m.kind}${m.highlighted ? " is-highlighted" : ""}${m.external ? " is-external" : ""} nodrag nopan`}
            data-resource={m.id}
            aria-label={`${KIND_LABELS[m.kind].en} ${m.name}`}
            title={`${KIND_LABELS[m.kind][lang]} ${m.name}: ${hint}`}
            onClick={(event) => {
              event.stopPropagation();
              selectResource(m.id);
            }}
          >
            <span className="ec2viz-mark__icon">
              <Icon size={12} />
            </span>
            <span className="ec2viz-clip ec2viz-mark__name">{m.name}</span>
            {role && <span className="ec2viz-mark__role">{role}</span>}
          </button>
        );
      })}
    </div>
  );
}

// An Elastic IP on the instance or NAT gateway it is associated with: a small button that selects it.
import type { ElasticIpBadge } from "../../layout/to-flow.ts";
import { KIND_LABELS } from "../../model/kind-labels.ts";
import { useDiagramActions } from "../context.ts";
import { ElasticIpIcon } from "../icons.tsx";

export function ElasticIpChip({ badge }: { badge: ElasticIpBadge }) {
  const { lang, selectResource } = useDiagramActions();
  return (
    <button
      type="button"
      className="ec2viz-chip ec2viz-chip--eip nodrag nopan"
      data-resource={badge.id}
      aria-label={`${KIND_LABELS.elasticIp.en} ${badge.id}`}
      title={`${KIND_LABELS.elasticIp[lang]} ${badge.id}${badge.text === badge.id ? "" : ` (${badge.text})`}`}
      onClick={(event) => {
        event.stopPropagation();
        selectResource(badge.id);
      }}
    >
      <ElasticIpIcon size={11} />
      <span className="ec2viz-clip">{badge.text}</span>
    </button>
  );
}

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { publicIpChip, stateWord } from "../../i18n/instance-words.ts";
import type { DiagramNode } from "../../layout/to-flow.ts";
import { KIND_LABELS } from "../../model/kind-labels.ts";
import type { Instance } from "../../model/schema.ts";
import { useDiagramActions } from "../context.ts";
import { GlobeIcon, InstanceIcon, ShieldIcon } from "../icons.tsx";
import { ElasticIpChip } from "./ElasticIpChip.tsx";
import { LeafCard } from "./LeafCard.tsx";
import { Clip } from "./parts.tsx";

/** Security-group badges shown before "+N": the card has room for two, or one next to an address chip. */
const roomFor = (address: boolean) => (address ? 1 : 2);

/** An EC2 instance: type, state, public IP flag and its security groups as badges. */
export const InstanceNode = memo(function InstanceNode({ data, selected }: NodeProps<DiagramNode>) {
  const { lang, selectSecurityGroup } = useDiagramActions();
  const instance = data.resource as Instance | undefined;
  const groups = data.securityGroups ?? [];
  const state = instance?.state;
  // An Elastic IP is the instance's public address: it takes the place of the "Public IP" chip.
  const eip = data.elasticIp;
  const shown = roomFor(eip !== undefined || instance?.publicIp === true);
  return (
    <LeafCard
      data={data}
      variant="instance"
      icon={<InstanceIcon size={22} />}
      selected={selected}
      chips={
        <>
          {eip && <ElasticIpChip badge={eip} />}
          {!eip && instance?.publicIp && (
            <span
              className="ec2viz-chip ec2viz-chip--ip"
              title={lang === "ko" ? "퍼블릭 IPv4 주소" : "Public IPv4 address"}
            >
              <GlobeIcon size={11} />
              {publicIpChip(lang)}
            </span>
          )}
          {groups.slice(0, shown).map((g) => (
            <button
              key={g.id}
              type="button"
              className="ec2viz-chip ec2viz-chip--sg nodrag nopan"
              aria-label={`Security group ${g.name}`}
              title={`${KIND_LABELS.securityGroup[lang]} ${g.name} (${g.id})`}
              onClick={(event) => {
                event.stopPropagation();
                selectSecurityGroup(g.id);
              }}
            >
              <ShieldIcon size={11} />
              <span className="ec2viz-clip">{g.name}</span>
            </button>
          ))}
          {groups.length > shown && (
            <span
              className="ec2viz-chip ec2viz-chip--more"
              title={groups
                .slice(shown)
                .map((g) => g.name)
                .join(", ")}
            >
              +{groups.length - shown}
            </span>
          )}
        </>
      }
    >
      <span className="ec2viz-card__meta">
        <Clip className="ec2viz-card__type" text={instance?.instanceType ?? ""} />
        {state && (
          <span className={`ec2viz-state ec2viz-state--${state}`} title={state}>
            {stateWord(state, lang)}
          </span>
        )}
      </span>
    </LeafCard>
  );
});

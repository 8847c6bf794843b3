// A card's chips as its face lists them (layout/box-face.ts): an Elastic IP or a security group is a
// small button that selects it, and is marked while its resource is selected (the canvas's one rule on
// `data-resource`: every card's chip of a selected group); the public-address chip and "+N" are plain
// labels with a tooltip.
import type { BoxFace, FaceChip } from "../../layout/box-face.ts";
import { useDiagramActions } from "../context.ts";
import { ElasticIpIcon, GlobeIcon, ShieldIcon } from "../icons.tsx";

const ICON = { eip: ElasticIpIcon, ip: GlobeIcon, sg: ShieldIcon } as const;

export function FaceChips({ chips }: { chips: NonNullable<BoxFace["chips"]> }) {
  return (
    <>
      {chips.map((chip) => (
        <Chip key={`${chip.kind}:${chip.resourceId ?? chip.text.en}`} chip={chip} />
      ))}
    </>
  );
}

function Chip({ chip }: { chip: FaceChip }) {
  const { lang, selectResource, selectSecurityGroup } = useDiagramActions();
  const Icon = chip.kind === "more" ? undefined : ICON[chip.kind];
  const className = `ec2viz-chip ec2viz-chip--${chip.kind}`;
  const title = chip.hint?.[lang];
  const id = chip.resourceId;
  if (id === undefined)
    return (
      <span className={className} title={title}>
        {Icon && <Icon size={11} className="ec2viz-chip__glyph" />}
        {chip.text[lang]}
      </span>
    );
  return (
    <button
      type="button"
      className={`${className} nodrag nopan`}
      data-resource={id}
      aria-label={chip.accessibleName}
      title={title}
      onClick={(event) => {
        event.stopPropagation();
        if (chip.kind === "sg") selectSecurityGroup(id);
        else selectResource(id);
      }}
    >
      {Icon && <Icon size={11} className="ec2viz-chip__glyph" />}
      <span className="ec2viz-clip">{chip.text[lang]}</span>
    </button>
  );
}

// Palette icons are the canvas's own: the same glyph (src/io/svg-glyphs.ts, which the canvas and the
// image export draw too) on the same coloured tile as the box it adds: a square for a group's header,
// a rounded square for a card, a circle for a subnet's route table and network ACL marks. The
// Availability Zone has no icon on the canvas, so its item shows the zone's dashed border instead.
import { type GlyphName, glyph } from "../../io/svg-glyphs.ts";
import { CARD, CHIP, FRAME, MARK } from "../../layout/colours.ts";
import type { PaletteKind } from "../../model/kind-labels.ts";

type Tile = "square" | "rounded" | "circle";

/** Each item's glyph on the colour of the box it adds (src/layout/colours.ts). */
const LOOK: Record<
  Exclude<PaletteKind, "availabilityZone">,
  { glyph: GlyphName; color: string; tile: Tile }
> = {
  region: { glyph: "region", color: FRAME.region.stroke, tile: "square" },
  vpc: { glyph: "vpc", color: FRAME.vpc.stroke, tile: "square" },
  internetGateway: { glyph: "gateway", color: CARD.internetGateway, tile: "rounded" },
  publicSubnet: { glyph: "subnet", color: FRAME.public.stroke, tile: "square" },
  privateSubnet: { glyph: "subnet", color: FRAME.private.stroke, tile: "square" },
  securityGroup: { glyph: "shield", color: CHIP.sg.stroke, tile: "rounded" },
  instance: { glyph: "instance", color: CARD.instance, tile: "rounded" },
  volume: { glyph: "volume", color: CARD.volume, tile: "rounded" },
  natGateway: { glyph: "natGateway", color: CARD.natGateway, tile: "rounded" },
  routeTable: { glyph: "routeTable", color: MARK.routeTable, tile: "circle" },
  networkAcl: { glyph: "networkAcl", color: MARK.networkAcl, tile: "circle" },
  elasticIp: { glyph: "elasticIp", color: CARD.elasticIp, tile: "rounded" },
};

function Shape({ kind }: { kind: PaletteKind }) {
  if (kind === "availabilityZone")
    return (
      <rect
        x="2"
        y="2"
        width="20"
        height="20"
        rx="2"
        fill="none"
        stroke={FRAME.availabilityZone.stroke}
        strokeWidth="2"
        strokeDasharray="4 3"
      />
    );
  const look = LOOK[kind];
  return (
    <>
      {look.tile === "circle" ? (
        <circle cx="12" cy="12" r="11" fill={look.color} />
      ) : (
        <rect x="1" y="1" width="22" height="22" rx={look.tile === "rounded" ? 4 : 0} fill={look.color} />
      )}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the glyph table's own fixed markup, never user text */}
      <g dangerouslySetInnerHTML={{ __html: glyph(look.glyph, 4, 4, 16, "#ffffff") }} />
    </>
  );
}

export function PaletteIcon({ kind }: { kind: PaletteKind }) {
  return (
    <svg
      className="palette-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      data-glyph={kind === "availabilityZone" ? undefined : LOOK[kind].glyph}
    >
      <Shape kind={kind} />
    </svg>
  );
}

// Our own small glyphs (not AWS's icon set): white strokes on a square in the kind's colour,
// the way AWS diagrams badge each group and resource. One drawing per glyph, in src/io/svg-glyphs.ts,
// for the canvas, the palette and the image export alike.
import type { ReactNode } from "react";
import { type GlyphName, glyphShapes } from "../io/svg-glyphs.ts";

interface GlyphProps {
  size?: number;
  /** For a style rule that must reach these glyphs only (see .ec2viz-chip__glyph in diagram.css). */
  className?: string;
}

const stroke = {
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.8,
  strokeLinecap: "round",
  strokeLinejoin: "round",
} as const;

function Glyph({ size = 20, className, children }: GlyphProps & { children: ReactNode }) {
  return (
    <svg
      {...(className ? { className } : {})}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/**
 * A glyph of the diagram, drawn from the one table the image export also draws from
 * (src/io/svg-glyphs.ts): canvas, palette and exported pictures show the same drawing.
 */
export function GlyphIcon({ name, size = 20, className }: GlyphProps & { name: GlyphName }) {
  return (
    <Glyph size={size} {...(className ? { className } : {})}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the glyph table's own fixed markup, never user text */}
      <g {...stroke} dangerouslySetInnerHTML={{ __html: glyphShapes(name).join("") }} />
    </Glyph>
  );
}

const named = (name: GlyphName) => (p: GlyphProps) => <GlyphIcon name={name} {...p} />;

/** A flag on a pole: a Region. */
export const RegionIcon = named("region");
/** A cloud with a padlock: a private network in the cloud. */
export const VpcIcon = named("vpc");
/** A padlock: a subnet (AWS marks both kinds with a lock; colour tells them apart). */
export const SubnetIcon = named("subnet");
/** A processor chip: a virtual server. */
export const InstanceIcon = named("instance");
/** A block storage volume. */
export const VolumeIcon = named("volume");
/** An arch with traffic passing both ways: a gateway. */
export const GatewayIcon = named("gateway");
/** A plain cloud: the public internet. */
export const InternetIcon = named("internet");
/** A shield: a security group. */
export const ShieldIcon = named("shield");
/** A globe: the instance has a public IPv4 address. */
export const GlobeIcon = named("globe");
/** Three paths merging into one: many private addresses leave through one address (NAT gateway). */
export const NatGatewayIcon = named("natGateway");
/** A signpost pointing two ways: a route table. */
export const RouteTableIcon = named("routeTable");
/** A numbered list of rules: a network ACL. */
export const NetworkAclIcon = named("networkAcl");
/** A tag with its hole: an Elastic IP, a public address you keep. */
export const ElasticIpIcon = named("elasticIp");

/** Chevron for the fold/unfold button. */
export const ChevronIcon = ({ open, size = 14 }: GlyphProps & { open: boolean }) => (
  <Glyph size={size}>
    <path {...stroke} strokeWidth={2.2} d={open ? "M6 9l6 6 6-6" : "M9 6l6 6-6 6"} />
  </Glyph>
);

/** Four corners of a frame: fit the whole picture into the view (the Fit View button). */
export const FitViewIcon = ({ size = 14 }: GlyphProps) => (
  <Glyph size={size}>
    <path {...stroke} strokeWidth={3} d="M2.5 8.5v-6h6M15.5 2.5h6v6M21.5 15.5v6h-6M8.5 21.5h-6v-6" />
  </Glyph>
);

// Our own small glyphs (not AWS's icon set): white strokes on a square in the kind's colour,
// the way AWS diagrams badge each group and resource. Pure inline SVG so image export keeps them.
import type { ReactNode } from "react";

interface GlyphProps {
  size?: number;
}

const stroke = {
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.8,
  strokeLinecap: "round",
  strokeLinejoin: "round",
} as const;

function Glyph({ size = 20, children }: GlyphProps & { children: ReactNode }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A flag on a pole: a Region. */
export const RegionIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <path {...stroke} d="M6 21V3M6 4h11l-2.5 4L17 12H6" />
  </Glyph>
);

/** A cloud with a padlock: a private network in the cloud. */
export const VpcIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <path {...stroke} d="M7 18h-.5a4 4 0 0 1-.6-7.95A5.5 5.5 0 0 1 16.6 8.6 4.2 4.2 0 0 1 17.5 18H17" />
    <rect {...stroke} x="9" y="14" width="6" height="6" rx="1" />
    <path {...stroke} d="M10.5 14v-1.5a1.5 1.5 0 0 1 3 0V14" />
  </Glyph>
);

/** A padlock: a subnet (AWS marks both kinds with a lock; colour tells them apart). */
export const SubnetIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <rect {...stroke} x="5" y="11" width="14" height="10" rx="1.5" />
    <path {...stroke} d="M8 11V8a4 4 0 0 1 8 0v3" />
  </Glyph>
);

/** A processor chip: a virtual server. */
export const InstanceIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <rect {...stroke} x="6" y="6" width="12" height="12" rx="1.5" />
    <rect {...stroke} x="9.5" y="9.5" width="5" height="5" />
    <path
      {...stroke}
      d="M9 3v3M12 3v3M15 3v3M9 18v3M12 18v3M15 18v3M3 9h3M3 12h3M3 15h3M18 9h3M18 12h3M18 15h3"
    />
  </Glyph>
);

/** A disk drum: a block storage volume. */
export const VolumeIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <ellipse {...stroke} cx="12" cy="6" rx="7" ry="2.5" />
    <path {...stroke} d="M5 6v12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5V6M5 12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5" />
  </Glyph>
);

/** An arch with traffic passing both ways: a gateway. */
export const GatewayIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <path {...stroke} d="M4 21V10a8 8 0 0 1 16 0v11" />
    <path {...stroke} d="M8 14h8M13.5 11.5 16 14l-2.5 2.5M16 18H8M10.5 15.5 8 18l2.5 2.5" />
  </Glyph>
);

/** A plain cloud: the public internet. */
export const InternetIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <path {...stroke} d="M7 19h10.5a4.5 4.5 0 0 0 .6-8.96A6 6 0 0 0 6.4 9.1 5 5 0 0 0 7 19Z" />
  </Glyph>
);

/** A shield: a security group. */
export const ShieldIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <path {...stroke} d="M12 3 5 6v5c0 4.5 3 8.3 7 10 4-1.7 7-5.5 7-10V6l-7-3Z" />
  </Glyph>
);

/** A globe: the instance has a public IPv4 address. */
export const GlobeIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <circle {...stroke} cx="12" cy="12" r="9" />
    <path
      {...stroke}
      d="M3 12h18M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3Z"
    />
  </Glyph>
);

/** Three paths merging into one: many private addresses leave through one address (NAT gateway). */
export const NatGatewayIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <path {...stroke} d="M3 6h4.5l4.5 6M3 18h4.5l4.5-6M3 12h17M17 9l3 3-3 3" />
  </Glyph>
);

/** A signpost pointing two ways: a route table. */
export const RouteTableIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <path {...stroke} d="M12 3v18M12 5h6l2.5 2.5L18 10h-6M12 12H6l-2.5 2.5L6 17h6" />
  </Glyph>
);

/** A numbered list of rules: a network ACL. */
export const NetworkAclIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <rect {...stroke} x="4" y="3" width="16" height="18" rx="1.5" />
    <path {...stroke} d="M7.5 8h1M7.5 12h1M7.5 16h1M11 8h5.5M11 12h5.5M11 16h3.5" />
  </Glyph>
);

/** A tag with its hole: an Elastic IP, a public address you keep. */
export const ElasticIpIcon = (p: GlyphProps) => (
  <Glyph {...p}>
    <path {...stroke} d="M20.5 3.5h-7.8L3.5 12.7l7.8 7.8 9.2-9.2V3.5Z" />
    <circle {...stroke} cx="16" cy="8" r="1.6" />
  </Glyph>
);

/** Chevron for the fold/unfold button. */
export const ChevronIcon = ({ open, size = 14 }: GlyphProps & { open: boolean }) => (
  <Glyph size={size}>
    <path {...stroke} strokeWidth={2.2} d={open ? "M6 9l6 6 6-6" : "M9 6l6 6-6 6"} />
  </Glyph>
);

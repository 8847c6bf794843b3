// The AWS colours, once: the category colours of AWS's architecture icons (compute orange,
// networking purple, storage green, security red), the group colours of Region, Availability Zone,
// VPC and subnet frames, and the shades the diagram derives from them. The canvas (as CSS custom
// properties set on its root, see `colourProperties`), its overview map and miniatures, the palette
// icons, the SVG/PNG export and draw.io all read them here. Pure data: no React, no DOM.
// UI chrome (toolbar, panels, focus rings) keeps its colours in the CSS files where it lives.
import type { BoxVariant } from "./box-face.ts";
import type { DiagramKind, EdgeKind } from "./types.ts";

/** AWS Architecture Icons category and group colours. */
export const AWS = {
  /** Compute (EC2). */
  compute: "#ed7100",
  /** Networking & content delivery (VPC, gateways, Elastic IPs, route tables, the lines). */
  networking: "#8c4fff",
  /** Storage (EBS); also the public subnet group. */
  storage: "#7aa116",
  /** Security, identity & compliance (security groups, network ACLs). */
  security: "#dd344c",
  /** Region, Availability Zone and private subnet groups. */
  teal: "#00a4a6",
  /** "Squid ink": text, and the Internet. */
  ink: "#232f3e",
  /** Secondary text. */
  grey: "#545b64",
} as const;

/** Darker shades of the group colours for words, at least 4.5:1 on the frames' fills. */
const AWS_TEXT = {
  teal: "#006f71",
  networking: "#7b45f0",
  storage: "#52700b",
  /** Elastic IP and NAT words on white. */
  networkingDeep: "#6b2fd6",
  /** Security-group chip words on white. */
  security: "#b0243a",
} as const;

/** AWS's generic group grey: a subnet whose routes, and so public or private, are unknown. */
const NEUTRAL_SUBNET = { stroke: "#7d8998", fill: "#f2f3f3" } as const;

/** A container frame's colours. */
interface FrameColours {
  stroke: string;
  /** Its kind word. */
  text: string;
  /** Its fill on a light page ("none": see-through). */
  fill: string;
  fillOpacity?: number;
}

export const FRAME: Record<
  "region" | "vpc" | "availabilityZone" | "public" | "private" | "subnet",
  FrameColours
> = {
  region: { stroke: AWS.teal, text: AWS_TEXT.teal, fill: "#ffffff", fillOpacity: 0.6 },
  vpc: { stroke: AWS.networking, text: AWS_TEXT.networking, fill: "#ffffff", fillOpacity: 0.9 },
  availabilityZone: { stroke: AWS.teal, text: AWS_TEXT.teal, fill: "none" },
  public: { stroke: AWS.storage, text: AWS_TEXT.storage, fill: "#f2f6e8" },
  private: { stroke: AWS.teal, text: AWS_TEXT.teal, fill: "#e6f6f7" },
  // Public or private unknown (its routes are outside the document): neither green nor teal, the
  // grey of AWS's generic group.
  subnet: { stroke: NEUTRAL_SUBNET.stroke, text: AWS.grey, fill: NEUTRAL_SUBNET.fill },
};

/**
 * A container frame's border: its width and dash pattern (Region dotted, Availability Zone dashed),
 * as diagram.css draws it on the canvas.
 */
export const FRAME_LINE: Record<keyof typeof FRAME, { width: number; dash?: readonly number[] }> = {
  region: { width: 2, dash: [2, 3] },
  vpc: { width: 2 },
  availabilityZone: { width: 1.5, dash: [6, 4] },
  public: { width: 1 },
  private: { width: 1 },
  subnet: { width: 1 },
};
/** The dash of a frame defined outside the document. */
export const EXTERNAL_DASH: readonly number[] = [6, 4];
/** The dash of a card defined outside the document, or of a gateway attached to no VPC. */
export const CARD_DASH: readonly number[] = [5, 3];
/** The dash of a subnet mark (route table, network ACL) defined outside the document. */
export const MARK_DASH: readonly number[] = [4, 3];

/** The tile colour of each card kind (the category of the resource). */
export const CARD = {
  instance: AWS.compute,
  volume: AWS.storage,
  internetGateway: AWS.networking,
  natGateway: AWS.networking,
  elasticIp: AWS.networking,
} as const;

/** Subnet marks: route tables are networking, network ACLs security. */
export const MARK = { routeTable: AWS.networking, networkAcl: AWS.security } as const;

/** Chips on cards: border and words. */
export const CHIP = {
  ip: { stroke: "#0972d3", text: "#0972d3" },
  sg: { stroke: AWS.security, text: AWS_TEXT.security },
  more: { stroke: "#aab7b8", text: AWS.grey },
  eip: { stroke: AWS.networking, text: AWS_TEXT.networkingDeep },
} as const;

/**
 * How each kind of line is drawn, on the canvas and in every export: network paths in networking
 * purple with an arrowhead the way traffic goes out (a private subnet's way out through its NAT
 * gateway dashed); a volume attachment, which carries no traffic, a grey dash without one.
 */
export const EDGE_STYLE: Record<
  EdgeKind,
  { stroke: string; width: number; dash?: string; arrowHead: boolean }
> = {
  internet: { stroke: AWS.networking, width: 2, arrowHead: true },
  public: { stroke: AWS.networking, width: 2, arrowHead: true },
  attach: { stroke: "#7d8998", width: 1.5, dash: "5 4", arrowHead: false },
  nat: { stroke: AWS.networking, width: 2, dash: "7 4", arrowHead: true },
};

/** An instance's state dot. */
export const STATE_COLOUR = {
  running: "#1d8102",
  pending: "#f89256",
  stopping: "#f89256",
  "shutting-down": "#f89256",
  terminated: AWS.security,
  stopped: "#879596",
} as const;

/** Diagnostics badges. */
export const SEVERITY_COLOUR = { error: "#d91515", warning: "#b86200" } as const;

/** Neutral greys of cards and dashed "outside the document" borders. */
export const NEUTRAL = {
  cardBorder: "#d5dbdb",
  external: "#879596",
} as const;

/** `#rrggbb` at `alpha`, as `rgba(…)`. */
function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r},${g},${b},${alpha})`;
}

/**
 * A subnet's tint on the overview map, by what the diagram draws it as: its frame's colour (public
 * green, private teal, grey when its routes are unknown), as the canvas and the legend show it.
 */
export const OVERVIEW_SUBNET_FILL: Record<"publicSubnet" | "privateSubnet" | "subnet", string> = {
  publicSubnet: withAlpha(FRAME.public.stroke, 0.22),
  privateSubnet: withAlpha(FRAME.private.stroke, 0.22),
  subnet: withAlpha(FRAME.subnet.stroke, 0.22),
};

/** The overview map's fill per box kind (a subnet's: OVERVIEW_SUBNET_FILL, by its routes). */
export const OVERVIEW_FILL = {
  region: withAlpha(AWS.teal, 0.1),
  vpc: withAlpha(AWS.networking, 0.1),
  availabilityZone: withAlpha(AWS.teal, 0.06),
  subnet: OVERVIEW_SUBNET_FILL.subnet,
  instance: CARD.instance,
  natGateway: CARD.natGateway,
  elasticIp: CARD.elasticIp,
  volume: CARD.volume,
  internetGateway: CARD.internetGateway,
  internet: AWS.ink,
} as const;

/**
 * The CSS custom properties the canvas's stylesheet (diagram.css) reads, set on the canvas's root
 * element: `--aws-compute`, `--aws-public-fill`, `--aws-state-running`…
 */
export function colourProperties(): Record<`--${string}`, string> {
  return {
    "--aws-orange": AWS.compute,
    "--aws-purple": AWS.networking,
    "--aws-green": AWS.storage,
    "--aws-red": AWS.security,
    "--aws-teal": AWS.teal,
    "--aws-ink": AWS.ink,
    "--aws-grey": AWS.grey,
    "--aws-teal-text": AWS_TEXT.teal,
    "--aws-purple-text": AWS_TEXT.networking,
    "--aws-purple-deep": AWS_TEXT.networkingDeep,
    "--aws-green-text": AWS_TEXT.storage,
    "--aws-red-text": AWS_TEXT.security,
    "--aws-public-fill": FRAME.public.fill,
    "--aws-private-fill": FRAME.private.fill,
    "--aws-subnet-stroke": FRAME.subnet.stroke,
    "--aws-subnet-fill": FRAME.subnet.fill,
    "--aws-chip-ip": CHIP.ip.stroke,
    "--aws-chip-more": CHIP.more.stroke,
    "--aws-state-running": STATE_COLOUR.running,
    "--aws-state-pending": STATE_COLOUR.pending,
    "--aws-state-stopped": STATE_COLOUR.stopped,
    "--aws-error": SEVERITY_COLOUR.error,
    "--aws-warning": SEVERITY_COLOUR.warning,
    "--aws-card-border": NEUTRAL.cardBorder,
    "--aws-external": NEUTRAL.external,
  };
}

type FrameKey = keyof typeof FRAME;

/**
 * The neutral colours of an exported picture, by page: what sits between the AWS colours (text,
 * fills of frames, cards, chips and marks). On the dark page every area is dark and the words light,
 * while tiles, borders and lines keep their AWS colours.
 */
export interface ExportInk {
  /** The page behind the diagram (absent: see-through). */
  page?: string;
  /** Names and main words. */
  ink: string;
  /** Kind words on cards, details, roles, states. */
  grey: string;
  /** Frames' fills and kind words. */
  frame: Record<FrameKey, { fill: string; fillOpacity?: number; text: string }>;
  card: { fill: string; border: string; shadow: string; shadowOpacity: number };
  /** Card border of the networking cards (gateways). */
  cardAccent: string;
  /** Inside of chips and subnet marks. */
  chipFill: string;
  chipText: Record<keyof typeof CHIP, string>;
  internet: { fill: string; stroke: string };
  /** The ring around a card's diagnostics badge (the colour it stands out from). */
  badgeRing: string;
}

export const EXPORT_INK: Record<"light" | "dark", ExportInk> = {
  light: {
    ink: AWS.ink,
    grey: AWS.grey,
    frame: {
      region: { fill: FRAME.region.fill, fillOpacity: 0.6, text: FRAME.region.text },
      vpc: { fill: FRAME.vpc.fill, fillOpacity: 0.9, text: FRAME.vpc.text },
      availabilityZone: { fill: "none", text: FRAME.availabilityZone.text },
      public: { fill: FRAME.public.fill, text: FRAME.public.text },
      private: { fill: FRAME.private.fill, text: FRAME.private.text },
      subnet: { fill: FRAME.subnet.fill, text: FRAME.subnet.text },
    },
    card: { fill: "#ffffff", border: NEUTRAL.cardBorder, shadow: AWS.ink, shadowOpacity: 0.1 },
    cardAccent: AWS.networking,
    chipFill: "#ffffff",
    chipText: { ip: CHIP.ip.text, sg: CHIP.sg.text, more: CHIP.more.text, eip: CHIP.eip.text },
    internet: { fill: "#ffffff", stroke: AWS.ink },
    badgeRing: "#ffffff",
  },
  dark: {
    page: "#16191f",
    ink: "#e9ebed",
    grey: "#aab7b8",
    // Each frame a dark tint of its own colour, so nesting still shows.
    frame: {
      region: { fill: "#152026", text: "#2ec4c6" },
      vpc: { fill: "#1f1d31", text: "#b794ff" },
      availabilityZone: { fill: "none", text: "#2ec4c6" },
      public: { fill: "#252d1e", text: "#9ccc2a" },
      private: { fill: "#132e33", text: "#2ec4c6" },
      subnet: { fill: "#232a35", text: "#aab7b8" },
    },
    card: { fill: "#232a35", border: "#414b59", shadow: "#000000", shadowOpacity: 0.35 },
    cardAccent: AWS.networking,
    chipFill: "#1b2028",
    chipText: { ip: "#58a6ff", sg: "#ff7a8a", more: "#aab7b8", eip: "#b794ff" },
    internet: { fill: "#232a35", stroke: "#e9ebed" },
    badgeRing: "#16191f",
  },
};

/** Cards with a networking border (the gateways); the others have the ink's grey one. */
const ACCENT_CARDS: ReadonlySet<DiagramKind> = new Set<DiagramKind>(["internetGateway", "natGateway"]);

/**
 * A card's border: its colour on `ink`'s page, and dashed (CARD_DASH) when it is defined outside the
 * document (grey then) or is a gateway attached to no VPC.
 */
export function cardBorder(
  kind: DiagramKind,
  variant: BoxVariant,
  external: boolean,
  ink: ExportInk,
): { stroke: string; dashed: boolean } {
  return {
    stroke: external ? NEUTRAL.external : ACCENT_CARDS.has(kind) ? ink.cardAccent : ink.card.border,
    dashed: external || variant === "gateway-detached",
  };
}

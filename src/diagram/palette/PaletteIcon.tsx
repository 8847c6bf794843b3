// Small hand-drawn icons in the AWS group colours, so palette items match the diagram's boxes.
import type { PaletteKind } from "./palette-kinds.ts";

const TEAL = "#00A4A6";
const PURPLE = "#8C4FFF";
const GREEN = "#7AA116";
const RED = "#DD344C";
const ORANGE = "#ED7100";

/** Region (dotted) and Availability Zone (dashed) groups differ only by their border's dash. */
function DashedBox({ dash }: { dash: string }) {
  return (
    <rect
      x="2"
      y="2"
      width="20"
      height="20"
      rx="2"
      fill="none"
      stroke={TEAL}
      strokeWidth="2"
      strokeDasharray={dash}
    />
  );
}

function Shape({ kind }: { kind: PaletteKind }) {
  switch (kind) {
    case "region":
      return <DashedBox dash="1 3" />;
    case "availabilityZone":
      return <DashedBox dash="4 3" />;
    case "vpc":
      return (
        <>
          <rect x="2" y="2" width="20" height="20" rx="2" fill="none" stroke={PURPLE} strokeWidth="2" />
          <path d="M7 9 L12 17 L17 9" fill="none" stroke={PURPLE} strokeWidth="2" />
        </>
      );
    case "internetGateway":
      return (
        <>
          <circle cx="12" cy="12" r="9" fill={PURPLE} />
          <path d="M6 12 H18 M14 8 L18 12 L14 16" fill="none" stroke="#fff" strokeWidth="2" />
        </>
      );
    case "publicSubnet":
      return (
        <>
          <rect x="2" y="4" width="20" height="16" rx="2" fill={GREEN} />
          <circle cx="12" cy="12" r="4" fill="none" stroke="#fff" strokeWidth="2" />
        </>
      );
    case "privateSubnet":
      return (
        <>
          <rect x="2" y="4" width="20" height="16" rx="2" fill={TEAL} />
          <rect x="9" y="11" width="6" height="5" fill="#fff" />
          <path d="M10 11 V9 a2 2 0 0 1 4 0 V11" fill="none" stroke="#fff" strokeWidth="1.5" />
        </>
      );
    case "securityGroup":
      return <path d="M12 2 L20 5 V11 C20 16 16 20 12 22 C8 20 4 16 4 11 V5 Z" fill={RED} />;
    case "instance":
      return (
        <>
          <rect x="4" y="4" width="16" height="16" rx="2" fill={ORANGE} />
          <path
            d="M8 2 V4 M12 2 V4 M16 2 V4 M8 20 V22 M12 20 V22 M16 20 V22"
            stroke={ORANGE}
            strokeWidth="1.5"
          />
        </>
      );
    case "natGateway":
      return (
        <>
          <rect x="2" y="2" width="20" height="20" rx="3" fill={PURPLE} />
          <path
            d="M5 7h3l4 5M5 17h3l4-5M5 12h13M15.5 9.5 18 12l-2.5 2.5"
            fill="none"
            stroke="#fff"
            strokeWidth="1.8"
          />
        </>
      );
    case "routeTable":
      return (
        <>
          <circle cx="12" cy="12" r="10" fill={PURPLE} />
          <path
            d="M12 5v14M12 6.5h4.5l1.8 1.8-1.8 1.8H12M12 12H7.5l-1.8 1.8 1.8 1.8H12"
            fill="none"
            stroke="#fff"
            strokeWidth="1.6"
          />
        </>
      );
    case "networkAcl":
      return (
        <>
          <circle cx="12" cy="12" r="10" fill={RED} />
          <path
            d="M8 8.5h1M8 12h1M8 15.5h1M11 8.5h5M11 12h5M11 15.5h3"
            fill="none"
            stroke="#fff"
            strokeWidth="1.8"
          />
        </>
      );
    case "elasticIp":
      return (
        <>
          <path d="M21 3h-8L3 13l8 8 10-10V3Z" fill={PURPLE} />
          <circle cx="16.5" cy="7.5" r="1.8" fill="#fff" />
        </>
      );
    case "volume":
      return (
        <>
          <ellipse cx="12" cy="6" rx="8" ry="3" fill={GREEN} />
          <path d="M4 6 V18 C4 20 20 20 20 18 V6" fill={GREEN} />
          <ellipse cx="12" cy="6" rx="8" ry="3" fill="none" stroke="#fff" strokeWidth="1" />
        </>
      );
  }
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
    >
      <Shape kind={kind} />
    </svg>
  );
}

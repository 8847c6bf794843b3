// What a box shows, decided once for every renderer: the canvas's node components, the SVG/PNG
// export, draw.io and the CLI only draw a `BoxFace`, they never look at the resource again. Every
// word is given in both UI languages, so switching the language needs no new face. Pure: no React.

import { type FaceKey, faceText, faceTextOf } from "../i18n/face-strings.ts";
import { stateWord } from "../i18n/instance-words.ts";
import type { LocalText } from "../i18n/text.ts";
import { INSTANCE_STATES } from "../model/document-basics.ts";
import { displayName, KIND_LABELS, type LabelKind } from "../model/kind-labels.ts";
import type {
  ElasticIp,
  Instance,
  InstanceState,
  InternetGateway,
  NatGateway,
  SecurityGroup,
  Volume,
} from "../model/schema.ts";
import { containerDetail, type HeldCounts, heldText } from "./labels.ts";
import type { DiagramKind } from "./types.ts";

/** Drawing style of a box (a CSS variant on the canvas, a style in the exports). */
export type BoxVariant =
  | "region"
  | "vpc"
  | "availabilityZone"
  | "public"
  | "private"
  /** A subnet whose routes are outside the document: neither public nor private is known. */
  | "subnet"
  | "instance"
  | "volume"
  | "gateway"
  | "gateway-detached"
  | "internet"
  | "nat"
  | "nat-private"
  | "eip";

/** A small rounded label on a card: its public address, an Elastic IP, a security group, "+N". */
export interface FaceChip {
  kind: "ip" | "eip" | "sg" | "more";
  text: LocalText;
  /** Elastic IPs and security groups: the resource the chip stands for (the canvas selects it). */
  resourceId?: string;
  /** English accessible name of a chip the canvas makes a button ("Security group web"). */
  accessibleName?: string;
  /** What the chip means, shown as its tooltip. */
  hint?: LocalText;
}

/** Everything a box prints, in both languages. */
export interface BoxFace {
  variant: BoxVariant;
  /** The kind word ("EC2 instance", "EC2 인스턴스"). */
  kind: LocalText;
  /** The resource's name, else its id (an AZ box: its zone; the Internet: empty). */
  title: string;
  /** Containers: a Region's code, a VPC's or subnet's CIDR block, printed after the name. */
  detail?: string;
  /** Cards: the line under the name (instance type, volume size and type, "detached", "public"). */
  meta?: LocalText;
  /** Instances: their state, and the word for it. */
  state?: { value: InstanceState; text: LocalText };
  chips?: readonly FaceChip[];
  /**
   * Folded containers: what they hold, the first three kinds people look for ("2 instances · 3
   * volumes · 2 subnets") and every kind (the canvas's tooltip and accessible description).
   */
  folded?: { shown: LocalText; all: LocalText };
  /** Defined outside the document: the words saying so (the box is drawn dashed). */
  external?: LocalText;
}

/** A catalog entry in both languages. */
const both = (key: FaceKey): LocalText => ({ en: faceText("en", key), ko: faceText("ko", key) });
/** Text that reads the same in both languages (names, addresses, CIDR blocks). */
const same = (text: string): LocalText => ({ en: text, ko: text });

const WORDS = {
  publicIp: both("face.publicIp"),
  publicIpHint: both("face.publicIpHint"),
  detached: both("face.detached"),
  natPublic: both("face.natPublic"),
  natPrivate: both("face.natPrivate"),
  notAssociated: both("face.notAssociated"),
  external: both("face.external"),
};

const STATE_WORDS = {} as Record<InstanceState, LocalText>;
for (const state of INSTANCE_STATES)
  STATE_WORDS[state] = { en: stateWord(state, "en"), ko: stateWord(state, "ko") };

/** The words of the "outside the document" label (marks use it in their tooltip). */
export const EXTERNAL_WORDS: LocalText = WORDS.external;

/** What the face is computed from: the box, its resource and what the diagram knows about it. */
interface FaceInput {
  kind: DiagramKind;
  labelKind: LabelKind;
  title: string;
  resource?: object;
  external?: boolean;
  collapsed?: boolean;
  held?: HeldCounts;
  /** Instances: their security groups, in the document's order. */
  securityGroups?: readonly Pick<SecurityGroup, "id" | "name">[];
  /** Instances and NAT gateways: their Elastic IP. */
  elasticIp?: Pick<ElasticIp, "id" | "name" | "publicIp">;
}

/** Security-group chips shown before "+N": a card has room for two, or one beside an address chip. */
const roomFor = (address: boolean) => (address ? 1 : 2);

/** A chip's tooltip: its kind word and label, then what else identifies it, if anything. */
const chipHint = (kind: LocalText, label: string, detail?: string): LocalText =>
  detail === undefined
    ? faceTextOf("face.chipHint", { kind, label })
    : faceTextOf("face.chipHintMore", { kind, label, detail });

function elasticIpChip(eip: NonNullable<FaceInput["elasticIp"]>): FaceChip {
  const text = eip.publicIp ?? displayName(eip);
  return {
    kind: "eip",
    text: same(text),
    resourceId: eip.id,
    accessibleName: `${KIND_LABELS.elasticIp.en} ${eip.id}`,
    hint: chipHint(KIND_LABELS.elasticIp, eip.id, text === eip.id ? undefined : text),
  };
}

function instanceChips(input: FaceInput, instance: Instance | undefined): FaceChip[] {
  const chips: FaceChip[] = [];
  // An Elastic IP is the instance's public address: it takes the place of the "Public IP" chip.
  if (input.elasticIp) chips.push(elasticIpChip(input.elasticIp));
  else if (instance?.publicIp === true)
    chips.push({ kind: "ip", text: WORDS.publicIp, hint: WORDS.publicIpHint });
  const groups = input.securityGroups ?? [];
  const room = roomFor(chips.length > 0);
  for (const g of groups.slice(0, room)) {
    const name = displayName(g);
    chips.push({
      kind: "sg",
      text: same(name),
      resourceId: g.id,
      accessibleName: `${KIND_LABELS.securityGroup.en} ${name}`,
      hint: chipHint(KIND_LABELS.securityGroup, name, g.id),
    });
  }
  if (groups.length > room) {
    const rest = groups
      .slice(room)
      .map((g) => displayName(g))
      .join(", ");
    chips.push({ kind: "more", text: same(`+${groups.length - room}`), hint: same(rest) });
  }
  return chips;
}

function variantOf(input: FaceInput): BoxVariant {
  switch (input.kind) {
    case "subnet":
      return input.labelKind === "publicSubnet"
        ? "public"
        : input.labelKind === "subnet"
          ? "subnet"
          : "private";
    case "internetGateway":
      return (input.resource as InternetGateway | undefined)?.vpc === null ? "gateway-detached" : "gateway";
    case "natGateway":
      return (input.resource as NatGateway | undefined)?.connectivity === "private" ? "nat-private" : "nat";
    case "elasticIp":
      return "eip";
    default:
      return input.kind;
  }
}

/** The face of one box. */
export function boxFace(input: FaceInput): BoxFace {
  const face: BoxFace = { variant: variantOf(input), kind: KIND_LABELS[input.labelKind], title: input.title };
  const detail = containerDetail(
    input.kind,
    input.resource as { id?: string; cidrBlock?: string } | undefined,
    input.title,
  );
  if (detail) face.detail = detail;
  if (input.collapsed) {
    const held = input.held ?? {};
    face.folded = {
      shown: { en: heldText(held, "en", 3), ko: heldText(held, "ko", 3) },
      all: { en: heldText(held, "en"), ko: heldText(held, "ko") },
    };
  }
  if (input.external) face.external = WORDS.external;
  switch (input.kind) {
    case "instance": {
      const instance = input.resource as Instance | undefined;
      face.meta = same(instance?.instanceType ?? "");
      if (instance?.state) face.state = { value: instance.state, text: STATE_WORDS[instance.state] };
      face.chips = instanceChips(input, instance);
      break;
    }
    case "volume": {
      const volume = input.resource as Volume | undefined;
      face.meta = same(volume ? `${volume.sizeGiB} GiB · ${volume.volumeType}` : "");
      break;
    }
    case "internetGateway":
      if (face.variant === "gateway-detached") face.meta = WORDS.detached;
      break;
    case "natGateway":
      if (!input.external) face.meta = face.variant === "nat-private" ? WORDS.natPrivate : WORDS.natPublic;
      if (input.elasticIp) face.chips = [elasticIpChip(input.elasticIp)];
      break;
    case "elasticIp":
      if (!input.external) {
        const address = (input.resource as ElasticIp | undefined)?.publicIp;
        face.meta = address === undefined ? WORDS.notAssociated : same(address);
      }
      break;
    default:
      break;
  }
  return face;
}

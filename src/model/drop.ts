// Where a palette item may land, and what landing there does. The same functions serve a drag and
// drop (target = the diagram node under the pointer) and the keyboard alternative (target = the
// selected container). Hovering a node inside the right container counts as that container: an
// EC2 instance dropped on another instance lands in the same subnet.

import { textOf } from "../i18n/strings.ts";
import type { LocalText } from "../i18n/text.ts";
import { addInstance, addSecurityGroup, addVolume } from "./commands/add-compute.ts";
import {
  addAvailabilityZone,
  addInternetGateway,
  addRegion,
  addSubnet,
  addVpc,
} from "./commands/add-network.ts";
import { addElasticIp, addNatGateway, addNetworkAcl, addRouteTable } from "./commands/add-routing.ts";
import { moveInstance } from "./commands/move.ts";
import { type CommandResult, refuse } from "./commands/types.ts";
import { findDefined } from "./document-basics.ts";
import { labelText, type PaletteKind } from "./kind-labels.ts";
import { type DropTarget, dropTargetOf } from "./node-targets.ts";
import type { Topology } from "./schema.ts";
import { COLLECTION_OF_KIND, indexTopology } from "./topology-index.ts";

type DropResolution = { ok: true; target: DropTarget } | { ok: false; reason: CommandResult & { ok: false } };

/** The container one level up, following the diagram's nesting. */
function parentOf(doc: Topology, target: DropTarget): DropTarget {
  if (target === null) return null;
  switch (target.kind) {
    case "availabilityZone":
      return { kind: "vpc", id: target.vpc };
    case "volume": {
      const host = doc.volumes.find((v) => v.id === target.id)?.attachments?.[0]?.instance;
      return host === undefined ? null : { kind: "instance", id: host };
    }
    case "instance": {
      const subnet = doc.instances.find((i) => i.id === target.id)?.subnet;
      return subnet === undefined ? null : { kind: "subnet", id: subnet };
    }
    case "subnet": {
      const s = findDefined(doc.subnets, target.id);
      return s ? { kind: "availabilityZone", vpc: s.vpc, az: s.availabilityZone } : null;
    }
    case "securityGroup": {
      const vpc = doc.securityGroups.find((g) => g.id === target.id)?.vpc;
      return vpc === undefined ? null : { kind: "vpc", id: vpc };
    }
    case "internetGateway": {
      const vpc = doc.internetGateways.find((g) => g.id === target.id)?.vpc;
      return vpc == null ? null : { kind: "vpc", id: vpc };
    }
    case "vpc": {
      const region = doc.vpcs.find((v) => v.id === target.id)?.region;
      return region === undefined ? null : { kind: "region", id: region };
    }
    default:
      // Regions sit at the top; format 2's kinds are not drop targets (yet).
      return null;
  }
}

/** The containers each palette item can be created in. */
const ACCEPTS: Record<PaletteKind, readonly string[]> = {
  region: [],
  availabilityZone: ["vpc", "region"],
  vpc: ["region"],
  internetGateway: ["vpc"],
  publicSubnet: ["availabilityZone", "vpc"],
  privateSubnet: ["availabilityZone", "vpc"],
  securityGroup: ["instance", "vpc"],
  instance: ["subnet"],
  volume: ["instance"],
  natGateway: ["subnet"],
  routeTable: ["subnet", "vpc"],
  networkAcl: ["subnet", "vpc"],
  elasticIp: ["instance", "natGateway"],
};

function targetText(doc: Topology, target: DropTarget): LocalText {
  if (target === null) return textOf("drop.emptyCanvas");
  if (target.kind === "availabilityZone") return textOf("drop.zone", { az: target.az });
  return labelText(doc, target.kind, target.id);
}

/**
 * The container a palette item dropped on `target` goes into (the target itself or the nearest
 * container around it that accepts the item), or the refusal explaining where the item belongs.
 */
export function dropTargetFor(doc: Topology, item: PaletteKind, target: DropTarget): DropResolution {
  if (item === "region") return { ok: true, target: null };
  if (target === null)
    return { ok: false, reason: refuse("drop-on-canvas", { item }) as CommandResult & { ok: false } };
  const accepted = ACCEPTS[item];
  for (let at: DropTarget = target; at !== null; at = parentOf(doc, at)) {
    if (accepted.includes(at.kind)) return { ok: true, target: at };
  }
  return {
    ok: false,
    reason: refuse("drop-wrong-target", { item, target: targetText(doc, target) }) as CommandResult & {
      ok: false;
    },
  };
}

/** A subnet dropped on a VPC box goes to its Region's only AZ; with none or several, it asks. */
function subnetInVpc(doc: Topology, vpcId: string, isPublic: boolean): CommandResult {
  const vpc = doc.vpcs.find((v) => v.id === vpcId);
  const zones = doc.regions.find((r) => r.id === vpc?.region)?.availabilityZones ?? [];
  const only = zones.length === 1 ? zones[0] : undefined;
  if (only !== undefined) return addSubnet(doc, { vpcId, az: only, public: isPublic });
  const vpcLabel = labelText(doc, "vpc", vpcId);
  return refuse(zones.length === 0 ? "az-needed" : "az-choose", { vpc: vpcLabel });
}

/** The resource id of a container (an AZ box stands for its VPC). */
function idOf(target: Exclude<DropTarget, null>): string {
  return target.kind === "availabilityZone" ? target.vpc : target.id;
}

interface DropOptions {
  /** The Region code an empty topology's first Region gets (e.g. from the browser's language). */
  firstRegion?: string;
}

/** Creates the palette item at the drop target, or refuses with the reason. Pure. */
export function applyPaletteDrop(
  doc: Topology,
  item: PaletteKind,
  target: DropTarget,
  options: DropOptions = {},
): CommandResult {
  const resolved = dropTargetFor(doc, item, target);
  if (!resolved.ok) return resolved.reason;
  const at = resolved.target;
  const result = createAt(doc, item, at, options);
  // The commands build only in what the document defines. A placeholder (drawn dashed, "outside
  // the document") is known by its id alone, and their "there is no subnet X" denies what the
  // canvas shows: say what it is instead.
  if (!result.ok && result.reason.code === "not-found" && at !== null && isPlaceholder(doc, at))
    return refuse("drop-outside-document", { item, target: targetText(doc, at) });
  return result;
}

/** Whether a container is a placeholder: a resource written with "external": true (an AZ box: its VPC). */
function isPlaceholder(doc: Topology, at: Exclude<DropTarget, null>): boolean {
  if (at.kind === "availabilityZone") return findDefined(doc.vpcs, at.vpc) === undefined;
  const list = doc[COLLECTION_OF_KIND[at.kind]] as readonly { id: string; external?: boolean }[];
  return list.some((r) => r.id === at.id && r.external === true);
}

function createAt(doc: Topology, item: PaletteKind, at: DropTarget, options: DropOptions): CommandResult {
  if (item === "region" || at === null)
    return addRegion(
      doc,
      doc.regions.length === 0 && options.firstRegion ? { code: options.firstRegion } : {},
    );
  switch (item) {
    case "availabilityZone":
      return at.kind === "region"
        ? addAvailabilityZone(doc, { regionId: at.id })
        : addAvailabilityZone(doc, { vpcId: idOf(at) });
    case "vpc":
      return addVpc(doc, { regionId: idOf(at) });
    case "internetGateway":
      return addInternetGateway(doc, { vpcId: idOf(at) });
    case "publicSubnet":
    case "privateSubnet": {
      const isPublic = item === "publicSubnet";
      if (at.kind === "availabilityZone")
        return addSubnet(doc, { vpcId: at.vpc, az: at.az, public: isPublic });
      return subnetInVpc(doc, at.id, isPublic);
    }
    case "securityGroup":
      return at.kind === "instance"
        ? addSecurityGroup(doc, { instanceId: at.id })
        : addSecurityGroup(doc, { vpcId: idOf(at) });
    case "instance":
      return addInstance(doc, { subnetId: idOf(at) });
    case "volume":
      return addVolume(doc, { instanceId: idOf(at) });
    case "natGateway":
      return addNatGateway(doc, { subnetId: idOf(at) });
    case "routeTable":
      return at.kind === "subnet"
        ? addRouteTable(doc, { subnetId: at.id })
        : addRouteTable(doc, { vpcId: idOf(at) });
    case "networkAcl":
      return at.kind === "subnet"
        ? addNetworkAcl(doc, { subnetId: at.id })
        : addNetworkAcl(doc, { vpcId: idOf(at) });
    case "elasticIp":
      return at.kind === "natGateway"
        ? addElasticIp(doc, { natGatewayId: at.id })
        : addElasticIp(doc, { instanceId: idOf(at) });
  }
}

/** The drop target for a selected diagram id (keyboard alternative). */
export function targetForSelection(doc: Topology, selectedId: string | null | undefined): DropTarget {
  return dropTargetOf(indexTopology(doc), selectedId);
}

/** Keyboard and click alternative: adds the item into the selected container, same rules. */
export function applyPaletteToSelection(
  doc: Topology,
  item: PaletteKind,
  selectedId: string | null | undefined,
  options: DropOptions = {},
): CommandResult {
  const target = targetForSelection(doc, selectedId);
  if (target === null && item !== "region") return refuse("nothing-selected", { item });
  return applyPaletteDrop(doc, item, target, options);
}

/** The subnet that would receive an instance let go on `target`, when the move is allowed; else null. */
export function instanceDropSubnet(doc: Topology, instanceId: string, target: DropTarget): string | null {
  for (let at: DropTarget = target; at !== null; at = parentOf(doc, at)) {
    if (at.kind === "subnet") return moveInstance(doc, { instanceId, subnetId: at.id }).ok ? at.id : null;
    if (at.kind === "instance" && at.id === instanceId) return null;
  }
  return null;
}

/**
 * Dragging an existing instance onto the diagram: the subnet under the pointer (or around the node
 * under it) receives it through moveInstance, with the move's refusals.
 */
export function applyInstanceDrop(doc: Topology, instanceId: string, target: DropTarget): CommandResult {
  for (let at: DropTarget = target; at !== null; at = parentOf(doc, at)) {
    if (at.kind === "subnet") return moveInstance(doc, { instanceId, subnetId: at.id });
    // Dropped on itself or its own volume: the user let go where it already is.
    if (at.kind === "instance" && at.id === instanceId) return { ok: true, doc, selection: instanceId };
  }
  return refuse(target === null ? "drop-on-canvas" : "drop-wrong-target", {
    item: "instance",
    target: targetText(doc, target),
  });
}

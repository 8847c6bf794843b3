// The details panel's view model: everything the panel shows about one diagram node, already in the
// reader's language, so the React component only lays it out. Pure: no React here.
//
// A node is named by a DetailsTarget. Diagram ids (src/model/node-ids.ts) map to targets with
// `parseDetailsTarget`: a resource id -> { kind: "resource", id }; the Internet's box ->
// { kind: "internet" }; an Availability Zone box inside a VPC -> { kind: "availabilityZone", vpc, az }.

import { t } from "../i18n/strings.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import {
  displayName,
  kindLabel,
  type LabelKind,
  labelKindIn,
  subnetLabelKind,
} from "../model/kind-labels.ts";
import { availabilityZoneNodeId, INTERNET_NODE_ID, parseAvailabilityZoneNodeId } from "../model/node-ids.ts";
import type { Traffic } from "../model/reachability.ts";
import type { Topology } from "../model/schema.ts";
import type { TopologyIndex } from "../model/topology-index.ts";
import { type ConceptView, explainConcept } from "./catalog.ts";
import { externalBody } from "./describe-external.ts";
import { availabilityZoneLink, type LinkView } from "./describe-format.ts";
import {
  describeInbound,
  describeInternet,
  describeOutbound,
  describePeer,
  describeSubnetExposure,
  type InboundView,
  type OutboundView,
  type PeerView,
} from "./describe-reachability.ts";
import { describeResourceBody } from "./describe-resources.ts";

export type { LinkView } from "./describe-format.ts";

type DetailsTarget =
  | { kind: "resource"; id: string }
  | { kind: "availabilityZone"; vpc: string; az: string }
  | { kind: "internet" };

/** One row of "This resource": a label, a readable value, optional detail lines and concept. */
export interface PropertyView {
  label: string;
  value: string;
  lines?: string[];
  /** The concept this property is an instance of (AMI, instance type…), explained on demand. */
  concept?: ConceptView;
  link?: LinkView;
}

export interface CrumbView extends LinkView {
  /** True for the node being described (shown, not linked). */
  current: boolean;
}

export interface RelationGroupView {
  label: string;
  items: LinkView[];
}

export type {
  ChainStepView,
  InboundView,
  PeerView,
  PortView,
  QuestionView,
} from "./describe-reachability.ts";

export interface SubnetExposureView {
  exposure: "public" | "public-without-gateway" | "private" | "unknown";
  verdict: string;
  lines: string[];
  links: LinkView[];
}

interface DiagnosticView {
  severity: Diagnostic["severity"];
  severityLabel: string;
  code: Diagnostic["code"];
  message: string;
  path: string;
}

export interface DetailsView {
  target: DetailsTarget;
  /** The diagram node id of this target. */
  nodeId: string;
  kind: LabelKind;
  /** Kind label in the reader's language: the panel's first heading ("EC2 instance"). */
  heading: string;
  /** Name when set, else id. */
  name: string;
  /** "Id: i-123" when the name differs from the id. */
  idLine?: string;
  concept: ConceptView;
  properties: PropertyView[];
  tags: { key: string; value: string }[];
  tagsConcept: ConceptView;
  /** Region › VPC › Availability Zone › subnet › this node. */
  location: CrumbView[];
  relations: RelationGroupView[];
  /** Instances: "Can the internet reach it?", port by port, as a chain of checks. */
  reachability?: InboundView;
  /** Instances: "Can this instance reach the internet?" as a chain of checks. */
  outbound?: OutboundView;
  /** Instances: "Can this instance reach another instance?", for the one chosen in `options.peer`. */
  peer?: PeerView;
  subnetExposure?: SubnetExposureView;
  /** Security groups: the instances that use it, which the canvas lights up while it is selected. */
  members?: string[];
  diagnostics: DiagnosticView[];
}

interface DescribeOptions {
  diagnostics?: readonly Diagnostic[];
  /** The message in the panel's language (diagnostics may have been produced in the other one). */
  messageOf?: (diagnostic: Diagnostic) => string;
  /** The port asked about in "Can this instance reach the internet?" (HTTPS when absent). */
  outbound?: Traffic;
  /** The other instance and port asked about in "Can this instance reach another instance?". */
  peer?: { instance: string; traffic: Traffic };
}

/** Reads a diagram node id. Resource ids win over the AZ form, in case an id contains a slash. */
export function parseDetailsTarget(index: TopologyIndex, nodeId: string): DetailsTarget | undefined {
  if (index.kindById.has(nodeId)) return { kind: "resource", id: nodeId };
  if (nodeId === INTERNET_NODE_ID) return { kind: "internet" };
  const zone = parseAvailabilityZoneNodeId(nodeId);
  if (zone && index.vpcs.has(zone.owner)) return { kind: "availabilityZone", vpc: zone.owner, az: zone.zone };
  return undefined;
}

export function nodeIdOf(target: DetailsTarget): string {
  if (target.kind === "resource") return target.id;
  if (target.kind === "internet") return INTERNET_NODE_ID;
  return availabilityZoneNodeId(target.vpc, target.az);
}

function diagnosticsFor(id: string | undefined, lang: Lang, options: DescribeOptions): DiagnosticView[] {
  if (id === undefined) return [];
  const messageOf = options.messageOf ?? ((d: Diagnostic) => d.message);
  return (options.diagnostics ?? [])
    .filter((d) => d.resource === id)
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1))
    .map((d) => ({
      severity: d.severity,
      severityLabel: t(lang, d.severity === "error" ? "details.severity.error" : "details.severity.warning"),
      code: d.code,
      message: messageOf(d),
      path: d.path,
    }));
}

function describeAvailabilityZone(
  index: TopologyIndex,
  vpcId: string,
  az: string,
  lang: Lang,
): Pick<DetailsView, "properties" | "location" | "relations"> {
  const vpc = index.vpcs.get(vpcId);
  const region = index.regionByAz.get(az) ?? (vpc ? index.regions.get(vpc.region) : undefined);
  const subnets = (index.subnetsByVpc.get(vpcId) ?? []).filter((s) => s.availabilityZone === az);
  const location: CrumbView[] = [];
  if (region)
    location.push({
      label: `${kindLabel("region", lang)} ${displayName(region)}`,
      target: region.id,
      current: false,
    });
  if (vpc)
    location.push({
      label: `${kindLabel("vpc", lang)} ${displayName(vpc)}`,
      target: vpc.id,
      current: false,
    });
  location.push({ ...availabilityZoneLink(vpcId, az, lang), current: true });
  return {
    properties: [
      { label: t(lang, "prop.azName"), value: az },
      {
        label: t(lang, "prop.azId"),
        value: t(lang, "value.azIdUnknown"),
        lines: [t(lang, "value.azIdWhy")],
        concept: explainConcept("azId", lang),
      },
      ...(region
        ? [
            {
              label: t(lang, "prop.region"),
              value: region.name ? `${region.name} (${region.id})` : region.id,
            },
          ]
        : []),
    ],
    location,
    relations: [
      {
        label: t(lang, "rel.subnets"),
        items: subnets.map((s) => ({
          label: `${kindLabel(subnetLabelKind(index, s), lang)} ${displayName(s)}`,
          target: s.id,
        })),
      },
    ],
  };
}

/**
 * Everything the details panel shows about one node, or undefined when the target no longer exists
 * (e.g. it was just deleted). `target` may be a diagram node id or a DetailsTarget.
 */
export function describeResource(
  doc: Topology,
  index: TopologyIndex,
  target: string | DetailsTarget,
  lang: Lang,
  options: DescribeOptions = {},
): DetailsView | undefined {
  const resolved = typeof target === "string" ? parseDetailsTarget(index, target) : target;
  if (!resolved) return undefined;
  const tagsConcept = explainConcept("tags", lang);

  if (resolved.kind === "internet") {
    return {
      target: resolved,
      nodeId: INTERNET_NODE_ID,
      kind: "internet",
      heading: kindLabel("internet", lang),
      name: kindLabel("internet", lang),
      concept: explainConcept("internet", lang),
      properties: [],
      tags: [],
      tagsConcept,
      location: [],
      relations: describeInternet(doc, index, lang),
      diagnostics: [],
    };
  }

  if (resolved.kind === "availabilityZone") {
    if (!index.vpcs.has(resolved.vpc)) return undefined;
    return {
      target: resolved,
      nodeId: nodeIdOf(resolved),
      kind: "availabilityZone",
      heading: kindLabel("availabilityZone", lang),
      name: resolved.az,
      concept: explainConcept("availabilityZone", lang),
      ...describeAvailabilityZone(index, resolved.vpc, resolved.az, lang),
      tags: [],
      tagsConcept,
      diagnostics: [],
    };
  }

  const id = resolved.id;
  const resourceKind = index.kindById.get(id);
  if (!resourceKind) return undefined;
  const kind = labelKindIn(index, resourceKind, id);
  const external = index.external.has(id);
  const body = external
    ? externalBody(doc, index, resourceKind, id, lang)
    : describeResourceBody(doc, index, resourceKind, id, lang);
  if (!body) return undefined;
  const { record } = body;
  const name = displayName(record);
  return {
    target: resolved,
    nodeId: id,
    kind,
    heading: kindLabel(kind, lang),
    name,
    ...(name === id ? {} : { idLine: t(lang, "details.id", { id }) }),
    concept: explainConcept(kind, lang),
    properties: body.properties,
    tags: Object.entries(record.tags ?? {}).map(([key, value]) => ({ key, value })),
    tagsConcept,
    // A Region's trail would be only itself: "where it sits" then says nothing.
    location: body.location.length > 1 ? body.location : [],
    relations: body.relations.filter((g) => g.items.length > 0),
    ...(resourceKind === "instance" && !external
      ? {
          reachability: describeInbound(doc, index, id, lang),
          outbound: describeOutbound(doc, index, id, lang, options.outbound),
          peer: describePeer(doc, index, id, lang, options.peer),
        }
      : {}),
    ...(resourceKind === "subnet" && !external
      ? { subnetExposure: describeSubnetExposure(index, id, lang) }
      : {}),
    ...(body.members ? { members: body.members } : {}),
    diagnostics: diagnosticsFor(id, lang, options),
  };
}

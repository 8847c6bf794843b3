// Per-kind parts of the details view: readable properties, the Region › VPC › AZ › subnet trail,
// and the related resources of each record in the document.

import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import { instancesInGroup } from "../model/document-basics.ts";
import { displayName } from "../model/kind-labels.ts";
import {
  defaultSecurityGroup,
  gatewayOfVpc,
  gatewaysOfVpc,
  isSubnetPublic,
  subnetRoutesUnknown,
  vpcGatewayUnknown,
} from "../model/routing.ts";
import { VOLUME_LIMITS } from "../model/rules/storage.ts";
import type { Instance, Subnet, Topology, Volume } from "../model/schema.ts";
import type { ResourceKind, TopologyIndex } from "../model/topology-index.ts";
import { explainConcept } from "./catalog.ts";
import type { CrumbView, PropertyView, RelationGroupView } from "./describe.ts";
import {
  availabilityZoneLink,
  cidrLines,
  displayNameOf,
  formatNumber,
  type LinkView,
  resourceLink,
  ruleText,
  yesNo,
} from "./describe-format.ts";
import {
  elasticIpBody,
  instanceRoutingProperties,
  natGatewayBody,
  networkAclBody,
  routeTableBody,
  subnetNatRelations,
  subnetRoutingProperties,
} from "./describe-routing.ts";
import { explainInstanceType } from "./instance-type-text.ts";
import { volumeTypeText } from "./volume-types.ts";

export interface ResourceBody {
  record: { id: string; name?: string; tags?: Record<string, string> };
  properties: PropertyView[];
  location: CrumbView[];
  relations: RelationGroupView[];
  /** A security group's instances (those listing it, and for a default group those listing none). */
  members?: string[];
}

type Ctx = { doc: Topology; index: TopologyIndex; lang: Lang };

const crumb = (c: Ctx, id: string, current = false): CrumbView => ({
  ...resourceLink(c.index, id, c.lang),
  current,
});

/** Region › VPC › AZ › subnet for a subnet (without the subnet itself). */
function subnetTrail(c: Ctx, subnet: Subnet): CrumbView[] {
  const vpc = c.index.vpcs.get(subnet.vpc);
  const trail: CrumbView[] = [];
  if (vpc) trail.push(crumb(c, vpc.region));
  trail.push(crumb(c, subnet.vpc));
  trail.push({ ...availabilityZoneLink(subnet.vpc, subnet.availabilityZone, c.lang), current: false });
  return trail;
}

function links(c: Ctx, ids: readonly string[]) {
  return ids.map((id) => resourceLink(c.index, id, c.lang));
}

function region(c: Ctx, id: string): ResourceBody | undefined {
  const r = c.index.regions.get(id);
  if (!r) return undefined;
  return {
    record: r,
    properties: [
      { label: t(c.lang, "prop.regionCode"), value: r.id },
      {
        label: t(c.lang, "prop.availabilityZones"),
        value: r.availabilityZones.length ? r.availabilityZones.join(", ") : t(c.lang, "details.none"),
        concept: explainConcept("availabilityZone", c.lang),
      },
    ],
    location: [crumb(c, id, true)],
    relations: [
      {
        label: t(c.lang, "rel.vpcs"),
        items: links(
          c,
          (c.index.vpcsByRegion.get(id) ?? []).map((v) => v.id),
        ),
      },
    ],
  };
}

function vpc(c: Ctx, id: string): ResourceBody | undefined {
  const v = c.index.vpcs.get(id);
  if (!v) return undefined;
  const subnets = c.index.subnetsByVpc.get(id) ?? [];
  const azs = [...new Set(subnets.map((s) => s.availabilityZone))];
  return {
    record: v,
    properties: [
      {
        label: t(c.lang, "prop.cidr"),
        value: v.cidrBlock,
        lines: cidrLines(v.cidrBlock, "vpc", c.lang),
        concept: explainConcept("cidr", c.lang),
      },
      {
        label: t(c.lang, "prop.region"),
        value: displayNameOf(c.index, v.region),
        link: resourceLink(c.index, v.region, c.lang),
      },
    ],
    location: [crumb(c, v.region), crumb(c, id, true)],
    relations: [
      { label: t(c.lang, "rel.gateway"), items: gatewayLinks(c, id, gatewaysOfVpc(c.index, id)) },
      {
        label: t(c.lang, "rel.availabilityZones"),
        items: azs.map((az) => availabilityZoneLink(id, az, c.lang)),
      },
      {
        label: t(c.lang, "rel.subnets"),
        items: links(
          c,
          subnets.map((s) => s.id),
        ),
      },
      {
        label: t(c.lang, "rel.securityGroups"),
        items: links(
          c,
          (c.index.securityGroupsByVpc.get(id) ?? []).map((g) => g.id),
        ),
      },
    ],
  };
}

/** The VPC's internet gateways, or "unknown" when the document doesn't say whether it has one. */
function gatewayLinks(c: Ctx, vpcId: string, gateways: readonly string[]): LinkView[] {
  if (gateways.length === 0 && vpcGatewayUnknown(c.index, vpcId))
    return [{ label: t(c.lang, "rel.gatewayUnknown") }];
  return links(c, gateways);
}

function internetGateway(c: Ctx, id: string): ResourceBody | undefined {
  const g = c.index.internetGateways.get(id);
  if (!g) return undefined;
  const vpcRecord = g.vpc === null ? undefined : c.index.vpcs.get(g.vpc);
  const publicSubnets =
    g.vpc === null ? [] : (c.index.subnetsByVpc.get(g.vpc) ?? []).filter((s) => isSubnetPublic(c.index, s));
  return {
    record: g,
    properties: [
      g.vpc === null
        ? { label: t(c.lang, "prop.attachment"), value: t(c.lang, "value.detached") }
        : {
            label: t(c.lang, "prop.attachment"),
            value: resourceLink(c.index, g.vpc, c.lang).label,
            link: resourceLink(c.index, g.vpc, c.lang),
          },
      {
        label: t(c.lang, "prop.subnetsRoutingHere"),
        value: publicSubnets.length
          ? publicSubnets.map((s) => displayName(s)).join(", ")
          : t(c.lang, "details.none"),
        concept: explainConcept("routeTable", c.lang),
      },
    ],
    location: [
      ...(vpcRecord ? [crumb(c, vpcRecord.region), crumb(c, vpcRecord.id)] : []),
      crumb(c, id, true),
    ],
    relations: [
      { label: t(c.lang, "rel.vpc"), items: g.vpc === null ? [] : links(c, [g.vpc]) },
      {
        label: t(c.lang, "rel.publicSubnets"),
        items: links(
          c,
          publicSubnets.map((s) => s.id),
        ),
      },
    ],
  };
}

function subnet(c: Ctx, id: string): ResourceBody | undefined {
  const s = c.index.subnets.get(id);
  if (!s) return undefined;
  const gateway = gatewayOfVpc(c.index, s.vpc);
  return {
    record: s,
    properties: [
      {
        label: t(c.lang, "prop.cidr"),
        value: s.cidrBlock,
        lines: cidrLines(s.cidrBlock, "subnet", c.lang),
        concept: explainConcept("cidr", c.lang),
      },
      {
        label: t(c.lang, "prop.availabilityZone"),
        value: s.availabilityZone,
        link: availabilityZoneLink(s.vpc, s.availabilityZone, c.lang),
      },
      {
        label: t(c.lang, "prop.routeToGateway"),
        value: subnetRoutesUnknown(c.index, s)
          ? t(c.lang, "details.unknownFact")
          : yesNo(isSubnetPublic(c.index, s), c.lang),
        concept: explainConcept("routeTable", c.lang),
      },
      publicAddressesOf(c, id),
      ...subnetRoutingProperties(c, s),
    ],
    location: [...subnetTrail(c, s), crumb(c, id, true)],
    relations: [
      { label: t(c.lang, "rel.vpc"), items: links(c, [s.vpc]) },
      { label: t(c.lang, "rel.gateway"), items: gatewayLinks(c, s.vpc, gateway ? [gateway] : []) },
      ...subnetNatRelations(c, id),
      {
        label: t(c.lang, "rel.instances"),
        items: links(
          c,
          (c.index.instancesBySubnet.get(id) ?? []).map((i) => i.id),
        ),
      },
    ],
  };
}

/** How many of a subnet's instances have a public IPv4 address, and how new ones would get one. */
function publicAddressesOf(c: Ctx, subnetId: string): PropertyView {
  const instances = c.index.instancesBySubnet.get(subnetId) ?? [];
  const count = instances.filter((i) => i.publicIp === true).length;
  return {
    label: t(c.lang, "prop.publicIpv4"),
    value:
      instances.length === 0
        ? t(c.lang, "value.publicIpNone")
        : t(c.lang, "value.publicIpCount", { count, total: instances.length }),
    lines: [t(c.lang, "value.publicIpAutoAssign")],
    concept: explainConcept("autoAssignPublicIp", c.lang),
  };
}

function securityGroup(c: Ctx, id: string): ResourceBody | undefined {
  const g = c.index.securityGroups.get(id);
  if (!g) return undefined;
  const rules = explainConcept("securityGroupRules", c.lang);
  const users = instancesInGroup(c.doc, id);
  const vpcRecord = c.index.vpcs.get(g.vpc);
  return {
    record: g,
    members: users,
    properties: [
      ...(g.default === true
        ? [{ label: t(c.lang, "prop.defaultGroup"), value: t(c.lang, "value.defaultGroup") }]
        : []),
      ...(g.description ? [{ label: t(c.lang, "prop.description"), value: g.description }] : []),
      {
        label: t(c.lang, "prop.inbound"),
        value: g.ingress.length ? String(g.ingress.length) : t(c.lang, "value.noRules"),
        lines: g.ingress.map((r) => ruleText(r, "in", c.lang)),
        concept: rules,
      },
      g.egress === undefined
        ? { label: t(c.lang, "prop.outbound"), value: t(c.lang, "value.defaultEgress") }
        : {
            label: t(c.lang, "prop.outbound"),
            value: g.egress.length ? String(g.egress.length) : t(c.lang, "value.noRules"),
            lines: g.egress.map((r) => ruleText(r, "out", c.lang)),
          },
    ],
    location: [...(vpcRecord ? [crumb(c, vpcRecord.region)] : []), crumb(c, g.vpc), crumb(c, id, true)],
    relations: [
      { label: t(c.lang, "rel.vpc"), items: links(c, [g.vpc]) },
      { label: t(c.lang, "rel.instances"), items: links(c, users) },
    ],
  };
}

function instance(c: Ctx, id: string): ResourceBody | undefined {
  const i: Instance | undefined = c.index.instances.get(id);
  if (!i) return undefined;
  const s = c.index.subnets.get(i.subnet);
  const type = explainInstanceType(i.instanceType, c.lang);
  const volumes = c.index.volumesByInstance.get(id) ?? [];
  return {
    record: i,
    properties: [
      {
        label: t(c.lang, "prop.instanceType"),
        value: i.instanceType,
        lines: [type.summary, ...type.parts],
        concept: explainConcept("instanceType", c.lang),
      },
      {
        label: t(c.lang, "prop.ami"),
        value: i.imageId ?? t(c.lang, "details.unknown"),
        concept: explainConcept("ami", c.lang),
      },
      {
        label: t(c.lang, "prop.publicIp"),
        value: t(c.lang, i.publicIp ? "value.publicIpYes" : "value.publicIpNo"),
        ...(i.publicIp ? { lines: [t(c.lang, "value.publicIpAuto")] } : {}),
        concept: explainConcept(i.publicIp ? "publicIp" : "autoAssignPublicIp", c.lang),
      },
      ...(i.state
        ? [
            {
              label: t(c.lang, "prop.state"),
              value: t(c.lang, "value.state", {
                state: t(c.lang, `state.${i.state}`),
                info: t(c.lang, `stateInfo.${i.state}`),
              }),
            },
          ]
        : []),
      ...instanceRoutingProperties(c, i),
      ...(s
        ? [
            {
              label: t(c.lang, "prop.availabilityZone"),
              value: s.availabilityZone,
              link: availabilityZoneLink(s.vpc, s.availabilityZone, c.lang),
            },
          ]
        : []),
    ],
    location: [...(s ? [...subnetTrail(c, s), crumb(c, s.id)] : [crumb(c, i.subnet)]), crumb(c, id, true)],
    relations: [
      { label: t(c.lang, "rel.subnet"), items: links(c, [i.subnet]) },
      { label: t(c.lang, "rel.securityGroups"), items: securityGroupLinks(c, i, s) },
      {
        label: t(c.lang, "rel.volumes"),
        items: volumes.map(({ volume, device }) => {
          const link = resourceLink(c.index, volume.id, c.lang);
          return { ...link, label: `${link.label} (${device})` };
        }),
      },
    ],
  };
}

/**
 * An instance's groups; with none listed, the one AWS gives it: its VPC's default security group,
 * the document's (default: true) when it has one, else the item jumps to the VPC it belongs to.
 */
function securityGroupLinks(c: Ctx, i: Instance, s: Subnet | undefined) {
  const listed = i.securityGroups ?? [];
  if (listed.length > 0 || !s) return links(c, listed);
  const vpc = resourceLink(c.index, s.vpc, c.lang);
  const group = defaultSecurityGroup(c.index, s.vpc);
  if (group) {
    const link = resourceLink(c.index, group.id, c.lang);
    return [
      {
        ...link,
        label: t(c.lang, "rel.documentDefaultGroup", { group: displayName(group), vpc: vpc.label }),
      },
    ];
  }
  return [{ ...vpc, label: t(c.lang, "rel.vpcDefaultGroup", { vpc: vpc.label }) }];
}

function volume(c: Ctx, id: string): ResourceBody | undefined {
  const v: Volume | undefined = c.index.volumes.get(id);
  if (!v) return undefined;
  const info = volumeTypeText(v.volumeType, c.lang);
  const limits = VOLUME_LIMITS[v.volumeType];
  const attachments = v.attachments ?? [];
  // Where it sits: the zone, inside the VPC of the first attached instance when there is one.
  const firstSubnet = attachments
    .map((a) => c.index.subnets.get(c.index.instances.get(a.instance)?.subnet ?? ""))
    .find((s) => s !== undefined);
  const region = c.index.regionByAz.get(v.availabilityZone);
  const yes = (flag: boolean | undefined) => yesNo(flag === true, c.lang);
  return {
    record: v,
    properties: [
      {
        label: t(c.lang, "prop.volumeType"),
        value: info.name,
        lines: [
          info.summary,
          t(c.lang, limits.bootable ? "volume.bootable" : "volume.notBootable"),
          t(c.lang, "volume.range", {
            min: formatNumber(limits.size.min, c.lang),
            max: formatNumber(limits.size.max, c.lang),
          }),
        ],
        concept: explainConcept("ebsVolumeTypes", c.lang),
      },
      {
        label: t(c.lang, "prop.size"),
        value: t(c.lang, "value.sizeGiB", { size: formatNumber(v.sizeGiB, c.lang) }),
      },
      ...(v.iops === undefined
        ? []
        : [{ label: t(c.lang, "prop.iops"), value: formatNumber(v.iops, c.lang) }]),
      ...(v.throughput === undefined
        ? []
        : [
            {
              label: t(c.lang, "prop.throughput"),
              value: t(c.lang, "value.throughput", { value: v.throughput }),
            },
          ]),
      { label: t(c.lang, "prop.encrypted"), value: yes(v.encrypted) },
      { label: t(c.lang, "prop.multiAttach"), value: yes(v.multiAttach) },
      {
        label: t(c.lang, "prop.availabilityZone"),
        value: v.availabilityZone,
        link: availabilityZoneLink(firstSubnet?.vpc, v.availabilityZone, c.lang),
      },
    ],
    // An EBS volume belongs to a zone, not to a VPC: no VPC in its trail.
    location: [
      ...(region ? [crumb(c, region.id)] : []),
      { ...availabilityZoneLink(firstSubnet?.vpc, v.availabilityZone, c.lang), current: false },
      crumb(c, id, true),
    ],
    relations: [
      {
        label: t(c.lang, "rel.attachedTo"),
        items: attachments.map((a) => {
          const link = resourceLink(c.index, a.instance, c.lang);
          return { ...link, label: `${link.label} (${a.device})` };
        }),
      },
    ],
  };
}

// Format 2's kinds (route table, network ACL, NAT gateway, Elastic IP) are built in describe-routing.ts.
const BUILDERS: Record<ResourceKind, (c: Ctx, id: string) => ResourceBody | undefined> = {
  region,
  vpc,
  internetGateway,
  subnet,
  securityGroup,
  instance,
  volume,
  routeTable: routeTableBody,
  networkAcl: networkAclBody,
  natGateway: natGatewayBody,
  elasticIp: elasticIpBody,
};

export function describeResourceBody(
  doc: Topology,
  index: TopologyIndex,
  kind: ResourceKind,
  id: string,
  lang: Lang,
): ResourceBody | undefined {
  return BUILDERS[kind]?.({ doc, index, lang }, id);
}

// Network rules from the Amazon VPC User Guide: Region and zone names, VPC and subnet block sizes,
// subnets inside their VPC and apart from each other, one internet gateway per VPC, and what makes
// a subnet public.

import { MAX_PREFIX, MIN_PREFIX } from "../aws-limits.ts";
import { type Cidr, contains, formatCidr, lastAddress, overlaps, parseCidr, tryCidr } from "../cidr.ts";
import { jsonPath } from "../diagnostics.ts";
import { displayName } from "../kind-labels.ts";
import { AWS_REGIONS, awsRegion, regionOfZoneName } from "../regions.ts";
import { gatewayOfVpc, internetGatewayRouteOf, vpcGatewayUnknown } from "../routing.ts";
import { definedEntries, isExternal, type Subnet } from "../schema.ts";
import type { TopologyIndex } from "../topology-index.ts";
import { closest } from "./closest.ts";
import { itemRule, itemSection } from "./item-rules.ts";
import { about, type Finding, finding, type RuleContext } from "./types.ts";

const LINK_LOCAL = parseCidr("169.254.0.0/16");

export function unknownRegions({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  definedEntries(doc.regions).forEach(([i, r]) => {
    if (awsRegion(r.id)) return;
    const guess = closest(
      r.id,
      AWS_REGIONS.map((x) => x.code),
    );
    out.push(
      finding({
        messageId: "region-unknown",
        path: jsonPath(["regions", i, "id"]),
        resource: r.id,
        params: { region: r.id, guess: guess ?? "" },
      }),
    );
  });
  return out;
}

export const zonesOutsideRegion = itemRule(
  itemSection({
    list: "regions",
    check: (r, i, _ctx, out) => {
      r.availabilityZones.forEach((az, j) => {
        if (regionOfZoneName(az) === r.id) return;
        out.push(
          finding({
            messageId: "az-not-in-region.region",
            path: jsonPath(["regions", i, "availabilityZones", j]),
            resource: r.id,
            params: { region: r.id, zone: az },
          }),
        );
      });
    },
  }),
  itemSection({
    list: "subnets",
    // A subnet's answer reads its VPC's Region and that Region's zones.
    uses: { vpcs: (vpc, index) => index.subnetsByVpc.get(vpc.id) ?? [], regions: "whole" },
    check: (s, i, { index }, out) => {
      const region = index.regions.get(index.vpcs.get(s.vpc)?.region ?? "");
      if (!region || region.availabilityZones.includes(s.availabilityZone)) return;
      out.push(
        about(
          finding({
            messageId: "az-not-in-region.subnet",
            path: jsonPath(["subnets", i, "availabilityZone"]),
            resource: s.id,
            params: {
              who: displayName(s),
              zone: s.availabilityZone,
              region: region.id,
              zones: region.availabilityZones.join(", "),
            },
          }),
          region.id,
        ),
      );
    },
  }),
  itemSection({
    list: "volumes",
    uses: { regions: "whole" },
    check: (v, i, { index }, out) => {
      if (index.regionByAz.has(v.availabilityZone)) return;
      out.push(
        finding({
          messageId: "az-not-in-region.volume",
          path: jsonPath(["volumes", i, "availabilityZone"]),
          resource: v.id,
          params: { who: displayName(v), zone: v.availabilityZone },
        }),
      );
    },
  }),
);

function sizeProblem(cidr: Cidr): boolean {
  return cidr.prefix < MIN_PREFIX || cidr.prefix > MAX_PREFIX;
}

export function vpcCidrSizes({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  definedEntries(doc.vpcs).forEach(([i, v]) => {
    const cidr = tryCidr(v.cidrBlock);
    if (!cidr) return;
    const path = jsonPath(["vpcs", i, "cidrBlock"]);
    if (sizeProblem(cidr)) {
      out.push(
        finding({
          messageId: "vpc-cidr-size",
          path,
          resource: v.id,
          params: { who: displayName(v), cidr: v.cidrBlock },
        }),
      );
    } else if (LINK_LOCAL.ok && overlaps(cidr, LINK_LOCAL.cidr)) {
      out.push(
        finding({
          messageId: "vpc-cidr-size.link-local",
          path,
          resource: v.id,
          params: { who: displayName(v), cidr: v.cidrBlock },
        }),
      );
    }
  });
  return out;
}

export function subnetCidrs({ doc, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  definedEntries(doc.subnets).forEach(([i, s]) => {
    const cidr = tryCidr(s.cidrBlock);
    if (!cidr) return;
    const path = jsonPath(["subnets", i, "cidrBlock"]);
    if (sizeProblem(cidr)) {
      out.push(
        finding({
          messageId: "subnet-cidr-size",
          path,
          resource: s.id,
          params: { who: displayName(s), cidr: s.cidrBlock },
        }),
      );
    }
    const vpc = index.vpcs.get(s.vpc);
    const vpcCidr = vpc ? tryCidr(vpc.cidrBlock) : undefined;
    if (vpc && vpcCidr && !contains(vpcCidr, cidr)) {
      out.push(
        about(
          finding({
            messageId: "subnet-outside-vpc",
            path,
            resource: s.id,
            params: { who: displayName(s), cidr: s.cidrBlock, vpc: displayName(vpc), vpcCidr: vpc.cidrBlock },
          }),
          vpc.id,
        ),
      );
    }
  });
  return out;
}

/** Overlaps within each VPC, by a sweep over blocks sorted by start address (n log n). */
export function subnetOverlaps({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const byVpc = new Map<string, { index: number; cidr: Cidr }[]>();
  definedEntries(doc.subnets).forEach(([i, s]) => {
    const cidr = tryCidr(s.cidrBlock);
    if (!cidr) return;
    const list = byVpc.get(s.vpc) ?? [];
    list.push({ index: i, cidr });
    byVpc.set(s.vpc, list);
  });
  for (const list of byVpc.values()) {
    list.sort((a, b) => a.cidr.network - b.cidr.network || a.index - b.index);
    let widest: { index: number; cidr: Cidr } | undefined;
    for (const item of list) {
      if (widest && item.cidr.network <= lastAddress(widest.cidr)) {
        const [earlier, later] = widest.index < item.index ? [widest, item] : [item, widest];
        const a = doc.subnets[earlier.index];
        const b = doc.subnets[later.index];
        if (a && b && !isExternal(a) && !isExternal(b)) {
          out.push(
            about(
              finding({
                messageId: "subnet-overlap",
                path: jsonPath(["subnets", later.index, "cidrBlock"]),
                resource: b.id,
                params: {
                  who: displayName(b),
                  cidr: b.cidrBlock,
                  other: displayName(a),
                  otherCidr: a.cidrBlock,
                  suggestion: suggestAfter(widest.cidr, item.cidr),
                },
              }),
              a.id,
            ),
          );
        }
      }
      if (!widest || lastAddress(item.cidr) > lastAddress(widest.cidr)) widest = item;
    }
  }
  return out;
}

/** The first block of the same size right after `taken` (a hint, not a guarantee of freedom). */
function suggestAfter(taken: Cidr, block: Cidr): string {
  const size = 2 ** (32 - block.prefix);
  const start = Math.ceil((lastAddress(taken) + 1) / size) * size;
  return start + size - 1 <= 0xffffffff
    ? formatCidr({ network: start, prefix: block.prefix })
    : `/${block.prefix}`;
}

export function gateways({ doc, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const firstOnVpc = new Map<string, string>();
  definedEntries(doc.internetGateways).forEach(([i, g]) => {
    if (g.vpc === null || !index.vpcs.has(g.vpc)) return;
    const first = firstOnVpc.get(g.vpc);
    if (first === undefined) {
      firstOnVpc.set(g.vpc, g.id);
      return;
    }
    out.push(
      about(
        finding({
          messageId: "igw-multiple",
          path: jsonPath(["internetGateways", i, "vpc"]),
          resource: g.id,
          params: { who: displayName(g), vpc: g.vpc, first },
        }),
        first,
      ),
    );
  });
  // A subnet set up to be public (its route table sends 0.0.0.0/0 to an internet gateway) in a VPC
  // with no internet gateway attached: the route leads nowhere (AWS shows it as a blackhole).
  definedEntries(doc.subnets).forEach(([i, s]) => {
    const route = publicWithoutGateway(index, s);
    if (!route) return;
    out.push(
      finding({
        messageId: "public-subnet-no-igw",
        path: jsonPath(["subnets", i]),
        resource: s.id,
        params: { who: displayName(s), vpc: s.vpc, table: displayName(route.table), gateway: route.gateway },
      }),
    );
  });
  return out;
}

/**
 * The subnet's internet route to an internet gateway when its VPC has none attached (what
 * `public-subnet-no-igw` reports; route-blackhole leaves these routes to it). A route to an external
 * gateway is not one: where that gateway is attached is unknown (an import of route tables without
 * describe-internet-gateways, a template given the gateway's id), so no blackhole is claimed. Nor
 * is "no gateway attached" when the document doesn't say (vpcGatewayUnknown); a route to a gateway
 * the document holds as detached is still route-blackhole's.
 */
export function publicWithoutGateway(index: TopologyIndex, s: Subnet) {
  if (!index.vpcs.has(s.vpc)) return undefined;
  if (gatewayOfVpc(index, s.vpc) !== undefined || vpcGatewayUnknown(index, s.vpc)) return undefined;
  const route = internetGatewayRouteOf(index, s);
  return route && !index.external.has(route.gateway) ? route : undefined;
}

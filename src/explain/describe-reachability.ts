// Turns the reachability reasoning (src/model/reachability.ts) into sentences for the panel.
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import { internetReachability, type ReachabilityStep, subnetReachability } from "../model/reachability.ts";
import type { Topology } from "../model/schema.ts";
import type { TopologyIndex } from "../model/topology-index.ts";
import type {
  ReachabilityStepView,
  ReachabilityView,
  RelationGroupView,
  SubnetExposureView,
} from "./describe.ts";
import { displayNameOf, resourceLink, trafficText, yesNo } from "./describe-format.ts";

function stepView(
  doc: Topology,
  index: TopologyIndex,
  step: ReachabilityStep,
  lang: Lang,
): Omit<ReachabilityStepView, "id" | "met" | "status"> {
  const link = (id: string) => resourceLink(doc, index, id, lang);
  const name = (id: string) => displayNameOf(index, id);
  switch (step.id) {
    case "igw-attached":
      if (step.gateway !== undefined && step.vpc !== undefined)
        return {
          text: t(lang, "reach.igw.met", { gateway: name(step.gateway), vpc: name(step.vpc) }),
          lines: [],
          links: [link(step.gateway), link(step.vpc)],
        };
      if (step.vpc !== undefined)
        return {
          text: t(lang, "reach.igw.notMet", { vpc: name(step.vpc) }),
          lines: [],
          links: [link(step.vpc)],
        };
      return { text: t(lang, "reach.igw.noVpc"), lines: [], links: [] };
    case "subnet-public":
      if (step.subnet === undefined) return { text: t(lang, "reach.subnet.unknown"), lines: [], links: [] };
      return {
        text: t(lang, step.met ? "reach.subnet.met" : "reach.subnet.notMet", { subnet: name(step.subnet) }),
        lines: [],
        links: [link(step.subnet)],
      };
    case "public-ip":
      return { text: t(lang, step.met ? "reach.ip.met" : "reach.ip.notMet"), lines: [], links: [] };
    case "sg-allows": {
      const links = step.securityGroups.map(link);
      if (step.met)
        return {
          text: t(lang, "reach.sg.met"),
          lines: step.openings.map((o) =>
            t(lang, "reach.sg.opening", {
              traffic: trafficText(o, lang),
              rule: o.ruleIndex + 1,
              group: name(o.securityGroup),
            }),
          ),
          links,
        };
      if (step.securityGroups.length === 0) return { text: t(lang, "reach.sg.none"), lines: [], links };
      return {
        text: t(lang, "reach.sg.closed", { groups: step.securityGroups.map(name).join(", ") }),
        lines: [],
        links,
      };
    }
  }
}

export function describeReachability(
  doc: Topology,
  index: TopologyIndex,
  instanceId: string,
  lang: Lang,
): ReachabilityView | undefined {
  const result = internetReachability(doc, index, instanceId);
  if (!result) return undefined;
  return {
    reachable: result.reachable,
    verdict: t(lang, result.reachable ? "reach.verdict.yes" : "reach.verdict.no"),
    steps: result.steps.map((step) => ({
      id: step.id,
      met: step.met,
      status: t(lang, step.met ? "reach.met" : "reach.notMet"),
      ...stepView(doc, index, step, lang),
    })),
    path: result.path,
  };
}

export function describeSubnetExposure(
  doc: Topology,
  index: TopologyIndex,
  subnetId: string,
  lang: Lang,
): SubnetExposureView | undefined {
  const r = subnetReachability(index, subnetId);
  if (!r) return undefined;
  const verdictKey =
    r.exposure === "public"
      ? "reach.subnet.public"
      : r.exposure === "private"
        ? "reach.subnet.private"
        : "reach.subnet.publicNoGateway";
  const gatewayValue =
    r.gateway === undefined
      ? yesNo(false, lang)
      : `${yesNo(true, lang)} (${displayNameOf(index, r.gateway)})`;
  return {
    exposure: r.exposure,
    verdict: t(lang, verdictKey, { vpc: displayNameOf(index, r.vpc) }),
    lines: [
      t(lang, "reach.subnet.flag", { value: yesNo(r.publicFlag, lang) }),
      t(lang, "reach.subnet.gateway", { value: gatewayValue }),
    ],
    links: r.gateway === undefined ? [] : [resourceLink(doc, index, r.gateway, lang)],
  };
}

/** The Internet node relates to every gateway that is attached to a VPC. */
export function describeInternet(doc: Topology, index: TopologyIndex, lang: Lang): RelationGroupView[] {
  const gateways = doc.internetGateways.filter((g) => g.vpc !== null);
  return gateways.length === 0
    ? []
    : [{ label: t(lang, "rel.gateways"), items: gateways.map((g) => resourceLink(doc, index, g.id, lang)) }];
}

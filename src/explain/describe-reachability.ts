// The three reachability answers of src/model/reachability.ts in words: every check as a sentence
// naming the resource that decides it (linked, so the panel can jump there), with the AWS page that
// explains it, and the path to highlight.
import { t } from "../i18n/strings.ts";
import { interpolate, type Lang, type TextParams } from "../i18n/text.ts";
import { covers, toCidrs } from "../model/address-set.ts";
import { MAX_PORT } from "../model/aws-limits.ts";
import {
  type AclLeg,
  type Answer,
  groupsOutside,
  HTTPS,
  INTERNET_ADDRESSES,
  type InboundAnswer,
  instanceReachability,
  internetReachability,
  outboundReachability,
  outsideDocument,
  type PortAnswer,
  type PortRange,
  portRangeOf,
  type ReachCheck,
  type Scope,
  type SgRuleRef,
  subnetReachability,
  type Traffic,
} from "../model/reachability.ts";
import { outsideRouteTableOf, vpcGatewayUnknown } from "../model/routing.ts";
import type { Topology } from "../model/schema.ts";
import type { TopologyIndex } from "../model/topology-index.ts";
import type { LinkView, RelationGroupView, SubnetExposureView } from "./describe.ts";
import { displayNameOf, formatNumber, resourceLink, trafficText, yesNo } from "./describe-format.ts";
import { REACH_DOCS, REACH_TEXT, type ReachTextKey } from "./reachability-text.ts";

function tr(lang: Lang, key: ReachTextKey, params: TextParams = {}): string {
  return interpolate(REACH_TEXT[key][lang], params, lang);
}

export interface ChainStepView {
  id: ReachCheck["id"];
  met: boolean;
  /** Not met only for want of facts the document doesn't hold (a VPC's undescribed gateway…). */
  unknown?: true;
  /** "Met" / "Not met" / "Unknown": the state in words, never only in colour. */
  status: string;
  text: string;
  lines: string[];
  /** The deciding resource first, then the others the sentence names. */
  links: LinkView[];
  /** The AWS page that explains this check. */
  doc: { href: string; label: string };
}

export interface QuestionView {
  /** The question, as the section's heading. */
  question: string;
  reachable: boolean;
  /** Not reachable only for want of facts the document doesn't hold (the verdict says "unknown"). */
  unknown?: boolean;
  verdict: string;
  steps: ChainStepView[];
  /** Node ids to highlight. */
  path: string[];
}

export interface PortView {
  /** "TCP port 22: only from 203.0.113.7/32". */
  summary: string;
  reachable: boolean;
  steps: ChainStepView[];
}

export interface InboundView extends QuestionView {
  commonHeading: string;
  portsHeading: string;
  /** One per port the security groups open (or the asked one). */
  ports: PortView[];
  /** Said when the groups open nothing. */
  noPorts?: string;
}

/** Question 3 for the Details panel: the answer for the chosen instance and port, if one is chosen. */
export interface PeerView {
  question: string;
  /** The other instances of the document, to choose from. */
  choices: LinkView[];
  /** What was asked (the form starts from it). */
  asked?: { instance: string; traffic: Traffic };
  answer?: QuestionView;
}

/** Question 2 with the traffic it was asked for (HTTPS unless the reader picked another port). */
export interface OutboundView extends QuestionView {
  traffic: Traffic;
}

/** Which answer's path the diagram shows, and what question 3 asks (state the app keeps per instance). */
export interface QuestionState {
  shown: "inbound" | "outbound" | "peer" | null;
  /** Question 2's traffic, when not HTTPS. */
  outbound?: Traffic;
  peer?: { instance: string; traffic: Traffic };
}

/** The words of the answers' controls: the path toggle, the deciding mark, the port forms. */
export function reachControlText(lang: Lang) {
  return {
    showPath: tr(lang, "showPath"),
    decides: tr(lang, "decides"),
    instance: tr(lang, "otherInstance"),
    protocol: tr(lang, "protocol"),
    port: tr(lang, "port"),
    check: tr(lang, "check"),
    noOtherInstance: tr(lang, "noOtherInstance"),
    /** The picker's list holds `shown` of the `total` instances that match. */
    more: (shown: number, total: number) =>
      tr(lang, "pickerMore", { shown: formatNumber(shown, lang), total: formatNumber(total, lang) }),
    noMatch: (query: string) => tr(lang, "pickerNoMatch", { query }),
  };
}

type Check<I extends ReachCheck["id"]> = Extract<ReachCheck, { id: I }>;

/** The two instances of question 3: their names for the words, and the asking one's id. */
interface PeerNames {
  from: string;
  to: string;
  fromId: string;
}

interface Ctx {
  doc: Topology;
  index: TopologyIndex;
  lang: Lang;
}

const name = (c: Ctx, id: string) => displayNameOf(c.index, id);

function portsText(p: PortRange, lang: Lang): string {
  return trafficText({ protocol: p.protocol, fromPort: p.from, toPort: p.to }, lang);
}

function scopeText(scope: Scope): string {
  return scope.kind === "ranges" ? scope.cidrs.join(", ") : scope.kind === "anywhere" ? "0.0.0.0/0" : "";
}

function ruleNumbers(c: Ctx, rules: readonly (number | "*")[]): string {
  const numbers = rules.filter((r): r is number => r !== "*");
  const parts: string[] = [];
  if (numbers.length > 0) parts.push(tr(c.lang, "ruleList", { numbers: numbers.join(", ") }));
  if (rules.includes("*")) parts.push(tr(c.lang, "finalRule"));
  return parts.join(", ");
}

function legLine(c: Ctx, leg: AclLeg, defaultAcl: boolean): string {
  const replies = leg.ports.from === 1024 && leg.ports.to === MAX_PORT && leg.ports.protocol !== "icmp";
  const what = replies
    ? tr(c.lang, "legReplies", { from: leg.ports.from, to: leg.ports.to })
    : portsText(leg.ports, c.lang);
  // The internet, or the part of it the rules before let through (an office range…).
  const peer =
    leg.peer.kind === "subnet"
      ? tr(c.lang, "peerSubnet", { subnet: name(c, leg.peer.subnet), cidr: leg.peer.cidr })
      : covers(leg.peers, INTERNET_ADDRESSES)
        ? tr(c.lang, "peerInternet")
        : toCidrs(leg.peers).join(", ");
  const allow = leg.allowRules.join(", ");
  const deny = ruleNumbers(c, leg.denyRules);
  const result = defaultAcl
    ? tr(c.lang, "resultDefault")
    : leg.verdict === "all"
      ? tr(c.lang, "resultAllowed", { rules: allow })
      : leg.verdict === "none"
        ? tr(c.lang, "resultDenied", { rules: deny })
        : leg.portsAllowed.length > 0 &&
            !(
              leg.portsAllowed.length === 1 &&
              leg.portsAllowed[0]?.from === leg.ports.from &&
              leg.portsAllowed[0]?.to === leg.ports.to
            )
          ? tr(c.lang, "resultSomePorts", {
              ports: leg.portsAllowed
                .map((p) => (p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`))
                .join(", "),
              allow,
              deny,
            })
          : tr(c.lang, "resultSomeAddresses", { ranges: toCidrs(leg.passing).join(", "), allow, deny });
  return tr(c.lang, leg.direction === "in" ? "legIn" : "legOut", { what, peer, result });
}

function ruleLine(c: Ctx, r: SgRuleRef, direction: "in" | "out"): string {
  const params = {
    rule: r.ruleIndex + 1,
    group: name(c, r.group),
    traffic: trafficText(r, c.lang),
    cidr: r.cidr ?? "",
    source: r.securityGroup ? name(c, r.securityGroup) : "",
  };
  if (direction === "out") return tr(c.lang, r.securityGroup ? "sgRuleOutGroup" : "sgRuleOut", params);
  if (r.securityGroup) return tr(c.lang, "sgRuleGroup", params);
  return tr(c.lang, r.privateOnly ? "sgRulePrivate" : "sgRule", params);
}

/** The sentence, the lines under it and the ids it names (the deciding one first). */
function words(
  c: Ctx,
  check: ReachCheck,
  inbound: boolean,
  peer?: PeerNames,
): { text: string; lines?: string[]; ids: string[] } {
  const { lang } = c;
  switch (check.id) {
    case "running":
      return check.met
        ? { text: tr(lang, "running", { instance: name(c, check.decider) }), ids: [check.decider] }
        : {
            text: tr(lang, "notRunning", {
              instance: name(c, check.decider),
              // The state's label ("Stopped") inside an English sentence reads "is stopped".
              state:
                lang === "en"
                  ? t(lang, `state.${check.state}`).toLowerCase()
                  : t(lang, `state.${check.state}`),
            }),
            ids: [check.decider],
          };
    case "gateway":
      if (check.vpc === undefined) return { text: tr(lang, "gatewayNoVpc"), ids: [] };
      if (!check.met && c.index.external.has(check.vpc))
        return { text: tr(lang, "gatewayOutside", { vpc: name(c, check.vpc) }), ids: [check.vpc] };
      if (!check.met && vpcGatewayUnknown(c.index, check.vpc))
        return { text: tr(lang, "gatewayUndescribed", { vpc: name(c, check.vpc) }), ids: [check.vpc] };
      return check.gateway
        ? {
            text: tr(lang, "gatewayMet", { gateway: name(c, check.gateway), vpc: name(c, check.vpc) }),
            ids: [check.gateway, check.vpc],
          }
        : { text: tr(lang, "gatewayNotMet", { vpc: name(c, check.vpc) }), ids: [check.vpc] };
    case "route":
      return routeWords(c, check, inbound);
    case "public-address":
      if (check.elasticIp)
        return { text: tr(lang, "addressEip", { eip: name(c, check.elasticIp) }), ids: [check.elasticIp] };
      return { text: tr(lang, check.met ? "addressPublic" : "addressNone"), ids: [check.decider] };
    case "nat":
      return natWords(c, check);
    case "sg-ingress":
    case "sg-egress":
      return sgWords(c, check, peer);
    case "same-vpc": {
      if (check.vpcA === undefined || check.vpcB === undefined)
        return { text: tr(lang, "unknownVpc"), ids: [] };
      if (!check.met)
        return {
          text: tr(lang, "otherVpc", {
            from: peer?.from ?? "",
            to: peer?.to ?? "",
            vpcA: name(c, check.vpcA),
            vpcB: name(c, check.vpcB),
          }),
          ids: [check.vpcB, check.vpcA],
        };
      return check.table
        ? {
            text: tr(lang, "sameVpc", { vpc: name(c, check.vpcA), table: name(c, check.table) }),
            ids: [check.table, check.vpcA],
          }
        : { text: tr(lang, "sameVpcImplicit", { vpc: name(c, check.vpcA) }), ids: [check.vpcA] };
    }
    case "acl": {
      const subnet = name(c, check.subnet);
      if (check.sameSubnet) return { text: tr(lang, "aclSameSubnet", { subnet }), ids: [check.subnet] };
      if (check.acl === undefined)
        return {
          text: tr(lang, "aclDefault", { subnet }),
          lines: check.legs.map((l) => legLine(c, l, true)),
          ids: [check.subnet],
        };
      return {
        text: tr(lang, "aclIntro", { acl: name(c, check.acl), subnet }),
        lines: check.legs.map((l) => legLine(c, l, false)),
        ids: [check.acl, check.subnet],
      };
    }
  }
}

function routeWords(c: Ctx, check: Check<"route">, inbound: boolean): { text: string; ids: string[] } {
  const { lang } = c;
  if (check.unknownSubnet) return { text: tr(lang, "routeNoSubnet"), ids: [] };
  const subnet = name(c, check.subnet);
  const vpc = c.index.subnets.get(check.subnet)?.vpc;
  const outside = c.index.subnets.get(check.subnet);
  const outsideTable =
    check.table === undefined && outside ? outsideRouteTableOf(c.index, outside) : undefined;
  if (outsideTable !== undefined)
    return {
      text: tr(lang, "routeTableOutside", { subnet, table: name(c, outsideTable) }),
      ids: [check.subnet, outsideTable],
    };
  if (check.table === undefined && vpc !== undefined && c.index.external.has(vpc))
    return { text: tr(lang, "routeOutsideVpc", { subnet, vpc: name(c, vpc) }), ids: [check.subnet, vpc] };
  if (check.table === undefined) return { text: tr(lang, "routeImplicit", { subnet }), ids: [check.subnet] };
  const table = name(c, check.table);
  if (!check.target) return { text: tr(lang, "routeNone", { table, subnet }), ids: [check.table] };
  const params = {
    table,
    subnet,
    destination: check.destination ?? "0.0.0.0/0",
    target: name(c, check.target.id),
  };
  const ids = [check.table, check.target.id];
  if (check.target.kind === "internetGateway")
    return {
      text: tr(
        lang,
        check.attachmentUnknown ? "routeGatewayUnknown" : check.detached ? "routeDetached" : "routeIgw",
        params,
      ),
      ids,
    };
  if (check.target.kind === "natGateway")
    return { text: tr(lang, inbound ? "routeNatInbound" : "routeNat", params), ids };
  return { text: tr(lang, "routeOther", params), ids };
}

function natWords(c: Ctx, check: Check<"nat">): { text: string; ids: string[] } {
  const { lang } = c;
  const nat = name(c, check.nat);
  const ids = [
    check.decider,
    check.nat,
    ...(check.elasticIp ? [check.elasticIp] : []),
    ...(check.subnet ? [check.subnet] : []),
  ];
  const subnet = check.subnet ? name(c, check.subnet) : "";
  switch (check.problem) {
    case "private":
      return { text: tr(lang, "natPrivate", { nat }), ids };
    case "no-elastic-ip":
      return { text: tr(lang, "natNoEip", { nat }), ids };
    case "missing":
      return { text: tr(lang, "natMissing", { nat }), ids: [] };
    case "subnet-not-public":
      return { text: tr(lang, "natSubnet", { nat, subnet }), ids };
    default:
      return {
        text: tr(lang, "natReady", { nat, eip: check.elasticIp ? name(c, check.elasticIp) : "", subnet }),
        ids,
      };
  }
}

/** Which sentence each outcome of a security group check takes, by direction and question. */
const SG_KEYS = {
  in: {
    internet: {
      undefinedGroups: "sgUndefined",
      vpcDefault: "sgDefaultIn",
      anywhere: "sgInAnywhere",
      ranges: "sgInRanges",
      privateOnly: "sgInPrivate",
      closed: "sgInClosed",
    },
    peer: {
      undefinedGroups: "peerUndefined",
      vpcDefault: "peerInVpcDefault",
      vpcDefaultOwnGroups: "peerInVpcDefaultOwnGroups",
      vpcDefaultOtherVpc: "peerInVpcDefaultOtherVpc",
      group: "peerInGroup",
      cidr: "peerInCidr",
      partial: "peerInPartial",
      closed: "peerInClosed",
    },
  },
  out: {
    internet: {
      undefinedGroups: "sgUndefinedOut",
      vpcDefault: "sgDefaultOut",
      byDefault: "sgOutDefault",
      anywhere: "sgOutAnywhere",
      ranges: "sgOutRanges",
      closed: "sgOutClosed",
    },
    peer: {
      undefinedGroups: "peerUndefinedOut",
      vpcDefault: "peerOutVpcDefault",
      byDefault: "peerOutDefault",
      group: "peerOutGroup",
      cidr: "peerOutCidr",
      partial: "peerOutPartial",
      closed: "peerOutClosed",
    },
  },
} as const satisfies Record<"in" | "out", Record<"internet" | "peer", Record<string, ReachTextKey>>>;

/**
 * An instance that lists no security group is in its VPC's default group (model: vpcDefault). On a
 * question about two instances, B's default group admits A only when A is in it too.
 */
function vpcDefaultOutcome(
  c: Ctx,
  check: Check<"sg-ingress"> | Check<"sg-egress">,
  peer: { fromId: string } | undefined,
): string {
  if (check.id === "sg-egress" || !peer || check.met) return "vpcDefault";
  const from = c.index.instances.get(peer.fromId);
  return (from?.securityGroups ?? []).length > 0 ? "vpcDefaultOwnGroups" : "vpcDefaultOtherVpc";
}

/** Why the groups are the VPC's default one: the instance lists none, and the document defines that group. */
function documentDefaultText(c: Ctx, check: Check<"sg-ingress"> | Check<"sg-egress">, group: string): string {
  const vpc = c.index.securityGroups.get(group)?.vpc;
  return tr(c.lang, "sgDocumentDefault", {
    who: name(c, check.instance),
    group: name(c, group),
    vpc:
      vpc === undefined
        ? tr(c.lang, "defaultGroupVpcUnknown")
        : tr(c.lang, "defaultGroupVpc", { vpc: name(c, vpc) }),
  });
}

function sgWords(
  c: Ctx,
  check: Check<"sg-ingress"> | Check<"sg-egress">,
  peer?: PeerNames,
): { text: string; lines: string[]; ids: string[] } {
  const direction = check.id === "sg-ingress" ? "in" : "out";
  const byDefault = check.id === "sg-egress" ? check.byDefault : undefined;
  const defaultVpc = check.vpcDefault?.vpc;
  const params = {
    ...(peer ?? {}),
    traffic: portsText(check.ports, c.lang),
    groups: check.groups.map((g) => name(c, g)).join(", "),
    group: byDefault ? name(c, byDefault) : "",
    ranges: check.admitted.kind === "ranges" ? check.admitted.cidrs.join(", ") : "",
    vpc: check.vpcDefault
      ? defaultVpc === undefined
        ? tr(c.lang, "defaultGroupVpcUnknown")
        : tr(c.lang, "defaultGroupVpc", { vpc: name(c, defaultVpc) })
      : "",
  };
  const outcome = check.vpcDefault
    ? vpcDefaultOutcome(c, check, peer)
    : check.groups.length === 0
      ? "undefinedGroups"
      : byDefault
        ? "byDefault"
        : peer
          ? (check.by ?? "closed")
          : check.admitted.kind === "anywhere"
            ? "anywhere"
            : check.admitted.kind === "ranges"
              ? "ranges"
              : check.rules.some((r) => r.privateOnly)
                ? "privateOnly"
                : "closed";
  const table: Record<string, ReachTextKey> = SG_KEYS[direction][peer ? "peer" : "internet"];
  const said = tr(c.lang, table[outcome] ?? table.closed ?? "sgInClosed", params);
  return {
    text:
      check.defaultGroup === undefined
        ? said
        : `${documentDefaultText(c, check, check.defaultGroup)} ${said}`,
    lines: check.rules.map((r) => ruleLine(c, r, direction)),
    ids: [...(check.decider ? [check.decider] : []), ...check.groups],
  };
}

function stepView(
  c: Ctx,
  check: ReachCheck,
  question: "inbound" | "outbound" | "peer",
  checks: readonly ReachCheck[],
  peer?: PeerNames,
): ChainStepView {
  const { text, lines = [], ids } = words(c, check, question === "inbound", peer);
  // As the answer's verdict: instance to instance is never unknown (both ends are the document's).
  const unknown = question !== "peer" && outsideDocument(c.index, check, checks);
  const doc =
    (check.id === "sg-ingress" || check.id === "sg-egress") &&
    (check.vpcDefault !== undefined || check.defaultGroup !== undefined)
      ? REACH_DOCS["sg-default"]
      : REACH_DOCS[check.id];
  return {
    id: check.id,
    met: check.met,
    ...(unknown ? { unknown: true as const } : {}),
    status: tr(c.lang, check.met ? "met" : unknown ? "unknownStatus" : "notMet"),
    text,
    lines,
    links: [...new Set(ids)].map((id) => resourceLink(c.index, id, c.lang)),
    doc: { href: doc.url, label: tr(c.lang, "awsDoc", { title: doc.title[c.lang] }) },
  };
}

function portView(c: Ctx, p: PortAnswer): PortView {
  const traffic = portsText(p.ports, c.lang);
  const summary = !p.reachable
    ? tr(c.lang, "portBlocked", { traffic })
    : p.from.kind === "anywhere"
      ? tr(c.lang, "portAnywhere", { traffic })
      : tr(c.lang, "portRanges", { traffic, ranges: scopeText(p.from) });
  return {
    summary,
    reachable: p.reachable,
    steps: p.checks.map((check) => stepView(c, check, "inbound", p.checks)),
  };
}

/** The instance lists no security group: the common checks hold its VPC's default group's. */
function inVpcDefaultGroup(answer: InboundAnswer): boolean {
  return answer.checks.some((check) => check.id === "sg-ingress" && check.vpcDefault !== undefined);
}

/** Why no port is listed: the VPC's default group opens none, the groups are elsewhere, or they open none. */
function noPortsKey(index: TopologyIndex, instanceId: string, answer: InboundAnswer): ReachTextKey {
  if (inVpcDefaultGroup(answer)) return "noPortsVpcDefault";
  const instance = index.instances.get(instanceId);
  const outside = instance ? groupsOutside(index, instance) : "none";
  return outside === "all" ? "noPortsOutside" : outside === "some" ? "noPortsSomeOutside" : "noPorts";
}

/** "Can the internet reach it?", port by port (or on the asked port). Undefined for an unknown id. */
export function describeInbound(
  doc: Topology,
  index: TopologyIndex,
  instanceId: string,
  lang: Lang,
  traffic?: Traffic,
): InboundView | undefined {
  const answer: InboundAnswer | undefined = internetReachability(index, instanceId, traffic);
  if (!answer) return undefined;
  const c = { doc, index, lang };
  return {
    question: t(lang, "details.section.reachability"),
    reachable: answer.reachable,
    ...(answer.unknown ? { unknown: true } : {}),
    verdict: tr(lang, answer.reachable ? "inboundYes" : answer.unknown ? "inboundUnknown" : "inboundNo"),
    steps: answer.checks.map((check) => stepView(c, check, "inbound", answer.checks)),
    path: answer.path,
    commonHeading: tr(lang, "checksForEveryPort"),
    portsHeading: tr(lang, "portsHeading"),
    ports: answer.ports.map((p) => portView(c, p)),
    ...(answer.ports.length === 0 ? { noPorts: tr(lang, noPortsKey(index, instanceId, answer)) } : {}),
  };
}

function questionView(
  c: Ctx,
  question: string,
  verdict: string,
  answer: Answer,
  peer?: PeerNames,
): QuestionView {
  return {
    question,
    reachable: answer.reachable,
    ...(answer.unknown ? { unknown: true } : {}),
    verdict,
    steps: answer.checks.map((check) => stepView(c, check, peer ? "peer" : "outbound", answer.checks, peer)),
    path: answer.path,
  };
}

/** "Can this instance reach the internet?" (HTTPS unless asked otherwise). Undefined for an unknown id. */
export function describeOutbound(
  doc: Topology,
  index: TopologyIndex,
  instanceId: string,
  lang: Lang,
  traffic: Traffic = HTTPS,
): OutboundView | undefined {
  const answer = outboundReachability(index, instanceId, traffic);
  if (!answer) return undefined;
  const c = { doc, index, lang };
  const verdict =
    answer.reachable && answer.to.kind === "ranges"
      ? tr(lang, "outboundRanges", {
          ranges: answer.to.cidrs.join(", "),
          traffic: portsText(portRangeOf(traffic), lang),
        })
      : tr(lang, answer.reachable ? "outboundYes" : answer.unknown ? "outboundUnknown" : "outboundNo");
  return { ...questionView(c, tr(lang, "outboundQuestion"), verdict, answer), traffic };
}

/**
 * Every instance's link ("EC2 instance app-1"), per index and language: made once per version of
 * the document, not on every describe (10,000 of them took ~5 ms of each click on an instance).
 * An edit that changes a resource list gives the document a new index.
 */
const instanceLinks = new WeakMap<TopologyIndex, Partial<Record<Lang, readonly LinkView[]>>>();
function linksOfInstances(index: TopologyIndex, lang: Lang): readonly LinkView[] {
  let byLang = instanceLinks.get(index);
  if (!byLang) {
    byLang = {};
    instanceLinks.set(index, byLang);
  }
  let links = byLang[lang];
  if (!links) {
    links = [...index.instances.keys()].map((id) => resourceLink(index, id, lang));
    byLang[lang] = links;
  }
  return links;
}

/** "Can this instance reach another instance?": the choices, and the answer for a chosen one. */
export function describePeer(
  doc: Topology,
  index: TopologyIndex,
  instanceId: string,
  lang: Lang,
  peer?: { instance: string; traffic: Traffic },
): PeerView | undefined {
  if (!index.instances.has(instanceId)) return undefined;
  const c = { doc, index, lang };
  const choices = linksOfInstances(index, lang).filter((link) => link.target !== instanceId);
  const answer = peer ? instanceReachability(index, instanceId, peer.instance, peer.traffic) : undefined;
  const names = { from: name(c, instanceId), to: peer ? name(c, peer.instance) : "", fromId: instanceId };
  const traffic = peer ? portsText(portRangeOf(peer.traffic), lang) : "";
  return {
    question: tr(lang, "peerQuestion"),
    choices,
    ...(peer && answer ? { asked: peer } : {}),
    ...(answer
      ? {
          answer: questionView(
            c,
            tr(lang, "peerQuestion"),
            tr(lang, answer.reachable ? "peerYes" : "peerNo", { ...names, traffic }),
            answer,
            names,
          ),
        }
      : {}),
  };
}

const EXPOSURE_VERDICTS = {
  public: "reach.subnet.public",
  private: "reach.subnet.private",
  "public-without-gateway": "reach.subnet.publicNoGateway",
  unknown: "reach.subnet.unknown",
} as const;

function exposureVerdict(
  index: TopologyIndex,
  r: NonNullable<ReturnType<typeof subnetReachability>>,
  lang: Lang,
): string {
  if (r.outsideTable !== undefined)
    return t(lang, "reach.subnet.unknownTable", { table: displayNameOf(index, r.outsideTable) });
  const vpc = displayNameOf(index, r.vpc);
  // Where the VPC's gateways aren't described, what is known is that the route's gateway isn't
  // attached to this VPC (AWS shows such a route as a blackhole: "the specified gateway isn't
  // attached to the VPC", https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Route.html),
  // not that the VPC has none.
  if (
    r.exposure === "public-without-gateway" &&
    r.routeGateway !== undefined &&
    vpcGatewayUnknown(index, r.vpc)
  )
    return t(lang, "reach.subnet.routeGatewayElsewhere", {
      vpc,
      gateway: displayNameOf(index, r.routeGateway),
    });
  return t(lang, EXPOSURE_VERDICTS[r.exposure], { vpc });
}

export function describeSubnetExposure(
  index: TopologyIndex,
  subnetId: string,
  lang: Lang,
): SubnetExposureView | undefined {
  const r = subnetReachability(index, subnetId);
  if (!r) return undefined;
  // A VPC outside the document, or one whose gateways it doesn't describe, may well have a gateway.
  const unknownFact = t(lang, "details.unknownFact");
  const gatewayValue =
    r.gateway !== undefined
      ? `${yesNo(true, lang)} (${displayNameOf(index, r.gateway)})`
      : !vpcGatewayUnknown(index, r.vpc)
        ? yesNo(false, lang)
        : index.external.has(r.vpc)
          ? unknownFact
          : t(lang, "details.gatewaysNotDescribed");
  return {
    exposure: r.exposure,
    verdict: exposureVerdict(index, r, lang),
    lines: [
      t(lang, "reach.subnet.flag", {
        value: r.exposure === "unknown" ? unknownFact : yesNo(r.publicFlag, lang),
      }),
      t(lang, "reach.subnet.gateway", { value: gatewayValue }),
    ],
    links: r.gateway === undefined ? [] : [resourceLink(index, r.gateway, lang)],
  };
}

/** The Internet node relates to every gateway that is attached to a VPC. */
export function describeInternet(doc: Topology, index: TopologyIndex, lang: Lang): RelationGroupView[] {
  const gateways = doc.internetGateways.filter((g) => g.vpc !== null);
  return gateways.length === 0
    ? []
    : [{ label: t(lang, "rel.gateways"), items: gateways.map((g) => resourceLink(index, g.id, lang)) }];
}

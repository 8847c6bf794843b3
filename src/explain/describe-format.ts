// Small formatters the details view model is built from: links to other nodes, security group
// rules, CIDR blocks. Each returns text in the requested language.
import { t } from "../i18n/strings.ts";
import { MAX_PORT } from "../model/aws-limits.ts";
import { addressCount, reservedAddresses, tryCidr, usableAddresses } from "../model/cidr.ts";
import type { Lang } from "../model/diagnostics.ts";
import { displayName, kindLabel, labelKindIn } from "../model/kind-labels.ts";
import { availabilityZoneNodeId } from "../model/node-ids.ts";
import { coversWholeInternet } from "../model/reachability.ts";
import type { Protocol, SecurityGroupRule } from "../model/schema.ts";
import { COLLECTION_OF_KIND, type TopologyIndex } from "../model/topology-index.ts";

/** Something the panel can show and, when `target` is set, jump to (the diagram node id). */
export interface LinkView {
  label: string;
  target?: string;
}

const numberFormat = { en: new Intl.NumberFormat("en-US"), ko: new Intl.NumberFormat("ko-KR") };

export function formatNumber(value: number, lang: Lang): string {
  return numberFormat[lang].format(value);
}

/** The display name of the resource with this id (src/model/kind-labels.ts displayName). */
export function displayNameOf(index: TopologyIndex, id: string): string {
  const kind = index.kindById.get(id);
  if (!kind) return id;
  const map: ReadonlyMap<string, { id: string; name?: string | undefined }> = index[COLLECTION_OF_KIND[kind]];
  return displayName(map.get(id) ?? { id });
}

/** "Public subnet public-a", linked to its node; an unknown id is shown but not linked. */
export function resourceLink(index: TopologyIndex, id: string, lang: Lang): LinkView {
  const kind = index.kindById.get(id);
  if (!kind) return { label: t(lang, "details.missingReference", { id }) };
  const label = `${kindLabel(labelKindIn(index, kind, id), lang)} ${displayNameOf(index, id)}`;
  return { label, target: id };
}

export function availabilityZoneLink(vpc: string | undefined, az: string, lang: Lang): LinkView {
  const label = `${kindLabel("availabilityZone", lang)} ${az}`;
  return vpc === undefined ? { label } : { label, target: availabilityZoneNodeId(vpc, az) };
}

export function yesNo(value: boolean, lang: Lang): string {
  return t(lang, value ? "details.yes" : "details.no");
}

/** "TCP port 80", "All traffic", "UDP ports 1000–2000"… */
export function trafficText(
  rule: { protocol: Protocol; fromPort?: number; toPort?: number },
  lang: Lang,
): string {
  const { protocol, fromPort, toPort } = rule;
  if (protocol === "-1") return t(lang, "value.allTraffic");
  if (protocol === "icmp") return icmpText(fromPort, toPort, lang);
  const tcp = protocol === "tcp";
  const everyPort =
    fromPort === undefined ||
    fromPort === -1 ||
    (fromPort === 0 && (toPort === undefined || toPort === MAX_PORT));
  if (everyPort) return t(lang, tcp ? "value.allTcp" : "value.allUdp");
  if (toPort === undefined || toPort === fromPort)
    return t(lang, tcp ? "value.tcpPort" : "value.udpPort", { port: fromPort });
  return t(lang, tcp ? "value.tcpPorts" : "value.udpPorts", { from: fromPort, to: toPort });
}

/** ICMP types with a name a learner meets (IANA's ICMP parameters; ping, traceroute). */
const NAMED_ICMP_TYPES = [0, 3, 8, 11] as const;

/**
 * An ICMP rule's type (fromPort) and code (toPort), as AWS stores them: -1 or absent is all.
 * "ICMP type 8, all its codes (echo request, what ping sends)".
 */
function icmpText(type: number | undefined, code: number | undefined, lang: Lang): string {
  if (type === undefined || type === -1) return t(lang, "value.icmp");
  const traffic =
    code === undefined || code === -1
      ? t(lang, "value.icmpType", { type })
      : t(lang, "value.icmpTypeCode", { type, code });
  const named = NAMED_ICMP_TYPES.find((n) => n === type);
  return named === undefined
    ? traffic
    : t(lang, "value.icmpNamed", { traffic, name: t(lang, `value.icmpName.${named}`) });
}

export function ruleText(rule: SecurityGroupRule, direction: "in" | "out", lang: Lang): string {
  const range =
    rule.cidr === undefined
      ? t(lang, "value.ruleGroup", { group: rule.securityGroup ?? "" })
      : coversWholeInternet(rule.cidr)
        ? t(lang, "value.ruleAnywhere", { cidr: rule.cidr })
        : rule.cidr;
  const text = t(lang, "value.rule", {
    traffic: trafficText(rule, lang),
    direction: t(lang, direction === "in" ? "value.ruleFrom" : "value.ruleTo"),
    range,
  });
  return rule.description
    ? t(lang, "value.ruleDescribed", { rule: text, description: rule.description })
    : text;
}

/** Address counts, and for a subnet the five addresses AWS keeps with what each is for. */
export function cidrLines(cidrText: string, scope: "vpc" | "subnet", lang: Lang): string[] {
  const cidr = tryCidr(cidrText);
  if (!cidr) return [];
  const total = formatNumber(addressCount(cidr), lang);
  if (scope === "vpc") return [t(lang, "value.vpcAddressCount", { total })];
  return [
    t(lang, "value.addressCount", { total, usable: formatNumber(usableAddresses(cidr), lang) }),
    t(lang, "value.reservedIntro"),
    ...reservedAddresses(cidr).map(({ address, purpose }) =>
      t(lang, "value.reserved", { address, purpose: t(lang, `reserved.${purpose}`) }),
    ),
  ];
}

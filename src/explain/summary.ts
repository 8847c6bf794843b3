// One line about a diagram node, shown when the pointer rests on it: what it is, its key facts and,
// for instances, whether the internet can reach it. Pure; the canvas puts it in a tooltip.

import { t } from "../i18n/strings.ts";
import { interpolate, type Lang } from "../i18n/text.ts";
import { tryCidr, usableAddresses } from "../model/cidr.ts";
import { kindLabel, labelKindIn } from "../model/kind-labels.ts";
import { INTERNET_NODE_ID, parseAvailabilityZoneNodeId } from "../model/node-ids.ts";
import { internetReachability } from "../model/reachability.ts";
import { gatewayVpcOf } from "../model/routing.ts";
import type { Topology } from "../model/schema.ts";
import type { TopologyIndex } from "../model/topology-index.ts";
import { displayNameOf, formatNumber } from "./describe-format.ts";

/** Exported for particles.test, which renders every template with names of each ending. */
export const SUMMARY_WORDS = {
  en: {
    usable: "{count} usable addresses",
    reachable: "reachable from the internet",
    unreachable: "not reachable from the internet",
    reachUnknown: "reachability from the internet unknown",
    attachedTo: "attached to {target}",
    detached: "detached",
    attachmentUnknown: "attachment not in this document",
    unattached: "not attached",
    subnets: "{count} subnets",
    subnetsOne: "1 subnet",
    instances: "{count} instances",
    instancesOne: "1 instance",
    rules: "{count} inbound rules",
    rulesOne: "1 inbound rule",
    natPublic: "public",
    natPrivate: "private",
    inSubnet: "in {subnet}",
    eipOn: "on {target}",
  },
  ko: {
    usable: "사용 가능한 주소 {count}개",
    reachable: "인터넷에서 접근 가능",
    unreachable: "인터넷에서 접근 불가",
    reachUnknown: "인터넷 접근 여부 알 수 없음",
    attachedTo: "{target}에 연결됨",
    detached: "분리됨",
    attachmentUnknown: "연결 정보가 이 문서에 없음",
    unattached: "연결되지 않음",
    subnets: "서브넷 {count}개",
    subnetsOne: "서브넷 1개",
    instances: "인스턴스 {count}개",
    instancesOne: "인스턴스 1개",
    rules: "인바운드 규칙 {count}개",
    rulesOne: "인바운드 규칙 1개",
    natPublic: "퍼블릭",
    natPrivate: "프라이빗",
    inSubnet: "{subnet}에 있음",
    eipOn: "{target}에 연결됨",
  },
} as const;

type Word = keyof (typeof SUMMARY_WORDS)["en"];

function word(lang: Lang, key: Word, params: Record<string, string | number> = {}): string {
  return interpolate(SUMMARY_WORDS[lang][key], params, lang);
}

/** "1 subnet" / "3 subnets". */
function counted(lang: Lang, key: "subnets" | "instances" | "rules", count: number): string {
  return count === 1 ? word(lang, `${key}One`) : word(lang, key, { count });
}

function usable(cidrText: string, lang: Lang): string | undefined {
  const cidr = tryCidr(cidrText);
  return cidr ? word(lang, "usable", { count: formatNumber(usableAddresses(cidr), lang) }) : undefined;
}

/** "EC2 instance web-1 · t3.micro · running · reachable from the internet", or undefined for unknown ids. */
export function nodeSummary(
  /** Kept for callers; everything is read through `index`. */
  _doc: Topology,
  index: TopologyIndex,
  nodeId: string,
  lang: Lang,
): string | undefined {
  const parts = summaryParts(index, nodeId, lang);
  return parts?.filter((p): p is string => !!p).join(" · ");
}

function summaryParts(index: TopologyIndex, nodeId: string, lang: Lang): (string | undefined)[] | undefined {
  if (nodeId === INTERNET_NODE_ID) return [kindLabel("internet", lang)];
  const zone = parseAvailabilityZoneNodeId(nodeId);
  if (zone && !index.kindById.has(nodeId)) {
    const count = (index.subnetsByVpc.get(zone.owner) ?? []).filter(
      (s) => s.availabilityZone === zone.zone,
    ).length;
    return [`${kindLabel("availabilityZone", lang)} ${zone.zone}`, counted(lang, "subnets", count)];
  }
  const kind = index.kindById.get(nodeId);
  if (!kind) return undefined;
  const title = `${kindLabel(labelKindIn(index, kind, nodeId), lang)} ${displayNameOf(index, nodeId)}`;
  switch (kind) {
    case "region": {
      const region = index.regions.get(nodeId);
      return [title, nodeId === region?.name ? undefined : nodeId];
    }
    case "vpc": {
      const vpc = index.vpcs.get(nodeId);
      return [title, vpc?.cidrBlock, counted(lang, "subnets", index.subnetsByVpc.get(nodeId)?.length ?? 0)];
    }
    case "internetGateway": {
      const vpc = gatewayVpcOf(index, nodeId);
      return [
        title,
        vpc
          ? word(lang, "attachedTo", { target: displayNameOf(index, vpc) })
          : word(lang, vpc === null ? "detached" : "attachmentUnknown"),
      ];
    }
    case "subnet": {
      const subnet = index.subnets.get(nodeId);
      return [
        title,
        subnet?.cidrBlock,
        subnet?.availabilityZone,
        subnet ? usable(subnet.cidrBlock, lang) : undefined,
        counted(lang, "instances", index.instancesBySubnet.get(nodeId)?.length ?? 0),
      ];
    }
    case "securityGroup": {
      const group = index.securityGroups.get(nodeId);
      return [title, counted(lang, "rules", group?.ingress.length ?? 0)];
    }
    case "instance": {
      const instance = index.instances.get(nodeId);
      const reach = internetReachability(index, nodeId);
      return [
        title,
        instance?.instanceType,
        instance?.state ? t(lang, `state.${instance.state}`).toLowerCase() : undefined,
        reach
          ? word(lang, reach.reachable ? "reachable" : reach.unknown ? "reachUnknown" : "unreachable")
          : undefined,
      ];
    }
    case "natGateway": {
      const nat = index.natGateways.get(nodeId);
      const eip = index.elasticIpsByTarget.get(nodeId)?.[0];
      return [
        title,
        word(lang, nat?.connectivity === "private" ? "natPrivate" : "natPublic"),
        nat ? word(lang, "inSubnet", { subnet: displayNameOf(index, nat.subnet) }) : undefined,
        eip?.publicIp,
      ];
    }
    case "elasticIp": {
      const eip = index.elasticIps.get(nodeId);
      const target = eip?.instance ?? eip?.natGateway;
      return [
        title,
        eip?.publicIp,
        target ? word(lang, "eipOn", { target: displayNameOf(index, target) }) : word(lang, "unattached"),
      ];
    }
    case "volume": {
      const volume = index.volumes.get(nodeId);
      const host = volume?.attachments?.[0];
      return [
        title,
        volume ? `${formatNumber(volume.sizeGiB, lang)} GiB ${volume.volumeType}` : undefined,
        host ? `${host.device} → ${displayNameOf(index, host.instance)}` : word(lang, "unattached"),
      ];
    }
  }
}

// "Can this instance reach the internet?" in words: each check of outbound.ts as a sentence naming
// the resource that decides it, with links to those resources.
import { interpolate, type Lang, type TextParams } from "../i18n/text.ts";
import type { Topology } from "../model/schema.ts";
import type { TopologyIndex } from "../model/topology-index.ts";
import type { LinkView } from "./describe.ts";
import { displayNameOf, resourceLink } from "./describe-format.ts";
import { EPHEMERAL, type OutboundCheck, outboundReachability } from "./outbound.ts";

const TEXT = {
  en: {
    question: "Can this instance reach the internet?",
    yes: "Can reach the internet",
    no: "Cannot reach the internet",
    met: "Met",
    notMet: "Not met",
    running: "The instance is running.",
    notRunning: "The instance is {state}: only a running instance sends traffic.",
    routeIgw: "Route table {table} sends 0.0.0.0/0 to internet gateway {target}, attached to this VPC.",
    routeIgwDetached: "Route table {table} sends 0.0.0.0/0 to {target}, which is not attached to this VPC.",
    routeNat: "Route table {table} sends 0.0.0.0/0 to NAT gateway {target}.",
    routeOther: "Route table {table} sends 0.0.0.0/0 to {target}, which is not a way to the internet.",
    routeNone: "Route table {table} has no route for 0.0.0.0/0: only the local route inside the VPC.",
    routeNoTable: "The subnet uses AWS's implicit main table: only the local route inside the VPC.",
    routeNoSubnet: "The instance's subnet is not in this document.",
    address: "It has a public IPv4 address, which the internet gateway uses for its traffic.",
    addressEip: "Elastic IP {eip} gives it a public address.",
    noAddress:
      "It has no public IPv4 address or Elastic IP, so the internet gateway can't carry its traffic.",
    natReady: "NAT gateway {nat} is public, has Elastic IP {eip} and sits in public subnet {subnet}.",
    natPrivate: "NAT gateway {nat} is private: it reaches other networks, never the internet.",
    natNoEip: "NAT gateway {nat} has no Elastic IP, so it has no public address to go out with.",
    natSubnet: "NAT gateway {nat} sits in subnet {subnet}, which has no route to an internet gateway.",
    natMissing: "NAT gateway {nat} is not defined in this document.",
    sgDefault: "Security group {group} keeps AWS's default outbound rule: all traffic out.",
    sgOpen: "An outbound rule of its security groups ({groups}) allows HTTPS (443) to 0.0.0.0/0.",
    sgClosed: "No outbound rule of its security groups ({groups}) allows HTTPS (443) to 0.0.0.0/0.",
    sgNone: "It has no security group, so nothing is allowed out.",
    aclDefault: "Subnet {subnet} uses AWS's default network ACL, which allows all traffic both ways.",
    aclOk:
      "Network ACL {acl} allows HTTPS (443) out (rule {out}) and the replies on ports {from}-{to} in (rule {in}).",
    aclOut: "Network ACL {acl} does not let HTTPS (443) out to 0.0.0.0/0 ({outRule}).",
    aclIn:
      "Network ACL {acl} does not let the replies back in on ports {from}-{to} ({inRule}): ACLs are stateless.",
    finalRule: "the final * rule denies it",
    rule: "rule {number} decides",
  },
  ko: {
    question: "이 인스턴스에서 인터넷으로 나갈 수 있나요?",
    yes: "인터넷으로 나갈 수 있음",
    no: "인터넷으로 나갈 수 없음",
    met: "충족",
    notMet: "미충족",
    running: "인스턴스가 실행 중입니다.",
    notRunning: "인스턴스가 {state} 상태입니다. 실행 중인 인스턴스만 트래픽을 보냅니다.",
    routeIgw:
      "라우팅 테이블 {table:이/가} 0.0.0.0/0을 이 VPC에 연결된 인터넷 게이트웨이 {target:으로/로} 보냅니다.",
    routeIgwDetached:
      "라우팅 테이블 {table:이/가} 0.0.0.0/0을 {target:으로/로} 보내지만, 이 게이트웨이는 이 VPC에 연결되어 있지 않습니다.",
    routeNat: "라우팅 테이블 {table:이/가} 0.0.0.0/0을 NAT 게이트웨이 {target:으로/로} 보냅니다.",
    routeOther:
      "라우팅 테이블 {table:이/가} 0.0.0.0/0을 {target:으로/로} 보내지만, 그곳은 인터넷으로 가는 길이 아닙니다.",
    routeNone: "라우팅 테이블 {table}에는 0.0.0.0/0 경로가 없고 VPC 안의 로컬 경로만 있습니다.",
    routeNoTable: "서브넷이 AWS의 암묵적 기본 테이블을 써서 VPC 안의 로컬 경로만 있습니다.",
    routeNoSubnet: "인스턴스의 서브넷이 이 문서에 없습니다.",
    address: "퍼블릭 IPv4 주소가 있어 인터넷 게이트웨이가 트래픽을 내보낼 수 있습니다.",
    addressEip: "탄력적 IP {eip:이/가} 퍼블릭 주소를 줍니다.",
    noAddress: "퍼블릭 IPv4 주소도 탄력적 IP도 없어 인터넷 게이트웨이가 트래픽을 내보낼 수 없습니다.",
    natReady:
      "NAT 게이트웨이 {nat:은/는} 퍼블릭이고, 탄력적 IP {eip:이/가} 있으며, 퍼블릭 서브넷 {subnet}에 있습니다.",
    natPrivate: "NAT 게이트웨이 {nat:은/는} 프라이빗이라 다른 네트워크에만 닿고 인터넷에는 닿지 않습니다.",
    natNoEip: "NAT 게이트웨이 {nat}에 탄력적 IP가 없어 밖으로 나갈 퍼블릭 주소가 없습니다.",
    natSubnet:
      "NAT 게이트웨이 {nat:이/가} 있는 서브넷 {subnet}에는 인터넷 게이트웨이로 가는 경로가 없습니다.",
    natMissing: "NAT 게이트웨이 {nat:이/가} 이 문서에 정의되어 있지 않습니다.",
    sgDefault: "보안 그룹 {group:은/는} AWS 기본 아웃바운드 규칙(모든 트래픽 허용)을 그대로 씁니다.",
    sgOpen: "보안 그룹({groups})의 아웃바운드 규칙이 0.0.0.0/0으로 가는 HTTPS(443)를 허용합니다.",
    sgClosed:
      "보안 그룹({groups})의 아웃바운드 규칙 중 0.0.0.0/0으로 가는 HTTPS(443)를 허용하는 것이 없습니다.",
    sgNone: "보안 그룹이 없어 아무것도 나갈 수 없습니다.",
    aclDefault: "서브넷 {subnet:은/는} 양방향 모든 트래픽을 허용하는 AWS 기본 네트워크 ACL을 씁니다.",
    aclOk:
      "네트워크 ACL {acl:이/가} HTTPS(443) 아웃바운드(규칙 {out})와 포트 {from}-{to}로 돌아오는 응답 인바운드(규칙 {in})를 허용합니다.",
    aclOut: "네트워크 ACL {acl:이/가} 0.0.0.0/0으로 나가는 HTTPS(443)를 허용하지 않습니다({outRule}).",
    aclIn:
      "네트워크 ACL {acl:이/가} 포트 {from}-{to}로 돌아오는 응답을 허용하지 않습니다({inRule}). ACL은 상태를 기억하지 않습니다.",
    finalRule: "마지막 * 규칙이 거부",
    rule: "규칙 {number}에서 결정",
  },
} as const;

type Key = keyof (typeof TEXT)["en"];

function tr(lang: Lang, key: Key, params: TextParams = {}): string {
  return interpolate(TEXT[lang][key], params, lang);
}

export interface ChainStepView {
  id: string;
  met: boolean;
  status: string;
  text: string;
  lines: string[];
  links: LinkView[];
}

export interface QuestionView {
  /** The question, as the section's heading. */
  question: string;
  reachable: boolean;
  verdict: string;
  steps: ChainStepView[];
  path: string[];
}

function stepText(
  check: OutboundCheck,
  name: (id: string) => string,
  lang: Lang,
): { text: string; ids: string[] } {
  switch (check.id) {
    case "running":
      return check.met
        ? { text: tr(lang, "running"), ids: [check.instance] }
        : { text: tr(lang, "notRunning", { state: check.state }), ids: [check.instance] };
    case "route": {
      if (check.table === undefined)
        return { text: tr(lang, check.met ? "routeNoTable" : "routeNoSubnet"), ids: [] };
      const table = name(check.table);
      if (check.target === undefined) return { text: tr(lang, "routeNone", { table }), ids: [check.table] };
      const target = name(check.target);
      const key =
        check.via === "nat"
          ? "routeNat"
          : check.via === "igw"
            ? check.met
              ? "routeIgw"
              : "routeIgwDetached"
            : "routeOther";
      return { text: tr(lang, key, { table, target }), ids: [check.table, check.target] };
    }
    case "public-address":
      if (check.elasticIp)
        return { text: tr(lang, "addressEip", { eip: name(check.elasticIp) }), ids: [check.elasticIp] };
      return { text: tr(lang, check.met ? "address" : "noAddress"), ids: [check.instance] };
    case "nat-ready": {
      const nat = name(check.nat);
      const ids = [
        check.nat,
        ...(check.elasticIp ? [check.elasticIp] : []),
        ...(check.subnet ? [check.subnet] : []),
      ];
      if (check.problem === "private") return { text: tr(lang, "natPrivate", { nat }), ids };
      if (check.problem === "no-elastic-ip") return { text: tr(lang, "natNoEip", { nat }), ids };
      if (check.problem === "missing") return { text: tr(lang, "natMissing", { nat }), ids: [] };
      const subnet = check.subnet === undefined ? "" : name(check.subnet);
      if (check.problem === "subnet-not-public") return { text: tr(lang, "natSubnet", { nat, subnet }), ids };
      return {
        text: tr(lang, "natReady", { nat, eip: check.elasticIp ? name(check.elasticIp) : "", subnet }),
        ids,
      };
    }
    case "sg-egress": {
      if (check.groups.length === 0) return { text: tr(lang, "sgNone"), ids: [] };
      const groups = check.groups.map(name).join(", ");
      if (check.byDefault) {
        const group = check.groups.find(() => true) ?? "";
        return { text: tr(lang, "sgDefault", { group: name(group) }), ids: check.groups };
      }
      return { text: tr(lang, check.met ? "sgOpen" : "sgClosed", { groups }), ids: check.groups };
    }
    case "acl": {
      if (check.acl === undefined)
        return { text: tr(lang, "aclDefault", { subnet: name(check.subnet) }), ids: [] };
      const acl = name(check.acl);
      const ruleText = (d?: { rule?: number }) =>
        d?.rule === undefined ? tr(lang, "finalRule") : tr(lang, "rule", { number: d.rule });
      const ports = { from: EPHEMERAL.from, to: EPHEMERAL.to };
      if (check.met)
        return {
          text: tr(lang, "aclOk", {
            acl,
            out: check.out?.rule ?? "",
            in: check.replies?.rule ?? "",
            ...ports,
          }),
          ids: [check.acl],
        };
      if (!check.out?.allowed)
        return { text: tr(lang, "aclOut", { acl, outRule: ruleText(check.out) }), ids: [check.acl] };
      return {
        text: tr(lang, "aclIn", { acl, inRule: ruleText(check.replies), ...ports }),
        ids: [check.acl],
      };
    }
  }
}

/** The answer for an instance, or undefined for an unknown id. */
export function describeOutbound(
  doc: Topology,
  index: TopologyIndex,
  instanceId: string,
  lang: Lang,
): QuestionView | undefined {
  const answer = outboundReachability(index, instanceId);
  if (!answer) return undefined;
  const name = (id: string) => displayNameOf(index, id);
  return {
    question: tr(lang, "question"),
    reachable: answer.reachable,
    verdict: tr(lang, answer.reachable ? "yes" : "no"),
    steps: answer.checks.map((check) => {
      const { text, ids } = stepText(check, name, lang);
      return {
        id: check.id,
        met: check.met,
        status: tr(lang, check.met ? "met" : "notMet"),
        text,
        lines: [],
        links: [...new Set(ids)].map((id) => resourceLink(doc, index, id, lang)),
      };
    }),
    path: answer.path,
  };
}

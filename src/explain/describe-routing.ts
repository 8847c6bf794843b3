// The details view of format 2's routing resources: a route table's routes (the implicit local one
// first), a network ACL's rules in the order AWS evaluates them, a NAT gateway and an Elastic IP; and
// the route table, network ACL, key pair and Elastic IP lines of subnets and instances.
import { interpolate, type Lang, type TextParams } from "../i18n/text.ts";
import { displayName } from "../model/kind-labels.ts";
import {
  defaultNetworkAcl,
  mainRouteTable,
  networkAclOf,
  outsideRouteTableOf,
  resolveTarget,
  routeTableOf,
  subnetRoutesUnknown,
} from "../model/routing.ts";
import {
  type AclRule,
  type Instance,
  type NetworkAcl,
  type Route,
  type Subnet,
  type Topology,
  UNDRAWN_TARGET_PREFIXES,
} from "../model/schema.ts";
import type { TopologyIndex } from "../model/topology-index.ts";
import { explainConcept } from "./catalog.ts";
import type { CrumbView, PropertyView, RelationGroupView } from "./describe.ts";
import { availabilityZoneLink, displayNameOf, resourceLink, trafficText, yesNo } from "./describe-format.ts";

/** Exported for particles.test, which renders every template with names of each ending. */
export const ROUTING_TEXT = {
  en: {
    mainTable: "Main route table of its VPC",
    routes: "Routes",
    routeCount: "{count} besides the local route",
    localRoute: "{cidr} → local: the VPC's own addresses (implicit, always there)",
    route: "{destination} → {target}",
    undrawn: "{id} ({what}: kept, not drawn; never a way to the internet)",
    missing: "{id} (not found in this document)",
    external: "{target} (defined outside this document)",
    associations: "Subnets using it",
    explicitOnly: "{count} associated",
    withImplicit: "{count} associated, plus every subnet of the VPC without its own table",
    defaultAcl: "Default network ACL of its VPC",
    inbound: "Inbound rules (lowest number first)",
    outbound: "Outbound rules (lowest number first)",
    aclRuleIn: "{number} · {action} · {traffic} · from {cidr}",
    aclRuleOut: "{number} · {action} · {traffic} · to {cidr}",
    aclFinal: "* · deny · everything no rule above matched",
    allow: "allow",
    deny: "deny",
    connectivity: "Connectivity",
    public: "public: reaches the internet through an Elastic IP",
    private: "private: reaches other networks only, never the internet",
    elasticIp: "Elastic IP",
    none: "None",
    routedHere: "Subnets sending internet traffic here",
    address: "Public IPv4 address",
    notSet: "Not written in the document",
    associatedWith: "Associated with",
    notAssociated: "Nothing (allocated, and still charged)",
    routeTable: "Route table",
    tableExplicit: "{table}",
    tableMain: "{table} (the VPC's main table: no table of its own)",
    tableImplicit: "AWS's implicit main table (local route only)",
    tableOutside: "{table}, outside this document: its routes are unknown",
    tableUnknown: "Unknown: its VPC, and so the main table it uses, is outside this document",
    networkAcl: "Network ACL",
    aclExplicit: "{acl}",
    aclDefault: "{acl} (the VPC's default ACL)",
    aclImplicit: "AWS's default ACL (allows all traffic both ways)",
    keyPair: "Key pair",
    noKeyPair: "None: logging in needs another way (Session Manager, EC2 Instance Connect)",
    targets: "Where its routes lead",
    usedBy: "Subnets",
    natGateways: "NAT gateways",
  },
  ko: {
    mainTable: "VPC의 기본 라우팅 테이블",
    routes: "경로",
    routeCount: "로컬 경로 외 {count}개",
    localRoute: "{cidr} → 로컬: VPC 자체 주소(암묵적, 늘 있음)",
    route: "{destination} → {target}",
    undrawn: "{id}({what}: 보관만 하고 그리지 않음, 인터넷으로 가는 길이 아님)",
    missing: "{id}(이 문서에 없음)",
    external: "{target}(이 문서 밖에 정의됨)",
    associations: "이 테이블을 쓰는 서브넷",
    explicitOnly: "{count}개 연결됨",
    withImplicit: "{count}개 연결됨, 그리고 자기 테이블이 없는 VPC의 모든 서브넷",
    defaultAcl: "VPC의 기본 네트워크 ACL",
    inbound: "인바운드 규칙(번호가 낮은 것부터)",
    outbound: "아웃바운드 규칙(번호가 낮은 것부터)",
    aclRuleIn: "{number} · {action} · {traffic} · {cidr}에서",
    aclRuleOut: "{number} · {action} · {traffic} · {cidr:으로/로}",
    aclFinal: "* · 거부 · 위 규칙에 하나도 맞지 않은 모든 트래픽",
    allow: "허용",
    deny: "거부",
    connectivity: "연결 유형",
    public: "퍼블릭: 탄력적 IP로 인터넷에 나감",
    private: "프라이빗: 다른 네트워크에만 닿고 인터넷에는 닿지 않음",
    elasticIp: "탄력적 IP",
    none: "없음",
    routedHere: "인터넷 트래픽을 여기로 보내는 서브넷",
    address: "퍼블릭 IPv4 주소",
    notSet: "문서에 적혀 있지 않음",
    associatedWith: "연결 대상",
    notAssociated: "없음(할당만 된 상태이며 요금은 계속 붙음)",
    routeTable: "라우팅 테이블",
    tableExplicit: "{table}",
    tableMain: "{table}(자기 테이블이 없어 VPC의 기본 테이블을 씀)",
    tableImplicit: "AWS의 암묵적 기본 테이블(로컬 경로만)",
    tableOutside: "{table}(문서 밖에 있어 경로를 알 수 없음)",
    tableUnknown: "알 수 없음: VPC가 문서 밖에 있어 서브넷이 쓰는 기본 테이블도 알 수 없음",
    networkAcl: "네트워크 ACL",
    aclExplicit: "{acl}",
    aclDefault: "{acl}(VPC의 기본 ACL)",
    aclImplicit: "AWS 기본 ACL(양방향 모든 트래픽 허용)",
    keyPair: "키 페어",
    noKeyPair: "없음: 다른 방법으로 로그인해야 함(Session Manager, EC2 Instance Connect)",
    targets: "경로가 가는 곳",
    usedBy: "서브넷",
    natGateways: "NAT 게이트웨이",
  },
} as const;

type Key = keyof (typeof ROUTING_TEXT)["en"];

function tr(lang: Lang, key: Key, params: TextParams = {}): string {
  return interpolate(ROUTING_TEXT[lang][key], params, lang);
}

interface RoutingBody {
  record: { id: string; name?: string; tags?: Record<string, string> };
  properties: PropertyView[];
  location: CrumbView[];
  relations: RelationGroupView[];
}

interface Ctx {
  doc: Topology;
  index: TopologyIndex;
  lang: Lang;
}

const link = (c: Ctx, id: string) => resourceLink(c.index, id, c.lang);
const crumb = (c: Ctx, id: string, current = false): CrumbView => ({ ...link(c, id), current });

function vpcTrail(c: Ctx, vpcId: string): CrumbView[] {
  const vpc = c.index.vpcs.get(vpcId);
  return vpc ? [crumb(c, vpc.region), crumb(c, vpc.id)] : [crumb(c, vpcId)];
}

/** "Internet gateway igw-main", "vgw-1 (virtual private gateway: kept, not drawn…)". */
function routeTargetText(c: Ctx, target: string): string {
  const resolved = resolveTarget(c.index, target);
  switch (resolved.kind) {
    case "undrawn":
      return tr(c.lang, "undrawn", { id: target, what: UNDRAWN_TARGET_PREFIXES[resolved.prefix][c.lang] });
    case "unknown":
      return tr(c.lang, "missing", { id: target });
    default:
      return resolved.external
        ? tr(c.lang, "external", { target: link(c, target).label })
        : link(c, target).label;
  }
}

function routeLine(c: Ctx, route: Route): string {
  const line = tr(c.lang, "route", {
    destination: route.destination,
    target: routeTargetText(c, route.target),
  });
  return route.description ? `${line} (${route.description})` : line;
}

/** Subnets that use the table, explicitly or (for the main table) by default. */
function subnetsUsing(c: Ctx, kind: "routeTable" | "networkAcl", id: string, vpcId: string): Subnet[] {
  const of = kind === "routeTable" ? routeTableOf : networkAclOf;
  return (c.index.subnetsByVpc.get(vpcId) ?? []).filter((s) => of(c.index, s)?.id === id);
}

export function routeTableBody(c: Ctx, id: string): RoutingBody | undefined {
  const table = c.index.routeTables.get(id);
  if (!table) return undefined;
  const vpc = c.index.vpcs.get(table.vpc);
  const explicit = table.subnets ?? [];
  const targets = [...new Set(table.routes.map((r) => r.target))].filter((t) => c.index.kindById.has(t));
  return {
    record: table,
    properties: [
      {
        label: tr(c.lang, "mainTable"),
        value: yesNo(table.main === true, c.lang),
        concept: explainConcept("mainRouteTable", c.lang),
      },
      {
        label: tr(c.lang, "routes"),
        value: tr(c.lang, "routeCount", { count: table.routes.length }),
        lines: [
          ...(vpc ? [tr(c.lang, "localRoute", { cidr: vpc.cidrBlock })] : []),
          ...table.routes.map((r) => routeLine(c, r)),
        ],
        concept: explainConcept("localRoute", c.lang),
      },
      {
        label: tr(c.lang, "associations"),
        value: tr(c.lang, table.main === true ? "withImplicit" : "explicitOnly", { count: explicit.length }),
      },
    ],
    location: [...vpcTrail(c, table.vpc), crumb(c, id, true)],
    relations: [
      {
        label: tr(c.lang, "usedBy"),
        items: subnetsUsing(c, "routeTable", id, table.vpc).map((s) => link(c, s.id)),
      },
      { label: tr(c.lang, "targets"), items: targets.map((t) => link(c, t)) },
    ],
  };
}

function aclLines(c: Ctx, rules: readonly AclRule[], direction: "in" | "out"): string[] {
  const sorted = [...rules].sort((a, b) => a.ruleNumber - b.ruleNumber);
  return [
    ...sorted.map((r) =>
      tr(c.lang, direction === "in" ? "aclRuleIn" : "aclRuleOut", {
        number: r.ruleNumber,
        action: tr(c.lang, r.action),
        traffic: trafficText(r, c.lang),
        cidr: r.cidr,
      }),
    ),
    tr(c.lang, "aclFinal"),
  ];
}

export function networkAclBody(c: Ctx, id: string): RoutingBody | undefined {
  const acl: NetworkAcl | undefined = c.index.networkAcls.get(id);
  if (!acl) return undefined;
  return {
    record: acl,
    properties: [
      {
        label: tr(c.lang, "defaultAcl"),
        value: yesNo(acl.default === true, c.lang),
        concept: explainConcept("defaultNetworkAcl", c.lang),
      },
      {
        label: tr(c.lang, "inbound"),
        value: String(acl.ingress.length),
        lines: aclLines(c, acl.ingress, "in"),
        concept: explainConcept("networkAclRules", c.lang),
      },
      {
        label: tr(c.lang, "outbound"),
        value: String(acl.egress.length),
        lines: aclLines(c, acl.egress, "out"),
        concept: explainConcept("ephemeralPorts", c.lang),
      },
    ],
    location: [...vpcTrail(c, acl.vpc), crumb(c, id, true)],
    relations: [
      {
        label: tr(c.lang, "usedBy"),
        items: subnetsUsing(c, "networkAcl", id, acl.vpc).map((s) => link(c, s.id)),
      },
    ],
  };
}

/** Subnets whose route table sends 0.0.0.0/0 to this target. */
function subnetsRoutingTo(c: Ctx, target: string): Subnet[] {
  return [...c.index.subnets.values()].filter((s) =>
    routeTableOf(c.index, s)?.routes.some((r) => r.target === target && r.destination === "0.0.0.0/0"),
  );
}

function elasticIpOf(c: Ctx, id: string): PropertyView {
  const eip = c.index.elasticIpsByTarget.get(id)?.[0];
  return eip
    ? {
        label: tr(c.lang, "elasticIp"),
        value: eip.publicIp ? `${link(c, eip.id).label} (${eip.publicIp})` : link(c, eip.id).label,
        link: link(c, eip.id),
        concept: explainConcept("elasticIp", c.lang),
      }
    : {
        label: tr(c.lang, "elasticIp"),
        value: tr(c.lang, "none"),
        concept: explainConcept("elasticIp", c.lang),
      };
}

export function natGatewayBody(c: Ctx, id: string): RoutingBody | undefined {
  const nat = c.index.natGateways.get(id);
  if (!nat) return undefined;
  const subnet = c.index.subnets.get(nat.subnet);
  const routed = subnetsRoutingTo(c, id);
  return {
    record: nat,
    properties: [
      {
        label: tr(c.lang, "connectivity"),
        value: tr(c.lang, nat.connectivity === "private" ? "private" : "public"),
        concept: explainConcept("privateNatGateway", c.lang),
      },
      elasticIpOf(c, id),
      {
        label: tr(c.lang, "routedHere"),
        value: routed.length ? routed.map((s) => displayName(s)).join(", ") : tr(c.lang, "none"),
      },
    ],
    // A NAT gateway lives in its subnet's zone: the same trail as an instance there.
    location: [
      ...(subnet
        ? [
            ...vpcTrail(c, subnet.vpc),
            { ...availabilityZoneLink(subnet.vpc, subnet.availabilityZone, c.lang), current: false },
            crumb(c, subnet.id),
          ]
        : []),
      crumb(c, id, true),
    ],
    relations: [
      { label: tr(c.lang, "usedBy"), items: [nat.subnet, ...routed.map((s) => s.id)].map((s) => link(c, s)) },
    ],
  };
}

export function elasticIpBody(c: Ctx, id: string): RoutingBody | undefined {
  const eip = c.index.elasticIps.get(id);
  if (!eip) return undefined;
  const target = eip.instance ?? eip.natGateway;
  return {
    record: eip,
    properties: [
      {
        label: tr(c.lang, "address"),
        value: eip.publicIp ?? tr(c.lang, "notSet"),
        concept: explainConcept("publicIp", c.lang),
      },
      target === undefined
        ? { label: tr(c.lang, "associatedWith"), value: tr(c.lang, "notAssociated") }
        : { label: tr(c.lang, "associatedWith"), value: link(c, target).label, link: link(c, target) },
    ],
    location: [crumb(c, id, true)],
    relations:
      target === undefined ? [] : [{ label: tr(c.lang, "associatedWith"), items: [link(c, target)] }],
  };
}

/** A subnet's route table and network ACL lines. */
export function subnetRoutingProperties(c: Ctx, subnet: Subnet): PropertyView[] {
  const table = routeTableOf(c.index, subnet);
  const outside = table === undefined ? outsideRouteTableOf(c.index, subnet) : undefined;
  const main = mainRouteTable(c.index, subnet.vpc);
  const acl = networkAclOf(c.index, subnet);
  const aclDefault = defaultNetworkAcl(c.index, subnet.vpc);
  const tableName = table ? displayNameOf(c.index, table.id) : "";
  const aclName = acl ? displayNameOf(c.index, acl.id) : "";
  return [
    table
      ? {
          label: tr(c.lang, "routeTable"),
          value: tr(
            c.lang,
            table === main && !(table.subnets ?? []).includes(subnet.id) ? "tableMain" : "tableExplicit",
            {
              table: tableName,
            },
          ),
          link: link(c, table.id),
          concept: explainConcept("routeTable", c.lang),
        }
      : outside !== undefined
        ? {
            label: tr(c.lang, "routeTable"),
            value: tr(c.lang, "tableOutside", { table: displayNameOf(c.index, outside) }),
            link: link(c, outside),
            concept: explainConcept("routeTable", c.lang),
          }
        : {
            label: tr(c.lang, "routeTable"),
            // No table here: AWS's implicit main one, unless the VPC (so its main table) is elsewhere.
            value: tr(c.lang, subnetRoutesUnknown(c.index, subnet) ? "tableUnknown" : "tableImplicit"),
            concept: explainConcept("routeTable", c.lang),
          },
    acl
      ? {
          label: tr(c.lang, "networkAcl"),
          value: tr(
            c.lang,
            acl === aclDefault && !(acl.subnets ?? []).includes(subnet.id) ? "aclDefault" : "aclExplicit",
            {
              acl: aclName,
            },
          ),
          link: link(c, acl.id),
          concept: explainConcept("networkAcl", c.lang),
        }
      : {
          label: tr(c.lang, "networkAcl"),
          value: tr(c.lang, "aclImplicit"),
          concept: explainConcept("networkAcl", c.lang),
        },
  ];
}

/** An instance's key pair and Elastic IP lines. */
export function instanceRoutingProperties(c: Ctx, instance: Instance): PropertyView[] {
  return [
    {
      label: tr(c.lang, "keyPair"),
      value: instance.keyName ?? tr(c.lang, "noKeyPair"),
      concept: explainConcept("keyPair", c.lang),
    },
    elasticIpOf(c, instance.id),
  ];
}

/** Relations a subnet gains: the NAT gateways inside it. */
export function subnetNatRelations(c: Ctx, subnetId: string): RelationGroupView[] {
  const nats = c.index.natGatewaysBySubnet.get(subnetId) ?? [];
  return [{ label: tr(c.lang, "natGateways"), items: nats.map((n) => link(c, n.id)) }];
}

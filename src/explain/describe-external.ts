// The details of a resource the document names but doesn't define (`"external": true`, e.g. an
// Fn::ImportValue of another stack): only its id is known, so the panel says so and why, how to see
// it whole, and what in this document refers to it.
import type { Lang } from "../i18n/text.ts";
import { eachReference } from "../model/rules/references.ts";
import type { Topology } from "../model/schema.ts";
import { COLLECTION_OF_KIND, type ResourceKind, type TopologyIndex } from "../model/topology-index.ts";
import { resourceLink } from "./describe-format.ts";
import type { ResourceBody } from "./describe-resources.ts";

/** Here, not in the start's string tables: only the Details panel (loaded when opened) reads them. */
export const EXTERNAL_TEXT = {
  en: {
    defined: "Defined",
    value: "Outside this document",
    known:
      "This document names it by its id only. Its settings (address range, routes, rules) are where it is defined: another CloudFormation stack, a Terraform state or AWS CLI output not imported with this one. ec2viz checks nothing that depends on them.",
    subnet:
      "Whether a subnet is public depends on its route table, which isn't known here: it is drawn grey, as a subnet neither public nor private, until its source is imported too.",
    gatewayVpc:
      "This document does record the VPC it is attached to (an import records it when a route AWS shows as active leads to it; a route to a detached gateway is a blackhole), so subnets whose route table sends internet traffic to it count as public.",
    whole:
      "To see it whole, import its source together with this one: ec2viz import, and Open… in the app, take several files at once.",
    referredBy: "Referred to by",
  },
  ko: {
    defined: "정의된 곳",
    value: "이 문서 밖",
    known:
      "이 문서에는 이 리소스의 ID만 있습니다. 주소 범위, 라우팅, 규칙 같은 설정은 이 리소스를 정의한 곳, 즉 함께 가져오지 않은 다른 CloudFormation 스택이나 Terraform 상태, AWS CLI 출력에 있습니다. 그래서 ec2viz는 이 설정에 달린 것은 검사하지 않습니다.",
    subnet:
      "서브넷이 퍼블릭인지는 라우팅 테이블에 따라 정해지는데, 여기서는 알 수 없습니다. 정의한 파일을 함께 가져오기 전까지는 퍼블릭도 프라이빗도 아닌 회색 서브넷으로 그립니다.",
    gatewayVpc:
      "다만 어느 VPC에 연결되어 있는지는 이 문서에 기록되어 있습니다. AWS가 활성(active)으로 표시한 경로가 이 게이트웨이로 향하면 가져오기가 그 VPC를 기록해 둡니다(분리된 게이트웨이로 가는 경로는 blackhole이 됩니다). 그래서 인터넷 트래픽을 이 게이트웨이로 보내는 라우팅 테이블의 서브넷은 퍼블릭으로 봅니다.",
    whole:
      "전체 모습을 보려면 정의한 파일을 이 파일과 함께 가져오세요. ec2viz import와 앱의 열기… 모두 여러 파일을 한 번에 받습니다.",
    referredBy: "이 리소스를 참조하는 리소스",
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** Ids of what refers to `id`: its owners by reference, and route tables with a route to it. */
export function referrersOf(doc: Topology, id: string): string[] {
  const out = new Set<string>();
  eachReference({ doc }, (owner, target) => {
    if (target === id) out.add(owner);
  });
  // A route written in this document counts even in a table defined elsewhere (an import adds
  // routes to another stack's table).
  for (const table of doc.routeTables)
    if ((table.routes ?? []).some((route) => route.target === id)) out.add(table.id);
  out.delete(id);
  return [...out];
}

export function externalBody(
  doc: Topology,
  index: TopologyIndex,
  kind: ResourceKind,
  id: string,
  lang: Lang,
): ResourceBody {
  const collection: readonly { id: string; name?: string | undefined }[] = doc[COLLECTION_OF_KIND[kind]];
  const found = collection.find((r) => r.id === id) as Record<string, unknown> | undefined;
  const name = found?.name;
  const record = typeof name === "string" ? { id, name } : { id };
  // What the record may still say of its place (an instance of another stack in a subnet here).
  const parent = ["subnet", "vpc", "region"]
    .map((key) => found?.[key])
    .find((value): value is string => typeof value === "string" && index.kindById.has(value));
  const text = EXTERNAL_TEXT[lang];
  const lines: string[] = [text.known];
  if (kind === "subnet") lines.push(text.subnet);
  if (kind === "internetGateway" && index.externalGatewayVpcs.has(id)) lines.push(text.gatewayVpc);
  lines.push(text.whole);
  return {
    record,
    properties: [{ label: text.defined, value: text.value, lines }],
    location: [
      ...(parent === undefined ? [] : [{ ...resourceLink(index, parent, lang), current: false }]),
      { ...resourceLink(index, id, lang), current: true },
    ],
    relations: [
      {
        label: text.referredBy,
        items: referrersOf(doc, id).map((owner) => resourceLink(index, owner, lang)),
      },
    ],
  };
}

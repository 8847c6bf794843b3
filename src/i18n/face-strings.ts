// The words a diagram box's face shows: instance states, the face's marks and chips, and counts
// ("1 error", "3 subnets": what a folded box holds, what an import brought in), in English and Korean.
// A table of their own, so the layout worker, which words every box it sizes, carries these and not
// the whole catalog (issue #14, initial JS). The catalog (strings.ts) includes them: `t` and `textOf`
// find them like any other key. Same rules as the catalog: add a key to FACE_EN first, then Korean.
import { interpolate, type Lang, type LocalText, type TextParams } from "./text.ts";

export const FACE_EN = {
  "state.pending": "Pending",
  "state.running": "Running",
  "state.shutting-down": "Shutting down",
  "state.terminated": "Terminated",
  "state.stopping": "Stopping",
  "state.stopped": "Stopped",
  // Box faces: the words a box shows on the canvas and in every export (layout/box-face.ts).
  "face.publicIp": "Public IP",
  "face.publicIpHint": "Public IPv4 address",
  "face.detached": "detached",
  "face.natPublic": "public",
  "face.natPrivate": "private",
  "face.notAssociated": "not associated",
  "face.external": "outside the document",
  "face.empty": "empty",
  "face.chipHint": "{kind} {label}",
  "face.chipHintMore": "{kind} {label} ({detail})",
  // Counts ("1 error", "3 warnings"): `countText` picks .one or .many.
  "count.error.one": "1 error",
  "count.error.many": "{count} errors",
  "count.warning.one": "1 warning",
  "count.warning.many": "{count} warnings",
  "count.file.one": "1 file",
  "count.file.many": "{count} files",
  "count.unreadableFile.one": "1 unreadable file",
  "count.unreadableFile.many": "{count} unreadable files",
  // What an import brought in and what a folded box holds (import/report-text.ts, layout/labels.ts)
  "count.vpc.one": "1 VPC",
  "count.vpc.many": "{count} VPCs",
  "count.internetGateway.one": "1 internet gateway",
  "count.internetGateway.many": "{count} internet gateways",
  "count.subnet.one": "1 subnet",
  "count.subnet.many": "{count} subnets",
  "count.routeTable.one": "1 route table",
  "count.routeTable.many": "{count} route tables",
  "count.natGateway.one": "1 NAT gateway",
  "count.natGateway.many": "{count} NAT gateways",
  "count.elasticIp.one": "1 Elastic IP",
  "count.elasticIp.many": "{count} Elastic IPs",
  "count.networkAcl.one": "1 network ACL",
  "count.networkAcl.many": "{count} network ACLs",
  "count.securityGroup.one": "1 security group",
  "count.securityGroup.many": "{count} security groups",
  "count.instance.one": "1 instance",
  "count.instance.many": "{count} instances",
  "count.volume.one": "1 volume",
  "count.volume.many": "{count} volumes",
  "count.route.one": "1 route",
  "count.route.many": "{count} routes",
  "count.securityGroupRule.one": "1 security group rule",
  "count.securityGroupRule.many": "{count} security group rules",
  "count.networkAclRule.one": "1 network ACL rule",
  "count.networkAclRule.many": "{count} network ACL rules",
  "count.association.one": "1 association",
  "count.association.many": "{count} associations",
  "count.attachment.one": "1 attachment",
  "count.attachment.many": "{count} attachments",
  "count.availabilityZone.one": "1 Availability Zone",
  "count.availabilityZone.many": "{count} Availability Zones",
  "count.placeholder.one": "1 placeholder",
  "count.placeholder.many": "{count} placeholders",
  "count.sourceResource.one": "1 source resource",
  "count.sourceResource.many": "{count} source resources",
  "count.of": "{count} {what}",
} as const;

export type FaceKey = keyof typeof FACE_EN;

export const FACE_KO: Record<FaceKey, string> = {
  "state.pending": "대기 중",
  "state.running": "실행 중",
  "state.shutting-down": "종료 중",
  "state.terminated": "종료됨",
  "state.stopping": "중지 중",
  "state.stopped": "중지됨",
  // Box faces (layout/box-face.ts).
  "face.publicIp": "퍼블릭 IP",
  "face.publicIpHint": "퍼블릭 IPv4 주소",
  "face.detached": "분리됨",
  "face.natPublic": "퍼블릭",
  "face.natPrivate": "프라이빗",
  "face.notAssociated": "연결 안 됨",
  "face.external": "문서 밖에 정의됨",
  "face.empty": "비어 있음",
  "face.chipHint": "{kind} {label}",
  "face.chipHintMore": "{kind} {label} ({detail})",
  // 개수
  "count.error.one": "오류 1개",
  "count.error.many": "오류 {count}개",
  "count.warning.one": "경고 1개",
  "count.warning.many": "경고 {count}개",
  "count.file.one": "파일 1개",
  "count.file.many": "파일 {count}개",
  "count.unreadableFile.one": "읽지 못한 파일 1개",
  "count.unreadableFile.many": "읽지 못한 파일 {count}개",
  "count.vpc.one": "VPC 1개",
  "count.vpc.many": "VPC {count}개",
  "count.internetGateway.one": "인터넷 게이트웨이 1개",
  "count.internetGateway.many": "인터넷 게이트웨이 {count}개",
  "count.subnet.one": "서브넷 1개",
  "count.subnet.many": "서브넷 {count}개",
  "count.routeTable.one": "라우팅 테이블 1개",
  "count.routeTable.many": "라우팅 테이블 {count}개",
  "count.natGateway.one": "NAT 게이트웨이 1개",
  "count.natGateway.many": "NAT 게이트웨이 {count}개",
  "count.elasticIp.one": "탄력적 IP 1개",
  "count.elasticIp.many": "탄력적 IP {count}개",
  "count.networkAcl.one": "네트워크 ACL 1개",
  "count.networkAcl.many": "네트워크 ACL {count}개",
  "count.securityGroup.one": "보안 그룹 1개",
  "count.securityGroup.many": "보안 그룹 {count}개",
  "count.instance.one": "인스턴스 1개",
  "count.instance.many": "인스턴스 {count}개",
  "count.volume.one": "볼륨 1개",
  "count.volume.many": "볼륨 {count}개",
  "count.route.one": "경로 1개",
  "count.route.many": "경로 {count}개",
  "count.securityGroupRule.one": "보안 그룹 규칙 1개",
  "count.securityGroupRule.many": "보안 그룹 규칙 {count}개",
  "count.networkAclRule.one": "네트워크 ACL 규칙 1개",
  "count.networkAclRule.many": "네트워크 ACL 규칙 {count}개",
  "count.association.one": "연결(association) 1개",
  "count.association.many": "연결(association) {count}개",
  "count.attachment.one": "연결(attachment) 1개",
  "count.attachment.many": "연결(attachment) {count}개",
  "count.availabilityZone.one": "가용 영역 1개",
  "count.availabilityZone.many": "가용 영역 {count}개",
  "count.placeholder.one": "자리표시 1개",
  "count.placeholder.many": "자리표시 {count}개",
  "count.sourceResource.one": "소스 리소스 1개",
  "count.sourceResource.many": "소스 리소스 {count}개",
  "count.of": "{what} {count}개",
};

const FACE: Record<Lang, Record<FaceKey, string>> = { en: FACE_EN, ko: FACE_KO };

/** A face word in `lang`, with {placeholders} filled (the catalog's `t`, for these keys only). */
export function faceText(lang: Lang, key: FaceKey, params: TextParams = {}): string {
  return interpolate(FACE[lang][key], params, lang);
}

/** A face word in both languages (the catalog's `textOf`, for these keys only). */
export function faceTextOf(key: FaceKey, params: TextParams = {}): LocalText {
  return { en: faceText("en", key, params), ko: faceText("ko", key, params) };
}

type CountWords<K> = K extends `count.${infer W}.one` ? W : never;
/** Things `countText` counts: each `count.<what>.one` entry (and its `.many`, or `countText` won't compile). */
export type CountWord = CountWords<FaceKey>;

/**
 * "1 error" / "3 errors": the plural rule is English's (one, else many); Korean has no plural, so its
 * `.one` and `.many` entries read alike ("오류 1개", "오류 {count}개").
 */
export function countText(lang: Lang, what: CountWord, count: number): string {
  return faceText(lang, `count.${what}.${count === 1 ? "one" : "many"}`, { count });
}

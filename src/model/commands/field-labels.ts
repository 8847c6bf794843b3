// Human names of editable fields, shared by refusal messages and the properties form.
import type { LocalText } from "../../i18n/text.ts";

const FIELD_LABELS: Record<string, LocalText> = {
  id: { en: "Region code", ko: "리전 코드" },
  name: { en: "Name", ko: "이름" },
  cidrBlock: { en: "IPv4 CIDR", ko: "IPv4 CIDR" },
  availabilityZone: { en: "Availability Zone", ko: "가용 영역" },
  availabilityZones: { en: "Availability Zones", ko: "가용 영역" },
  vpc: { en: "Attached VPC", ko: "연결된 VPC" },
  region: { en: "Region", ko: "리전" },
  subnet: { en: "Subnet", ko: "서브넷" },
  instanceType: { en: "Instance type", ko: "인스턴스 유형" },
  imageId: { en: "AMI ID", ko: "AMI ID" },
  publicIp: { en: "Public IPv4 address", ko: "퍼블릭 IPv4 주소" },
  securityGroups: { en: "Security groups", ko: "보안 그룹" },
  state: { en: "State", ko: "상태" },
  volumeType: { en: "Volume type", ko: "볼륨 유형" },
  sizeGiB: { en: "Size (GiB)", ko: "크기(GiB)" },
  iops: { en: "IOPS", ko: "IOPS" },
  throughput: { en: "Throughput (MiB/s)", ko: "처리량(MiB/s)" },
  encrypted: { en: "Encrypted", ko: "암호화" },
  multiAttach: { en: "Multi-Attach", ko: "다중 연결" },
  attachments: { en: "Attachments", ko: "연결" },
  description: { en: "Description", ko: "설명" },
  ingress: { en: "Inbound rules", ko: "인바운드 규칙" },
  egress: { en: "Outbound rules", ko: "아웃바운드 규칙" },
  tags: { en: "Tags", ko: "태그" },
  // Format 2
  keyName: { en: "Key pair", ko: "키 페어" },
  main: { en: "Main route table", ko: "기본 라우팅 테이블" },
  subnets: { en: "Associated subnets", ko: "연결된 서브넷" },
  routes: { en: "Routes", ko: "경로" },
  connectivity: { en: "Connectivity", ko: "연결 유형" },
  instance: { en: "Instance", ko: "인스턴스" },
  natGateway: { en: "NAT gateway", ko: "NAT 게이트웨이" },
  default: { en: "Default network ACL", ko: "기본 네트워크 ACL" },
};

export function fieldLabel(field: string): LocalText {
  return FIELD_LABELS[field] ?? { en: field, ko: field };
}

// Kind words and accessible names of diagram boxes. Accessible names are always English
// ("EC2 instance web-1"): users' scripts rely on them (see the README's accessibility section).
import type { DiagramKind } from "./types.ts";

export type KindLabelKey = Exclude<DiagramKind, "subnet"> | "publicSubnet" | "privateSubnet";

export const KIND_LABELS: Record<"en" | "ko", Record<KindLabelKey, string>> = {
  en: {
    region: "Region",
    az: "Availability Zone",
    vpc: "VPC",
    internetGateway: "Internet gateway",
    publicSubnet: "Public subnet",
    privateSubnet: "Private subnet",
    instance: "EC2 instance",
    volume: "EBS volume",
    internet: "Internet",
  },
  ko: {
    region: "리전",
    az: "가용 영역",
    vpc: "VPC",
    internetGateway: "인터넷 게이트웨이",
    publicSubnet: "퍼블릭 서브넷",
    privateSubnet: "프라이빗 서브넷",
    instance: "EC2 인스턴스",
    volume: "EBS 볼륨",
    internet: "인터넷",
  },
};

export const SECURITY_GROUP_LABEL = { en: "Security group", ko: "보안 그룹" } as const;

export function labelKey(kind: DiagramKind, isPublic: boolean): KindLabelKey {
  if (kind === "subnet") return isPublic ? "publicSubnet" : "privateSubnet";
  return kind;
}

/** "EC2 instance web-1", "Availability Zone ap-northeast-2a", "Internet". */
export function accessibleName(key: KindLabelKey, shown: string | undefined): string {
  const kind = KIND_LABELS.en[key];
  return shown === undefined || shown === "" ? kind : `${kind} ${shown}`;
}

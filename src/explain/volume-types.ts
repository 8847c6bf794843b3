// One short explanation per EBS volume type, in English and Korean. The limits shown next to a
// volume come from the rules (VOLUME_LIMITS), so text and checks can't disagree.
import { interpolate, type Lang } from "../i18n/text.ts";
import { VOLUME_LIMITS } from "../model/rules/storage.ts";
import type { VolumeType } from "../model/schema.ts";

/**
 * Name and summary of a volume type. Summaries name limits as {iopsMin}, {iopsMax},
 * {throughputMin}, {throughputMax}, {iopsPerGiB}, {throughputPerIops}: volumeTypeText fills them
 * from the rules' VOLUME_LIMITS.
 */
interface VolumeTypeInfo {
  en: { name: string; summary: string };
  ko: { name: string; summary: string };
}

/** Exported for particles.test, which renders every template with names of each ending. */
export const VOLUME_TYPE_INFO: Record<VolumeType, VolumeTypeInfo> = {
  gp3: {
    en: {
      name: "General Purpose SSD (gp3)",
      summary:
        "The usual choice. Every gp3 volume starts at {iopsMin} IOPS and {throughputMin} MiB/s whatever its size, and you can buy more IOPS (up to {iopsMax}, at most {iopsPerGiB} per GiB of size) and throughput (up to {throughputMax} MiB/s, at most {throughputPerIops} MiB/s per IOPS) separately.",
    },
    ko: {
      name: "범용 SSD(gp3)",
      summary:
        "가장 일반적인 선택입니다. gp3 볼륨은 크기와 상관없이 {iopsMin} IOPS와 {throughputMin} MiB/s로 시작하며, IOPS(최대 {iopsMax}, 크기 1 GiB당 최대 {iopsPerGiB})와 처리량(최대 {throughputMax} MiB/s, IOPS 1당 최대 {throughputPerIops} MiB/s)을 따로 늘릴 수 있습니다.",
    },
  },
  gp2: {
    en: {
      name: "General Purpose SSD (gp2)",
      summary:
        "The older general purpose SSD: its speed grows with its size (3 IOPS per GiB), and small volumes can burst for a while. gp3 usually costs less for the same performance.",
    },
    ko: {
      name: "범용 SSD(gp2)",
      summary:
        "이전 세대의 범용 SSD로, 크기에 비례해 속도가 올라갑니다(GiB당 3 IOPS). 작은 볼륨은 잠시 동안 더 빠르게 버스트할 수 있습니다. 같은 성능이라면 대개 gp3가 더 저렴합니다.",
    },
  },
  io1: {
    en: {
      name: "Provisioned IOPS SSD (io1)",
      summary:
        "You state the IOPS you need ({iopsMin} to {iopsMax}, at most {iopsPerGiB} per GiB of size) and EBS delivers them steadily, for databases that can't tolerate slow disks. Supports Multi-Attach.",
    },
    ko: {
      name: "프로비저닝된 IOPS SSD(io1)",
      summary:
        "필요한 IOPS({iopsMin}~{iopsMax}, 크기 1 GiB당 최대 {iopsPerGiB}){을/를} 정해 두면 EBS가 꾸준히 그 성능을 제공합니다. 느린 디스크를 견딜 수 없는 데이터베이스에 씁니다. 다중 연결을 지원합니다.",
    },
  },
  io2: {
    en: {
      name: "Provisioned IOPS SSD (io2 Block Express)",
      summary:
        "The newest provisioned IOPS SSD: up to {iopsMax} IOPS ({iopsPerGiB} per GiB of size), lower latency and higher durability than io1, for the most demanding databases. Supports Multi-Attach.",
    },
    ko: {
      name: "프로비저닝된 IOPS SSD(io2 Block Express)",
      summary:
        "가장 새로운 프로비저닝된 IOPS SSD로, 최대 {iopsMax} IOPS(크기 1 GiB당 {iopsPerGiB})에 io1보다 지연 시간이 짧고 내구성이 높습니다. 가장 까다로운 데이터베이스용입니다. 다중 연결을 지원합니다.",
    },
  },
  st1: {
    en: {
      name: "Throughput Optimized HDD (st1)",
      summary:
        "A low-cost hard disk made for big sequential reads and writes, such as logs, data warehouses and stream processing. It cannot be a boot volume.",
    },
    ko: {
      name: "처리량 최적화 HDD(st1)",
      summary:
        "로그, 데이터 웨어하우스, 스트림 처리처럼 큰 데이터를 순서대로 읽고 쓰는 작업에 맞춘 저렴한 하드 디스크입니다. 부팅 볼륨으로는 쓸 수 없습니다.",
    },
  },
  sc1: {
    en: {
      name: "Cold HDD (sc1)",
      summary: "The cheapest EBS storage, for large data you read rarely. It cannot be a boot volume.",
    },
    ko: {
      name: "콜드 HDD(sc1)",
      summary:
        "가장 저렴한 EBS 스토리지로, 드물게 읽는 큰 데이터를 보관할 때 씁니다. 부팅 볼륨으로는 쓸 수 없습니다.",
    },
  },
  standard: {
    en: {
      name: "Magnetic (standard)",
      summary:
        "The previous-generation magnetic disk, kept for old workloads. New volumes should use gp3 or an HDD type.",
    },
    ko: {
      name: "마그네틱(standard)",
      summary:
        "이전 세대의 마그네틱 디스크로, 오래된 작업을 위해 남아 있습니다. 새 볼륨에는 gp3나 HDD 유형을 쓰세요.",
    },
  },
};

/** A volume type's name and summary in `lang`, with its limits filled in from VOLUME_LIMITS. */
export function volumeTypeText(type: VolumeType, lang: Lang): { name: string; summary: string } {
  const { iops, throughput, iopsPerGiB, throughputPerIops } = VOLUME_LIMITS[type];
  const n = (value: number | undefined) => (value === undefined ? "" : value.toLocaleString("en-US"));
  const params = {
    iopsMin: n(iops?.min),
    iopsMax: n(iops?.max),
    throughputMin: n(throughput?.min),
    throughputMax: n(throughput?.max),
    iopsPerGiB: n(iopsPerGiB),
    throughputPerIops: n(throughputPerIops),
  };
  const text = VOLUME_TYPE_INFO[type][lang];
  return { name: text.name, summary: interpolate(text.summary, params, lang) };
}

// Words for each part of a decoded instance type, in English and Korean.
import { t } from "../i18n/strings.ts";
import { interpolate, type LocalText } from "../i18n/text.ts";
import type { Lang } from "../model/diagnostics.ts";
import {
  type DecodedSize,
  decodeInstanceType,
  type InstanceCategory,
  type InstanceSeries,
  type KnownAttribute,
} from "../model/instance-type-decode.ts";

export const CATEGORY_TEXT: Record<InstanceCategory, LocalText> = {
  general: { en: "general purpose", ko: "범용" },
  burstable: { en: "burstable general purpose", ko: "버스트 가능 범용" },
  compute: { en: "compute optimized", ko: "컴퓨팅 최적화" },
  memory: { en: "memory optimized", ko: "메모리 최적화" },
  storage: { en: "storage optimized", ko: "스토리지 최적화" },
  accelerated: { en: "accelerated computing", ko: "가속 컴퓨팅" },
  hpc: { en: "high performance computing", ko: "고성능 컴퓨팅" },
  macos: { en: "macOS on Apple Mac hardware", ko: "Apple Mac 하드웨어의 macOS" },
};

/** What each series is for, beyond its category. */
export const SERIES_TEXT: Record<InstanceSeries, LocalText> = {
  t: {
    en: "burstable general purpose: a low steady CPU baseline that can burst above it using CPU credits, good for small or spiky workloads",
    ko: "버스트 가능 범용: 평소에는 낮은 CPU 기준 성능으로 동작하다가 CPU 크레딧을 써서 잠시 더 높게 올라갈 수 있어, 작거나 부하가 들쭉날쭉한 작업에 알맞습니다",
  },
  m: {
    en: "general purpose: a balance of CPU, memory and network for most applications",
    ko: "범용: 대부분의 애플리케이션에 맞도록 CPU, 메모리, 네트워크가 균형 잡혀 있습니다",
  },
  a: {
    en: "general purpose on the first AWS Graviton (Arm) processor",
    ko: "1세대 AWS Graviton(Arm) 프로세서 기반 범용",
  },
  // Which Mac each type is built on is MAC_HARDWARE's, per type: not every mac type is a Mac mini.
  mac: {
    en: "macOS on Apple Mac computers, only as bare metal on a Dedicated Host",
    ko: "Apple Mac 컴퓨터에서 실행되는 macOS(전용 호스트에서 베어 메탈로만 실행)",
  },
  c: {
    en: "compute optimized: more CPU per GiB of memory, for batch jobs, encoding and busy web servers",
    ko: "컴퓨팅 최적화: 메모리 대비 CPU가 많아 배치 작업, 인코딩, 트래픽이 많은 웹 서버에 알맞습니다",
  },
  cc: { en: "cluster compute (previous generation)", ko: "클러스터 컴퓨팅(이전 세대)" },
  r: {
    en: "memory optimized: more memory per vCPU, for databases and in-memory caches",
    ko: "메모리 최적화: vCPU 대비 메모리가 많아 데이터베이스와 인메모리 캐시에 알맞습니다",
  },
  cr: { en: "memory optimized cluster (previous generation)", ko: "메모리 최적화 클러스터(이전 세대)" },
  x: {
    en: "memory intensive: a very high ratio of memory to vCPU, for large in-memory databases",
    ko: "메모리 집약형: vCPU 대비 메모리 비율이 매우 높아 큰 인메모리 데이터베이스에 알맞습니다",
  },
  z: {
    en: "high CPU frequency together with large memory",
    ko: "높은 CPU 클럭과 큰 메모리를 함께 제공합니다",
  },
  u: {
    en: "high memory: terabytes of memory in one instance, for very large in-memory databases",
    ko: "고용량 메모리: 한 인스턴스에 테라바이트 단위 메모리를 제공해 아주 큰 인메모리 데이터베이스에 씁니다",
  },
  i: {
    en: "storage optimized: fast local NVMe SSDs for high random I/O",
    ko: "스토리지 최적화: 빠른 로컬 NVMe SSD로 높은 임의 입출력을 제공합니다",
  },
  im: {
    en: "storage optimized, with about 4 GiB of memory per vCPU",
    ko: "vCPU당 메모리가 약 4GiB인 스토리지 최적화",
  },
  is: {
    en: "storage optimized, with about 6 GiB of memory per vCPU",
    ko: "vCPU당 메모리가 약 6GiB인 스토리지 최적화",
  },
  d: {
    en: "dense storage: many local hard disks for big data sets",
    ko: "고밀도 스토리지: 큰 데이터를 위한 로컬 하드 디스크를 많이 갖추고 있습니다",
  },
  h: {
    en: "storage optimized with local hard disks for high sequential throughput",
    ko: "높은 순차 처리량을 위한 로컬 하드 디스크를 갖춘 스토리지 최적화",
  },
  hi: { en: "high I/O storage (previous generation)", ko: "고성능 입출력 스토리지(이전 세대)" },
  hs: { en: "high storage density (previous generation)", ko: "고밀도 스토리지(이전 세대)" },
  p: {
    en: "GPU instances for machine learning training and scientific computing",
    ko: "머신 러닝 학습과 과학 계산용 GPU 인스턴스",
  },
  g: {
    en: "GPU instances for graphics, video and machine learning inference",
    ko: "그래픽, 영상, 머신 러닝 추론용 GPU 인스턴스",
  },
  gr: { en: "a variant of the G series of GPU instances", ko: "G 시리즈 GPU 인스턴스의 변형" },
  cg: { en: "GPU compute (previous generation)", ko: "GPU 컴퓨팅(이전 세대)" },
  f: {
    en: "FPGA instances: reprogrammable hardware for custom accelerators",
    ko: "FPGA 인스턴스: 직접 설계한 가속기를 올릴 수 있는 재프로그래밍 가능 하드웨어",
  },
  inf: {
    en: "AWS Inferentia chips for low-cost machine learning inference",
    ko: "저렴한 머신 러닝 추론을 위한 AWS Inferentia 칩",
  },
  trn: {
    en: "AWS Trainium chips for machine learning training",
    ko: "머신 러닝 학습을 위한 AWS Trainium 칩",
  },
  dl: { en: "deep learning accelerators", ko: "딥 러닝 가속기" },
  vt: { en: "video transcoding accelerators", ko: "영상 트랜스코딩 가속기" },
  hpc: {
    en: "high performance computing: tightly coupled simulations at scale",
    ko: "고성능 컴퓨팅: 대규모로 긴밀하게 연결된 시뮬레이션용",
  },
};

export const ATTRIBUTE_TEXT: Record<KnownAttribute, LocalText> = {
  a: { en: "AMD processors", ko: "AMD 프로세서" },
  b: { en: "higher EBS (block storage) performance", ko: "더 높은 EBS(블록 스토리지) 성능" },
  d: {
    en: "local NVMe instance store disks on the host (their data is lost when the instance stops)",
    ko: "호스트의 로컬 NVMe 인스턴스 스토어 디스크(인스턴스를 중지하면 데이터가 사라짐)",
  },
  e: {
    en: "extra memory or extra storage compared with the base family; on GPU types (p5e, g6e) extra GPU memory",
    ko: "기본 패밀리보다 메모리나 스토리지가 더 많음(p5e, g6e 같은 GPU 유형에서는 GPU 메모리가 더 많음)",
  },
  g: { en: "AWS Graviton (Arm) processors", ko: "AWS Graviton(Arm) 프로세서" },
  i: { en: "Intel processors", ko: "Intel 프로세서" },
  n: { en: "higher network (and EBS) bandwidth", ko: "더 높은 네트워크(및 EBS) 대역폭" },
  q: { en: "Qualcomm inference accelerators", ko: "Qualcomm 추론 가속기" },
  z: { en: "high CPU frequency", ko: "높은 CPU 클럭" },
  flex: {
    en: "flex: a lower-priced variant that guarantees a CPU baseline and can use the full CPU most of the time",
    ko: "flex: CPU 기준 성능을 보장하고 대부분의 시간에 CPU를 모두 쓸 수 있는 더 저렴한 변형",
  },
};

const UNKNOWN_ATTRIBUTE: LocalText = {
  en: "a letter ec2viz has no explanation for; see the AWS page for this family",
  ko: "ec2viz에 설명이 없는 글자입니다. 이 패밀리의 AWS 문서를 참고하세요",
};

/**
 * The Mac each EC2 Mac family is built on, in AWS's words ("Amazon EC2 Mac instances",
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-mac-instances.html). That page names these
 * four; the newer families (mac-m4, mac-m4pro, mac2-m1ultra, mac-m3ultra, mac-m4max) are not on the
 * copy we could read, so their name's chip is all that is said about them (no guessed hardware).
 */
const MAC_HARDWARE: Readonly<Record<string, LocalText>> = {
  mac1: {
    en: "2018 Mac mini hardware powered by 3.2 GHz Intel eighth-generation (Coffee Lake) Core i7 processors",
    ko: "3.2GHz Intel 8세대(Coffee Lake) Core i7 프로세서를 쓰는 2018년 Mac mini 하드웨어",
  },
  mac2: {
    en: "2020 Mac mini hardware powered by Apple silicon M1 processors",
    ko: "Apple 실리콘 M1 프로세서를 쓰는 2020년 Mac mini 하드웨어",
  },
  "mac2-m2": {
    en: "2023 Mac mini hardware powered by Apple silicon M2 processors",
    ko: "Apple 실리콘 M2 프로세서를 쓰는 2023년 Mac mini 하드웨어",
  },
  "mac2-m2pro": {
    en: "2023 Mac mini hardware powered by Apple silicon M2 Pro processors",
    ko: "Apple 실리콘 M2 Pro 프로세서를 쓰는 2023년 Mac mini 하드웨어",
  },
};

/** What a size says, by how it was read (exported for particles.test, which renders each template). */
export const SIZE_WORDS: Record<DecodedSize["kind"], LocalText> = {
  named: {
    en: "sizes go nano, micro, small, medium, large, xlarge, then 2xlarge and up; each step gives more vCPUs and/or memory and costs more",
    ko: "크기는 nano, micro, small, medium, large, xlarge, 그다음 2xlarge 이상 순서로 커지며, 한 단계 올라갈 때마다 vCPU나 메모리가 늘고 요금도 오릅니다",
  },
  multiple: {
    en: "about {times} times the vCPUs and memory of the xlarge size",
    ko: "xlarge 크기보다 vCPU와 메모리가 약 {times}배",
  },
  metal: {
    en: "bare metal: your software runs directly on the whole physical server, without a hypervisor",
    ko: "베어 메탈: 하이퍼바이저 없이 물리 서버 전체에서 직접 실행됩니다",
  },
  other: {
    en: "a size name ec2viz doesn't know",
    ko: "ec2viz가 모르는 크기 이름입니다",
  },
};

function sizeText(size: DecodedSize, lang: Lang): string {
  return interpolate(
    SIZE_WORDS[size.kind][lang],
    { times: size.kind === "multiple" ? size.times : "N" },
    lang,
  );
}

interface InstanceTypeExplanation {
  ok: boolean;
  /** "burstable general purpose, generation 3, size micro" or the "can't read it" sentence. */
  summary: string;
  /** One line per part of the name, in reading order. */
  parts: string[];
}

/** Explains an instance type name part by part, in the requested language. */
export function explainInstanceType(text: string, lang: Lang): InstanceTypeExplanation {
  const d = decodeInstanceType(text);
  if (!d.ok) return { ok: false, summary: t(lang, "itype.unknown", { text }), parts: [] };
  const hardware = MAC_HARDWARE[d.family];
  const parts = [
    t(lang, "itype.family", { family: d.family }),
    ...(hardware === undefined ? [] : [t(lang, "itype.hardware", { hardware })]),
    t(lang, "itype.series", { series: d.series, meaning: SERIES_TEXT[d.series][lang] }),
    d.generation === undefined
      ? t(lang, "itype.noGeneration")
      : t(lang, "itype.generation", { generation: d.generation }),
    ...d.attributes.map((a) =>
      t(lang, "itype.attribute", {
        code: a.code,
        meaning: a.known ? ATTRIBUTE_TEXT[a.code][lang] : UNKNOWN_ATTRIBUTE[lang],
      }),
    ),
    ...(d.variant === undefined ? [] : [t(lang, "itype.variant", { variant: d.variant })]),
    t(lang, "itype.size", { size: d.size, meaning: sizeText(d.sizeInfo, lang) }),
  ];
  const category = CATEGORY_TEXT[d.category];
  const summary =
    d.generation === undefined
      ? t(lang, "itype.summaryNoGeneration", { text: d.text, category, size: d.size })
      : t(lang, "itype.summary", { text: d.text, category, generation: d.generation, size: d.size });
  return { ok: true, summary, parts };
}

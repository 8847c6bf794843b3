// One Korean term per concept, the one AWS's Korean console and documentation use (and the catalog
// already uses most). Every source file's text is scanned, so a new table anywhere is held to it too.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..");

/** [the alternate that must not appear, the term to write instead]. */
const BANNED: readonly [RegExp, string][] = [
  [/사설/, "프라이빗 (프라이빗 IPv4 주소, 프라이빗 서브넷)"],
  [/공인\s*(IP|주소|IPv4)/, "퍼블릭 IP / 퍼블릭 IPv4 주소"],
  [/출처/, "소스 (a rule's source)"],
  [/라벨/, "레이블, or 태그 for AWS tags"],
  [/가용영역/, "가용 영역"],
  [/보안그룹/, "보안 그룹"],
  [/라우팅테이블|라우트 테이블|경로 테이블/, "라우팅 테이블"],
  [/인터넷게이트웨이/, "인터넷 게이트웨이"],
  [/인스턴스 (타입|형식)/, "인스턴스 유형"],
  [/볼륨 (타입|형식)/, "볼륨 유형"],
  [/(일래스틱|엘라스틱|탄력적)\s*IP/, "탄력적 IP"],
];

/** English AWS terms a Korean sentence writes in Korean (checked inside string literals that hold Hangul). */
const ENGLISH_IN_KOREAN: readonly [RegExp, string][] = [
  [/Elastic IP/, "탄력적 IP"],
  [/Availability Zone/, "가용 영역"],
  [/security group/i, "보안 그룹"],
  [/route table/i, "라우팅 테이블"],
  [/internet gateway/i, "인터넷 게이트웨이"],
  // an identifier is "ID" in Korean text (AWS's Korean console writes 인스턴스 ID); {id} placeholders are fine
  [/(?<![\w.{/-])id(?![\w}])/, "ID"],
];
const KOREAN_LITERAL = /"[^"\n]*[가-힣][^"\n]*"|`[^`\n]*[가-힣][^`\n]*`/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** "file:line: text (write … instead)" for every banned alternate in `text`. */
function termProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  for (const [n, line] of text.split("\n").entries())
    for (const [banned, use] of BANNED) {
      const found = banned.exec(line)?.[0];
      // 탄력적 IP is the right term; the pattern only flags it without its space.
      if (found === undefined || found === "탄력적 IP") continue;
      problems.push(`${file}:${n + 1}: "${found}" (write ${use} instead)`);
    }
  for (const [n, line] of text.split("\n").entries())
    for (const literal of line.match(KOREAN_LITERAL) ?? [])
      for (const [english, use] of ENGLISH_IN_KOREAN) {
        const found = english.exec(literal)?.[0];
        // "탄력적 IP(Elastic IP)": the English name given in parentheses, to teach it, is fine.
        if (found !== undefined && !literal.includes(`(${found})`))
          problems.push(`${file}:${n + 1}: "${found}" in Korean (write ${use} instead)`);
      }
  return problems;
}

describe("Korean terms", () => {
  it("use one term per concept in every catalog and message", () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((path) => termProblems(relative(SRC, path), readFileSync(path, "utf8")));
    expect(problems).toEqual([]);
  });

  it("catch the alternates the reviews found", () => {
    expect(termProblems("x", "사설 IPv4 주소")).toHaveLength(1);
    expect(termProblems("x", "공인 IP")).toHaveLength(1);
    expect(termProblems("x", '"value.ruleFrom": "출처"')).toHaveLength(1);
    expect(termProblems("x", "탄력적IP 주소")).toHaveLength(1);
    expect(termProblems("x", "탄력적 IP 주소, 프라이빗 IPv4 주소, 퍼블릭 IP")).toEqual([]);
    expect(termProblems("x", 'ko: "Elastic IP와 경로를 잇습니다"')).toHaveLength(1);
    expect(termProblems("x", '{ en: "Elastic IP", ko: "탄력적 IP" }')).toEqual([]);
    expect(termProblems("x", '"탄력적 IP(Elastic IP)는 고정 주소입니다"')).toEqual([]);
    expect(termProblems("x", 'ko: "기존 리소스의 id는 바꿀 수 없습니다"')).toHaveLength(1);
    expect(termProblems("x", 'ko: "{id}{은/는} 리소스 ID입니다", key: "vpc-id"')).toEqual([]);
  });
});

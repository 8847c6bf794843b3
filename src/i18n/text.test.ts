import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { finalSound, particle } from "./josa.ts";
import { interpolate, localize, placeholdersOf } from "./text.ts";

describe("finalSound", () => {
  it.each([
    ["서버", "vowel"],
    ["서브넷", "consonant"],
    ["서울", "rieul"],
    ["처리량", "consonant"],
    ["web-1", "rieul"], // 일
    ["web-2", "vowel"], // 이
    ["web-3", "consonant"], // 삼
    ["subnet-6", "consonant"], // 육
    ["10", "consonant"], // 십
    ["100", "consonant"], // 백
    ["0", "consonant"], // 영
    ["65,536", "consonant"], // 육
    ["/dev/sda1", "rieul"],
    ["ap-northeast-2a", "vowel"], // 에이
    ["subnet-L", "rieul"], // 엘
    ["subnet-A", "vowel"],
    ["subnet-M", "consonant"], // 엠
    ["VPC", "vowel"], // 씨
    ["vpc-main", "consonant"], // 메인
    ["sg-web", "consonant"], // 웹
    ["app", "consonant"], // 앱
    ["public", "consonant"], // 퍼블릭
    ["zone", "consonant"], // 존
    ["mysql", "rieul"],
    ["db", "vowel"], // 디비
    ["web-1-ip", "vowel"], // 아이피: a two-letter tail is an acronym
    ["ami-id", "vowel"], // 아이디
    ["nat-eip", "vowel"], // 이아이피
    ["subnet-am", "consonant"], // 에이엠
    ["data", "vowel"],
    ["test", "vowel"], // 테스트
    ["server", "vowel"],
    ['"web-1"', "rieul"],
    ["서브넷 web(10.0.1.0/24)", "consonant"],
    ["✓", undefined],
  ])("%s ends as %s", (text, sound) => {
    expect(finalSound(text)).toBe(sound);
  });

  // How a Korean reader says each word (the brief's list, checked by ear), then the particle it takes.
  it.each([
    ["type", "consonant", "타입"],
    ["code", "vowel", "코드"],
    ["name", "consonant", "네임"],
    ["file", "rieul", "파일"],
    ["ip", "vowel", "아이피"],
    ["vpc", "vowel", "브이피씨"],
    ["subnet", "consonant", "서브넷"],
    ["web", "consonant", "웹"],
    ["db", "vowel", "디비"],
    ["api", "vowel", "에이피아이"],
    ["node", "vowel", "노드"],
    ["route", "vowel", "라우트"],
    ["table", "rieul", "테이블"],
    ["gateway", "vowel", "게이트웨이"],
    ["cidr", "vowel", "사이더"],
    ["CIDR", "vowel", "사이더"],
    ["ami", "vowel", "에이엠아이"],
    ["ebs", "vowel", "이비에스"],
    ["nat", "consonant", "냇"],
    ["NAT", "consonant", "냇"],
    ["igw", "vowel", "아이지더블유"],
    ["rule", "rieul", "룰"],
    ["zone", "consonant", "존"],
    ["role", "rieul", "롤"],
    // and a few more that ids use
    ["instanceType", "consonant", "인스턴스타입"],
    ["group", "consonant", "그룹"],
    ["private", "consonant", "프라이빗"],
    ["template", "consonant", "템플릿"],
    ["gate", "vowel", "게이트"],
    ["tape", "vowel", "테이프"],
    ["make", "vowel", "메이크"],
    ["image", "vowel", "이미지"],
    ["volume", "consonant", "볼륨"],
    ["engine", "consonant", "엔진"],
    ["free", "vowel", "프리"],
    ["value", "vowel", "밸류"],
    ["webhook", "consonant", "웹훅"],
    ["boot", "vowel", "부트"],
    ["host", "vowel", "호스트"],
    ["stack", "consonant", "스택"],
    ["check", "vowel", "체크"],
    ["healthcheck", "vowel", "헬스체크"],
    ["hub", "vowel", "허브"],
    ["bit", "vowel", "비트"],
    ["types", "vowel", "타입스"],
    ["subnet-R", "rieul", "알"],
  ])("%s reads as %s (%s)", (word, sound) => {
    expect(finalSound(word)).toBe(sound);
  });
});

describe("particle", () => {
  it("chooses by the final sound, and 으로/로 also drops 으 after ㄹ", () => {
    expect(particle("처리량", "이", "가")).toBe("이");
    expect(particle("크기", "이", "가")).toBe("가");
    expect(particle("web-1", "으로", "로")).toBe("로");
    expect(particle("web-3", "으로", "로")).toBe("으로");
    expect(particle("web-2", "으로", "로")).toBe("로");
    expect(particle("type", "을", "를")).toBe("을"); // 타입을
    expect(particle("code", "을", "를")).toBe("를"); // 코드를
    expect(particle("rule", "으로", "로")).toBe("로"); // 룰로
    expect(particle("zone", "으로", "로")).toBe("으로"); // 존으로
  });

  it("shows both forms when the ending can't be told", () => {
    expect(particle("✓", "이", "가")).toBe("이(가)");
    expect(particle("✓", "으로", "로")).toBe("(으)로");
  });
});

describe("interpolate", () => {
  it("fills values and particles after them", () => {
    expect(interpolate("{name:을/를} 삭제할까요?", { name: "web-1" }, "ko")).toBe("web-1을 삭제할까요?");
    expect(interpolate("{name:을/를} 삭제할까요?", { name: "web-2" }, "ko")).toBe("web-2를 삭제할까요?");
    expect(interpolate('"{id}"{은/는} 없습니다', { id: "sg-web" }, "ko")).toBe('"sg-web"은 없습니다');
    expect(interpolate('"{id}"{은/는} 없습니다', { id: "db" }, "ko")).toBe('"db"는 없습니다');
  });

  it("takes a param in both languages in the requested one", () => {
    const kind = { en: "subnet", ko: "서브넷" };
    expect(interpolate("{kind:이/가} 없습니다", { kind }, "ko")).toBe("서브넷이 없습니다");
    expect(interpolate("no {kind}", { kind }, "en")).toBe("no subnet");
  });

  it("leaves unknown placeholders visible", () => {
    expect(interpolate("Id: {id}", {})).toBe("Id: {id}");
    expect(interpolate("{id:이/가}", {}, "ko")).toBe("{id:이/가}");
  });

  it("lists placeholders without particles", () => {
    expect(placeholdersOf("{b:이/가} {a} {은/는}")).toEqual(["a", "b"]);
  });

  it("localizes a pair of templates", () => {
    expect(localize({ en: "{n} items", ko: "{n}개" }, { n: 3 })).toEqual({ en: "3 items", ko: "3개" });
  });
});

/** interpolate as first written: one regex pass per call. The cached-pieces one must say the same. */
function interpolateByRegex(
  template: string,
  params: Record<string, string | { en: string; ko: string }>,
  lang: "en" | "ko",
) {
  const re =
    /\{(?:(\w+)(?::([\uac00-\ud7a3]+)\/([\uac00-\ud7a3]+))?|([\uac00-\ud7a3]+)\/([\uac00-\ud7a3]+))\}/g;
  let out = "";
  let from = 0;
  for (const m of template.matchAll(re)) {
    out += template.slice(from, m.index);
    from = m.index + m[0].length;
    const [whole, name, c, v, ac, av] = m;
    if (name === undefined) {
      out += particle(out, ac as string, av as string);
      continue;
    }
    const value = params[name];
    if (value === undefined) {
      out += whole;
      continue;
    }
    out += typeof value === "object" ? value[lang] : value;
    if (c !== undefined) out += particle(out, c, v as string);
  }
  return out + template.slice(from);
}

describe("interpolate, templates cut once", () => {
  it("fills any template as one regex pass over it would, called again and again", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        "{id}",
        "{name}",
        "{id:이/가}",
        "{name:은/는}",
        "{을/를}",
        "{으로/로}",
        "{missing}",
        "{",
        "}",
        "{id:x/y}",
      ),
    );
    const word = fc.constantFrom("web-1", "서버", "서울", "", "L", "3");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((a) => a.join("")),
        word,
        word,
        fc.constantFrom("en" as const, "ko" as const),
        (template, id, other, lang) => {
          const params = { id, name: { en: other, ko: `${other}님` } };
          const want = interpolateByRegex(template, params, lang);
          expect(interpolate(template, params, lang)).toBe(want);
          // Again: the second call reads the cut template.
          expect(interpolate(template, params, lang)).toBe(want);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

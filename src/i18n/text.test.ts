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
});

describe("particle", () => {
  it("chooses by the final sound, and 으로/로 also drops 으 after ㄹ", () => {
    expect(particle("처리량", "이", "가")).toBe("이");
    expect(particle("크기", "이", "가")).toBe("가");
    expect(particle("web-1", "으로", "로")).toBe("로");
    expect(particle("web-3", "으로", "로")).toBe("으로");
    expect(particle("web-2", "으로", "로")).toBe("로");
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

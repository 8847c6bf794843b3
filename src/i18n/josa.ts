// Korean particles (조사) after text we don't know in advance: ids, names, paths, numbers.
// Korean picks 이/가, 은/는, 을/를, 과/와 by whether the word before ends in a consonant, and
// 으로/로 by whether it ends in a consonant other than ㄹ. For Hangul that is the final jamo; for
// digits and Latin letters it is how a Korean reader says them ("1" 일, "2" 이, "L" 엘, "web" 웹).
// Pure, no imports: the model's messages, the CLI and the UI all use it through text.ts.

/** How a word ends when read aloud in Korean. */
export type FinalSound = "vowel" | "rieul" | "consonant";

// 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구.
const DIGIT: Record<string, FinalSound> = {
  "0": "consonant",
  "1": "rieul",
  "2": "vowel",
  "3": "consonant",
  "4": "vowel",
  "5": "vowel",
  "6": "consonant",
  "7": "rieul",
  "8": "rieul",
  "9": "vowel",
};

// Letter names: 에이, 비, 씨 … 엘, 알 (ㄹ), 엠, 엔 (consonant); every other letter name ends in a vowel.
function letterName(letter: string): FinalSound {
  const l = letter.toLowerCase();
  if (l === "l" || l === "r") return "rieul";
  if (l === "m" || l === "n") return "consonant";
  return "vowel";
}

const VOWEL_LETTER = /[aeiouy]/;

// Words whose Korean spelling the rules below get wrong, and acronyms Koreans say as a word rather
// than letter by letter ("NAT" 냇, not 엔에이티; "CIDR" 사이더, not 씨아이디알). A word also matches
// as the tail of a longer one ("instancetype" …타입, "securitygroup" …그룹).
const SAID_AS: Readonly<Record<string, FinalSound>> = {
  type: "consonant", // 타입 (tape 테이프, pipe 파이프 follow the rule)
  group: "consonant", // 그룹
  private: "consonant", // 프라이빗 (gate 게이트, state 스테이트 follow the rule)
  template: "consonant", // 템플릿
  check: "vowel", // 체크 (deck 덱, stack 스택 follow the rule)
  hub: "vowel", // 허브 (web 웹, lab 랩 follow the rule)
  bit: "vowel", // 비트
  kit: "vowel", // 키트
  nat: "consonant", // 냇
  lan: "consonant", // 랜
  wan: "consonant", // 왠
  ram: "consonant", // 램
  cidr: "vowel", // 사이더
};
const SAID_AS_TAIL_FROM = 4; // shorter entries match only whole words ("orbit" is not …비트)

function saidAs(word: string): FinalSound | undefined {
  const whole = SAID_AS[word];
  if (whole !== undefined) return whole;
  for (const [known, sound] of Object.entries(SAID_AS))
    if (known.length >= SAID_AS_TAIL_FROM && word.endsWith(known)) return sound;
  return undefined;
}

// A lowercase English word as Korean writes it (외래어 표기법 and common IT usage): "main" 메인,
// "web" 웹, "public" 퍼블릭, "mysql" …엘, "zone" 존, "data" 데이터, "test" 테스트, "server" 서버.
// Rules of thumb, good for the words ids use; the exceptions are in SAID_AS.
function englishWord(word: string): FinalSound {
  const known = saidAs(word);
  if (known !== undefined) return known;
  if (!VOWEL_LETTER.test(word)) return letterName(word.at(-1) ?? ""); // "db", "sg", "vpc": letter by letter
  let last = word.at(-1) ?? "";
  let stem = word;
  // A silent final e after a consonant: the consonant before it decides ("zone" 존, "file" 파일,
  // "code" 코드, "route" 라우트, "make" 메이크). Not after a vowel ("free" 프리, "value" 밸류).
  if (last === "e" && word.length > 2 && !VOWEL_LETTER.test(word.at(-2) ?? "")) {
    stem = word.slice(0, -1);
    last = stem.at(-1) ?? "";
    if (last === "l") return "rieul"; // 파일, 룰, 테이블, 롤
    if (last === "m" || last === "n") return "consonant"; // 네임, 존, 볼륨, 엔진
    return "vowel"; // 코드, 노드, 라우트, 이미지, 베이스, 코어 …: a final 으-syllable
  }
  if (/(ng|m|n)$/.test(stem)) return "consonant";
  if (last === "l") return "rieul";
  // "book" 북, "hook" 훅, "webhook" 웹훅: oo before k stays short in Korean.
  if (stem.endsWith("ook")) return "consonant";
  // a short vowel closed by b/p/k/c/t keeps the stop as 받침: "web" 웹, "app" 앱, "subnet" 서브넷, "public" 퍼블릭;
  // after a long vowel it takes 으: "boot" 부트, "loop" 루프, "host" 호스트.
  if (/[bpkct]/.test(last)) {
    const core =
      stem.endsWith("ck") || (stem.at(-2) === last && last !== "") ? stem.slice(0, -2) : stem.slice(0, -1);
    const v = core.at(-1) ?? "";
    const w = core.at(-2) ?? "";
    if (/[aeiou]/.test(v) && !/[aeiou]/.test(w)) return "consonant";
  }
  return "vowel";
}

const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "」": "「", "』": "『" };
const QUOTES = /["'“”‘’`]/;

/**
 * How `text` ends when read in Korean, looking past closing quotes and a trailing parenthesis
 * ("서브넷 web(10.0.1.0/24)" ends like "web"). Undefined when it can't tell (a symbol, an emoji).
 */
export function finalSound(text: string): FinalSound | undefined {
  let s = text.trimEnd();
  for (;;) {
    const last = s.at(-1);
    if (last === undefined) return undefined;
    if (QUOTES.test(last) || last === "…" || last === ".") {
      s = s.slice(0, -1).trimEnd();
      continue;
    }
    const opener = CLOSERS[last];
    if (opener !== undefined) {
      const at = s.lastIndexOf(opener);
      if (at <= 0) return undefined;
      s = s.slice(0, at).trimEnd();
      continue;
    }
    break;
  }
  const last = s.at(-1) ?? "";
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? "vowel" : jong === 8 ? "rieul" : "consonant";
  }
  if (/[0-9]/.test(last)) return numberSound(s);
  if (/[A-Za-z]/.test(last)) {
    const run = /[A-Za-z]+$/.exec(s)?.[0] ?? last;
    // An uppercase tail ("VPC", "EBS", "subnet-A"), a single letter ("2a", "-b") or a two-letter
    // tail, which in ids is an acronym ("web-1-ip" 아이피, "db-id" 아이디, "az" 에이지), is read letter by letter.
    const said = SAID_AS[run.toLowerCase()];
    if (said !== undefined && run.length > 2) return said; // "NAT" 냇, "CIDR" 사이더
    if (run.length <= 2 || /[A-Z]/.test(last)) return letterName(last);
    return englishWord(run.toLowerCase());
  }
  return undefined;
}

// "65,536" 육, "10" 십, "100" 백, "1000" 천, "10000" 만: trailing zeros name a unit, all but 조 closed.
function numberSound(s: string): FinalSound {
  const digits = (/[0-9][0-9,]*$/.exec(s)?.[0] ?? "").replaceAll(",", "");
  const zeros = digits.length - digits.replace(/0+$/, "").length;
  if (zeros === 0) return DIGIT[digits.at(-1) ?? "0"] ?? "consonant";
  if (zeros === digits.length) return "consonant"; // 영
  return zeros === 12 ? "vowel" : "consonant"; // 십 백 천 만 … 조
}

/**
 * The particle of the pair that fits after `text`. The pair is written consonant form first,
 * as Korean dictionaries do: "이/가", "은/는", "을/를", "과/와", "으로/로". Forms starting with 으
 * also drop it after ㄹ ("서울로"). When the ending can't be told, both forms are shown: "이(가)".
 */
export function particle(text: string, afterConsonant: string, afterVowel: string): string {
  const sound = finalSound(text);
  if (sound === undefined)
    return afterConsonant === `으${afterVowel}` ? `(으)${afterVowel}` : `${afterConsonant}(${afterVowel})`;
  if (sound === "vowel") return afterVowel;
  if (sound === "rieul" && afterConsonant.startsWith("으")) return afterVowel;
  return afterConsonant;
}

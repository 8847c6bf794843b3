// Tag limits (EC2 User Guide, "Tag restrictions"): at most 50 tags per resource, keys up to 128
// characters, values up to 256, and the "aws:" prefix is reserved for AWS.
import { jsonPath } from "../diagnostics.ts";
import { COLLECTIONS } from "../schema.ts";
import { type Finding, finding, label, type RuleContext } from "./types.ts";

export const MAX_TAGS = 50;
export const MAX_KEY_LENGTH = 128;
export const MAX_VALUE_LENGTH = 256;

const cut = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

export function tagLimits({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const collection of COLLECTIONS) {
    for (const [i, item] of doc[collection].entries()) {
      const tags = item.tags;
      if (!tags) continue;
      const keys = Object.keys(tags);
      const who = label(item);
      if (keys.length > MAX_TAGS) {
        out.push(
          finding(
            "tag-limit",
            jsonPath([collection, i, "tags"]),
            item.id,
            `${who} has ${keys.length} tags; AWS allows at most ${MAX_TAGS} per resource.`,
            `${who}에 태그가 ${keys.length}개 있습니다. AWS는 리소스당 최대 ${MAX_TAGS}개까지 허용합니다.`,
          ),
        );
      }
      for (const key of keys) {
        const path = jsonPath([collection, i, "tags", key]);
        const value = tags[key] ?? "";
        if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
          out.push(
            finding(
              "tag-limit",
              path,
              item.id,
              `${who} has a tag key of ${key.length} characters ("${cut(key)}"); a key needs 1 to ${MAX_KEY_LENGTH} characters.`,
              `${who}의 태그 키("${cut(key)}")가 ${key.length}자입니다. 키는 1~${MAX_KEY_LENGTH}자여야 합니다.`,
            ),
          );
        }
        if (key.toLowerCase().startsWith("aws:")) {
          out.push(
            finding(
              "tag-limit",
              path,
              item.id,
              `${who} has the tag key "${cut(key)}": keys starting with "aws:" are reserved for AWS's own tags.`,
              `${who}에 태그 키 "${cut(key)}"가 있습니다. "aws:"로 시작하는 키는 AWS 자체 태그용으로 예약되어 있습니다.`,
            ),
          );
        }
        if (value.length > MAX_VALUE_LENGTH) {
          out.push(
            finding(
              "tag-limit",
              path,
              item.id,
              `${who}'s tag "${cut(key)}" has a value of ${value.length} characters; AWS allows at most ${MAX_VALUE_LENGTH}.`,
              `${who}의 태그 "${cut(key)}" 값이 ${value.length}자입니다. AWS는 최대 ${MAX_VALUE_LENGTH}자까지 허용합니다.`,
            ),
          );
        }
      }
    }
  }
  return out;
}

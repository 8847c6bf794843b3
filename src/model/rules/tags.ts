// Tag limits (EC2 User Guide, "Tag restrictions"): at most 50 tags per resource, keys up to 128
// characters, values up to 256, and the "aws:" prefix is reserved for AWS.

import { MAX_KEY_LENGTH, MAX_TAGS, MAX_VALUE_LENGTH } from "../aws-limits.ts";
import { jsonPath } from "../diagnostics.ts";
import { displayName } from "../kind-labels.ts";
import { COLLECTIONS, type Collection } from "../schema.ts";
import { itemRule, itemSection } from "./item-rules.ts";
import { type Finding, finding, type RuleContext } from "./types.ts";

/** Regions are places AWS runs, not resources: CreateTags takes resource ids, and a Region has none. */
export function regionTags({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, region] of doc.regions.entries()) {
    if (region.tags === undefined || Object.keys(region.tags).length === 0) continue;
    const path = jsonPath(["regions", i, "tags"]);
    out.push(
      finding({ messageId: "region-tags", path, resource: region.id, params: { who: displayName(region) } }),
    );
  }
  return out;
}

const cut = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** A resource's tags (every kind has them; one marked external too, as its import found them). */
function checkTags(
  collection: Collection,
  item: { id: string; tags?: Record<string, string> | undefined },
  i: number,
  out: Finding[],
): void {
  const tags = item.tags;
  if (!tags) return;
  const keys = Object.keys(tags);
  const who = displayName(item);
  if (keys.length > MAX_TAGS) {
    out.push(
      finding({
        messageId: "tag-limit.count",
        path: jsonPath([collection, i, "tags"]),
        resource: item.id,
        params: { who, count: keys.length, max: MAX_TAGS },
      }),
    );
  }
  for (const key of keys) {
    const path = jsonPath([collection, i, "tags", key]);
    const value = tags[key] ?? "";
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
      out.push(
        finding({
          messageId: "tag-limit.key-length",
          path,
          resource: item.id,
          params: { who, key: cut(key), length: key.length, max: MAX_KEY_LENGTH },
        }),
      );
    }
    if (key.toLowerCase().startsWith("aws:")) {
      out.push(
        finding({
          messageId: "tag-limit.reserved",
          path,
          resource: item.id,
          params: { who, key: cut(key) },
        }),
      );
    }
    if (value.length > MAX_VALUE_LENGTH) {
      out.push(
        finding({
          messageId: "tag-limit.value-length",
          path,
          resource: item.id,
          params: { who, key: cut(key), length: value.length, max: MAX_VALUE_LENGTH },
        }),
      );
    }
  }
}

export const tagLimits = itemRule(
  ...COLLECTIONS.map((collection) =>
    itemSection({
      list: collection,
      externalToo: true,
      check: (item, i, _ctx, out) => checkTags(collection, item, i, out),
    }),
  ),
);

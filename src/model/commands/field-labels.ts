// Human names of editable fields, shared by refusal messages and the properties form; the words
// are the catalog's `field.*` entries.
import { isStringKey, textOf } from "../../i18n/strings.ts";
import type { LocalText } from "../../i18n/text.ts";

/** A field's name in both languages; `id` is a Region's code, and any other resource's ID. */
export function fieldLabel(field: string, kind?: string): LocalText {
  if (field === "id") return textOf(kind === "region" ? "field.regionCode" : "field.id");
  const key = `field.${field}`;
  return isStringKey(key) ? textOf(key) : { en: field, ko: field };
}

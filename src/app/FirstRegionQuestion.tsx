// The first Region of a new diagram is a guess (the browser's language: Seoul for Korean, else
// N. Virginia), so the app asks right away, without getting in the way: the notice that says where
// the diagram starts holds a Region picker. Choosing another switches the Region box (its zones and
// references follow, one undo step); ignoring it keeps the guess.
import { type ChangeEvent, useId } from "react";
import { t, textOf } from "../i18n/strings.ts";
import type { LocalText } from "../i18n/text.ts";
import type { Lang } from "../model/diagnostics.ts";
import { awsRegion, catalogEntry, REGION_CATALOG, regionShortName } from "../model/regions.ts";

/** "Seoul (ap-northeast-2)" / "서울(ap-northeast-2)": a Region's short place name and its code. */
export function regionPlace(code: string): LocalText {
  const region = awsRegion(code);
  const en = catalogEntry(code)?.name ?? (region ? regionShortName(region) : code);
  const ko = region ? regionShortName(region, "ko") : en;
  return textOf("ux.regionPlace", { place: { en, ko }, code });
}

export function FirstRegionPicker({
  lang,
  code,
  onChoose,
}: {
  lang: Lang;
  code: string;
  onChoose: (code: string) => void;
}) {
  const id = useId();
  const options = catalogEntry(code) ? REGION_CATALOG : [{ code }, ...REGION_CATALOG];
  return (
    <span className="notice__action">
      <label htmlFor={id}>{t(lang, "ux.firstRegionPick")}</label>
      <select
        id={id}
        value={code}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChoose(event.target.value)}
      >
        {options.map((r) => (
          <option key={r.code} value={r.code}>
            {regionPlace(r.code)[lang]}
          </option>
        ))}
      </select>
    </span>
  );
}

// Words the instance card shows, shared by the canvas and the image export so both say the same:
// the state in the reader's language (Korean as the Details panel says it; English keeps the API's
// lowercase word) and the public IP chip, named like the AWS console ("퍼블릭 IPv4 주소").
import type { Lang } from "../model/diagnostics.ts";
import type { InstanceState } from "../model/schema.ts";
import { t } from "./strings.ts";

export function stateWord(state: InstanceState, lang: Lang): string {
  return lang === "ko" ? t("ko", `state.${state}`) : state;
}

export function publicIpChip(lang: Lang): string {
  return lang === "ko" ? "퍼블릭 IP" : "Public IP";
}

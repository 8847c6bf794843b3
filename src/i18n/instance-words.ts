// The word for an instance's state, as its card, the exports and the properties form say it: the
// reader's language (Korean as the Details panel says it; English keeps the API's lowercase word).
import type { Lang } from "../model/diagnostics.ts";
import type { InstanceState } from "../model/schema.ts";
import { faceText } from "./face-strings.ts";

export function stateWord(state: InstanceState, lang: Lang): string {
  // Not a translation choice: English shows the API's own value ("running"), which no catalog holds.
  return lang === "ko" ? faceText("ko", `state.${state}`) : state;
}

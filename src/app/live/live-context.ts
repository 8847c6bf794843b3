// How Save reaches the served file in live preview (`ec2viz serve`); null everywhere else, where
// Save downloads the topology. Tiny on purpose: the main bundle carries only this.
import { createContext } from "react";
import { LIVE_META } from "../../io/live-protocol.ts";
import type { Lang } from "../../model/diagnostics.ts";
import type { Topology } from "../../model/schema.ts";
import type { Notice } from "../NoticeArea.tsx";

export interface LiveSave {
  save: (doc: Topology, say: (notice: Notice) => void) => void;
  /** Why Save can't write this file (an image, an imported template), in `lang`; undefined when it can. */
  blocked: (lang: Lang) => string | undefined;
}

export const LiveSaveContext = createContext<LiveSave | null>(null);

/** The page was served by `ec2viz serve` (it marks the page with this meta element). */
export function isLivePage(): boolean {
  return typeof document !== "undefined" && document.querySelector(`meta[name="${LIVE_META}"]`) !== null;
}

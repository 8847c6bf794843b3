// The code the first picture doesn't need but the first click does (explanations, side panels,
// rules, edit commands, the Export menu; the small tooltip module comes on its own, for early hovers), fetched together once the picture is painted
// and handed to React in ONE state update. Fetched one by one, each arrival re-rendered the
// workbench and its 10,000-box canvas (issue #14: +0.7 s main-thread CPU at 10k).
import { useEffect, useState } from "react";
import { afterFirstPicture } from "../diagram/first-picture.ts";
import { withLaterWords } from "../i18n/load-language.ts";

/**
 * Loaders of each module on its own (an event handler may ask for one before the set arrives). What
 * shows words the first picture doesn't comes with the later words (withLaterWords, issue #14).
 */
export const loadDescribe = withLaterWords(() => import("./explain-view.ts"));
export const loadDetails = withLaterWords(() => import("../panels/DetailsPanel.tsx"));
export const loadProperties = withLaterWords(() => import("../panels/PropertiesForm.tsx"));
type EditCommands = typeof import("./edit-commands.ts");
let editCommands: EditCommands | undefined;
/** Drops, delete and refusal wording (the edit commands). */
export const loadDrop = withLaterWords(() =>
  import("./edit-commands.ts").then((m) => {
    editCommands = m;
    return m;
  }),
);

/**
 * Runs `use` with the edit commands: at once when they have arrived, so an edit renders in the
 * event that made it (the drop, the Delete key) instead of a task later, after the browser has
 * painted a frame of the old picture (issue #14); until then, once they are fetched.
 */
export function withEditCommands(use: (m: EditCommands) => void): void {
  if (editCommands) use(editCommands);
  else void loadDrop().then(use);
}
export const loadSummary = withLaterWords(() => import("../explain/summary.ts"));
/**
 * The autosave's notices (storage refused, another tab, an unreadable save): fetched after the first
 * picture whether or not one is needed, so a problem that comes later, even offline, shows at once.
 */
export const loadAutosaveBanner = withLaterWords(() => import("./AutosaveBanner.tsx"));
export const loadRules = () => import("./rules-module.ts");
export const loadExportMenu = withLaterWords(() => import("../diagram/export/ExportMenu.tsx"));

async function loadAll() {
  const [explain, details, properties, drops, rules, exportMenu] = await Promise.all([
    loadDescribe(),
    loadDetails(),
    loadProperties(),
    loadDrop(),
    loadRules(),
    loadExportMenu(),
  ]);
  return { explain, details, properties, drops, rules, exportMenu };
}

export type DeferredModules = Awaited<ReturnType<typeof loadAll>>;

let all: Promise<DeferredModules> | undefined;
let arrived: DeferredModules | undefined;

/** Every deferred module, once the first picture is painted (fetched once, then kept). */
export function loadDeferred(): Promise<DeferredModules> {
  all ??= afterFirstPicture
    .then(loadAll)
    .then((m) => {
      arrived = m;
      return m;
    })
    .catch((error: unknown) => {
      all = undefined; // a failed fetch (offline) is tried again by the next caller
      throw error;
    });
  return all;
}

/** Undefined until every deferred module has arrived; then all of them at once. */
export function useDeferredModules(): DeferredModules | undefined {
  const [modules, setModules] = useState<DeferredModules | undefined>(() => arrived);
  useEffect(() => {
    if (modules) return;
    let live = true;
    void loadDeferred().then(
      (m) => {
        if (live) setModules(m);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [modules]);
  return modules;
}

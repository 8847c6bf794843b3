// The app's side of `ec2viz serve` (no React): listens to the server's events, reads each new
// version of the file with the app's own readers (readFiles in the reader worker, as Open… does), draws it when it has
// no errors (one undo step, the view and folds untouched), else keeps the last good diagram and
// holds the problems for the overlay. Save posts the document back; the server checks it again.
import { t, textOf } from "../../i18n/strings.ts";
import type { LocalText } from "../../i18n/text.ts";
import {
  LIVE_EVENTS,
  LIVE_FILE,
  LIVE_REV_HEADER,
  LIVE_SAVE,
  type LiveFileEvent,
  type LiveReadOnly,
  type LiveSaveReply,
  type LiveSaveRequest,
} from "../../io/live-protocol.ts";
import { errorLines } from "../../io/parse-messages.ts";
import { toJsonText } from "../../io/serialize.ts";
import type { Lang } from "../../model/diagnostics.ts";
import type { Topology } from "../../model/schema.ts";
import { emptyTopology } from "../../model/schema.ts";
import { topologyStore } from "../../state/use-topology-store.ts";
import { rememberRuleRecords } from "../diagnose.ts";
import { readFilesOffPage } from "../read-off-page.ts";

/** What the overlay shows: the file, whether the server is there, and the newest version's problems. */
interface LiveView {
  name: string;
  connected: boolean;
  readOnly?: LiveReadOnly;
  /** The newest version could not be drawn: why (in `lang`), and each problem on a line. */
  problem?: { summary: string; details: string[] };
  /** Counts versions drawn over an empty diagram (a file broken from the start): the view fits them. */
  fresh: number;
  /** The last redraw replaced edits made in the app and not saved (Undo brings them back). */
  replacedEdits?: boolean;
}

/** Save's answer, worded in whichever language the notice is shown (the server gives its reasons in each). */
type SaveOutcome =
  | { ok: true; text: (lang: Lang) => string }
  | { ok: false; text: (lang: Lang) => string; details: (lang: Lang) => string[] };

export interface LiveSession {
  view: () => LiveView;
  subscribe: (listener: () => void) => () => void;
  /** Words the problems again in `lang` (the UI language changed). */
  setLang: (lang: Lang) => void;
  save: (doc: Topology) => Promise<SaveOutcome>;
}

/** Connects, reads the file once and draws it (or an empty diagram under its problems), then follows it. */
export function startLiveSession(initialLang: Lang): Promise<LiveSession> {
  let lang = initialLang;
  let view: LiveView = { name: "", connected: false, fresh: 0 };
  let rev = 0;
  /** Some version of the file has been drawn (the overlay then says the last good one is shown). */
  let drawn = false;
  /** The file's last version drawn or saved, as written (toJsonText): anything else in the store is an edit. */
  let lastText: string | undefined;
  let bytes: Uint8Array | undefined;
  let missing: string | undefined;
  const listeners = new Set<() => void>();
  const update = (next: LiveView) => {
    view = next;
    for (const l of listeners) l();
  };

  /** Reads the newest bytes; draws them when they hold a topology without errors. */
  const evaluate = async (draw: boolean) => {
    const name = view.name;
    if (missing !== undefined || bytes === undefined) {
      const summary = t(lang, "live.missing", { file: name, code: missing ?? "?" });
      update({ ...view, problem: { summary, details: [] } });
      return;
    }
    // Read in the reader worker, as Open… reads a file: a big file never holds the page (#15).
    const read = await readFilesOffPage([new File([bytes.slice()], name)], lang);
    if (read.kind === "topology") rememberRuleRecords(read.doc, read.rules);
    let problems =
      read.kind === "refused"
        ? [...(read.reason ? [read.reason] : []), ...read.details].map((line) => line[lang])
        : errorLines(read.kind === "topology" ? read.diagnostics : []);
    if (read.kind === "import" && problems.length === 0) {
      // An import's rule errors refuse it too, like a topology file's (a list, never spread: it can be huge).
      const { checkRules } = await import("../../model/validate.ts");
      problems = errorLines(checkRules(read.doc, lang));
    }
    if (read.kind === "refused" || problems.length > 0) {
      const summary = t(lang, drawn ? "live.problems" : "live.problemsFirst", { file: name });
      update({ ...view, problem: { summary, details: problems } });
      return;
    }
    update({ ...view, problem: undefined });
    if (!draw) return;
    drawn = true;
    const store = topologyStore.getState();
    // Saved from this app, or saved unchanged: nothing to redraw (and no undo step).
    // (Compared as the file would be written: key order doesn't make a version new.)
    const text = toJsonText(read.doc);
    // The version already drawn or saved (the server's event for our own Save, which may arrive
    // after an Undo made since): not new, so the edits in the store stay.
    if (text === lastText) return;
    const current = toJsonText(store.doc);
    const edited = lastText !== undefined && current !== lastText;
    lastText = text;
    if (current === text) return update({ ...view, replacedEdits: false });
    const overEmpty = store.doc.regions.length === 0;
    store.replaceDocument(read.doc, textOf("history.reload", { name }));
    update({ ...view, fresh: view.fresh + (overEmpty ? 1 : 0), replacedEdits: edited });
  };

  /** Fetches the file when the server has a newer version than the one read. */
  let queue = Promise.resolve();
  const follow = (event: LiveFileEvent) => {
    queue = queue.then(async () => {
      if (event.rev <= rev) return;
      view = { ...view, name: event.name, ...(event.readOnly ? { readOnly: event.readOnly } : {}) };
      if (!event.readOnly) delete view.readOnly;
      if (event.missing) {
        rev = event.rev;
        missing = event.missing;
        return evaluate(false);
      }
      const response = await fetch(LIVE_FILE, { cache: "no-store" }).catch(() => undefined);
      if (!response?.ok) return;
      const got = Number(response.headers.get(LIVE_REV_HEADER));
      if (!(got > rev)) return;
      rev = got;
      missing = undefined;
      bytes = new Uint8Array(await response.arrayBuffer());
      await evaluate(true);
    });
    return queue;
  };

  return new Promise((resolve) => {
    const session: LiveSession = {
      view: () => view,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      setLang: (next) => {
        if (next === lang) return;
        lang = next;
        if (view.problem) void evaluate(false);
      },
      save: async (doc) => {
        const file = view.name;
        const refused = (reason: (l: Lang) => string, details: readonly LocalText[] = []): SaveOutcome => ({
          ok: false,
          text: (l) => t(l, "live.saveFailed", { file, reason: reason(l) }),
          details: (l) => details.map((line) => line[l]),
        });
        const response = await fetch(LIVE_SAVE, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ baseRev: rev, doc } satisfies LiveSaveRequest),
        }).catch(() => undefined);
        if (!response) return refused((l) => t(l, "live.disconnected", { file }));
        const reply = (await response.json().catch(() => undefined)) as LiveSaveReply | undefined;
        if (!reply) return refused(() => `HTTP ${response.status}`);
        if (!reply.ok) {
          const { message } = reply;
          return refused((l) => message[l], reply.details ?? []);
        }
        // The server's event for this version arrives too; the bytes are ours, so nothing is redrawn.
        lastText = toJsonText(doc);
        update({ ...view, replacedEdits: false });
        return { ok: true, text: (l) => t(l, "live.saved", { file }) };
      },
    };
    let first = true;
    const events = new EventSource(LIVE_EVENTS);
    events.addEventListener("open", () => update({ ...view, connected: true }));
    events.addEventListener("error", () => update({ ...view, connected: false }));
    events.addEventListener("file", (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as LiveFileEvent;
      if (!view.connected) update({ ...view, connected: true });
      void follow(event).then(() => {
        if (!first) return;
        first = false;
        // A file that can't be drawn at start: an empty diagram under its problems, not the
        // browser's autosave of something else (that stays one undo away).
        if (view.problem)
          topologyStore
            .getState()
            .replaceDocument(emptyTopology(), textOf("history.open", { name: view.name }));
        resolve(session);
      });
    });
  });
}

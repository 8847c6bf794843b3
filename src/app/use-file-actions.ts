// Opening and saving topology files. Open reads JSON, YAML or an image exported by ec2viz (by the
// "Open…" button or by dropping the file on the window); a file that doesn't parse or breaks an
// AWS rule is refused with its problems listed and the current diagram stays as it is.
import {
  createElement,
  Fragment,
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react";
import { countText } from "../i18n/face-strings.ts";
import { withLaterWords } from "../i18n/load-language.ts";
import { t, textOf } from "../i18n/strings.ts";
import { downloadBlob, exportFileName } from "../io/download.ts";
import { formatBytes, LARGE_OPEN_BYTES, MAX_FILE_BYTES } from "../io/limits.ts";
import { OPEN_ACCEPT } from "../io/open-accept.ts";
import type { Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import { topologyStore } from "../state/use-topology-store.ts";
import { rememberRuleRecords } from "./diagnose.ts";
import type { PendingImport } from "./ImportDialog.tsx";
import { LiveSaveContext } from "./live/live-context.ts";
import { linesOf, type Notice } from "./NoticeArea.tsx";
import { refusedForErrors } from "./open-anyway.ts";

// The import report's dialog (and its report wording) is fetched when an import has a report to
// show, not before the first picture (issue #14, initial JS).
const ImportDialog = lazy(
  withLaterWords(() => import("./ImportDialog.tsx").then((m) => ({ default: m.ImportDialog }))),
);
/** Save's file writer (its refusals are later words). */
const loadFileIo = withLaterWords(() => import("./file-io.ts"));

export interface FileActions {
  chooseFile: () => void;
  save: () => void;
  /** Why Save is off (live preview of a file Save can't write); undefined when it works. */
  saveBlocked?: string;
  /** The hidden file input the "Open…" button clicks; render it once. */
  input: ReactNode;
}

interface Options {
  doc: Topology;
  lang: Lang;
  say: (notice: Notice | null) => void;
  /** Told after a file replaced the document (to fit the view). */
  onOpened: () => void;
}

/**
 * Resolves once the page has painted what is on it now (the frame after the next one starts), or
 * after 250 ms where frames don't come (a hidden tab).
 */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    setTimeout(resolve, 250);
  });

/** An import waiting for the person to read its report and choose Import or Cancel. */
type Offer = PendingImport & { doc: Topology };

/**
 * Reads one file; replaces the document only when it has no error. AWS CLI output, CloudFormation
 * templates and Terraform JSON are imported instead (several files at once, like an AWS CLI bundle
 * of one file per command): their report is offered first (`offer`).
 */
async function openFile(
  files: File[],
  lang: Lang,
  say: Options["say"],
  onOpened: () => void,
  offer: (pending: Offer) => void,
): Promise<void> {
  const file = files[0];
  if (!file) return;
  // A large file keeps the page busy while it is read and drawn: say so first, and let it paint.
  const size = files.reduce((n, f) => n + f.size, 0);
  if (size >= LARGE_OPEN_BYTES && size <= MAX_FILE_BYTES) {
    say({
      tone: "info",
      text: (l) => t(l, "app.openingLarge", { file: file.name, size: formatBytes(size) }),
    });
    await afterPaint();
  }
  // The readers (YAML, images, CloudFormation, Terraform), the schema and the rules run in a worker.
  const { readFilesOffPage } = await import("./read-off-page.ts");
  const read = await readFilesOffPage(files, lang);
  const names = files.map((f) => f.name).join(", ");
  if (read.kind === "refused") {
    const { reason } = read;
    say({
      tone: "error",
      text: read.asImport
        ? (l) => t(l, "import.failed", { file: names })
        : (l) => `${t(l, "app.openFailed", { file: file.name })}${reason ? ` ${reason[l]}` : ""}`,
      details: linesOf(read.details),
    });
    return;
  }
  if (read.kind === "import") {
    offer({ file: names, report: read.report, doc: read.doc });
    return;
  }
  const { doc, diagnostics, errors } = read;
  rememberRuleRecords(doc, read.rules);
  const replace = () => {
    topologyStore.getState().replaceDocument(doc, textOf("history.open", { name: file.name }));
    onOpened();
  };
  if (errors.length > 0) {
    // Refused, the errors listed; opened only when asked (the same as a share link: open-anyway.ts).
    const text = (l: Lang) => t(l, "app.openFailed", { file: file.name });
    say(refusedForErrors({ text, errors, source: () => file.name, open: replace, say }));
    return;
  }
  replace();
  const warnings = diagnostics.length;
  say({
    tone: "info",
    text: (l) =>
      warnings === 0
        ? t(l, "app.opened", { file: file.name })
        : t(l, "app.openedWithWarnings", { file: file.name, warnings: countText(l, "warning", warnings) }),
  });
}

export function useFileActions({ doc, lang, say, onOpened }: Options): FileActions {
  const inputRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Offer | null>(null);
  const open = useCallback(
    (files: File[]) => void openFile(files, lang, say, onOpened, setPending),
    [lang, say, onOpened],
  );

  // Live preview (`ec2viz serve`): Save writes the served file instead of downloading.
  const live = useContext(LiveSaveContext);
  const save = useCallback(() => {
    if (live) return live.save(doc, say);
    void loadFileIo().then(async ({ jsonTextParts, nextStep }) => {
      const file = exportFileName(doc.name, "json");
      // Written in parts, a new task each: in one, 100,000 instances held the page for 1.5 s of CPU.
      // Each part becomes bytes in its own task too (a Blob of its text): one Blob of every part's
      // text encoded all 49 MB at once, a task of ~360 ms CPU; a Blob of Blobs copies nothing.
      const parts: Blob[] = [];
      for (const part of jsonTextParts(doc)) {
        parts.push(new Blob([part]));
        await nextStep();
      }
      downloadBlob(new Blob(parts, { type: "application/json;charset=utf-8" }), file);
      say({ tone: "info", text: (l) => t(l, "app.saved", { file }) });
    });
  }, [doc, say, live]);

  // A file dropped anywhere on the window opens (palette drags are handled by the canvas).
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes("Files") ?? false;
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const onDrop = (e: DragEvent) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (!hasFiles(e) || files.length === 0) return;
      e.preventDefault();
      open(files);
    };
    window.addEventListener("dragover", onDragOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragover", onDragOver);
      window.removeEventListener("drop", onDrop);
    };
  }, [open]);

  const input = createElement("input", {
    ref: inputRef,
    type: "file",
    accept: OPEN_ACCEPT,
    hidden: true,
    "aria-hidden": true,
    tabIndex: -1,
    multiple: true,
    onChange: (e: { currentTarget: HTMLInputElement }) => {
      const files = [...(e.currentTarget.files ?? [])];
      e.currentTarget.value = ""; // the same file can be chosen again
      if (files.length > 0) open(files);
    },
  });

  const dialog =
    pending &&
    createElement(
      Suspense,
      { fallback: null },
      createElement(ImportDialog, {
        key: pending.file,
        file: pending.file,
        report: pending.report,
        lang,
        onImport: () => {
          setPending(null);
          topologyStore
            .getState()
            .replaceDocument(pending.doc, textOf("history.import", { name: pending.file }));
          onOpened();
          const { file } = pending;
          say({ tone: "info", text: (l) => t(l, "import.done", { file }) });
        },
        onCancel: () => {
          setPending(null);
          say({ tone: "info", text: (l) => t(l, "import.cancelled") });
        },
      }),
    );

  return {
    chooseFile: () => inputRef.current?.click(),
    save,
    ...(live?.blocked(lang) ? { saveBlocked: live.blocked(lang) } : {}),
    input: createElement(Fragment, null, input, dialog),
  };
}

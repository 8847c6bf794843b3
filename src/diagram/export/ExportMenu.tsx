// The toolbar's "Export" button and its panel: images (PNG, SVG) at a scale and background,
// the topology file (JSON, YAML), copying the PNG, and a share link. Props only; all the work is
// done by the pure and browser modules in src/io.
import "./export-menu.css";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { type StringKey, type StringParams, t as text } from "../../i18n/strings.ts";
import type { EXPORT_SCALES } from "../../io/canvas-limits.ts";
import { downloadBlob, exportFileName } from "../../io/download.ts";
import type { ExportInput } from "../../io/export-input.ts";
import type { ExportBackground } from "../../io/svg-render.ts";
import type { Lang } from "../../model/diagnostics.ts";

/** The Export menu's words: the catalog's `export.*` entries. */
type ExportWord = StringKey extends infer K ? (K extends `export.${infer W}` ? W : never) : never;

/** What the notice area says: worded when drawn, so a switch of language words it again. */
interface ExportMessage {
  tone: "info" | "error";
  text: (lang: Lang) => string;
}

interface ExportMenuProps {
  /** Called at the moment of export: the current document (and, if at hand, its layout or nodes). */
  getExportInput: () => ExportInput;
  lang: Lang;
  /** Success and failure messages for the app's notice area; null clears it. */
  onMessage: (message: ExportMessage | null) => void;
  /** Page address the share link starts with (default: this page without its query and fragment). */
  shareBaseUrl?: string;
}

type Action = "png" | "svg" | "json" | "yaml" | "drawio" | "cloudformation" | "copyPng" | "copyLink";

/** A PNG past the browser's canvas limits: what was asked, and the two ways forward. */
interface TooLarge {
  action: "png" | "copyPng";
  scale: number;
  /** The largest scale that fits (0: none). */
  fit: number;
  text: string;
}

/** Thrown through the clipboard's promise when the PNG to copy is past the canvas limits. */
class TooLargeToCopy extends Error {
  constructor(readonly offer: TooLarge) {
    super(offer.text);
  }
}
type Scale = (typeof EXPORT_SCALES)[number];

const SCALES: readonly Scale[] = [1, 2, 3];
const BACKGROUNDS: readonly ExportBackground[] = ["white", "dark", "transparent"];

export function ExportMenu({ getExportInput, lang, onMessage, shareBaseUrl }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState<Scale>(2);
  const [background, setBackground] = useState<ExportBackground>("white");
  const [busy, setBusy] = useState<Action | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState<TooLarge | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  /** The image being drawn can be stopped; set while a PNG or SVG is in the works. */
  const stop = useRef<AbortController | null>(null);
  const [stoppable, setStoppable] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const t = (key: ExportWord, params?: StringParams) => text(lang, `export.${key}`, params);
  /** The same words for a message, in whichever language is shown when it is drawn. */
  const said = (key: ExportWord, params?: StringParams) => (l: Lang) => text(l, `export.${key}`, params);

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  // Escape or a click elsewhere closes the panel.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.stopPropagation();
        close(true);
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) close(false);
    };
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open, close]);

  const run = async (action: Action, override: { scale?: number; strips?: boolean } = {}) => {
    if (busy) return;
    setBusy(action);
    setTooLarge(null);
    setProgress(null);
    setCancelled(false);
    onMessage(null);
    const input = getExportInput();
    const doc = input.doc;
    const at = override.scale ?? scale;
    const options = { scale: at, background, ...(override.strips ? { strips: true } : {}) };
    const onProgress = (done: number, total: number) => setProgress(Math.floor((100 * done) / total));
    let io: typeof import("./export-io.ts") | undefined;
    try {
      io = await import("./export-io.ts");
      const { clipboardMessage, copyPngToClipboard, copyText, imageInWorker, makeShareUrl } = io;
      const { toJsonText, tooLargeOffer } = io;
      switch (action) {
        case "png":
        case "svg": {
          stop.current = new AbortController();
          setStoppable(true);
          const made = await imageInWorker(input, action, options, lang, onProgress, stop.current.signal);
          if (!made.ok) {
            setTooLarge({
              action: "png",
              scale: at,
              fit: made.fit,
              text: tooLargeOffer(made.tooLarge, at, made.fit, lang),
            });
            break;
          }
          const file = exportFileName(doc.name, action);
          downloadBlob(made.blob, file);
          onMessage({
            tone: "info",
            text: said("exportedImage", { file, width: made.width, height: made.height }),
          });
          close(true);
          break;
        }
        case "json": {
          const file = exportFileName(doc.name, action);
          downloadBlob(new Blob([toJsonText(doc)], { type: "application/json;charset=utf-8" }), file);
          onMessage({ tone: "info", text: said("exported", { file }) });
          close(true);
          break;
        }
        case "drawio": {
          // The canvas's own layout when it has one, so the file shows what is on screen; made in
          // the worker, as the images are (on the page, 100,000 instances held it for 8 s of CPU).
          stop.current = new AbortController();
          setStoppable(true);
          const blob = await io.drawioInWorker(input, lang, stop.current.signal);
          const file = exportFileName(doc.name, "drawio");
          downloadBlob(blob, file);
          onMessage({ tone: "info", text: said("exported", { file }) });
          close(true);
          break;
        }
        case "yaml":
        case "cloudformation": {
          // The topology as YAML, or a template that deploys it (YAML; what a template can't say
          // follows the message). Written in a worker: on the page, 50,000 instances held it for
          // 1.6 s (YAML) and 11 s (template).
          stop.current = new AbortController();
          setStoppable(true);
          const made = await io.exportTextInWorker(doc, action, stop.current.signal);
          if (!made) throw new io.ExportError("cancelled", "cancelled");
          if (!made.ok)
            throw "reason" in made
              ? new io.ExportError("not-deployable", made.reason[lang])
              : new Error(made.failed);
          const file = exportFileName(doc.name, action === "yaml" ? "yaml" : "cfn.yaml");
          downloadBlob(made.blob, file);
          const notes = (l: Lang) => made.notes.map((n) => n[l]);
          onMessage({ tone: "info", text: (l) => [said("exported", { file })(l), ...notes(l)].join(" ") });
          close(true);
          break;
        }
        case "copyPng": {
          // The clipboard write starts inside the click (Safari), with the PNG still being drawn.
          const png = imageInWorker(input, "png", options, lang).then((made) => {
            if (made.ok) return made.blob;
            const text = tooLargeOffer(made.tooLarge, at, made.fit, lang);
            throw new TooLargeToCopy({ action: "copyPng", scale: at, fit: made.fit, text });
          });
          const result = await copyPngToClipboard(png);
          onMessage({ tone: result.ok ? "info" : "error", text: (l) => clipboardMessage("png", result, l) });
          if (result.ok) close(true);
          break;
        }
        case "copyLink": {
          // Without the query: "?example=…" there would replace the shared document on opening.
          const base = shareBaseUrl ?? `${window.location.origin}${window.location.pathname}`;
          // Compressed in slices (the page stays responsive), refused past what a link may carry.
          const made = await makeShareUrl(doc, base);
          if (!made.ok) {
            setLink(null);
            const { shareLinkTooLongMessage } = io;
            onMessage({ tone: "error", text: (l) => shareLinkTooLongMessage(l) });
            break;
          }
          const url = made.url;
          setLink(url);
          const result = await copyText(url);
          onMessage({ tone: result.ok ? "info" : "error", text: (l) => clipboardMessage("link", result, l) });
          break;
        }
      }
    } catch (error) {
      if (error instanceof TooLargeToCopy) {
        setTooLarge(error.offer);
        return;
      }
      if (io !== undefined && error instanceof io.ExportError && error.kind === "cancelled") {
        setCancelled(true);
        return;
      }
      const known = io !== undefined && error instanceof io.ExportError;
      const reason = known ? (error as Error).message : String((error as Error)?.message ?? error);
      // A known error's reason was worded when it was thrown (in the language of that moment).
      onMessage({ tone: "error", text: known ? () => reason : said("failed", { reason }) });
    } finally {
      stop.current = null;
      setStoppable(false);
      setBusy(null);
      setProgress(null);
    }
  };

  const item = (action: Action) => (
    <button
      type="button"
      className="export-menu__item"
      onClick={() => void run(action)}
      disabled={busy !== null}
      aria-busy={busy === action}
      // Public names stay English in every UI language (scripts click "PNG image"); the text follows the UI.
      aria-label={text("en", `export.${action}`)}
    >
      {t(action)}
    </button>
  );

  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        ref={button}
        aria-haspopup="dialog"
        aria-label={text("en", "export.export")}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          setOpen((o) => !o);
          setLink(null);
        }}
      >
        {t("export")}
      </button>
      {open && (
        <div className="export-menu__panel" role="dialog" aria-label={t("dialog")} id={panelId}>
          <fieldset className="export-menu__choices">
            <legend>{t("scale")}</legend>
            {SCALES.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name={`${panelId}-scale`}
                  checked={scale === s}
                  onChange={() => setScale(s)}
                />
                {s}×
              </label>
            ))}
          </fieldset>
          <fieldset className="export-menu__choices">
            <legend>{t("background")}</legend>
            {BACKGROUNDS.map((b) => (
              <label key={b}>
                <input
                  type="radio"
                  name={`${panelId}-background`}
                  checked={background === b}
                  onChange={() => setBackground(b)}
                />
                {t(b)}
              </label>
            ))}
          </fieldset>
          <fieldset className="export-menu__group" aria-label={t("images")}>
            {item("png")}
            {item("svg")}
            {item("copyPng")}
          </fieldset>
          <fieldset className="export-menu__group" aria-label={t("files")}>
            {item("json")}
            {item("yaml")}
          </fieldset>
          <fieldset className="export-menu__group" aria-label={t("handOff")}>
            {item("drawio")}
            {item("cloudformation")}
          </fieldset>
          <fieldset className="export-menu__group" aria-label={t("share")}>
            {item("copyLink")}
            {link && (
              <input
                className="export-menu__link"
                readOnly
                value={link}
                aria-label={t("shareLink")}
                onFocus={(e) => e.currentTarget.select()}
              />
            )}
          </fieldset>
          {tooLarge && (
            <div className="export-menu__too-large" role="alert">
              <p>{tooLarge.text}</p>
              {tooLarge.fit > 0 && (
                <button
                  type="button"
                  className="export-menu__item"
                  disabled={busy !== null}
                  onClick={() => void run(tooLarge.action, { scale: tooLarge.fit })}
                  aria-label={`${text("en", "export.atFit")} (${tooLarge.fit}×)`}
                >
                  {`${t("atFit")} (${tooLarge.fit}×)`}
                </button>
              )}
              {tooLarge.action === "png" && (
                <button
                  type="button"
                  className="export-menu__item"
                  disabled={busy !== null}
                  onClick={() => void run("png", { scale: tooLarge.scale, strips: true })}
                  aria-label={`${text("en", "export.inStrips")} (${tooLarge.scale}×)`}
                >
                  {`${t("inStrips")} (${tooLarge.scale}×)`}
                </button>
              )}
            </div>
          )}
          <div className="export-menu__status" role="status">
            {busy
              ? progress === null
                ? t("working")
                : t("drawing", { percent: progress })
              : cancelled
                ? t("cancelled")
                : ""}
          </div>
          {stoppable && (
            <button
              type="button"
              className="export-menu__item"
              onClick={() => stop.current?.abort()}
              aria-label={text("en", "export.cancel")}
            >
              {t("cancel")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

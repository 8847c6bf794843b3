// The toolbar's "Export" button and its panel: images (PNG, SVG) at a scale and background,
// the topology file (JSON, YAML), copying the PNG, and a share link. Props only; all the work is
// done by the pure and browser modules in src/io.
import "./export-menu.css";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { EXPORT_SCALES } from "../../io/canvas-limits.ts";
import { downloadBlob, exportFileName } from "../../io/download.ts";
import type { ExportInput } from "../../io/export-input.ts";
import type { ImageOptions } from "../../io/image-export.ts";
import type { ExportBackground } from "../../io/svg-render.ts";
import type { Lang } from "../../model/diagnostics.ts";
import { exportText } from "./export-text.ts";

export interface ExportMessage {
  tone: "info" | "error";
  text: string;
}

export interface ExportMenuProps {
  /** Called at the moment of export: the current document (and, if at hand, its layout or nodes). */
  getExportInput: () => ExportInput;
  lang: Lang;
  /** Success and failure messages for the app's notice area; null clears it. */
  onMessage: (message: ExportMessage | null) => void;
  /** Page address the share link starts with (default: this page without its query and fragment). */
  shareBaseUrl?: string;
}

type Action = "png" | "svg" | "json" | "yaml" | "drawio" | "cloudformation" | "copyPng" | "copyLink";
type Scale = (typeof EXPORT_SCALES)[number];

const SCALES: readonly Scale[] = [1, 2, 3];
const BACKGROUNDS: readonly ExportBackground[] = ["white", "dark", "transparent"];

export function ExportMenu({ getExportInput, lang, onMessage, shareBaseUrl }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState<Scale>(2);
  const [background, setBackground] = useState<ExportBackground>("white");
  const [busy, setBusy] = useState<Action | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const t = (key: Parameters<typeof exportText>[1], params?: Record<string, string | number>) =>
    exportText(lang, key, params);

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

  const run = async (action: Action) => {
    if (busy) return;
    setBusy(action);
    onMessage(null);
    const input = getExportInput();
    const doc = input.doc;
    const options: ImageOptions = { scale, background };
    let io: typeof import("./export-io.ts") | undefined;
    try {
      io = await import("./export-io.ts");
      const { clipboardMessage, copyPngToClipboard, copyText, exportFrame, pngBlob, sceneForExport } = io;
      const { shareUrl, svgBlob, toJsonText, toYamlText } = io;
      switch (action) {
        case "png":
        case "svg": {
          const scene = await sceneForExport(input, lang);
          const blob =
            action === "png" ? await pngBlob(scene, doc, options, lang) : svgBlob(scene, doc, options, lang);
          const file = exportFileName(doc.name, action);
          downloadBlob(blob, file);
          const frame = exportFrame(scene);
          const size = { width: Math.round(frame.width * scale), height: Math.round(frame.height * scale) };
          onMessage({ tone: "info", text: t("exportedImage", { file, ...size }) });
          close(true);
          break;
        }
        case "json":
        case "yaml": {
          const text = action === "json" ? toJsonText(doc) : toYamlText(doc);
          const type = action === "json" ? "application/json" : "application/yaml";
          const file = exportFileName(doc.name, action);
          downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), file);
          onMessage({ tone: "info", text: t("exported", { file }) });
          close(true);
          break;
        }
        case "drawio": {
          // The canvas's own layout when it has one, so the file shows what is on screen.
          const made = io.drawioText(doc, lang, input.collapsed ?? [], input.diagnostics ?? [], input.layout);
          if (!made.ok) throw new io.ExportError("empty-diagram", made.reason);
          const file = exportFileName(doc.name, "drawio");
          downloadBlob(new Blob([made.text], { type: "application/vnd.jgraph.mxfile;charset=utf-8" }), file);
          onMessage({ tone: "info", text: t("exported", { file }) });
          close(true);
          break;
        }
        case "cloudformation": {
          // A template that deploys the topology (YAML); what a template can't say follows the message.
          const made = io.cloudFormationText(doc, "yaml");
          if (!made.ok) throw new io.ExportError("not-deployable", made.reason[lang]);
          const file = exportFileName(doc.name, "cfn.yaml");
          downloadBlob(new Blob([made.text], { type: "application/yaml;charset=utf-8" }), file);
          const notes = made.notes.map((n) => n[lang]);
          onMessage({ tone: "info", text: [t("exported", { file }), ...notes].join(" ") });
          close(true);
          break;
        }
        case "copyPng": {
          const png = sceneForExport(input, lang).then((scene) => pngBlob(scene, doc, options, lang));
          const result = await copyPngToClipboard(png);
          onMessage({ tone: result.ok ? "info" : "error", text: clipboardMessage("png", result, lang) });
          if (result.ok) close(true);
          break;
        }
        case "copyLink": {
          // Without the query: "?example=…" there would replace the shared document on opening.
          const base = shareBaseUrl ?? `${window.location.origin}${window.location.pathname}`;
          const url = shareUrl(doc, base);
          setLink(url);
          const result = await copyText(url);
          onMessage({ tone: result.ok ? "info" : "error", text: clipboardMessage("link", result, lang) });
          break;
        }
      }
    } catch (error) {
      const known = io !== undefined && error instanceof io.ExportError;
      const reason = known ? (error as Error).message : String((error as Error)?.message ?? error);
      onMessage({ tone: "error", text: known ? reason : t("failed", { reason }) });
    } finally {
      setBusy(null);
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
      aria-label={exportText("en", action)}
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
        aria-label={exportText("en", "export")}
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
          <div className="export-menu__status" role="status">
            {busy ? t("working") : ""}
          </div>
        </div>
      )}
    </div>
  );
}

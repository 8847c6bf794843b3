// Copying to the clipboard, with a plain answer when the browser can't (no ClipboardItem, no
// permission, page not in a secure context) so the UI can say so instead of failing silently.
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";

type ClipboardResult = { ok: true } | { ok: false; reason: "unsupported" | "denied" };

/**
 * Copies a PNG. Takes a promise so the clipboard write starts inside the click (Safari requires
 * that) while the image is still being drawn.
 */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<ClipboardResult> {
  if (typeof ClipboardItem === "undefined" || !navigator.clipboard?.write) {
    png.catch(() => {});
    return { ok: false, reason: "unsupported" };
  }
  const item = new ClipboardItem({ "image/png": png });
  try {
    await navigator.clipboard.write([item]);
    return { ok: true };
  } catch (error) {
    // A failure to draw the image is the caller's to report, not a clipboard problem.
    await png;
    return {
      ok: false,
      reason: error instanceof DOMException && error.name === "NotAllowedError" ? "denied" : "unsupported",
    };
  }
}

export async function copyText(text: string): Promise<ClipboardResult> {
  if (!navigator.clipboard?.writeText) return { ok: false, reason: "unsupported" };
  try {
    await navigator.clipboard.writeText(text);
    return { ok: true };
  } catch {
    return { ok: false, reason: "denied" };
  }
}

export function clipboardMessage(what: "png" | "link", result: ClipboardResult, lang: Lang): string {
  if (result.ok) return t(lang, what === "png" ? "io.clipboard.pngCopied" : "io.clipboard.linkCopied");
  if (result.reason === "denied") return t(lang, "io.clipboard.denied");
  return t(lang, what === "png" ? "io.clipboard.pngUnsupported" : "io.clipboard.linkUnsupported");
}

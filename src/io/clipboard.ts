// Copying to the clipboard, with a plain answer when the browser can't (no ClipboardItem, no
// permission, page not in a secure context) so the UI can say so instead of failing silently.
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
  const ko = lang === "ko";
  if (result.ok)
    return what === "png"
      ? ko
        ? "PNG 이미지를 클립보드에 복사했습니다."
        : "Copied the PNG image to the clipboard."
      : ko
        ? "공유 링크를 클립보드에 복사했습니다. 토폴로지는 링크 안에만 있고 서버로 보내지지 않습니다."
        : "Copied the share link. The topology travels inside the link; nothing is sent to a server.";
  if (result.reason === "denied")
    return ko
      ? "브라우저가 클립보드 사용을 허락하지 않았습니다. 사이트 권한을 확인하세요."
      : "The browser did not allow access to the clipboard. Check the site's permissions.";
  return what === "png"
    ? ko
      ? "이 브라우저는 이미지를 클립보드에 복사할 수 없습니다. PNG 이미지로 내려받아 주세요."
      : "This browser can't copy images to the clipboard. Download the PNG image instead."
    : ko
      ? "이 브라우저는 클립보드에 복사할 수 없습니다. 아래 링크를 직접 복사하세요."
      : "This browser can't copy to the clipboard. Copy the link below by hand.";
}

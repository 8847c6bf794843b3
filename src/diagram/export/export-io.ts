// Everything the Export menu runs, in one module the menu loads on first use: the image worker's
// client, YAML, compression for share links and the clipboard stay out of the first download.
export { tooLargeOffer } from "../../io/canvas-limits.ts";
export { clipboardMessage, copyPngToClipboard, copyText } from "../../io/clipboard.ts";
export { exportTextInWorker } from "../../io/export-text.ts";
export { drawioInWorker, ExportError, imageInWorker } from "../../io/image-export.ts";
export { toJsonText } from "../../io/serialize.ts";
export { makeShareUrl, shareLinkTooLongMessage } from "../../io/share-link.ts";

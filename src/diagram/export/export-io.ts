// Everything the Export menu runs, in one module the menu loads on first use: the SVG/PNG
// renderer, YAML, compression for share links and the clipboard stay out of the first download.
export { clipboardMessage, copyPngToClipboard, copyText } from "../../io/clipboard.ts";
export { cloudFormationText } from "../../io/cloudformation.ts";
export { drawioText } from "../../io/drawio-export.ts";
export { sceneForExport } from "../../io/export-input.ts";
export { ExportError, pngBlob, svgBlob } from "../../io/image-export.ts";
export { toJsonText, toYamlText } from "../../io/serialize.ts";
export { shareUrl } from "../../io/share-link.ts";
export { exportFrame } from "../../io/svg-render.ts";

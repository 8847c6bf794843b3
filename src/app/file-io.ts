// What opening and saving files needs, loaded on first use (YAML, PNG/SVG metadata, compression).

export { nextStep } from "../io/next-task.ts";
export { openFileErrorMessage, openTopologyFile } from "../io/open-file.ts";
export { parseTopologyText } from "../io/parse.ts";
export { parseErrorText } from "../io/parse-messages.ts";
export { jsonTextParts } from "../io/serialize.ts";

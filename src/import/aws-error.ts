// An error AWS returned, saved where its output was expected: the AWS CLI's own line ("An error
// occurred (Code) when calling the Operation operation: message", what `2>&1 > file` captures) or a
// JSON error response ({"Error": {"Code", "Message"}}). The import names it with AWS's code and
// message instead of "Not recognised". Both come from outside: shown escaped and cut short.

import type { LocalText } from "../i18n/text.ts";
import { importText } from "./messages.ts";

interface AwsError {
  code: string;
  message: string;
  operation?: string;
  /** The line of the file it is on (1 for a JSON response, which is read whole). */
  line: number;
}

const LONGEST_CODE = 64;
const LONGEST_MESSAGE = 300;

/** The AWS CLI's line: "(reached max retries: 4)" may come between the operation and the message. */
const CLI_LINE =
  /^\s*An error occurred \(([^()\r\n]{1,200})\)(?: when calling the (\w{1,100}) operation)?(?: \(reached max retries: \d+\))?: ?(.*)$/;

/** The AWS CLI's error line in a text file, when the text holds one. */
export function awsErrorInText(text: string): AwsError | undefined {
  const lines = text.split(/\r?\n/, 1000);
  for (let i = 0; i < lines.length; i++) {
    const m = CLI_LINE.exec(lines[i] as string);
    if (!m) continue;
    // The message may go on over the lines that follow (an encoded authorization message does).
    const rest = lines.slice(i + 1, i + 20).join(" ");
    return {
      code: m[1] as string,
      message: `${m[3] ?? ""} ${rest}`.trim(),
      ...(m[2] ? { operation: m[2] } : {}),
      line: i + 1,
    };
  }
  return undefined;
}

/** A JSON error response: {"Error": {"Code": ..., "Message": ...}} (an Errors list holds the same). */
export function awsErrorInJson(value: unknown): AwsError | undefined {
  if (!isRecord(value)) return undefined;
  const errors = isRecord(value.Errors) ? value.Errors.Error : value.Errors;
  const error = value.Error ?? (Array.isArray(errors) ? errors[0] : errors);
  if (!isRecord(error) || typeof error.Code !== "string") return undefined;
  return { code: error.Code, message: typeof error.Message === "string" ? error.Message : "", line: 1 };
}

/** What the import says of it: AWS's code and message (escaped, bounded), and what to do. */
export function awsErrorText(error: AwsError): LocalText {
  const code = shown(error.code, LONGEST_CODE);
  const message = shown(error.message, LONGEST_MESSAGE) || "-";
  return error.operation === undefined
    ? importText("import.awsError", { code, message })
    : importText("import.awsErrorCalling", {
        code,
        message,
        operation: shown(error.operation, LONGEST_CODE),
      });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Control and direction characters as \u escapes; past `max` characters, cut with "…". */
function shown(text: string, max: number): string {
  const escaped = text.trim().replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const chars = [...escaped];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : escaped;
}

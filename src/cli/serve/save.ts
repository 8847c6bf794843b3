// The checks a save from the app passes before `ec2viz serve` writes it to the file: the file is
// a topology file (not an image or an imported template), nothing changed it since the app drew it,
// the body is a topology the app's own reader accepts, and it breaks no rule with an error. The
// text written keeps the file's format (JSON stays JSON, YAML stays YAML). Pure: no I/O here.

import { textOf } from "../../i18n/strings.ts";
import type { LocalText } from "../../i18n/text.ts";
import type { LiveReadOnly, LiveSaveReply } from "../../io/live-protocol.ts";
import type { TextFormat } from "../../io/parse.ts";
import { topologyFromData } from "../../io/parse.ts";
import { diagnosticLine, parseErrorText } from "../../io/parse-messages.ts";
import { toJsonText, toYamlText } from "../../io/serialize.ts";
import { LANGS, type Lang } from "../../model/diagnostics.ts";
import { checkRules, localizeDiagnostic } from "../../model/validate.ts";

export interface SaveTarget {
  /** The revision of the file as the server last read or wrote it. */
  rev: number;
  name: string;
  format: TextFormat;
  readOnly?: LiveReadOnly;
}

type SaveCheck =
  | { ok: true; text: string }
  | { ok: false; status: 400 | 409 | 422; reply: Extract<LiveSaveReply, { ok: false }> };

/** The same words in each language: the app shows the reply in whichever the person switches to. */
const inEach = (word: (lang: Lang) => string): LocalText =>
  Object.fromEntries(LANGS.map((lang) => [lang, word(lang)])) as unknown as LocalText;

export function checkSave(body: string, target: SaveTarget): SaveCheck {
  let request: { baseRev?: unknown; doc?: unknown };
  try {
    request = JSON.parse(body) as typeof request;
  } catch {
    request = {};
  }
  const fail = (
    status: 400 | 409 | 422,
    reason: Extract<LiveSaveReply, { ok: false }>["reason"],
    message: LocalText,
    details?: LocalText[],
  ): SaveCheck => ({
    ok: false,
    status,
    reply: { ok: false, reason, message, ...(details ? { details } : {}) },
  });
  if (typeof request !== "object" || request === null || typeof request.baseRev !== "number")
    return fail(400, "refused", textOf("cli.save.malformed"));
  if (target.readOnly)
    return fail(
      409,
      "read-only",
      textOf(target.readOnly === "image" ? "cli.save.image" : "cli.save.imported", { file: target.name }),
    );
  if (request.baseRev !== target.rev)
    return fail(409, "conflict", textOf("cli.save.conflict", { file: target.name }));
  const parsed = topologyFromData(request.doc);
  if (!parsed.ok) {
    const { error } = parsed;
    const text = (lang: Lang) => parseErrorText(error, lang);
    const details =
      error.kind === "schema"
        ? error.diagnostics.map((d) => inEach((lang) => diagnosticLine(localizeDiagnostic(d, lang))))
        : text("en").details.map((_, i) => inEach((lang) => text(lang).details[i] ?? ""));
    return fail(
      422,
      "invalid",
      inEach((lang) => text(lang).summary),
      details,
    );
  }
  // Found once, worded in each language (a big document's rules run once).
  const errors = checkRules(parsed.doc).filter((d) => d.severity === "error");
  if (errors.length > 0)
    return fail(
      422,
      "invalid",
      textOf("cli.save.hasErrors", { file: target.name }),
      errors.map((d) => inEach((lang) => diagnosticLine(localizeDiagnostic(d, lang)))),
    );
  return { ok: true, text: target.format === "yaml" ? toYamlText(parsed.doc) : toJsonText(parsed.doc) };
}

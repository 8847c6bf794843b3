// The checks a save from the app passes before `ec2viz serve` writes it to the file: the file is
// a topology file (not an image or an imported template), nothing changed it since the app drew it,
// the body is a topology the app's own reader accepts, and it breaks no rule with an error. The
// text written keeps the file's format (JSON stays JSON, YAML stays YAML). Pure: no I/O here.

import { interpolate } from "../../i18n/text.ts";
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

const langOf = (value: unknown): Lang =>
  (LANGS as readonly unknown[]).includes(value) ? (value as Lang) : "en";

export function checkSave(body: string, target: SaveTarget): SaveCheck {
  let request: { baseRev?: unknown; doc?: unknown; lang?: unknown };
  try {
    request = JSON.parse(body) as typeof request;
  } catch {
    request = {};
  }
  const lang = langOf(request?.lang);
  const ko = lang === "ko";
  const fail = (
    status: 400 | 409 | 422,
    reason: Extract<LiveSaveReply, { ok: false }>["reason"],
    message: string,
    details?: string[],
  ): SaveCheck => ({
    ok: false,
    status,
    reply: { ok: false, reason, message, ...(details ? { details } : {}) },
  });
  if (typeof request !== "object" || request === null || typeof request.baseRev !== "number")
    return fail(400, "refused", ko ? "저장 요청의 형식이 잘못되었습니다." : "The save request is malformed.");
  if (target.readOnly)
    return fail(
      409,
      "read-only",
      target.readOnly === "image"
        ? ko
          ? interpolate(
              "{name:은/는} ec2viz가 내보낸 이미지라서 다시 쓰지 않습니다. 이미지는 내보내기로 만드세요.",
              { name: target.name },
              "ko",
            )
          : `${target.name} is an image exported by ec2viz; it is not written back. Use Export to make a new one.`
        : ko
          ? interpolate(
              "{name:은/는} 가져오기로 읽은 파일(CloudFormation, Terraform, AWS CLI 출력)이라서 다시 쓰지 않습니다.",
              { name: target.name },
              "ko",
            )
          : `${target.name} was read through the importer (CloudFormation, Terraform, AWS CLI output); ec2viz doesn't write it back.`,
    );
  if (request.baseRev !== target.rev)
    return fail(
      409,
      "conflict",
      ko
        ? `${target.name} 파일이 디스크에서 바뀌었습니다. 새 내용으로 다시 그렸으니 확인하고 다시 저장하세요(실행 취소로 편집을 되돌릴 수 있습니다).`
        : `${target.name} changed on disk since this diagram was drawn. It has been redrawn; check it and save again (Undo brings your edits back).`,
    );
  const parsed = topologyFromData(request.doc);
  if (!parsed.ok) {
    const text = parseErrorText(parsed.error, lang);
    const details =
      parsed.error.kind === "schema"
        ? parsed.error.diagnostics.map((d) => diagnosticLine(localizeDiagnostic(d, lang)))
        : text.details;
    return fail(422, "invalid", text.summary, details);
  }
  const errors = checkRules(parsed.doc, lang).filter((d) => d.severity === "error");
  if (errors.length > 0)
    return fail(
      422,
      "invalid",
      ko
        ? `오류가 있는 토폴로지는 ${target.name}에 쓰지 않습니다. 먼저 오류를 고치세요.`
        : `A topology with errors is not written to ${target.name}; fix the errors first.`,
      errors.map(diagnosticLine),
    );
  return { ok: true, text: target.format === "yaml" ? toYamlText(parsed.doc) : toJsonText(parsed.doc) };
}

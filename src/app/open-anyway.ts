// A document with rule errors is refused the same way whether it comes from a file or a share link
// (#15, B15): its errors listed, the current diagram unchanged, and one explicit button to open it
// anyway (one undo step; its errors then show in the diagnostics like any other document's). So a
// file keeps issue 4's promise, and a link to a diagram that has errors on purpose (the showcase)
// still opens, when asked.
import { createElement } from "react";
import { countText } from "../i18n/face-strings.ts";
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import type { Notice } from "./NoticeArea.tsx";

/**
 * The refusal: `text` says what was refused, `errors` (one a line) why; "Open anyway" runs `open`
 * and then says what was opened (`source`, e.g. the file name) and how many errors it has.
 */
export function refusedForErrors(options: {
  lang: Lang;
  text: string;
  errors: readonly string[];
  source: string;
  open: () => void;
  say: (notice: Notice) => void;
}): Notice {
  const { lang, errors, source, open, say } = options;
  const openAnyway = () => {
    open();
    say({
      tone: "info",
      text: t(lang, "app.openedWithErrors", { source, errors: countText(lang, "error", errors.length) }),
    });
  };
  const button = createElement("button", { type: "button", onClick: openAnyway }, t(lang, "app.openAnyway"));
  return {
    tone: "error",
    text: options.text,
    details: errors,
    action: createElement("div", { className: "notice__action" }, button),
  };
}

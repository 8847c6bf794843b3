// A document with rule errors is refused the same way whether it comes from a file or a share link
// (#15, B15): its errors listed, the current diagram unchanged, and one explicit button to open it
// anyway (one undo step; its errors then show in the diagnostics like any other document's). So a
// file keeps issue 4's promise, and a link to a diagram that has errors on purpose (the showcase)
// still opens, when asked.
import { createElement } from "react";
import { countText } from "../i18n/face-strings.ts";
import { t } from "../i18n/strings.ts";
import type { LocalText } from "../i18n/text.ts";
import { linesOf, type Notice, type Worded } from "./NoticeArea.tsx";

/**
 * The refusal: `text` says what was refused, `errors` (one a line) why; "Open anyway" runs `open`
 * and then says what was opened (`source`, e.g. the file name) and how many errors it has.
 */
export function refusedForErrors(options: {
  text: Worded;
  errors: readonly LocalText[];
  source: Worded;
  open: () => void;
  say: (notice: Notice) => void;
}): Notice {
  const { errors, source, open, say } = options;
  const openAnyway = () => {
    open();
    say({
      tone: "info",
      text: (lang) =>
        t(lang, "app.openedWithErrors", {
          source: source(lang),
          errors: countText(lang, "error", errors.length),
        }),
    });
  };
  return {
    tone: "error",
    text: options.text,
    details: linesOf(errors),
    action: (lang) =>
      createElement(
        "div",
        { className: "notice__action" },
        createElement("button", { type: "button", onClick: openAnyway }, t(lang, "app.openAnyway")),
      ),
  };
}

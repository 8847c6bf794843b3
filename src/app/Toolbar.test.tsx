import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { textOf } from "../i18n/strings.ts";
import type { Lang } from "../i18n/text.ts";
import { Toolbar } from "./Toolbar.tsx";

const noop = () => {};

function toolbar(lang: Lang, history: { canUndo: boolean; canRedo: boolean }) {
  return renderToStaticMarkup(
    <Toolbar
      lang={lang}
      title="t"
      {...history}
      undoLabel={textOf("history.delete", { what: { en: "EC2 instance web-1", ko: "EC2 인스턴스 web-1" } })}
      redoLabel={textOf("history.changeRegion")}
      canDelete={false}
      errorCount={0}
      warningCount={0}
      diagnosticsOpen={false}
      onNew={noop}
      onOpen={noop}
      onSave={noop}
      onUndo={noop}
      onRedo={noop}
      onDelete={noop}
      onToggleDiagnostics={noop}
      onSwitchLanguage={noop}
      exportControl={null}
      search={null}
    />,
  );
}

/** The Undo/Redo buttons' opening tags. */
const button = (html: string, name: string) =>
  html.match(new RegExp(`<button[^>]*aria-label="${name}"[^>]*>`))?.[0];

describe("Toolbar undo and redo", () => {
  it("name the step in their tooltips, in the UI language, and keep their English names", () => {
    const en = toolbar("en", { canUndo: true, canRedo: true });
    expect(button(en, "Undo")).toContain('title="Undo: Delete EC2 instance web-1"');
    expect(button(en, "Redo")).toContain('title="Redo: Change Region"');
    const ko = toolbar("ko", { canUndo: true, canRedo: true });
    expect(button(ko, "Undo")).toContain('title="실행 취소: EC2 인스턴스 web-1 삭제"');
    expect(button(ko, "Redo")).toContain('title="다시 실행: 리전 변경"');
  });

  it("have no tooltip when there is nothing to take back or do again", () => {
    const html = toolbar("en", { canUndo: false, canRedo: false });
    expect(button(html, "Undo")).not.toContain("title=");
    expect(button(html, "Redo")).not.toContain("title=");
  });
});

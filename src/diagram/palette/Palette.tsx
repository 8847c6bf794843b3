// The component palette: drag an item onto the diagram, or select a container and activate an item
// (click, Enter or Space) to add it there. The parent decides what activation does.

import type { DragEvent } from "react";
import { t } from "../../i18n/strings.ts";
import type { Lang } from "../../model/diagnostics.ts";
import { PALETTE_KINDS, type PaletteKind } from "../../model/kind-labels.ts";
import { PaletteIcon } from "./PaletteIcon.tsx";
import { PALETTE_MIME, paletteLabel } from "./palette-kinds.ts";
import "./palette.css";

interface PaletteProps {
  lang: Lang;
  /** Click or keyboard activation: add this kind into the selected container. */
  onActivate: (kind: PaletteKind) => void;
  /** Optional: tells the canvas a palette drag started / ended (to highlight valid targets). */
  onDragKind?: (kind: PaletteKind | null) => void;
  /** Icons only (narrow windows); the names stay as accessible names and tooltips. */
  folded?: boolean;
}

export function Palette({ lang, onActivate, onDragKind, folded = false }: PaletteProps) {
  const start = (kind: PaletteKind) => (event: DragEvent<HTMLButtonElement>) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = "copy";
    onDragKind?.(kind);
  };
  return (
    <aside className={`palette${folded ? " is-folded" : ""}`} aria-label={t("en", "palette.heading")}>
      <h2 className="palette-heading">{t(lang, "palette.heading")}</h2>
      <p className="palette-hint" id="palette-hint">
        {t(lang, "palette.hint")}
      </p>
      <ul className="palette-list">
        {PALETTE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="palette-item"
              title={folded ? paletteLabel(kind, lang) : undefined}
              draggable={true}
              data-kind={kind}
              // The accessible name stays English in every language: scripts and tests rely on it.
              aria-label={paletteLabel(kind, "en")}
              aria-describedby="palette-hint"
              onClick={() => onActivate(kind)}
              onDragStart={start(kind)}
              onDragEnd={() => onDragKind?.(null)}
            >
              <PaletteIcon kind={kind} />
              {folded ? null : (
                <>
                  <span className="palette-label">{paletteLabel(kind, lang)}</span>
                  {lang === "en" ? null : (
                    <span className="palette-label-en" aria-hidden="true">
                      {paletteLabel(kind, "en")}
                    </span>
                  )}
                </>
              )}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}

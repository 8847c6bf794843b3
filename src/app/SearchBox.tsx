import { useId, useMemo, useState } from "react";
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import { kindLabel, labelKindIn } from "../model/kind-labels.ts";
import type { Topology } from "../model/schema.ts";
import { searchResources } from "../model/search.ts";
import { sharedIndex } from "../model/topology-index.ts";
import { listKey } from "../panels/combobox-keys.ts";

const NO_HITS: ReturnType<typeof searchResources> = [];

interface SearchBoxProps {
  doc: Topology;
  lang: Lang;
  onPick: (resourceId: string) => void;
}

/** A combobox: type a name, id or tag value; Enter picks the best match, or pick from the list. */
export function SearchBox({ doc, lang, onPick }: SearchBoxProps) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  // Searched only while the list shows: a query left in the box after a pick must not search the
  // whole document again on every edit (a 1,000-instance delete spent ~20 ms here).
  const listed = open && query !== "";
  const hits = useMemo(() => (listed ? searchResources(doc, query, 8) : NO_HITS), [listed, doc, query]);

  const pick = (id: string) => {
    onPick(id);
    setOpen(false);
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label={t(lang, "app.search")}
        aria-expanded={open && query !== ""}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t(lang, "app.searchPlaceholder")}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          // The list's keys, as the instance picker's (combobox-keys.ts); Enter with the list closed
          // still picks the best match of what is typed.
          const out = listKey({ open, active }, e.key, hits.length, () => 0);
          if (out.pickAt !== undefined) {
            const hit = hits[out.pickAt];
            if (hit) pick(hit.id);
          } else if (e.key === "Enter") {
            const hit = searchResources(doc, query, 8)[active];
            if (hit) pick(hit.id);
          } else if (out.handled) {
            setOpen(out.open);
            setActive(out.active);
          }
        }}
      />
      {listed && (
        <div id={listId} role="listbox" className="search__results" aria-label={t(lang, "app.search")}>
          {hits.length === 0 && <div className="search__empty">{t(lang, "app.searchNoMatch")}</div>}
          {hits.map((hit, i) => (
            <div
              key={hit.id}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(hit.id)}
              onKeyDown={() => {}}
            >
              <span className="search__label">{hit.label}</span>
              <span className="search__meta">
                {/* The app's index of this document: labelKindOf indexes it again for every subnet. */}
                {kindLabel(labelKindIn(sharedIndex(doc), hit.kind, hit.id), lang)} · {hit.id}
              </span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

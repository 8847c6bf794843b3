// The "Other instance" field of question 3. For a few instances the browser's select; for many, a
// combobox (a text field with a list of matches, as WAI-ARIA's editable combobox with list
// autocomplete) rather than a native select. Closed, it is
// one input whatever the document's size; open, it lists at most SHOWN_AT_MOST instances, and
// typing a name or id narrows them (issue #14: 10,000 options cost ~0.5 s of CPU on every click
// that opened an instance's details). What the keys do lives in instance-picker-state.ts.
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import type { LinkView } from "../explain/describe-format.ts";
import { reachControlText } from "../explain/describe-reachability.ts";
import type { Lang } from "../model/diagnostics.ts";
import { blurred, CLOSED, keyDown, listChoices, opened, type PickerState } from "./instance-picker-state.ts";

interface InstancePickerProps {
  /** The field's id: the form's label names it ("Other instance"). */
  id: string;
  lang: Lang;
  choices: readonly LinkView[];
  /** The chosen instance's id. */
  chosen: string;
  onChoose: (instanceId: string) => void;
}

/**
 * Up to this many other instances the field is the browser's own select (every option listed, as
 * it always was: a short list is quickest to scan, and scripts pick from it by label); past it, the
 * filtering combobox, whose cost doesn't grow with the document.
 */
export const SELECT_AT_MOST = 100;

export function InstancePicker(props: InstancePickerProps) {
  return props.choices.length <= SELECT_AT_MOST ? (
    <InstanceSelect {...props} />
  ) : (
    <InstanceCombobox {...props} />
  );
}

function InstanceSelect({ id, choices, chosen, onChoose }: InstancePickerProps) {
  return (
    <select id={id} value={chosen} onChange={(e) => onChoose(e.target.value)}>
      {choices.map((c) => (
        <option key={c.target ?? c.label} value={c.target}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

function InstanceCombobox({ id, lang, choices, chosen, onChoose }: InstancePickerProps) {
  const [state, setState] = useState<PickerState>(CLOSED);
  const listId = useId();
  const words = reachControlText(lang);
  const chosenLabel = useMemo(() => choices.find((c) => c.target === chosen)?.label ?? "", [choices, chosen]);
  // Listed only while open: a closed picker costs the same at 10 instances and at 10,000.
  const listed = useMemo(
    () => (state.open ? listChoices(choices, state.query, chosen) : undefined),
    [state.open, state.query, choices, chosen],
  );
  const optionId = (i: number) => `${listId}-${i}`;
  const active = state.open && listed?.shown[state.active] ? optionId(state.active) : undefined;

  // The list, as it opens, comes into sight (the panel scrolls as little as it must); then the
  // highlighted option stays in sight as the arrows move it.
  const popup = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.open) popup.current?.scrollIntoView({ block: "nearest" });
  }, [state.open]);
  useEffect(() => {
    if (active) document.getElementById(active)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const settle = ({ state: next, pick }: { state: PickerState; pick?: string }) => {
    setState(next);
    if (pick !== undefined && pick !== chosen) onChoose(pick);
  };
  const open = () => {
    if (!state.open) setState(opened(listChoices(choices, state.query, chosen), chosen, state.query));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const outcome = keyDown(state, e.key, listed ?? listChoices(choices, state.query, chosen), chosen);
    if (!outcome.handled) return;
    e.preventDefault();
    e.stopPropagation();
    settle(outcome);
  };

  const more = listed && listed.total > listed.shown.length;
  return (
    <div className="instance-picker">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={state.open}
        {...(state.open ? { "aria-controls": listId } : {})}
        aria-activedescendant={active}
        value={state.query ?? chosenLabel}
        onChange={(e) => setState({ open: true, query: e.target.value, active: 0 })}
        onKeyDown={onKeyDown}
        // Keyboard focus selects the name, so typing replaces it; a click opens the list too.
        onFocus={(e) => e.currentTarget.select()}
        onClick={(e) => {
          if (state.open) return;
          e.currentTarget.select();
          open();
        }}
        onBlur={() => settle(blurred(state, choices))}
      />
      {listed && (
        <div className="instance-picker__popup" ref={popup}>
          <div id={listId} role="listbox" aria-label={words.instance}>
            {listed.shown.map((c, i) => (
              <div
                key={c.target ?? c.label}
                id={optionId(i)}
                role="option"
                tabIndex={-1}
                aria-selected={i === state.active}
                className={c.target === chosen ? "is-chosen" : undefined}
                // Keeps the focus in the field: the click picks without a blur first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => c.target !== undefined && settle({ state: CLOSED, pick: c.target })}
                onKeyDown={() => {}}
              >
                <span className="instance-picker__label">{c.label}</span>{" "}
                <span className="instance-picker__id">{c.target}</span>
              </div>
            ))}
          </div>
          {(more || listed.total === 0) && (
            <p className="instance-picker__hint" role="status">
              {listed.total === 0
                ? words.noMatch(state.query ?? "")
                : words.more(listed.shown.length, listed.total)}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

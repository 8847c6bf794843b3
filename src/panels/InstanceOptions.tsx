// The options of the "Other instance" select, put on the page a slice at a time, each after a
// paint: at 10,000 instances, all options at once made the click that opens an instance's details
// one task of ~500 ms (React's elements, then their style, issue #14). The instance chosen is
// there from the first frame, wherever it is in the list.
import { memo, useEffect, useState } from "react";
import { afterNextPaint } from "../diagram/after-paint.ts";
import type { LinkView } from "../explain/describe-format.ts";

/** Options per slice: a few ms of script and style each, on a busy machine. */
export const OPTION_SLICE = 500;

const optionOf = (c: LinkView) => (
  <option key={c.target ?? c.label} value={c.target}>
    {c.label}
  </option>
);

/** choices[from, to): re-rendered only when one of them changes, not on every edit of the document. */
const OptionSlice = memo(
  function OptionSlice({ choices, from, to }: { choices: readonly LinkView[]; from: number; to: number }) {
    return choices.slice(from, to).map(optionOf);
  },
  (a, b) => {
    if (a.from !== b.from || a.to !== b.to) return false;
    for (let i = a.from; i < a.to; i++)
      if (a.choices[i]?.label !== b.choices[i]?.label || a.choices[i]?.target !== b.choices[i]?.target)
        return false;
    return true;
  },
);

export function InstanceOptions({ choices, chosen }: { choices: readonly LinkView[]; chosen: string }) {
  const [filled, setFilled] = useState(OPTION_SLICE);
  useEffect(() => {
    if (filled >= choices.length) return;
    return afterNextPaint(() => setFilled((n) => n + OPTION_SLICE));
  }, [filled, choices.length]);
  const shown = Math.min(filled, choices.length);
  const slices = [];
  for (let from = 0; from < shown; from += OPTION_SLICE)
    slices.push(
      <OptionSlice key={from} choices={choices} from={from} to={Math.min(from + OPTION_SLICE, shown)} />,
    );
  const at = shown < choices.length ? choices.findIndex((c) => c.target === chosen) : -1;
  const ahead = at >= shown ? choices[at] : undefined;
  return (
    <>
      {slices}
      {ahead && optionOf(ahead)}
    </>
  );
}

// How deeply YAML text nests, found by a linear scan before the YAML library sees it: the library
// recurses per level, and a few thousand levels overflow the stack (in Node even fatally, inside
// its regular expressions). A topology nests about 6 levels, so the scan may be approximate as
// long as it never undercounts a real document: indentation levels, "- " items opened on one
// line, and flow brackets outside quotes and comments.

/** Offset where nesting first passes `max` levels, or undefined. */
export function yamlTooDeepAt(text: string, max: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let blockScalarIndent = -1; // lines indented deeper than this belong to a | or > scalar
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && text[i] === " ") i++;
    const indent = i - start;
    const blank = i >= end || text[i] === "#" || text[i] === "\r";
    if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
      start = end + 1;
      continue;
    }
    blockScalarIndent = -1;
    if (!blank) {
      if (flow === 0) {
        while (indents.length > 0 && (indents.at(-1) as number) >= indent) indents.pop();
        indents.push(indent);
      }
      let depth = indents.length + flow;
      let previous = "-"; // what came before a token: a bracket counts only where a value can start
      for (; i < end; i++) {
        const c = text[i] as string;
        if (c === " " || c === "\t" || c === "\r") continue;
        if (c === "#" && (i === start || /\s/.test(text[i - 1] as string))) break;
        if (c === '"' || c === "'") {
          // Quoted scalar: skip to its end on this line (an unclosed one runs to the line's end).
          for (i++; i < end && text[i] !== c; i++) if (c === '"' && text[i] === "\\") i++;
          previous = c;
          continue;
        }
        if ((c === "[" || c === "{") && ":-,[{?".includes(previous)) {
          flow++;
          depth++;
        } else if ((c === "]" || c === "}") && flow > 0) {
          flow--;
          depth--;
        } else if (c === "-" && previous === "-" && (text[i + 1] === " " || i + 1 === end)) {
          depth++; // "- - x": another sequence opened on this line
        } else if ((c === "|" || c === ">") && previous === ":" && flow === 0) {
          if (/^[|>][-+0-9]*\s*(#.*)?\r?$/.test(text.slice(i, end))) blockScalarIndent = indent;
        }
        if (depth > max) return i;
        previous = c;
      }
      if (depth > max) return start + indent;
    }
    start = end + 1;
  }
  return undefined;
}

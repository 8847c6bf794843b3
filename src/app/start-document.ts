// Which document the app starts on, decided once per page load (App.tsx acts on it; Workbench only
// asks again for a share link pasted into the open tab), from the page's address. The order, highest first:
//   1. the served file, on a page served by `ec2viz serve` (the page is there to show that file);
//   2. a share link, `#t=…` in the fragment, even a damaged one (the app then says what is wrong
//      and stays on what it had);
//   3. a built-in example, `?example=<name>` (names in examples.ts; an unknown name opens nothing,
//      is said, and leaves the address like an example);
//   4. this browser's autosave (localStorage, or IndexedDB for a large save), read by the store;
//   5. the seed example, when nothing is saved (or the save can't be read: it is kept aside).
// 4 and 5 are the store's own start (state/use-topology-store.ts), so both read "saved" here.
// Share links and examples open as one undoable step over that start, and the address drops what it
// was opened from, so a reload keeps the work made since instead of opening it again. No React here.
import { hasSharedTopology } from "../io/share-fragment.ts";
import { isExampleName } from "./examples.ts";

type StartDocument =
  | { from: "liveFile" }
  | { from: "shareLink"; fragment: string }
  | { from: "example"; name: string }
  | { from: "unknownExample"; name: string }
  | { from: "saved" };

/** The part of the page's address the start depends on (window.location fits). */
export interface StartAddress {
  pathname: string;
  search: string;
  hash: string;
}

export function startDocument(address: StartAddress, livePage = false): StartDocument {
  if (livePage) return { from: "liveFile" };
  if (hasSharedTopology(address.hash)) return { from: "shareLink", fragment: address.hash };
  const name = new URLSearchParams(address.search).get("example");
  if (name !== null && isExampleName(name)) return { from: "example", name };
  // Nothing dropped silently: a mistyped name is said (the app stays on the saved work).
  if (name !== null && name !== "") return { from: "unknownExample", name };
  return { from: "saved" };
}

/**
 * The address to show once the start is open: without the example it opened (`?example=`) nor the
 * share link (`#t=…`), so a reload doesn't open them over the work made since. Null when unchanged.
 */
export function addressAfterStart(address: StartAddress, start: StartDocument): string | null {
  if (start.from === "liveFile" || start.from === "saved") return null;
  const params = new URLSearchParams(address.search);
  params.delete("example");
  const query = params.toString();
  const hash = start.from === "shareLink" ? "" : address.hash;
  return `${address.pathname}${query ? `?${query}` : ""}${hash}`;
}

/**
 * A share link that arrives while the page is open (pasted into the address bar of this tab: only
 * the fragment changes, so the page is not loaded again): its fragment, and the address to show
 * instead, without it. Null when the new fragment carries no topology, or on a live page, which
 * shows the served file only.
 */
export function arrivedShareLink(
  address: StartAddress,
  livePage = false,
): { fragment: string; address: string } | null {
  const start = startDocument(address, livePage);
  if (start.from !== "shareLink") return null;
  return { fragment: start.fragment, address: addressAfterStart(address, start) ?? "" };
}

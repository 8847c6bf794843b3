// Where a share link keeps the topology: the `t` parameter of the URL fragment (`#t=…`). Tiny on
// purpose: the app reads it at start (src/app/start-document.ts) before loading share-link.ts.

export const SHARE_PARAM = "t";

/** The `t` value of a fragment ("#t=..." or "t=..."), or undefined when it has none. */
export function shareParam(fragment: string): string | undefined {
  const body = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  for (const part of body.split("&")) {
    const eq = part.indexOf("=");
    if (eq >= 0 && part.slice(0, eq) === SHARE_PARAM) return part.slice(eq + 1);
  }
  return undefined;
}

/** True when the fragment is meant to carry a topology (even a damaged one). */
export const hasSharedTopology = (fragment: string): boolean => shareParam(fragment) !== undefined;

// Ids of the diagram's nodes and edges. A resource's box is named by the resource's id; the other
// boxes (the Internet, and each Availability Zone, a name listed by its Region and drawn once inside
// each VPC) get ids starting with "@". Layout, details panel, drop logic, search and selection all
// produce and read these ids through this module only.

export const ROOT_NODE_ID = "@root";
export const INTERNET_NODE_ID = "@internet";

const AZ_PREFIX = "@az/";
/** Marks a second, third… box drawn for the same id (a document with duplicate ids). */
const COPY_MARK = "~";

// Inside an AZ box id the owner and zone are free text, so the characters the id's own syntax uses
// are written as %XX there: any owner or zone, even one ending in "~2", reads back as itself.
const ESCAPES: Readonly<Record<string, string>> = { "%": "%25", "/": "%2F", "~": "%7E" };
const UNESCAPES: Readonly<Record<string, string>> = { "%25": "%", "%2F": "/", "%7E": "~" };
const escapePart = (text: string) => text.replace(/[%/~]/g, (c) => ESCAPES[c] ?? c);
const unescapePart = (text: string) =>
  text.replace(/%(?:25|2F|7E)/gi, (c) => UNESCAPES[c.toUpperCase()] ?? c);

/** The box of Availability Zone `zone` inside `ownerId` (a VPC's resource id). */
export function availabilityZoneNodeId(ownerId: string, zone: string): string {
  return `${AZ_PREFIX}${escapePart(ownerId)}/${escapePart(zone)}`;
}

/**
 * Reads an AZ box id back (also the copy of one the layout drew for a duplicate id). An owner
 * written with a bare slash (as a person may type it for `--collapse`) still reads: the zone is
 * after the last one.
 */
export function parseAvailabilityZoneNodeId(id: string): { owner: string; zone: string } | undefined {
  if (!id.startsWith(AZ_PREFIX)) return undefined;
  const rest = withoutCopyMark(id.slice(AZ_PREFIX.length));
  const slash = rest.lastIndexOf("/");
  if (slash <= 0 || slash === rest.length - 1) return undefined;
  return { owner: unescapePart(rest.slice(0, slash)), zone: unescapePart(rest.slice(slash + 1)) };
}

/**
 * The id of the `n`th box (n ≥ 2) drawn for `id` when a document uses one id twice. The layout
 * tries n = 2, 3… until the id is free, so every box has its own id; a resource box's copy is not
 * read back (the layout keeps each box's resource id beside it).
 */
export function copyNodeId(id: string, n: number): string {
  return `${id}${COPY_MARK}${n}`;
}

function withoutCopyMark(text: string): string {
  return text.replace(/~\d+$/, "");
}

/** The id of an edge of `kind` from one box to another. */
export function edgeNodeId(kind: string, source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}

// Ids of diagram nodes that are not resources of the file: the Internet and the Availability Zone
// boxes (an AZ is a name listed by its Region, drawn once inside each VPC). Layout, details panel,
// drop logic and selection all read the same ids, so they live here.

export const INTERNET_NODE_ID = "@internet";

const AZ_PREFIX = "@az/";

/** The box of Availability Zone `zone` inside `ownerId` (a VPC, or a Region for stray volumes). */
export function availabilityZoneNodeId(ownerId: string, zone: string): string {
  return `${AZ_PREFIX}${ownerId}/${zone}`;
}

/**
 * Reads an AZ box id back. The layout adds "~2", "~3"… to the owner part when ids collide
 * (a document with duplicate ids), which is stripped here.
 */
export function parseAvailabilityZoneNodeId(id: string): { owner: string; zone: string } | undefined {
  if (!id.startsWith(AZ_PREFIX)) return undefined;
  const rest = id.slice(AZ_PREFIX.length);
  const slash = rest.lastIndexOf("/");
  if (slash <= 0 || slash === rest.length - 1) return undefined;
  return { owner: rest.slice(0, slash).replace(/~\d+$/, ""), zone: rest.slice(slash + 1) };
}

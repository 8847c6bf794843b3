// Switching a Region box to another AWS Region (e.g. the palette's us-east-1 to Seoul). The Region
// code is the id that VPCs, subnets and volumes refer to, so the change rewrites those references
// and maps each Availability Zone to the same letter in the new Region.

import { catalogEntry, zoneLettersKnown, zoneNamesOf } from "../regions.ts";
import { definedOnly, findDefined, isExternal, type Topology } from "../schema.ts";
import { type CommandResult, done, notFound, refuse } from "./types.ts";

export function changeRegion(doc: Topology, args: { regionId: string; code: string }): CommandResult {
  const region = findDefined(doc.regions, args.regionId);
  if (!region) return notFound("region", args.regionId);
  if (args.code === region.id) return done(doc, region.id);
  if (definedOnly(doc.regions).some((r) => r.id === args.code))
    return refuse("region-already-present", { code: args.code });
  const targetZones = new Set(zoneNamesOf(args.code));
  // A Region whose zone letters we don't know takes any letter: we can't say its zone is missing.
  const anyLetter = !zoneLettersKnown(args.code);
  const zoneMap = new Map<string, string>();
  for (const az of region.availabilityZones) {
    const letter = az.startsWith(region.id) ? az.slice(region.id.length) : az.slice(-1);
    const mapped = `${args.code}${letter}`;
    if (!anyLetter && !targetZones.has(mapped))
      return refuse("region-az-missing", { az, code: args.code, zone: mapped });
    zoneMap.set(az, mapped);
  }
  const vpcIds = new Set(
    definedOnly(doc.vpcs)
      .filter((v) => v.region === region.id)
      .map((v) => v.id),
  );
  const name = catalogEntry(args.code)?.name;
  const knownOldName = catalogEntry(region.id)?.name;
  // Keep a name the user typed; replace the catalog's name of the old Region.
  const keepName = region.name !== undefined && region.name !== knownOldName;
  const renamed = {
    ...region,
    id: args.code,
    availabilityZones: region.availabilityZones.map((az) => zoneMap.get(az) ?? az),
  };
  if (!keepName) {
    if (name) renamed.name = name;
    else delete renamed.name;
  }
  const next: Topology = {
    ...doc,
    regions: doc.regions.map((r) => (r === region ? renamed : r)),
    vpcs: doc.vpcs.map((v) => (vpcIds.has(v.id) && !isExternal(v) ? { ...v, region: args.code } : v)),
    subnets: doc.subnets.map((s) =>
      !isExternal(s) && vpcIds.has(s.vpc)
        ? { ...s, availabilityZone: zoneMap.get(s.availabilityZone) ?? s.availabilityZone }
        : s,
    ),
    // AZ names carry their Region's code, so a volume in one of the old zones belongs to this Region.
    volumes: doc.volumes.map((v) => {
      if (isExternal(v)) return v;
      const mapped = zoneMap.get(v.availabilityZone);
      return mapped ? { ...v, availabilityZone: mapped } : v;
    }),
  };
  return done(next, args.code);
}

// fast-check arbitraries for layout tests: valid topologies of any shape the layout must handle,
// and "broken" ones whose references point nowhere (the layout must park those boxes, not throw).
import fc from "fast-check";
import { emptyTopology, type Topology } from "../../model/schema.ts";

interface Shape {
  zones: number[];
  vpcs: {
    region: number;
    withGateway: boolean;
    subnets: { zone: number; isPublic: boolean; instances: number[] }[];
  }[];
  detachedGateways: number;
  looseVolumes: { region: number; zone: number }[];
}

const shape = (maxRegions: number): fc.Arbitrary<Shape> =>
  fc.record({
    zones: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: maxRegions }),
    vpcs: fc.array(
      fc.record({
        region: fc.nat(),
        withGateway: fc.boolean(),
        subnets: fc.array(
          fc.record({
            zone: fc.nat(),
            isPublic: fc.boolean(),
            // One number per instance: how many volumes it has (0 to 3).
            instances: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 14 }),
          }),
          { maxLength: 6 },
        ),
      }),
      { maxLength: 4 },
    ),
    detachedGateways: fc.integer({ min: 0, max: 2 }),
    looseVolumes: fc.array(fc.record({ region: fc.nat(), zone: fc.nat() }), { maxLength: 3 }),
  });

function build(s: Shape): Topology {
  const doc = emptyTopology();
  s.zones.forEach((count, r) => {
    const zones = Array.from({ length: count }, (_, z) => `r${r}-${String.fromCharCode(97 + z)}`);
    doc.regions.push({ id: `r${r}`, name: `region ${r}`, availabilityZones: zones });
  });
  const zonesOf = (r: number) => doc.regions[r]?.availabilityZones ?? [];
  s.vpcs.forEach((v, vi) => {
    const r = v.region % doc.regions.length;
    const vpcId = `vpc-${vi}`;
    doc.vpcs.push({ id: vpcId, region: `r${r}`, cidrBlock: `10.${vi}.0.0/16`, name: `network ${vi}` });
    if (v.withGateway) doc.internetGateways.push({ id: `igw-${vi}`, vpc: vpcId });
    doc.securityGroups.push({ id: `sg-${vi}`, vpc: vpcId, name: `sg ${vi}`, ingress: [] });
    v.subnets.forEach((sub, si) => {
      const zones = zonesOf(r);
      // A region without zones still gets subnets: their zone box is added by the layout.
      const zone = zones.length > 0 ? (zones[sub.zone % zones.length] as string) : `r${r}-x`;
      const subnetId = `subnet-${vi}-${si}`;
      doc.subnets.push({
        id: subnetId,
        vpc: vpcId,
        availabilityZone: zone,
        cidrBlock: `10.${vi}.${si}.0/24`,
      });
      // A public subnet the format-2 way: associated with a table that routes to the VPC's gateway.
      if (sub.isPublic && v.withGateway) {
        doc.routeTables.push({
          id: `rtb-${subnetId}`,
          vpc: vpcId,
          subnets: [subnetId],
          routes: [{ destination: "0.0.0.0/0", target: `igw-${vi}` }],
        });
      }
      sub.instances.forEach((volumes, ii) => {
        const id = `i-${vi}-${si}-${ii}`;
        doc.instances.push({
          id,
          subnet: subnetId,
          instanceType: "t3.micro",
          securityGroups: [`sg-${vi}`],
          state: "running",
          publicIp: sub.isPublic,
        });
        for (let k = 0; k < volumes; k++)
          doc.volumes.push({
            id: `vol-${id}-${k}`,
            availabilityZone: zone,
            sizeGiB: 8,
            volumeType: "gp3",
            attachments: [
              { instance: id, device: k === 0 ? "/dev/xvda" : `/dev/sd${String.fromCharCode(102 + k)}` },
            ],
          });
      });
    });
  });
  for (let g = 0; g < s.detachedGateways; g++)
    doc.internetGateways.push({ id: `igw-detached-${g}`, vpc: null });
  s.looseVolumes.forEach((l, k) => {
    const zones = zonesOf(l.region % doc.regions.length);
    doc.volumes.push({
      id: `vol-loose-${k}`,
      availabilityZone: zones.length > 0 ? (zones[l.zone % zones.length] as string) : "nowhere-1a",
      sizeGiB: 100,
      volumeType: "st1",
    });
  });
  return doc;
}

export const topologyArbitrary = (maxRegions = 2): fc.Arbitrary<Topology> => shape(maxRegions).map(build);

/** Valid shape, then some references rewired to ids that don't exist (or to the wrong kind). */
export const brokenTopologyArbitrary = (): fc.Arbitrary<Topology> =>
  fc
    .tuple(
      topologyArbitrary(),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom("nope", "r0", "vpc-0", "subnet-0-0")), { maxLength: 6 }),
    )
    .map(([doc, breaks]) => {
      const copy = structuredClone(doc);
      breaks.forEach(([n, id], k) => {
        const pick = <T>(list: T[]): T | undefined => list[n % Math.max(1, list.length)];
        switch (k % 5) {
          case 0: {
            const v = pick(copy.vpcs);
            if (v) v.region = id;
            break;
          }
          case 1: {
            const s = pick(copy.subnets);
            if (s) s.vpc = id;
            break;
          }
          case 2: {
            const i = pick(copy.instances);
            if (i) i.subnet = id;
            break;
          }
          case 3: {
            const v = pick(copy.volumes);
            if (v) v.attachments = [{ instance: id, device: "/dev/sdf" }];
            break;
          }
          default: {
            const g = pick(copy.internetGateways);
            if (g) g.vpc = id;
          }
        }
      });
      // Duplicate ids are also possible in a hand-edited file.
      const first = copy.instances[0];
      if (breaks.length % 2 === 1 && first) copy.instances.push({ ...first });
      return copy;
    });

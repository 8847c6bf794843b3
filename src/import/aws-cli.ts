// AWS CLI JSON (`aws ec2 describe-*`): each document is recognised by its top-level keys, never by
// file name. All documents of a bundle are pooled first, so a route table in one file finds the
// NAT gateway of another. Resources keep their AWS ids; names come from the Name tag.

import type { LocalText } from "../i18n/text.ts";
import { regionOfZoneName } from "../model/regions.ts";
import { type ImportBuilder, nameFromTags, tagsOf } from "./builder.ts";
import { importText } from "./messages.ts";
import { awsBlock, networkAclRule, RangeWithDescription, securityGroupRules } from "./rules.ts";
import type { Rec } from "./types.ts";
import {
  amiId,
  bool,
  cidr,
  defined,
  device,
  instanceState,
  ipv4,
  isIpv6,
  list,
  obj,
  positiveInt,
  str,
  volumeType,
} from "./values.ts";

/** The describe-* outputs this reader maps, by top-level key. */
const AWS_CLI_KEYS = [
  "Reservations",
  "Vpcs",
  "Subnets",
  "InternetGateways",
  "RouteTables",
  "NatGateways",
  "SecurityGroups",
  "Volumes",
  "NetworkAcls",
  "Addresses",
  "NetworkInterfaces",
  "AvailabilityZones",
] as const;
type Key = (typeof AWS_CLI_KEYS)[number];

/** Keys an AWS CLI output carries besides its list. */
const PAGING_KEYS = new Set(["NextToken", "ResponseMetadata", "Marker", "NextMarker"]);

const isPascal = (key: string) => /^[A-Z][A-Za-z0-9]*$/.test(key);

/** The command that prints each output, by its top-level key. */
const COMMAND_OF: Record<Key, string> = {
  Reservations: "describe-instances",
  Vpcs: "describe-vpcs",
  Subnets: "describe-subnets",
  InternetGateways: "describe-internet-gateways",
  RouteTables: "describe-route-tables",
  NatGateways: "describe-nat-gateways",
  SecurityGroups: "describe-security-groups",
  Volumes: "describe-volumes",
  NetworkAcls: "describe-network-acls",
  Addresses: "describe-addresses",
  NetworkInterfaces: "describe-network-interfaces",
  AvailabilityZones: "describe-availability-zones",
};

/**
 * Each output's items, known by the field holding an item's own id, most telling first: an Elastic
 * IP (AllocationId) also names its interface and instance, an interface its subnet, an instance its
 * subnet and VPC, a subnet its VPC. A reservation (ReservationId) holds its instances.
 */
const ITEM_ID_FIELDS: readonly [Key, string][] = [
  ["Addresses", "AllocationId"],
  ["NetworkInterfaces", "NetworkInterfaceId"],
  ["Reservations", "ReservationId"],
  ["Reservations", "InstanceId"],
  ["NatGateways", "NatGatewayId"],
  ["RouteTables", "RouteTableId"],
  ["NetworkAcls", "NetworkAclId"],
  ["InternetGateways", "InternetGatewayId"],
  ["SecurityGroups", "GroupId"],
  ["Volumes", "VolumeId"],
  ["Subnets", "SubnetId"],
  ["Vpcs", "VpcId"],
  ["AvailabilityZones", "ZoneName"],
];

function itemKind(item: unknown): (typeof ITEM_ID_FIELDS)[number] | undefined {
  const o = obj(item);
  return o && ITEM_ID_FIELDS.find(([, field]) => typeof o[field] === "string");
}

/**
 * A JSON list whose items are all items of one describe-* output, as `--query` prints an output
 * flattened to its items (`aws ec2 describe-instances --query 'Reservations[].Instances[]'`), wrapped
 * back into that output. The items are what the output holds, so nothing is lost; undefined for any
 * other list.
 */
export function flattenedOutput(value: unknown): { output: Item; key: Key; count: number } | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const kind = itemKind(value[0]);
  if (!kind || !value.every((item) => itemKind(item) === kind)) return undefined;
  const [key, field] = kind;
  const output = field === "InstanceId" ? { Reservations: [{ Instances: value }] } : { [key]: value };
  return { output, key, count: value.length };
}

/** An EC2 resource id (8 or 17 hex digits), as a `--query` that picks fields still prints them. */
const EC2_ID = /^(?:i|vpc|subnet|igw|rtb|nat|acl|sg|vol|eni|eipalloc)-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

/** The first EC2 id among a value's texts, two levels down at most (an item, its fields). */
function ec2IdIn(value: unknown, depth = 2): string | undefined {
  if (typeof value === "string") return EC2_ID.test(value) ? value : undefined;
  if (depth === 0 || value === null || typeof value !== "object") return undefined;
  for (const v of Object.values(value)) {
    const found = ec2IdIn(v, depth - 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * A key worth quoting to say what a list holds: a field's name, never a value. One with a long run
 * of capitals and digits may be a key or token used as a name (AKIA…): not quoted.
 */
const isPlainKey = (key: string) => /^[A-Za-z][A-Za-z0-9_.:-]{0,39}$/.test(key) && !/[A-Z0-9]{8}/.test(key);

/**
 * Why a JSON list that is no output ec2viz reads can't be imported, saying what it holds and what
 * would work: removing --query only when its items name EC2 resources but are not whole items (a
 * query that picked fields); else what ec2viz imports. No value of the list is quoted but EC2 ids.
 */
export function listRefusal(list: readonly unknown[]): LocalText {
  if (list.length === 0) return importText("import.emptyList");
  const id = ec2IdIn(list);
  if (id !== undefined) return importText("import.queryFields", { count: list.length, id });
  const objects = list.every((item) => obj(item) !== undefined);
  const keys = objects
    ? Object.keys(obj(list[0]) ?? {})
        .filter(isPlainKey)
        .slice(0, 3)
    : [];
  const items =
    keys.length > 0
      ? importText("import.listOfObjectsWithKeys", { keys: keys.join(", ") })
      : importText(
          objects
            ? "import.listOfObjects"
            : list.every((i) => typeof i === "string")
              ? "import.listOfTexts"
              : list.every((i) => typeof i === "number")
                ? "import.listOfNumbers"
                : list.every(Array.isArray)
                  ? "import.listOfLists"
                  : "import.listOfValues",
        );
  return importText("import.otherList", { count: list.length, items });
}

/** True when a parsed document looks like the output of an AWS CLI describe/list command. */
export function isAwsCliOutput(value: unknown): boolean {
  if (flattenedOutput(value)) return true;
  const o = obj(value);
  if (!o) return false;
  const keys = Object.keys(o).filter((k) => !PAGING_KEYS.has(k));
  if (keys.length === 0) return false;
  if (keys.some((k) => (AWS_CLI_KEYS as readonly string[]).includes(k) && Array.isArray(o[k]))) return true;
  if (isBotocoreExamples(o)) return true;
  // Another command's output: PascalCase keys holding lists of objects (KeyPairs, Images, DBInstances...),
  // perhaps beside a list of the names of those objects (describe-vpc-endpoint-services: ServiceDetails
  // and ServiceNames).
  if (!keys.every(isPascal)) return false;
  const lists = keys.map((k) => o[k]);
  if (!lists.every((l): l is unknown[] => Array.isArray(l))) return false;
  const ofObjects = (l: unknown[]) => l.every((i) => obj(i));
  const ofNames = (l: unknown[]) => l.length > 0 && l.every((i) => typeof i === "string");
  return lists.every((l) => ofObjects(l) || ofNames(l));
}

/**
 * True for one page of `--output yaml-stream`: an output whose every key (paging aside) holds a list.
 * An item of a list, such as an instance of `--query 'Reservations[].Instances[]'`, also carries
 * lists (its SecurityGroups...) but is a resource, not a page: it has plain values beside them.
 */
export function isAwsCliPage(value: unknown): boolean {
  const o = obj(value);
  return (
    o !== undefined &&
    isAwsCliOutput(o) &&
    Object.keys(o).every((k) => PAGING_KEYS.has(k) || Array.isArray(o[k]))
  );
}

/** botocore's examples-1.json: { "version", "examples": { "DescribeVpcs": [{ "input", "output", ... }] } }. */
function isBotocoreExamples(file: Record<string, unknown>): boolean {
  const o = obj(file.examples);
  if (!o) return false;
  const values = Object.values(o);
  return (
    values.length > 0 &&
    Object.keys(o).every(isPascal) &&
    values.every((v) => Array.isArray(v) && v.every((e) => obj(e))) &&
    values.some((v) => (v as unknown[]).some((e) => "output" in (e as object)))
  );
}

interface CliDocument {
  file: string;
  value: unknown;
}

type Item = Record<string, unknown>;

/** The field that holds each item's id. */
const ID_FIELD: Record<Key, string> = {
  Reservations: "InstanceId",
  Vpcs: "VpcId",
  Subnets: "SubnetId",
  InternetGateways: "InternetGatewayId",
  RouteTables: "RouteTableId",
  NatGateways: "NatGatewayId",
  SecurityGroups: "GroupId",
  Volumes: "VolumeId",
  NetworkAcls: "NetworkAclId",
  Addresses: "AllocationId",
  NetworkInterfaces: "NetworkInterfaceId",
  AvailabilityZones: "ZoneName",
};

function common(item: Item, id: string, b: ImportBuilder): Rec {
  const tags = tagsOf(item.Tags, b);
  return defined({ id, name: nameFromTags(tags, b), tags }) as Rec;
}

/** Some id of an item of an unknown command, for the report. */
function someId(item: Item, index: number): string {
  for (const [key, value] of Object.entries(item)) {
    if (/(Id|Name|Arn)$/.test(key) && typeof value === "string" && value !== "") return value;
  }
  return `#${index + 1}`;
}

/** Why a referenced resource became a placeholder (built once: references are many). */
const VPCREF_REASON = importText("cli.vpcRef");
const SUBNETREF_REASON = importText("cli.subnetRef");
const NATREF_REASON = importText("cli.natGatewayRef");
const INSTANCEREF_REASON = importText("cli.instanceRef");
const GROUPREF_REASON = importText("cli.securityGroupRef");

export function readAwsCli(docs: readonly CliDocument[], b: ImportBuilder, region: string | undefined): void {
  const pool = new Map<Key, Item[]>(AWS_CLI_KEYS.map((k) => [k, []]));
  /** The describe-* outputs the bundle holds (an empty list is one: "none"). */
  const outputs = new Set<Key>();
  const seen = new Set<string>();
  let duplicates = 0;
  const take = (key: Key, item: unknown, place: string) => {
    const i = obj(item);
    const id = i && idOf(key, i);
    // AWS always writes these; an entry without one (hand-edited, or not an object) is named, not dropped.
    if (!i || id === undefined) {
      const reason = i
        ? importText("cli.entryWithoutId", { field: ID_FIELD[key] })
        : importText("cli.entryNotObject");
      b.skip(place, key === "Reservations" ? "Instances" : key, reason);
      return;
    }
    if (seen.has(`${key}:${id}`)) {
      duplicates++;
      return;
    }
    seen.add(`${key}:${id}`);
    pool.get(key)?.push(i);
  };
  const idOf = (key: Key, i: Item): string | undefined =>
    key === "Addresses" ? (str(i.AllocationId) ?? str(i.PublicIp)) : str(i[ID_FIELD[key]]);

  const collect = (value: unknown) => {
    const flattened = flattenedOutput(value);
    if (flattened) {
      const { key, count } = flattened;
      b.note(importText("cli.flattenedList", { count, command: COMMAND_OF[key] }));
      collect(flattened.output);
      return;
    }
    const o = obj(value);
    if (!o) return;
    if (isBotocoreExamples(o)) {
      b.note(importText("cli.botocoreExamples"));
      for (const examples of Object.values(obj(o.examples) ?? {})) {
        for (const e of list(examples)) collect(obj(e)?.output);
      }
      return;
    }
    for (const [key, items] of Object.entries(o)) {
      if (PAGING_KEYS.has(key)) {
        if (key === "NextToken" && items) {
          b.note(importText("cli.nextToken"));
        }
        continue;
      }
      if (!Array.isArray(items)) continue;
      if ((AWS_CLI_KEYS as readonly string[]).includes(key)) {
        const k = key as Key;
        outputs.add(k);
        for (const [index, item] of items.entries()) {
          const place = `${key}[${index}]`;
          if (k !== "Reservations" || !obj(item)) take(k, item, place);
          else
            for (const [n, inst] of list(obj(item)?.Instances).entries())
              take(k, inst, `${place}.Instances[${n}]`);
        }
      } else {
        // A list of names (ServiceNames) beside a list of objects names those objects, which are
        // accounted for; alone, the names are what the output lists.
        const namesOnly = !Object.values(o).some((l) => Array.isArray(l) && l.some((i) => obj(i)));
        for (const [index, item] of items.entries()) {
          const i = obj(item);
          if (i) b.skip(someId(i, index), key, importText("cli.otherCommand", { key }));
          else if (namesOnly && typeof item === "string")
            b.skip(item, key, importText("cli.otherCommand", { key }));
        }
      }
    }
  };
  for (const doc of docs) collect(doc.value);
  if (duplicates > 0) {
    b.note(importText("cli.duplicates", { duplicates }));
  }
  const items = (k: Key) => pool.get(k) ?? [];

  // Availability Zones: their order, for the Regions drawn.
  const zonesByRegion = new Map<string, string[]>();
  for (const zone of items("AvailabilityZones")) {
    const name = str(zone.ZoneName);
    const code = str(zone.RegionName) ?? (name ? regionOfZoneName(name) : undefined);
    if (!name || !code) continue;
    zonesByRegion.set(code, [...(zonesByRegion.get(code) ?? []), name]);
    b.part("availabilityZones");
  }
  for (const [code, zones] of zonesByRegion) b.zonesOf(code, zones);

  // Network interfaces: which instance or NAT gateway owns each (to place Elastic IPs and routes).
  const eniInstance = new Map<string, string>();
  const eniNat = new Map<string, string>();
  for (const eni of items("NetworkInterfaces")) {
    const id = str(eni.NetworkInterfaceId) ?? "";
    const instance = str(obj(eni.Attachment)?.InstanceId);
    if (instance) eniInstance.set(id, instance);
    const natMatch = /nat-[0-9a-zA-Z]+/.exec(str(eni.Description) ?? "");
    if (str(eni.InterfaceType) === "nat_gateway" && natMatch) eniNat.set(id, natMatch[0]);
    b.skip(id, "NetworkInterface", importText("cli.networkInterfaces"));
  }

  const vpcRef = (id: string) => b.ref("vpc", id, VPCREF_REASON);
  const subnetRef = (id: string) => b.ref("subnet", id, SUBNETREF_REASON);

  const vpcRegion = new Map<string, string>();
  for (const vpc of items("Vpcs")) {
    const id = str(vpc.VpcId);
    if (!id) continue;
    const block = cidr(vpc.CidrBlock);
    if (list(vpc.CidrBlockAssociationSet).length > 1) {
      b.note(importText("cli.secondaryCidrs"));
    }
    if (list(vpc.Ipv6CidrBlockAssociationSet).length > 0) {
      b.note(importText("import.ipv6NotDrawn"));
    }
    const rec = common(vpc, id, b);
    if (block) b.add("vpc", { ...rec, cidrBlock: block });
    else b.addExternal("vpc", rec, importText("cli.cidrMissing"));
  }

  for (const subnet of items("Subnets")) {
    const id = str(subnet.SubnetId);
    if (!id) continue;
    const vpc = str(subnet.VpcId);
    const zone = str(subnet.AvailabilityZone);
    const block = cidr(subnet.CidrBlock);
    const rec = common(subnet, id, b);
    if (vpc && zone && block) {
      b.zoneInUse(zone);
      const code = regionOfZoneName(zone);
      if (code && !vpcRegion.has(vpc)) vpcRegion.set(vpc, code);
      b.add("subnet", { ...rec, vpc: vpcRef(vpc), availabilityZone: zone, cidrBlock: block });
    } else {
      b.addExternal(
        "subnet",
        defined({ ...rec, vpc: vpc ? vpcRef(vpc) : undefined }),
        importText("cli.subnetPartsMissing"),
      );
    }
  }

  for (const igw of items("InternetGateways")) {
    const id = str(igw.InternetGatewayId);
    if (!id) continue;
    const attached = list(igw.Attachments)
      .map(obj)
      .find((a) => a && ["available", "attached", "attaching"].includes(str(a.State) ?? "available"));
    const vpc = str(attached?.VpcId);
    b.add("internetGateway", { ...common(igw, id, b), vpc: vpc ? vpcRef(vpc) : null });
  }

  const natRef = (id: string) => b.ref("natGateway", id, NATREF_REASON);
  const instanceRef = (id: string) => b.ref("instance", id, INSTANCEREF_REASON);

  for (const nat of items("NatGateways")) {
    const id = str(nat.NatGatewayId);
    if (!id) continue;
    const state = str(nat.State);
    if (state === "deleted" || state === "deleting" || state === "failed") {
      b.skip(id, "NatGateway", importText("cli.itIsState", { state }));
      continue;
    }
    const subnet = str(nat.SubnetId);
    const connectivity = str(nat.ConnectivityType) === "private" ? "private" : undefined;
    const rec = { ...common(nat, id, b), ...(connectivity ? { connectivity } : {}) };
    if (subnet) b.add("natGateway", { ...rec, subnet: subnetRef(subnet) });
    else b.addExternal("natGateway", rec, importText("cli.subnetMissing"));
    for (const address of list(nat.NatGatewayAddresses)) {
      const a = obj(address);
      const allocation = str(a?.AllocationId);
      const eni = str(a?.NetworkInterfaceId);
      if (eni) eniNat.set(eni, id);
      if (!allocation) continue;
      b.add("elasticIp", defined({ id: allocation, publicIp: ipv4(a?.PublicIp), natGateway: id }) as Rec);
    }
  }

  for (const address of items("Addresses")) {
    const id = str(address.AllocationId) ?? str(address.PublicIp);
    if (!id) continue;
    const eni = str(address.NetworkInterfaceId);
    const instance = str(address.InstanceId) ?? (eni ? eniInstance.get(eni) : undefined);
    const nat = eni ? eniNat.get(eni) : undefined;
    if (str(address.Domain) === "standard") {
      b.note(importText("cli.classicElasticIps"));
    }
    b.add(
      "elasticIp",
      defined({
        ...common(address, id, b),
        publicIp: ipv4(address.PublicIp),
        instance: instance && !nat ? instanceRef(instance) : undefined,
        natGateway: nat ? natRef(nat) : undefined,
      }) as Rec,
    );
  }

  for (const table of items("RouteTables")) {
    const id = str(table.RouteTableId);
    if (!id) continue;
    const vpc = str(table.VpcId);
    let main = false;
    const subnets: string[] = [];
    for (const association of list(table.Associations)) {
      const a = obj(association);
      if (!a) continue;
      const state = str(obj(a.AssociationState)?.State);
      if (state && state !== "associated" && state !== "associating") continue;
      if (bool(a.Main)) main = true;
      const subnet = str(a.SubnetId);
      if (subnet) subnets.push(subnetRef(subnet));
      else if (str(a.GatewayId)) b.note(importText("cli.edgeAssociation"));
    }
    const routes: Record<string, unknown>[] = [];
    for (const route of list(table.Routes)) {
      const r = obj(route);
      if (!r) continue;
      const made = cliRoute(r, b, { natRef, instanceRef, eniInstance, eniNat });
      if (made && str(r.State) === "blackhole") {
        b.note(
          importText("cli.blackholeRoute", { table: id, destination: made.destination, target: made.target }),
        );
      }
      if (made) routes.push(made);
      // AWS keeps a route to an internet gateway active only while the gateway is attached to the
      // table's VPC (else it shows "blackhole"): a gateway the files don't describe is attached there.
      const gateway = str(r.GatewayId);
      if (
        vpc &&
        gateway?.startsWith("igw-") &&
        str(r.State) === "active" &&
        !b.has("internetGateway", gateway)
      )
        b.addExternal(
          "internetGateway",
          { id: gateway, vpc: vpcRef(vpc) },
          importText("cli.internetGatewayActiveRoute", { vpc }),
        );
    }
    const rec = {
      ...common(table, id, b),
      ...(main ? { main: true } : {}),
      ...(subnets.length > 0 ? { subnets } : {}),
      routes,
    };
    if (vpc) b.add("routeTable", { ...rec, vpc: vpcRef(vpc) });
    else b.addExternal("routeTable", rec, importText("cli.vpcMissing"));
  }

  for (const acl of items("NetworkAcls")) {
    const id = str(acl.NetworkAclId);
    if (!id) continue;
    const vpc = str(acl.VpcId);
    const ingress: Record<string, unknown>[] = [];
    const egress: Record<string, unknown>[] = [];
    for (const entry of list(acl.Entries)) {
      const e = obj(entry);
      if (!e) continue;
      const range = obj(e.PortRange);
      const icmp = obj(e.IcmpTypeCode);
      const rule = networkAclRule(
        {
          ruleNumber: e.RuleNumber,
          action: e.RuleAction,
          protocol: e.Protocol,
          from: range?.From,
          to: range?.To,
          icmpType: icmp?.Type,
          icmpCode: icmp?.Code,
          cidr: e.CidrBlock,
          ipv6: e.Ipv6CidrBlock,
        },
        b,
      );
      if (rule) (bool(e.Egress) ? egress : ingress).push(rule);
    }
    const subnets = list(acl.Associations)
      .map((a) => str(obj(a)?.SubnetId))
      .filter((s): s is string => s !== undefined)
      .map(subnetRef);
    const rec = {
      ...common(acl, id, b),
      ...(bool(acl.IsDefault) ? { default: true } : {}),
      ...(subnets.length > 0 ? { subnets } : {}),
      ingress,
      egress,
    };
    if (vpc) b.add("networkAcl", { ...rec, vpc: vpcRef(vpc) });
    else b.addExternal("networkAcl", rec, importText("cli.vpcMissing"));
  }

  const groupRef = (id: string) => b.ref("securityGroup", id, GROUPREF_REASON);
  for (const group of items("SecurityGroups")) {
    const id = str(group.GroupId);
    if (!id) continue;
    const vpc = str(group.VpcId);
    const rules = (permissions: unknown) =>
      list(permissions).flatMap((p) => {
        const perm = obj(p) ?? {};
        return securityGroupRules(
          {
            protocol: perm.IpProtocol,
            from: perm.FromPort,
            to: perm.ToPort,
            cidrs: [
              ...list(perm.IpRanges).map(
                (r) => new RangeWithDescription(obj(r)?.CidrIp, obj(r)?.Description),
              ),
              ...list(perm.Ipv6Ranges).map((r) => obj(r)?.CidrIpv6),
            ],
            groups: list(perm.UserIdGroupPairs)
              .map((g) => str(obj(g)?.GroupId))
              .filter((g): g is string => g !== undefined)
              .map(groupRef),
            prefixLists: list(perm.PrefixListIds),
          },
          b,
        );
      });
    const description = str(group.Description);
    const base = common(group, id, b);
    // A VPC's default group is the one named "default" (EC2 User Guide, "Default and custom security
    // groups"); group names are unique within a VPC (CreateSecurityGroup), so there is one per VPC.
    const isDefault = vpc !== undefined && str(group.GroupName) === "default";
    const rec = defined({
      ...base,
      name: base.name ?? str(group.GroupName),
      ...(isDefault ? { default: true } : {}),
      description,
      ingress: rules(group.IpPermissions),
      egress: group.IpPermissionsEgress === undefined ? undefined : rules(group.IpPermissionsEgress),
    }) as Rec;
    if (vpc) b.add("securityGroup", { ...rec, vpc: vpcRef(vpc) });
    else b.addExternal("securityGroup", rec, importText("cli.classicGroup"));
  }

  for (const instance of items("Reservations")) {
    const id = str(instance.InstanceId);
    if (!id) continue;
    const state = instanceState(obj(instance.State)?.Name);
    const subnet = str(instance.SubnetId);
    if (state === "terminated") {
      b.skip(id, "Instance", importText("cli.terminated"));
      continue;
    }
    const groups = list(instance.SecurityGroups)
      .map((g) => str(obj(g)?.GroupId))
      .filter((g): g is string => g !== undefined)
      .map(groupRef);
    const zone = str(obj(instance.Placement)?.AvailabilityZone);
    if (zone && subnet) b.zoneInUse(zone);
    const rec = defined({
      ...common(instance, id, b),
      instanceType: str(instance.InstanceType),
      imageId: amiId(instance.ImageId),
      publicIp: str(instance.PublicIpAddress) ? true : undefined,
      securityGroups: groups.length > 0 ? groups : undefined,
      state,
      keyName: str(instance.KeyName),
    }) as Rec;
    if (subnet && rec.instanceType) b.add("instance", { ...rec, subnet: subnetRef(subnet) });
    else
      b.addExternal(
        "instance",
        rec,
        importText(
          subnet
            ? "cli.instanceTypeMissing"
            : rec.instanceType
              ? "cli.instanceSubnetMissing"
              : "cli.instanceSubnetAndTypeMissing",
        ),
      );
  }

  for (const volume of items("Volumes")) {
    const id = str(volume.VolumeId);
    if (!id) continue;
    const type = volumeType(volume.VolumeType);
    const zone = str(volume.AvailabilityZone);
    const size = positiveInt(volume.Size);
    const attachments = list(volume.Attachments).flatMap((a) => {
      const at = obj(a);
      const instance = str(at?.InstanceId);
      const dev = device(at?.Device);
      const state = str(at?.State);
      if (!instance || state === "detached" || state === "detaching") return [];
      if (!dev) {
        b.note(importText("cli.deviceNameSkipped"));
        return [];
      }
      return [{ instance: instanceRef(instance), device: dev }];
    });
    const rec = defined({
      ...common(volume, id, b),
      availabilityZone: zone,
      sizeGiB: size,
      volumeType: type,
      iops: type === "gp3" || type === "io1" || type === "io2" ? positiveInt(volume.Iops) : undefined,
      throughput: type === "gp3" ? positiveInt(volume.Throughput) : undefined,
      encrypted: bool(volume.Encrypted),
      multiAttach: bool(volume.MultiAttachEnabled) ? true : undefined,
      attachments: attachments.length > 0 ? attachments : undefined,
    }) as Rec;
    if (zone && size && type) {
      b.zoneInUse(zone);
      b.add("volume", rec);
    } else {
      b.addExternal("volume", rec, importText("cli.volumePartsMissing"));
    }
  }

  // Volumes an instance lists in its block device mappings but no describe-volumes output describes:
  // their size and type are unknown, so they can't be drawn; say so once, with an example and what to add.
  const undescribed: { volume: string; instance: string }[] = [];
  for (const instance of items("Reservations")) {
    const id = str(instance.InstanceId);
    if (!id || !b.has("instance", id)) continue;
    for (const mapping of list(instance.BlockDeviceMappings)) {
      const volume = str(obj(obj(mapping)?.Ebs)?.VolumeId);
      if (volume && !b.has("volume", volume)) undescribed.push({ volume, instance: id });
    }
  }
  const [first] = undescribed;
  if (first) b.note(importText("cli.volumesUndescribed", { count: undescribed.length, ...first }));

  // Subnets whose route table no describe-route-tables output describes: say so once.
  // A described VPC exists, so it has a main route table: one no output describes is a placeholder.
  const unrouted = b.subnetsWithoutRouteTable();
  b.noteUnrouted("cli.routeTablesUndescribed", unrouted);
  b.outsideMainTables(
    unrouted,
    () => undefined,
    (vpc) => importText("cli.mainTableUndescribed", { vpc }),
  );

  // A VPC's internet gateway is in describe-internet-gateways only (its Attachments: the Vpc shape
  // of describe-vpcs has none, https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Vpc.html).
  // Without that output, a described VPC no active route shows attached has an unknown gateway, not none.
  if (!outputs.has("InternetGateways")) {
    const attached = new Set(b.all("internetGateway").map((g) => g.vpc));
    const unknown = b.all("vpc").filter((v) => !v.external && !attached.has(v.id));
    for (const vpc of unknown) vpc.internetGatewayUnknown = true;
    const [first] = unknown;
    if (first)
      b.note(importText("cli.internetGatewaysUndescribed", { count: unknown.length, vpc: first.id }));
  }

  // Each VPC lives in the Region of its subnets; else the --region given; else the zones listed.
  const regionsSeen = [...new Set(vpcRegion.values())];
  const fallback =
    region ?? [...zonesByRegion.keys()][0] ?? (regionsSeen.length === 1 ? regionsSeen[0] : undefined);
  for (const vpc of b.all("vpc")) {
    const code = vpcRegion.get(vpc.id) ?? fallback;
    if (code) vpc.region = code;
    else if (!vpc.external) {
      vpc.region = "us-east-1";
      b.note(importText("cli.regionAssumed"));
    }
  }
}

interface RouteContext {
  natRef: (id: string) => string;
  instanceRef: (id: string) => string;
  eniInstance: Map<string, string>;
  eniNat: Map<string, string>;
}

/** One route of describe-route-tables; undefined for the implicit local route and what isn't drawn. */
function cliRoute(
  r: Item,
  b: ImportBuilder,
  c: RouteContext,
): { destination: string; target: string } | undefined {
  const written = str(r.DestinationCidrBlock);
  if (!written) {
    if (str(r.DestinationIpv6CidrBlock)) b.note(importText("import.ipv6NotDrawn"));
    else if (str(r.DestinationPrefixListId)) b.note(importText("cli.prefixListRoute"));
    return undefined;
  }
  const destination = isIpv6(written) ? undefined : awsBlock(written, b);
  if (!destination) return undefined;
  const gateway = str(r.GatewayId);
  if (gateway === "local") return undefined;
  let target: string | undefined;
  const nat = str(r.NatGatewayId);
  const instance = str(r.InstanceId);
  const eni = str(r.NetworkInterfaceId);
  if (nat) target = c.natRef(nat);
  else if (gateway?.startsWith("igw-"))
    target = b.ref("internetGateway", gateway, importText("cli.internetGatewayRef"));
  else if (instance) target = c.instanceRef(instance);
  else if (eni && c.eniInstance.has(eni)) target = c.instanceRef(c.eniInstance.get(eni) as string);
  else
    target =
      gateway ??
      str(r.TransitGatewayId) ??
      str(r.VpcPeeringConnectionId) ??
      str(r.EgressOnlyInternetGatewayId) ??
      str(r.LocalGatewayId) ??
      str(r.CarrierGatewayId) ??
      str(r.CoreNetworkArn) ??
      eni;
  return target ? { destination, target } : undefined;
}

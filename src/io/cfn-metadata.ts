// The template-level `Metadata.ec2viz` block a CloudFormation export carries, so importing the
// template gives back ec2viz's own ids (logical ids must be alphanumeric, ours need not be), the
// Region the stack was drawn for and what a template has no place for (the name and tags of a root
// volume written as a block device mapping, the name of an outside resource passed as a parameter).
// The exporter writes it, the CloudFormation importer reads it; this file is the one shape of both.

interface Labels {
  name?: string;
  tags?: Record<string, string>;
}

interface BlockDeviceLabel extends Labels {
  id: string;
}

export interface CfnMetadata {
  /** Region the template was drawn for (a template doesn't say; the importer uses it over its default). */
  region?: string;
  /** The Region's zones in the diagram's order. */
  zones?: string[];
  /** Logical id or parameter name -> ec2viz id. */
  ids: Record<string, string>;
  /** Parameter name -> name of the outside resource it stands for. */
  names?: Record<string, string>;
  /** Parameter name -> the topology list of the outside resource it stands for ("internetGateways"…). */
  kinds?: Record<string, string>;
  /**
   * Parameter name of an outside internet gateway -> ec2viz id of the VPC it is known to be attached
   * to. An outside gateway without an entry has no known attachment (the importer otherwise takes a
   * gateway routed to from a VPC's table as attached there).
   */
  attachedTo?: Record<string, string>;
  /** Instance logical id -> device name -> the volume a block device mapping makes. */
  blockDevices?: Record<string, Record<string, BlockDeviceLabel>>;
}

export const METADATA_KEY = "ec2viz";

/**
 * CDK's "matches no traffic" egress rule: a group created with an egress rule gets no allow-all rule
 * from AWS, so this stands for "no outbound rules" (or "only rules that name other groups").
 */
export const NO_TRAFFIC_EGRESS = {
  IpProtocol: "icmp",
  FromPort: 252,
  ToPort: 86,
  CidrIp: "255.255.255.255/32",
  Description: "Disallow all traffic",
} as const;

const obj = (v: unknown) =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

function stringMap(value: unknown): Record<string, string> | undefined {
  const o = obj(value);
  if (!o) return undefined;
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(o)) {
    if (typeof v === "string" && v !== "")
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function labels(value: unknown): Labels {
  const o = obj(value) ?? {};
  const tags = stringMap(o.tags);
  return {
    ...(typeof o.name === "string" ? { name: o.name } : {}),
    ...(tags && Object.keys(tags).length > 0 ? { tags } : {}),
  };
}

/**
 * The block from a template's top-level Metadata, or undefined. Only well-formed entries are kept,
 * and the ids only when no two logical ids map to the same ec2viz id (then none are used).
 */
export function readCfnMetadata(template: unknown): CfnMetadata | undefined {
  const block = obj(obj(obj(template)?.Metadata)?.[METADATA_KEY]);
  if (!block) return undefined;
  const ids = stringMap(block.ids) ?? {};
  const unique = new Set(Object.values(ids)).size === Object.values(ids).length;
  const zones = Array.isArray(block.zones) ? block.zones.filter((z) => typeof z === "string") : undefined;
  const devices: Record<string, Record<string, BlockDeviceLabel>> = {};
  for (const [instance, byDevice] of Object.entries(obj(block.blockDevices) ?? {})) {
    for (const [device, label] of Object.entries(obj(byDevice) ?? {})) {
      const id = obj(label)?.id;
      if (typeof id !== "string" || id === "") continue;
      devices[instance] ??= {};
      devices[instance][device] = { id, ...labels(label) };
    }
  }
  return {
    ...(typeof block.region === "string" ? { region: block.region } : {}),
    ...(zones && zones.length > 0 ? { zones } : {}),
    ids: unique ? ids : {},
    ...(block.names !== undefined ? { names: stringMap(block.names) ?? {} } : {}),
    ...(block.kinds !== undefined ? { kinds: stringMap(block.kinds) ?? {} } : {}),
    ...(block.attachedTo !== undefined ? { attachedTo: stringMap(block.attachedTo) ?? {} } : {}),
    blockDevices: devices,
  };
}

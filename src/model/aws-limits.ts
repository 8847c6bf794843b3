// AWS's limits and quotas that ec2viz checks, once. The rules (model/rules/) check them; commands,
// the JSON Schema's descriptions (schema.ts) and the explanations (src/explain/) state them by
// reading these numbers. Plain numbers and nothing else, so anything may import them without
// bringing in the schema (zod), the rules or the instance-type catalogue.
// The EBS volume limits are a table with the volume types: rules/storage.ts VOLUME_LIMITS.

/** Tags per resource, and the longest key and value (EC2 User Guide, "Tag restrictions"). */
export const MAX_TAGS = 50;
export const MAX_KEY_LENGTH = 128;
export const MAX_VALUE_LENGTH = 256;

/** AWS's default quota of security groups per network interface. */
export const SECURITY_GROUPS_PER_INTERFACE = 5;

/** AWS's default quota of rules per security group, for each direction. */
export const RULES_PER_DIRECTION = 60;

/** ICMP types and codes are one byte; -1 means all (EC2 API Reference, IpPermission, IcmpTypeCode). */
export const ICMP_MAX = 255;

/** The highest TCP/UDP port: a port is 16 bits (0-65535). */
export const MAX_PORT = 65_535;

/** The largest and smallest IPv4 block of a VPC or a subnet: /16 to /28 (VPC User Guide, "VPC CIDR blocks"). */
export const MIN_PREFIX = 16;
export const MAX_PREFIX = 28;

/** Addresses AWS reserves in every subnet: the first four and the last (VPC User Guide, "Subnet CIDR blocks"). */
export const RESERVED_PER_SUBNET = 5;

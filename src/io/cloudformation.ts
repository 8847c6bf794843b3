// A topology -> a CloudFormation template that deploys it (pure: no I/O, no React). Every resource the
// document defines becomes its AWS::EC2 resources; what it only refers to ("external") becomes a
// parameter, never an invented resource. Property names follow the CloudFormation resource reference
// (AWS::EC2::VPC, Subnet, InternetGateway, VPCGatewayAttachment, RouteTable, Route,
// SubnetRouteTableAssociation, NatGateway, EIP, EIPAssociation, NetworkAcl, NetworkAclEntry,
// SubnetNetworkAclAssociation, SecurityGroup, SecurityGroupIngress/Egress, Instance, Volume,
// VolumeAttachment). The template-level Metadata.ec2viz block (src/io/cfn-metadata.ts) keeps our ids,
// so `ec2viz import` of the template gives back the same topology.
import { type StringKey, type StringParams, textOf } from "../i18n/strings.ts";
import type { LocalText } from "../i18n/text.ts";
import { undrawnTargetField } from "../import/targets.ts";
import { IP_PROTOCOL_NUMBERS } from "../import/values.ts";
import { MAX_PORT } from "../model/aws-limits.ts";
import { decodeInstanceType } from "../model/instance-type-decode.ts";
import { regionOfZoneName } from "../model/regions.ts";
import { defaultSecurityGroup } from "../model/routing.ts";
import { ROOT_DEVICES } from "../model/rules/storage.ts";
import {
  type AclRule,
  COLLECTIONS,
  type Collection,
  definedOnly,
  type Instance,
  isExternal,
  type SecurityGroupRule,
  type Topology,
  type Volume,
} from "../model/schema.ts";
import { sharedIndex } from "../model/topology-index.ts";
import type { TemplateFormat } from "./cfn-format.ts";
import { LogicalIds, logicalBase } from "./cfn-ids.ts";
import { type CfnMetadata, METADATA_KEY, NO_TRAFFIC_EGRESS } from "./cfn-metadata.ts";
import { yamlText } from "./yaml-text.ts";

type CfnTemplate = Record<string, unknown> & { Resources: Record<string, CfnResource> };
interface CfnResource {
  Type: string;
  Properties: Record<string, unknown>;
  DependsOn?: string | string[];
}

type TemplateResult =
  | { ok: true; template: CfnTemplate; notes: LocalText[] }
  | { ok: false; reason: LocalText };

/** The public SSM parameters that hold the latest Amazon Linux 2023 AMI (x86_64 and Arm). */
export const LATEST_AL2023 = {
  x86_64: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
  arm64: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64",
} as const;

/** What a parameter standing for an outside resource is typed as (AWS-specific types are checked by CloudFormation). */
const PARAMETER_TYPES: Partial<Record<Collection, string>> = {
  vpcs: "AWS::EC2::VPC::Id",
  subnets: "AWS::EC2::Subnet::Id",
  securityGroups: "AWS::EC2::SecurityGroup::Id",
  instances: "AWS::EC2::Instance::Id",
  volumes: "AWS::EC2::Volume::Id",
};

/** AWS id prefixes: an outside resource whose id already is an AWS id gets it as the parameter's default. */
const AWS_ID_PREFIX: Partial<Record<Collection, string>> = {
  vpcs: "vpc-",
  subnets: "subnet-",
  securityGroups: "sg-",
  instances: "i-",
  volumes: "vol-",
  internetGateways: "igw-",
  routeTables: "rtb-",
  natGateways: "nat-",
  elasticIps: "eipalloc-",
  networkAcls: "acl-",
};

const KIND_WORD: Record<Collection, string> = {
  regions: "Region",
  vpcs: "Vpc",
  internetGateways: "InternetGateway",
  subnets: "Subnet",
  securityGroups: "SecurityGroup",
  instances: "Instance",
  volumes: "Volume",
  routeTables: "RouteTable",
  natGateways: "NatGateway",
  elasticIps: "ElasticIp",
  networkAcls: "NetworkAcl",
};

/** The kinds a template writes (a Region is where the stack goes, not a resource), in file order. */
const ORDER = COLLECTIONS.filter((key): key is Exclude<Collection, "regions"> => key !== "regions");

/** True for instance types that run on Arm (Graviton: a1, and a "g" among the attributes, like m7g). */
export function isArmInstanceType(type: string): boolean {
  const decoded = decodeInstanceType(type);
  if (!decoded.ok) return false;
  return decoded.series === "a" || decoded.attributes.some((a) => a.code === "g");
}

/** The root volume of each instance: one attachment at a root device name, in the instance's zone. */
function rootVolumes(doc: Topology): Map<string, Volume> {
  const zoneOf = new Map(definedOnly(doc.subnets).map((s) => [s.id, s.availabilityZone]));
  const instanceZone = new Map(definedOnly(doc.instances).map((i) => [i.id, zoneOf.get(i.subnet)]));
  const roots = new Map<string, Volume>();
  for (const volume of definedOnly(doc.volumes)) {
    const [only, ...more] = volume.attachments ?? [];
    if (!only || more.length > 0 || volume.multiAttach || !ROOT_DEVICES.includes(only.device)) continue;
    if (roots.has(only.instance) || instanceZone.get(only.instance) !== volume.availabilityZone) continue;
    roots.set(only.instance, volume);
  }
  return roots;
}

export function topologyToTemplate(doc: Topology): TemplateResult {
  const notes = new Map<string, LocalText>();
  const note = (key: StringKey, params: StringParams = {}) => {
    const text = textOf(key, params);
    notes.set(text.en, text);
  };

  // The stack's Region: where its VPCs are and its subnets and volumes' zones lie.
  const zoneRegion = (zone: string) =>
    regionOfZoneName(zone) ?? definedOnly(doc.regions).find((r) => r.availabilityZones.includes(zone))?.id;
  const regionIds = [
    ...new Set([
      ...definedOnly(doc.vpcs).map((v) => v.region),
      ...[...definedOnly(doc.subnets), ...definedOnly(doc.volumes)].map((x) =>
        zoneRegion(x.availabilityZone),
      ),
    ]),
  ].filter((r): r is string => r !== undefined);
  if (regionIds.length > 1) {
    return {
      ok: false,
      reason: textOf("cfnExport.manyRegions", { regions: regionIds.join(", ") }),
    };
  }
  const defined = ORDER.some((key) => doc[key].some((item: { external?: boolean }) => !isExternal(item)));
  if (!defined) {
    return {
      ok: false,
      reason: textOf("cfnExport.nothing"),
    };
  }
  const regionId = regionIds[0] ?? doc.regions[0]?.id;
  const zones = definedOnly(doc.regions).find((r) => r.id === regionId)?.availabilityZones ?? [];

  // Logical ids: every defined resource and every outside one, in a fixed order.
  const names = new LogicalIds();
  // The AMI parameters' names are fixed: taken first, so no resource can have them.
  const AMI_NAMES = { arm: "LatestAmiIdArm64", x86: "LatestAmiIdX8664" } as const;
  if (definedOnly(doc.instances).some((i) => i.imageId === undefined)) {
    names.claim(AMI_NAMES.arm);
    names.claim(AMI_NAMES.x86);
  }
  const logical = new Map<string, string>(); // `${collection}:${id}` -> logical id / parameter name
  const ids: Record<string, string> = {};
  const kindOf = new Map<string, Collection>();
  for (const key of ORDER) {
    for (const item of doc[key]) {
      if (logical.has(`${key}:${item.id}`)) continue;
      const name = names.claim(logicalBase(item.id, KIND_WORD[key]));
      logical.set(`${key}:${item.id}`, name);
      ids[name] = item.id;
      if (!kindOf.has(item.id)) kindOf.set(item.id, key);
    }
  }
  const L = (key: Collection, id: string) => logical.get(`${key}:${id}`) as string;
  const definedIds = new Map<Collection, Set<string>>(
    ORDER.map((key) => [
      key,
      new Set(
        (doc[key] as { id: string; external?: boolean }[]).filter((x) => !isExternal(x)).map((x) => x.id),
      ),
    ]),
  );
  const isDefined = (key: Collection, id: string) => definedIds.get(key)?.has(id) === true;

  const parameters: Record<string, Record<string, unknown>> = {};
  const externalNames: Record<string, string> = {};
  const externalKinds: Record<string, string> = {};
  const attachedTo: Record<string, string> = {};
  /** A reference to a resource by its id: Ref to its resource, or to the parameter that stands for it. */
  const ref = (key: Collection, id: string, attribute?: string): Record<string, unknown> => {
    if (isDefined(key, id)) {
      const name = L(key, id);
      return attribute ? { "Fn::GetAtt": [name, attribute] } : { Ref: name };
    }
    let name = logical.get(`${key}:${id}`);
    if (name === undefined) {
      // Named but not in the document (a rule error): a parameter still stands for it.
      name = names.claim(logicalBase(id, KIND_WORD[key]));
      logical.set(`${key}:${id}`, name);
      ids[name] = id;
    }
    if (!parameters[name]) {
      const prefix = AWS_ID_PREFIX[key];
      const awsId = prefix !== undefined && new RegExp(`^${prefix}[0-9a-f]{8,17}$`).test(id);
      const item = doc[key].find((x) => x.id === id);
      const label = item && "name" in item && typeof item.name === "string" ? item.name : undefined;
      externalNames[name] = label ?? id;
      externalKinds[name] = key;
      if (item && "vpc" in item && typeof item.vpc === "string" && key === "internetGateways")
        attachedTo[name] = item.vpc;
      parameters[name] = {
        Type: PARAMETER_TYPES[key] ?? "String",
        Description: `Id of ${label ?? id}, defined outside this template (ec2viz id ${id})`,
        ...(awsId ? { Default: id } : {}),
      };
    }
    return { Ref: name };
  };

  const resources: Record<string, CfnResource> = {};
  const put = (name: string, Type: string, Properties: Record<string, unknown>, dependsOn?: string) => {
    resources[name] = { Type, Properties, ...(dependsOn ? { DependsOn: dependsOn } : {}) };
  };
  const tags = (item: { name?: string | undefined; tags?: Record<string, string> | undefined }) => {
    const out: { Key: string; Value: string }[] = [];
    const name = item.name ?? item.tags?.Name;
    if (name !== undefined) out.push({ Key: "Name", Value: name });
    for (const [Key, Value] of Object.entries(item.tags ?? {})) {
      if (Key === "Name") continue;
      if (Key.toLowerCase().startsWith("aws:")) {
        note("cfnExport.awsTags");
        continue;
      }
      out.push({ Key, Value });
    }
    return out.length > 0 ? { Tags: out } : {};
  };

  // VPCs, internet gateways and their attachments.
  for (const vpc of definedOnly(doc.vpcs)) {
    put(L("vpcs", vpc.id), "AWS::EC2::VPC", { CidrBlock: vpc.cidrBlock, ...tags(vpc) });
  }
  const attachmentOf = new Map<string, string>(); // igw id -> attachment logical id
  const gatewayOfVpc = new Map<string, string>(); // vpc id -> attachment logical id
  for (const igw of definedOnly(doc.internetGateways)) {
    const name = L("internetGateways", igw.id);
    put(name, "AWS::EC2::InternetGateway", { ...tags(igw) });
    if (igw.vpc === null) continue;
    const attachment = names.claim(`${name}Attachment`);
    put(attachment, "AWS::EC2::VPCGatewayAttachment", {
      VpcId: ref("vpcs", igw.vpc),
      InternetGatewayId: { Ref: name },
    });
    attachmentOf.set(igw.id, attachment);
    gatewayOfVpc.set(igw.vpc, attachment);
  }
  // A VPC whose gateway the topology doesn't know (an import without describe-internet-gateways):
  // the stack would deploy it with none, which the topology never said.
  const attachedVpcs = new Set(doc.internetGateways.map((g) => g.vpc)); // defined or external
  for (const vpc of definedOnly(doc.vpcs))
    if (vpc.internetGatewayUnknown === true && !attachedVpcs.has(vpc.id))
      note("cfnExport.gatewayUnknown", { vpc: vpc.id });

  // Subnets.
  const subnetVpc = new Map<string, string>();
  for (const subnet of definedOnly(doc.subnets)) {
    subnetVpc.set(subnet.id, subnet.vpc);
    put(L("subnets", subnet.id), "AWS::EC2::Subnet", {
      VpcId: ref("vpcs", subnet.vpc),
      CidrBlock: subnet.cidrBlock,
      AvailabilityZone: subnet.availabilityZone,
      ...tags(subnet),
    });
  }
  /**
   * A route table's or network ACL's subnet associations. The VPC's main table or default ACL (which
   * a template can't edit) also takes every subnet of its VPC that no other one claims.
   */
  const associate = (
    name: string,
    key: "RouteTableId" | "NetworkAclId",
    owner: { vpc: string; subnets?: string[] | undefined },
    takesTheRest: boolean,
    claimed: ReadonlySet<string>,
  ) => {
    const own = owner.subnets ?? [];
    const rest = takesTheRest
      ? definedOnly(doc.subnets)
          .filter((s) => s.vpc === owner.vpc && !claimed.has(s.id) && !own.includes(s.id))
          .map((s) => s.id)
      : [];
    const type =
      key === "RouteTableId"
        ? "AWS::EC2::SubnetRouteTableAssociation"
        : "AWS::EC2::SubnetNetworkAclAssociation";
    [...own, ...rest].forEach((subnet, i) => {
      put(names.claim(`${name}Association${i + 1}`), type, {
        [key]: { Ref: name },
        SubnetId: ref("subnets", subnet),
      });
    });
  };

  // Route tables, routes and associations. CloudFormation can't edit a VPC's main table: the main
  // table becomes an ordinary one, associated with every subnet no other table claims.
  const explicitRt = new Set(definedOnly(doc.routeTables).flatMap((t) => (t.main ? [] : (t.subnets ?? []))));
  for (const table of definedOnly(doc.routeTables)) {
    const name = L("routeTables", table.id);
    put(name, "AWS::EC2::RouteTable", { VpcId: ref("vpcs", table.vpc), ...tags(table) });
    table.routes.forEach((route, i) => {
      const target = routeTarget(route.target);
      if (!target) {
        note("cfnExport.unknownTarget", { target: route.target });
        return;
      }
      put(
        names.claim(`${name}Route${i + 1}`),
        "AWS::EC2::Route",
        { RouteTableId: { Ref: name }, DestinationCidrBlock: route.destination, ...target.property },
        target.dependsOn,
      );
    });
    if (table.main) {
      note("cfnExport.mainTable");
    }
    associate(name, "RouteTableId", table, table.main === true, explicitRt);
  }

  function routeTarget(
    target: string,
  ): { property: Record<string, unknown>; dependsOn?: string } | undefined {
    const kind = kindOf.get(target);
    if (kind === "internetGateways") {
      const dependsOn = attachmentOf.get(target);
      return { property: { GatewayId: ref(kind, target) }, ...(dependsOn ? { dependsOn } : {}) };
    }
    if (kind === "natGateways") return { property: { NatGatewayId: ref(kind, target) } };
    if (kind === "instances") return { property: { InstanceId: ref(kind, target) } };
    const field = undrawnTargetField(target);
    return field ? { property: { [field]: target } } : undefined;
  }

  // Elastic IPs (the NAT gateway takes its address by AllocationId; an instance's through an association).
  const eipOfNat = new Map<string, string>();
  const natSubnet = new Map(definedOnly(doc.natGateways).map((n) => [n.id, n.subnet]));
  const instanceSubnet = new Map(definedOnly(doc.instances).map((i) => [i.id, i.subnet]));
  for (const eip of definedOnly(doc.elasticIps)) {
    const name = L("elasticIps", eip.id);
    const vpc =
      eip.natGateway !== undefined
        ? subnetVpc.get(natSubnet.get(eip.natGateway) ?? "")
        : subnetVpc.get(instanceSubnet.get(eip.instance ?? "") ?? "");
    put(name, "AWS::EC2::EIP", { Domain: "vpc", ...tags(eip) }, gatewayOfVpc.get(vpc ?? ""));
    if (eip.publicIp !== undefined) {
      note("cfnExport.elasticIps");
    }
    if (eip.natGateway !== undefined && isDefined("natGateways", eip.natGateway)) {
      eipOfNat.set(eip.natGateway, name);
    } else if (eip.instance !== undefined) {
      put(names.claim(`${name}Association`), "AWS::EC2::EIPAssociation", {
        AllocationId: { "Fn::GetAtt": [name, "AllocationId"] },
        InstanceId: ref("instances", eip.instance),
      });
    }
  }
  for (const nat of definedOnly(doc.natGateways)) {
    const eip = eipOfNat.get(nat.id);
    if (nat.connectivity !== "private" && eip === undefined) {
      note("cfnExport.natNeedsEip");
    }
    put(L("natGateways", nat.id), "AWS::EC2::NatGateway", {
      SubnetId: ref("subnets", nat.subnet),
      ...(nat.connectivity === "private" ? { ConnectivityType: "private" } : {}),
      ...(eip ? { AllocationId: { "Fn::GetAtt": [eip, "AllocationId"] } } : {}),
      ...tags(nat),
    });
  }

  // Network ACLs: entries and associations (the default ACL, like the main table, becomes an ordinary one).
  const explicitAcl = new Set(
    definedOnly(doc.networkAcls).flatMap((a) => (a.default ? [] : (a.subnets ?? []))),
  );
  for (const acl of definedOnly(doc.networkAcls)) {
    const name = L("networkAcls", acl.id);
    put(name, "AWS::EC2::NetworkAcl", { VpcId: ref("vpcs", acl.vpc), ...tags(acl) });
    const entry = (rule: AclRule, egress: boolean) => {
      put(
        names.claim(`${name}${egress ? "Egress" : "Ingress"}${rule.ruleNumber}`),
        "AWS::EC2::NetworkAclEntry",
        {
          NetworkAclId: { Ref: name },
          RuleNumber: rule.ruleNumber,
          Protocol: IP_PROTOCOL_NUMBERS[rule.protocol],
          RuleAction: rule.action,
          Egress: egress,
          CidrBlock: rule.cidr,
          ...(rule.protocol === "icmp"
            ? { Icmp: { Type: rule.fromPort ?? -1, Code: rule.toPort ?? -1 } }
            : rule.protocol === "-1"
              ? {}
              : { PortRange: { From: rule.fromPort ?? 0, To: rule.toPort ?? MAX_PORT } }),
        },
      );
    };
    for (const rule of acl.ingress) entry(rule, false);
    for (const rule of acl.egress) entry(rule, true);
    if (acl.default) {
      note("cfnExport.defaultAcl");
    }
    associate(name, "NetworkAclId", acl, acl.default === true, explicitAcl);
  }

  // Security groups: ranges inline; rules naming another group as their own resources, so two
  // groups that name each other don't depend on each other.
  const ruleProps = (rule: SecurityGroupRule) => ({
    IpProtocol: rule.protocol,
    ...(rule.protocol === "-1"
      ? {}
      : rule.protocol === "icmp"
        ? { FromPort: rule.fromPort ?? -1, ToPort: rule.toPort ?? -1 }
        : { FromPort: rule.fromPort ?? 0, ToPort: rule.toPort ?? MAX_PORT }),
  });
  const description = (rule: SecurityGroupRule) =>
    rule.description ? { Description: rule.description } : {};
  // A VPC's default group (default: true) is written as an ordinary AWS::EC2::SecurityGroup, listed by
  // the instances of its VPC that list none. CloudFormation has no resource for the default group:
  // Fn::GetAtt [Vpc, DefaultSecurityGroup] can name it and SecurityGroupIngress/Egress add rules to
  // it, but nothing removes AWS's default rules (all in from its members, all out), so the document's
  // rules couldn't be written exactly (aws-cloudformation/cloudformation-coverage-roadmap#658, the
  // reason aws-cdk#25297 uses a custom resource to empty it).
  for (const group of definedOnly(doc.securityGroups)) {
    if (group.default === true) note("cfnExport.defaultGroup");
    const name = L("securityGroups", group.id);
    const inline = (rules: readonly SecurityGroupRule[]) =>
      rules
        .filter((r) => r.cidr !== undefined)
        .map((r) => ({ ...ruleProps(r), CidrIp: r.cidr, ...description(r) }));
    const ingress = inline(group.ingress);
    const egress = group.egress === undefined ? undefined : inline(group.egress);
    put(name, "AWS::EC2::SecurityGroup", {
      GroupDescription: group.description || group.name || group.id,
      VpcId: ref("vpcs", group.vpc),
      ...(ingress.length > 0 ? { SecurityGroupIngress: ingress } : {}),
      ...(egress === undefined
        ? {}
        : { SecurityGroupEgress: egress.length > 0 ? egress : [NO_TRAFFIC_EGRESS] }),
      ...tags(group),
    });
    const separate = (rules: readonly SecurityGroupRule[], egress: boolean) => {
      rules.forEach((rule, i) => {
        if (rule.securityGroup === undefined) return;
        const peer = ref("securityGroups", rule.securityGroup, "GroupId");
        put(
          names.claim(`${name}${egress ? "Egress" : "Ingress"}${i + 1}`),
          egress ? "AWS::EC2::SecurityGroupEgress" : "AWS::EC2::SecurityGroupIngress",
          {
            GroupId: { "Fn::GetAtt": [name, "GroupId"] },
            ...ruleProps(rule),
            ...(egress ? { DestinationSecurityGroupId: peer } : { SourceSecurityGroupId: peer }),
            ...description(rule),
          },
        );
      });
    };
    separate(group.ingress, false);
    separate(group.egress ?? [], true);
  }

  // Instances (AMI: the topology's, else the latest Amazon Linux 2023 for the type's architecture).
  const roots = rootVolumes(doc);
  const rootIds = new Set([...roots.values()].map((v) => v.id));
  const blockDevices: NonNullable<CfnMetadata["blockDevices"]> = {};
  const amiParameter = (arm: boolean) => {
    const name = arm ? AMI_NAMES.arm : AMI_NAMES.x86;
    if (!parameters[name]) {
      parameters[name] = {
        Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
        Default: arm ? LATEST_AL2023.arm64 : LATEST_AL2023.x86_64,
        Description: `AMI for instances whose AMI the topology doesn't know: the latest Amazon Linux 2023 (${arm ? "arm64" : "x86_64"})`,
      };
    }
    return { Ref: name };
  };
  // Indexed only when a default group is written (most documents have none: no index to build).
  const index = definedOnly(doc.securityGroups).some((g) => g.default === true)
    ? sharedIndex(doc)
    : undefined;
  /** The groups an instance lists; with none, its VPC's default group when the document has one. */
  const groupsOf = (instance: Instance): readonly string[] => {
    const listed = instance.securityGroups ?? [];
    const vpc = listed.length > 0 || !index ? undefined : index.subnets.get(instance.subnet)?.vpc;
    const fallback = vpc === undefined || !index ? undefined : defaultSecurityGroup(index, vpc);
    return fallback ? [fallback.id] : listed;
  };
  for (const instance of definedOnly(doc.instances)) {
    const name = L("instances", instance.id);
    const groups = groupsOf(instance).map((g) => ref("securityGroups", g, "GroupId"));
    const placement =
      instance.publicIp === undefined
        ? {
            SubnetId: ref("subnets", instance.subnet),
            ...(groups.length > 0 ? { SecurityGroupIds: groups } : {}),
          }
        : {
            NetworkInterfaces: [
              {
                DeviceIndex: "0",
                SubnetId: ref("subnets", instance.subnet),
                AssociatePublicIpAddress: instance.publicIp,
                ...(groups.length > 0 ? { GroupSet: groups } : {}),
              },
            ],
          };
    const root = roots.get(instance.id);
    if (root) {
      const device = root.attachments?.[0]?.device as string;
      blockDevices[name] = {
        [device]: {
          id: root.id,
          ...(root.name !== undefined ? { name: root.name } : {}),
          ...(root.tags ? { tags: root.tags } : {}),
        },
      };
    }
    put(name, "AWS::EC2::Instance", {
      InstanceType: instance.instanceType,
      ImageId: instance.imageId ?? amiParameter(isArmInstanceType(instance.instanceType)),
      ...(instance.keyName !== undefined ? { KeyName: instance.keyName } : {}),
      ...placement,
      ...(root ? { BlockDeviceMappings: [blockDevice(root)] } : {}),
      ...tags(instance),
    });
    if (instance.state !== undefined && instance.state !== "running" && instance.state !== "pending") {
      note("cfnExport.instanceStates");
    }
  }

  // Volumes other than the root ones, and their attachments.
  for (const volume of definedOnly(doc.volumes)) {
    if (rootIds.has(volume.id)) continue;
    const name = L("volumes", volume.id);
    put(name, "AWS::EC2::Volume", {
      AvailabilityZone: volume.availabilityZone,
      ...volumeProps(volume),
      ...tags(volume),
    });
    (volume.attachments ?? []).forEach((attachment, i) => {
      put(names.claim(`${name}Attachment${i + 1}`), "AWS::EC2::VolumeAttachment", {
        InstanceId: ref("instances", attachment.instance),
        VolumeId: { Ref: name },
        Device: attachment.device,
      });
    });
  }

  const unreferenced = ORDER.flatMap((key) =>
    doc[key].filter((item) => isExternal(item) && !parameters[L(key, item.id)]).map((item) => item.id),
  );
  if (unreferenced.length > 0) {
    note("cfnExport.unreferenced", { ids: unreferenced.join(", ") });
  }
  const metadata: CfnMetadata = {
    ...(regionId !== undefined ? { region: regionId } : {}),
    ...(zones.length > 0 ? { zones: [...zones] } : {}),
    ids,
    ...(Object.keys(externalNames).length > 0 ? { names: externalNames, kinds: externalKinds } : {}),
    ...(Object.keys(attachedTo).length > 0 ? { attachedTo } : {}),
    ...(Object.keys(blockDevices).length > 0 ? { blockDevices } : {}),
  };
  const template: CfnTemplate = {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: `${doc.name ?? "Topology"} (exported by ec2viz)`,
    Metadata: { [METADATA_KEY]: metadata },
    ...(Object.keys(parameters).length > 0 ? { Parameters: sortedParameters(parameters) } : {}),
    Resources: resources,
  };
  return { ok: true, template, notes: [...notes.values()] };
}

/**
 * The template as text. YAML is written for YAML 1.1 readers (CloudFormation's): words like "yes" or
 * "on" and number-like strings are quoted, and no anchors or aliases are used.
 */
export function templateText(template: CfnTemplate, format: TemplateFormat): string {
  if (format === "json") return `${JSON.stringify(template, null, 2)}\n`;
  // Byte for byte the yaml package's stringify, in one pass (100,000 instances: ~20 s of CPU in it).
  return yamlText(template, "cloudformation");
}

/** A topology's template as text in the given format, or why there is none. */
export function cloudFormationText(
  doc: Topology,
  format: TemplateFormat,
): { ok: true; text: string; notes: LocalText[] } | { ok: false; reason: LocalText } {
  const made = topologyToTemplate(doc);
  if (!made.ok) return made;
  return { ok: true, text: templateText(made.template, format), notes: made.notes };
}

function volumeProps(volume: Volume): Record<string, unknown> {
  const iops = volume.volumeType === "gp3" || volume.volumeType === "io1" || volume.volumeType === "io2";
  return {
    Size: volume.sizeGiB,
    VolumeType: volume.volumeType,
    ...(iops && volume.iops !== undefined ? { Iops: volume.iops } : {}),
    ...(volume.volumeType === "gp3" && volume.throughput !== undefined
      ? { Throughput: volume.throughput }
      : {}),
    ...(volume.encrypted !== undefined ? { Encrypted: volume.encrypted } : {}),
    ...(volume.multiAttach ? { MultiAttachEnabled: true } : {}),
  };
}

/** A root volume as AWS::EC2::Instance BlockDeviceMappings writes it (Ebs: VolumeSize, not Size). */
function blockDevice(volume: Volume): Record<string, unknown> {
  const { Size, MultiAttachEnabled: _multi, ...rest } = volumeProps(volume);
  return { DeviceName: volume.attachments?.[0]?.device, Ebs: { VolumeSize: Size, ...rest } };
}

/** Parameters in a stable order: the AMI parameters last, the rest as they were first needed. */
function sortedParameters(parameters: Record<string, Record<string, unknown>>) {
  const ami = (name: string) => name.startsWith("LatestAmiId");
  const names = Object.keys(parameters);
  return Object.fromEntries(
    [...names.filter((n) => !ami(n)), ...names.filter(ami).sort()].map((n) => [n, parameters[n]]),
  );
}

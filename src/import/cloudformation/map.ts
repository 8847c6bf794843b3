// CloudFormation resources -> format-2 resources. Logical ids become ids (a template has no AWS
// ids yet), Name tags or logical ids become names. Resources that only link others (attachments,
// associations, routes, rules) are folded into what they link, after every resource exists.
import type { LocalText } from "../../i18n/text.ts";
import { type CfnMetadata, NO_TRAFFIC_EGRESS } from "../../io/cfn-metadata.ts";
import { nameFromTags, tagsOf } from "../builder.ts";
import { tagsAtLaunch, templateTags, volumeTagsAtLaunch } from "../launch-tags.ts";
import { importText } from "../messages.ts";
import { awsBlock, networkAclRule, securityGroupRules } from "../rules.ts";
import { undrawnTarget } from "../targets.ts";
import { IMPORT_FIELDS, type ImportField, type ImportKind, type Rec } from "../types.ts";
import { amiId, bool, cidr, defined, device, isIpv6, positiveInt, str, volumeType } from "../values.ts";
import { condition, External, evaluate, ResourceRef, type TemplateContext, Unknown } from "./evaluate.ts";
import { UnknownTag } from "./yaml.ts";

const obj = (v: unknown) =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Types that become a resource of their own, by kind. */
const PRIMARY: Record<string, ImportKind> = {
  "AWS::EC2::VPC": "vpc",
  "AWS::EC2::Subnet": "subnet",
  "AWS::EC2::InternetGateway": "internetGateway",
  "AWS::EC2::RouteTable": "routeTable",
  "AWS::EC2::NatGateway": "natGateway",
  "AWS::EC2::EIP": "elasticIp",
  "AWS::EC2::NetworkAcl": "networkAcl",
  "AWS::EC2::SecurityGroup": "securityGroup",
  "AWS::EC2::Instance": "instance",
  "AWS::EC2::Volume": "volume",
};

/** Types folded into another resource. */
const PARTS = new Set([
  "AWS::EC2::VPCGatewayAttachment",
  "AWS::EC2::Route",
  "AWS::EC2::SubnetRouteTableAssociation",
  "AWS::EC2::SubnetNetworkAclAssociation",
  "AWS::EC2::NetworkAclEntry",
  "AWS::EC2::SecurityGroupIngress",
  "AWS::EC2::SecurityGroupEgress",
  "AWS::EC2::EIPAssociation",
  "AWS::EC2::VolumeAttachment",
  "AWS::EC2::NetworkInterface",
]);

const SKIP_REASONS: Record<string, LocalText> = {
  "AWS::AutoScaling::AutoScalingGroup": importText("cfn.autoScaling"),
  "AWS::CloudFormation::Stack": importText("cfn.nestedStack"),
  "AWS::EC2::LaunchTemplate": importText("cfn.launchTemplate"),
};

function skipReason(type: string): LocalText {
  return (
    SKIP_REASONS[type] ??
    (type.startsWith("AWS::EC2::")
      ? importText("import.notDrawnType", { type })
      : importText("cfn.notDrawnKind"))
  );
}

/** Attributes whose value is the resource's own id (so GetAtt X.GroupId links to X). */
const ID_ATTRIBUTES = new Set([
  "GroupId",
  "AllocationId",
  "Id",
  "VpcId",
  "SubnetId",
  "InstanceId",
  "NetworkInterfaceId",
  "RouteTableId",
  "NatGatewayId",
  "InternetGatewayId",
  "NetworkAclId",
  "VolumeId",
  "PublicIp",
]);

interface Resource {
  id: string;
  type: string;
  props: Record<string, unknown>;
}

export function mapTemplate(
  resources: Record<string, unknown>,
  ctx: TemplateContext,
  meta?: CfnMetadata,
): void {
  const b = ctx.b;
  /** The ec2viz id a template exported by ec2viz gives a logical id or parameter (else the name itself). */
  const alias = (name: string) => (Object.hasOwn(meta?.ids ?? {}, name) ? (meta?.ids[name] as string) : name);
  const types = new Map<string, string>();
  const list: Resource[] = [];
  for (const [id, raw] of Object.entries(resources)) {
    const r = obj(raw);
    const type = r?.Type;
    if (typeof type !== "string") {
      const shown = type instanceof UnknownTag ? `!${type.tag}` : "(no Type)";
      b.skip(id, shown, importText("cfn.notResourceType"));
      continue;
    }
    types.set(id, type);
    const when = typeof r?.Condition === "string" ? condition(r.Condition, ctx) : true;
    if (when === false) {
      b.skip(id, type, importText("cfn.conditionFalse", { condition: String(r?.Condition) }));
      continue;
    }
    list.push({ id, type, props: obj(r?.Properties) ?? {} });
  }

  const prop = (r: Resource, key: string) => evaluate(r.props[key], ctx);
  /** Internet gateways that routes name (see ImportBuilder.attachRoutedGateways). */
  const routedGateways = new Set<string>();
  const nameOf = (r: Resource, tags: Record<string, string> | undefined) =>
    nameFromTags(tags, b) ?? alias(r.id);
  /** Tags from a template's `[{ Key, Value }]` list, those whose key and value are plain text. */
  const tagList = (tagValue: unknown) =>
    tagsOf(
      Array.isArray(tagValue)
        ? tagValue.filter((t) => typeof obj(t)?.Key === "string" && typeof obj(t)?.Value === "string")
        : [],
      b,
    );
  const common = (r: Resource): Rec => {
    const tags = tagList(prop(r, "Tags"));
    return defined({ id: alias(r.id), name: nameOf(r, tags), tags }) as Rec;
  };

  /** The id a property links to, with a placeholder behind it when the template doesn't define it. */
  const link = (kind: ImportKind, value: unknown, owner: string): string | undefined => {
    // No AWS id is empty: most often a parameter left at its Default: "" (a template to be given ids).
    if (value === "") {
      b.note(importText("cfn.emptyId", { owner }));
      return undefined;
    }
    if (typeof value === "string" || typeof value === "number") {
      return b.ref(kind, String(value), importText("cfn.namedById", { owner }));
    }
    if (value instanceof ResourceRef) {
      const attribute = value.attribute;
      const ownKind = PRIMARY[types.get(value.logicalId) ?? ""];
      // A property naming a resource of another kind (a subnet where a VPC belongs) links nothing.
      if (ownKind !== undefined && ownKind !== kind && (!attribute || ID_ATTRIBUTES.has(attribute)))
        return undefined;
      const id =
        attribute && !ID_ATTRIBUTES.has(attribute)
          ? `${value.logicalId}.${attribute}`
          : alias(value.logicalId);
      const type = types.get(value.logicalId) ?? "?";
      // AWS::EC2::VPC's DefaultSecurityGroup (its Fn::GetAtt return value): the group AWS made with the
      // VPC. A placeholder in that VPC marked default, so it is the group of instances that list none.
      if (kind === "securityGroup" && attribute === "DefaultSecurityGroup" && type === "AWS::EC2::VPC")
        b.get(kind, id) ??
          b.addExternal(
            kind,
            { id, vpc: alias(value.logicalId), default: true },
            importText("cfn.madeByAws", { logicalId: value.logicalId, attribute }),
          );
      return b.ref(
        kind,
        id,
        attribute && !ID_ATTRIBUTES.has(attribute)
          ? importText("cfn.madeByAws", { logicalId: value.logicalId, attribute })
          : importText("cfn.notImported", { logicalId: value.logicalId, type }),
      );
    }
    if (value instanceof External)
      return b.ref(kind, alias(value.id), value.reason, meta?.names?.[value.id] ?? value.name);
    return undefined;
  };
  const unknownReason = (field: ImportField, value: unknown): LocalText => {
    const what = IMPORT_FIELDS[field];
    if (value === "") return importText("cfn.emptyValue", { what });
    if (value === undefined) return importText("cfn.notGiven", { what });
    return value instanceof External
      ? importText("cfn.notKnownBecause", { what, reason: value.reason })
      : importText("cfn.deployTime", { what });
  };

  const zone = (value: unknown, r: Resource): string => {
    if (typeof value === "string" && value !== "") return value;
    const fallback = `${ctx.region}a`;
    b.note(importText("cfn.zoneAssumed", { id: r.id, fallback }));
    return fallback;
  };

  // ENIs declared on their own: their subnet and groups, for the instances that attach them.
  const enis = new Map<string, Resource>();
  const eniOwner = new Map<string, string>();
  for (const r of list) if (r.type === "AWS::EC2::NetworkInterface") enis.set(r.id, r);

  // Launch templates, by logical id and by their LaunchTemplateName: instances launched from one take
  // what they don't set themselves from its LaunchTemplateData (RunInstances: the parameters given
  // with the launch override the template's).
  const launchTemplates = new Map<string, Resource>();
  for (const r of list) if (r.type === "AWS::EC2::LaunchTemplate") launchTemplates.set(r.id, r);
  const launchTemplateNamed = (name: string): Resource | undefined =>
    [...launchTemplates.values()].find((t) => prop(t, "LaunchTemplateName") === name);
  /**
   * The template an instance is launched from: its data when this template defines it (and the
   * version asked for, when that may not be the data written here), else what names it.
   */
  const launchTemplateOf = (
    r: Resource,
  ):
    | { id: string; data: Record<string, unknown>; otherVersion?: string }
    | { outside: string }
    | undefined => {
    const spec = obj(r.props.LaunchTemplate);
    if (!spec) return undefined;
    const byId = evaluate(spec.LaunchTemplateId, ctx);
    const byName = evaluate(spec.LaunchTemplateName, ctx);
    const found =
      byId instanceof ResourceRef
        ? launchTemplates.get(byId.logicalId)
        : typeof byName === "string"
          ? launchTemplateNamed(byName)
          : byName instanceof ResourceRef
            ? launchTemplates.get(byName.logicalId)
            : undefined;
    if (found) {
      const data = obj(found.props.LaunchTemplateData) ?? {};
      const otherVersion = versionNotWritten(evaluate(spec.Version, ctx), found.id);
      return { id: found.id, data, ...(otherVersion === undefined ? {} : { otherVersion }) };
    }
    const named = [byId, byName].find((v) => typeof v === "string" || v instanceof External);
    return {
      outside:
        typeof named === "string" ? named : named instanceof External ? named.reason.en : "(not given)",
    };
  };
  /**
   * The tags a launch template's data gives what a launch makes of `resourceType` ("instance",
   * "volume"): its TagSpecifications (EC2 User Guide, "Launch template parameters": "Resource tags").
   */
  const launchTags = (data: Record<string, unknown>, resourceType: "instance" | "volume") => {
    const specs = evaluate(data.TagSpecifications, ctx);
    if (!Array.isArray(specs)) return {};
    return templateTags(
      specs.map(obj).map((o) => ({
        resourceType: o && evaluate(o.ResourceType, ctx),
        tags: o && tagList(evaluate(o.Tags, ctx)),
      })),
      resourceType,
    );
  };
  /**
   * The version an instance asks for, when the launch template's data written here may not be it.
   * The template writes the launch template's one current version: the latest and the default
   * (Fn::GetAtt LatestVersionNumber / DefaultVersionNumber, the EC2 API's $Latest / $Default) are
   * it; a number names a version an update may have left behind (AWS::EC2::Instance
   * LaunchTemplateSpecification: "Version ... You must specify this property").
   */
  const versionNotWritten = (version: unknown, template: string): string | undefined => {
    if (version === "$Latest" || version === "$Default") return undefined;
    if (
      version instanceof ResourceRef &&
      version.logicalId === template &&
      (version.attribute === "LatestVersionNumber" || version.attribute === "DefaultVersionNumber")
    )
      return undefined;
    if (typeof version === "string" || typeof version === "number") return String(version);
    return version instanceof External ? version.reason.en : "(not given)";
  };
  /** Instances that took something from a launch template of this template, for one note. */
  const launched: { instance: string; template: string }[] = [];
  /** Those launched from a version the template's data may not be, for one note. */
  const launchedFromVersion: { instance: string; template: string; version: string }[] = [];

  const volumesFromInstance: { volume: unknown; instance: string; device: unknown }[] = [];
  const pendingZones: { rec: Rec; instance: string; r: Resource }[] = [];
  /** Subnets that give every instance launched in them a public IPv4 address (MapPublicIpOnLaunch). */
  const autoPublic = new Set<string>();
  /** Instances whose launch doesn't say whether they get a public address: their subnet decides. */
  const publicBySubnet: Rec[] = [];

  /** EBS mappings of instances that can't be drawn as volumes (size, device or type unknown). */
  const undrawnBlockDevices: { instance: string; device: string }[] = [];
  /**
   * EBS volumes an instance's block device mappings create, as volumes attached to it (in its zone,
   * settled below). Only a mapping with an `Ebs` block makes an EBS volume: `NoDevice` takes a device
   * out of the image's mapping and `VirtualName` (ephemeralN) is an instance store volume
   * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-blockdevicemapping.html).
   * One without `VolumeSize` gets its snapshot's or image's size, which the template doesn't say:
   * it is counted in undrawnBlockDevices, not drawn.
   */
  const blockDeviceVolumes = (r: Resource, launchTagged?: Record<string, string>): void => {
    const mappings = prop(r, "BlockDeviceMappings");
    if (!Array.isArray(mappings)) return;
    for (const mapping of mappings) {
      const ebs = obj(obj(mapping)?.Ebs);
      if (!ebs) continue;
      const dev = device(obj(mapping)?.DeviceName);
      const size = positiveInt(ebs.VolumeSize);
      const type = ebs.VolumeType === undefined ? "gp2" : volumeType(ebs.VolumeType);
      if (!dev || !size || !type) {
        undrawnBlockDevices.push({ instance: r.id, device: dev ?? str(obj(mapping)?.DeviceName) ?? "?" });
        continue;
      }
      const label = meta?.blockDevices?.[r.id]?.[dev];
      const id = label?.id ?? `${alias(r.id)}-${dev.slice("/dev/".length)}`;
      const name = label?.name ?? label?.tags?.Name ?? launchTagged?.Name;
      const tags = tagsAtLaunch(launchTagged, label?.tags, name === undefined ? {} : { Name: name });
      const rec = defined({
        id,
        name: name ?? id,
        // As for a resource of its own: the name is also its Name tag.
        tags: Object.keys(tags).length > 0 ? tags : undefined,
        sizeGiB: size,
        volumeType: type,
        iops: type === "gp3" || type === "io1" || type === "io2" ? positiveInt(ebs.Iops) : undefined,
        throughput: type === "gp3" ? positiveInt(ebs.Throughput) : undefined,
        encrypted: bool(ebs.Encrypted),
        attachments: [{ instance: alias(r.id), device: dev }],
      }) as Rec;
      pendingZones.push({ rec: b.add("volume", rec), instance: r.id, r });
    }
  };

  // 1. Resources of their own.
  for (const r of list) {
    const kind = PRIMARY[r.type];
    if (!kind) continue;
    const base = common(r);
    switch (kind) {
      case "vpc": {
        const block = prop(r, "CidrBlock");
        if (cidr(block)) b.add("vpc", { ...base, region: ctx.region, cidrBlock: cidr(block) });
        else b.addExternal("vpc", { ...base, region: ctx.region }, unknownReason("IPv4 CIDR block", block));
        break;
      }
      case "subnet": {
        const block = prop(r, "CidrBlock");
        const vpc = link("vpc", prop(r, "VpcId"), r.id);
        const az = zone(prop(r, "AvailabilityZone"), r);
        b.zoneInUse(az);
        const rec = defined({ ...base, vpc, availabilityZone: az }) as Rec;
        if (bool(prop(r, "MapPublicIpOnLaunch")) === true) autoPublic.add(rec.id as string);
        if (cidr(block) && vpc) b.add("subnet", { ...rec, cidrBlock: cidr(block) });
        else if (isIpv6(block) || r.props.Ipv6Native) b.skip(r.id, r.type, importText("cfn.ipv6OnlySubnet"));
        else b.addExternal("subnet", rec, unknownReason("IPv4 CIDR block", block));
        break;
      }
      case "internetGateway":
        b.add("internetGateway", { ...base, vpc: null });
        break;
      case "routeTable": {
        const vpc = link("vpc", prop(r, "VpcId"), r.id);
        const rec = defined({ ...base, vpc, routes: [] }) as Rec;
        if (vpc) b.add("routeTable", rec);
        else b.addExternal("routeTable", rec, unknownReason("VPC", prop(r, "VpcId")));
        break;
      }
      case "natGateway": {
        const subnet = link("subnet", prop(r, "SubnetId"), r.id);
        const private_ = prop(r, "ConnectivityType") === "private";
        const rec = defined({ ...base, subnet, connectivity: private_ ? "private" : undefined }) as Rec;
        if (subnet) b.add("natGateway", rec);
        else b.addExternal("natGateway", rec, unknownReason("subnet", prop(r, "SubnetId")));
        break;
      }
      case "elasticIp": {
        const instance = link("instance", prop(r, "InstanceId"), r.id);
        b.add("elasticIp", defined({ ...base, instance }) as Rec);
        break;
      }
      case "networkAcl": {
        const vpc = link("vpc", prop(r, "VpcId"), r.id);
        const rec = defined({ ...base, vpc, ingress: [], egress: [] }) as Rec;
        if (vpc) b.add("networkAcl", rec);
        else b.addExternal("networkAcl", rec, unknownReason("VPC", prop(r, "VpcId")));
        break;
      }
      case "securityGroup": {
        const vpcValue = prop(r, "VpcId");
        const vpc =
          link("vpc", vpcValue, r.id) ??
          b.ref("vpc", "default-vpc", importText("import.defaultVpc"), "default VPC");
        const rules = (key: string, egress: boolean) => {
          const value = prop(r, key);
          if (!Array.isArray(value)) return undefined;
          // CDK's "matches no traffic" rule only keeps AWS from adding its allow-all rule.
          const real = value.filter((rule) => !(egress && isNoTrafficRule(obj(rule))));
          return real.flatMap((rule) => {
            const made = groupRule(obj(rule) ?? {}, egress);
            const cidr = unknownCidr(obj(rule) ?? {});
            if (made.length === 0 && cidr !== undefined)
              b.note(
                importText("cfn.ruleLeftOut", {
                  owner: r.id,
                  reason: unknownReason("IPv4 CIDR block", cidr),
                }),
              );
            return made;
          });
        };
        b.add(
          "securityGroup",
          defined({
            ...base,
            vpc,
            description: str(prop(r, "GroupDescription")),
            ingress: rules("SecurityGroupIngress", false) ?? [],
            egress: rules("SecurityGroupEgress", true),
          }) as Rec,
        );
        break;
      }
      case "instance": {
        // Launched from a launch template: its data fills what the instance doesn't set itself.
        const template = launchTemplateOf(r);
        const data = template && "data" in template ? template.data : undefined;
        if (template && "data" in template) {
          launched.push({ instance: r.id, template: template.id });
          if (template.otherVersion !== undefined)
            launchedFromVersion.push({
              instance: r.id,
              template: template.id,
              version: template.otherVersion,
            });
        }
        const own = r;
        const ownTags = base.tags as Record<string, string> | undefined;
        // The template's tag specifications tag what the launch makes: the instance (its own Tags
        // win) and the volumes of its block device mappings.
        const instanceTags =
          data && tagsAtLaunch(launchTags(data, "instance"), base.tags as Record<string, string>);
        if (instanceTags && Object.keys(instanceTags).length > 0) {
          base.tags = instanceTags;
          base.name = nameOf(r, instanceTags);
        }
        const inst: Resource = data ? { ...own, props: { ...data, ...own.props } } : own;
        // The template's network interfaces, when the instance sets its own subnet or groups.
        const nicsFromTemplate = data !== undefined && own.props.NetworkInterfaces === undefined;
        const ownSubnet = nicsFromTemplate && own.props.SubnetId !== undefined;
        const ownGroups =
          nicsFromTemplate &&
          (own.props.SecurityGroupIds !== undefined || own.props.SecurityGroups !== undefined);
        const interfaces = prop(inst, "NetworkInterfaces");
        const nics = Array.isArray(interfaces) ? interfaces.map((n) => obj(n) ?? {}) : [];
        const primary = nics.find((n) => String(n.DeviceIndex ?? "0") === "0") ?? nics[0];
        let subnetValue: unknown = prop(inst, "SubnetId");
        let groupValues: unknown[] = [];
        let publicIp: boolean | undefined;
        for (const nic of nics) {
          const eniRef = nic.NetworkInterfaceId;
          if (eniRef instanceof ResourceRef) eniOwner.set(eniRef.logicalId, inst.id);
        }
        if (primary) {
          const eniRef = primary.NetworkInterfaceId;
          const eni = eniRef instanceof ResourceRef ? enis.get(eniRef.logicalId) : undefined;
          if (!ownSubnet)
            subnetValue = primary.SubnetId ?? (eni ? prop(eni, "SubnetId") : undefined) ?? subnetValue;
          // An instance's interface lists GroupSet, a launch template's Groups.
          const set = primary.GroupSet ?? primary.Groups ?? (eni ? prop(eni, "GroupSet") : undefined);
          if (Array.isArray(set) && !ownGroups) groupValues = set;
          publicIp = bool(primary.AssociatePublicIpAddress);
        }
        const ids = prop(inst, "SecurityGroupIds");
        if (Array.isArray(ids)) groupValues = [...groupValues, ...ids];
        const names = prop(inst, "SecurityGroups");
        if (Array.isArray(names)) {
          for (const n of names) {
            if (n instanceof ResourceRef || n instanceof External) groupValues.push(n);
            else b.note(importText("cfn.groupByName"));
          }
        }
        const groups = groupValues
          .map((g) => link("securityGroup", g, inst.id))
          .filter((g): g is string => g !== undefined);
        const subnet =
          link("subnet", subnetValue, inst.id) ??
          (subnetValue === undefined
            ? b.ref("subnet", "default-subnet", importText("import.defaultSubnet"), "default subnet")
            : undefined);
        let type = str(prop(inst, "InstanceType"));
        // A launch template this template doesn't define may give the type: unknown, not the default.
        if (inst.props.InstanceType === undefined && !(template && "outside" in template)) {
          type = "m1.small";
          b.note(importText("cfn.defaultInstanceType"));
        }
        const keyName = prop(inst, "KeyName");
        const rec = defined({
          ...base,
          instanceType: type,
          imageId: amiId(prop(inst, "ImageId")),
          publicIp,
          securityGroups: groups.length > 0 ? [...new Set(groups)] : undefined,
          keyName: typeof keyName === "string" && keyName !== "" ? keyName : undefined,
        }) as Rec;
        // Launched with one network interface that doesn't say, it gets an address if its subnet
        // auto-assigns them (AWS assigns none when an instance launches with several interfaces).
        if (subnet && type) {
          const added = b.add("instance", { ...rec, subnet });
          if (publicIp === undefined && nics.length <= 1) publicBySubnet.push(added);
        } else
          b.addExternal(
            "instance",
            defined({ ...rec, subnet }) as Rec,
            template &&
              "outside" in template &&
              (subnet ? inst.props.InstanceType : subnetValue) === undefined
              ? importText("cfn.launchTemplateOutside", {
                  what: IMPORT_FIELDS[subnet ? "instance type" : "subnet"],
                  template: template.outside,
                })
              : unknownReason(
                  subnet ? "instance type" : "subnet",
                  subnet ? prop(inst, "InstanceType") : subnetValue,
                ),
          );
        const volumes = prop(inst, "Volumes");
        if (Array.isArray(volumes)) {
          for (const v of volumes)
            volumesFromInstance.push({ volume: obj(v)?.VolumeId, instance: inst.id, device: obj(v)?.Device });
        }
        const propagate = bool(prop(own, "PropagateTagsToVolumeOnCreation")) === true;
        blockDeviceVolumes(inst, volumeTagsAtLaunch(data && launchTags(data, "volume"), ownTags, propagate));
        break;
      }
      case "volume": {
        const az = prop(r, "AvailabilityZone");
        const type = r.props.VolumeType === undefined ? "gp2" : volumeType(prop(r, "VolumeType"));
        const size = positiveInt(prop(r, "Size"));
        const rec = defined({
          ...base,
          sizeGiB: size,
          volumeType: type,
          iops: type === "gp3" || type === "io1" || type === "io2" ? positiveInt(prop(r, "Iops")) : undefined,
          throughput: type === "gp3" ? positiveInt(prop(r, "Throughput")) : undefined,
          encrypted: bool(prop(r, "Encrypted")),
          multiAttach: bool(prop(r, "MultiAttachEnabled")) ? true : undefined,
        }) as Rec;
        if (!size || !type) {
          b.addExternal(
            "volume",
            rec,
            unknownReason(size ? "volume type" : "size", size ? prop(r, "VolumeType") : prop(r, "Size")),
          );
        } else if (az instanceof ResourceRef && az.attribute === "AvailabilityZone") {
          pendingZones.push({ rec: b.add("volume", rec), instance: az.logicalId, r });
        } else {
          const z = zone(az, r);
          b.zoneInUse(z);
          b.add("volume", { ...rec, availabilityZone: z });
        }
        break;
      }
    }
  }

  /** A rule's CIDR that the template doesn't give (a parameter without a value, a deploy-time value). */
  function unknownCidr(rule: Record<string, unknown>): unknown {
    return [rule.CidrIp, rule.CidrBlock].find(
      (c) => c instanceof External || c instanceof Unknown || c instanceof ResourceRef,
    );
  }

  function groupRule(rule: Record<string, unknown>, egress: boolean): Record<string, unknown>[] {
    const groupKey = egress ? "DestinationSecurityGroupId" : "SourceSecurityGroupId";
    const group = link("securityGroup", rule[groupKey] ?? rule.SourceSecurityGroupName, "a rule");
    return securityGroupRules(
      {
        protocol: rule.IpProtocol,
        from: rule.FromPort,
        to: rule.ToPort,
        cidrs: [rule.CidrIp, rule.CidrIpv6].filter((c) => typeof c === "string"),
        groups: group ? [group] : [],
        prefixLists: [rule.SourcePrefixListId, rule.DestinationPrefixListId].filter((p) => p !== undefined),
        description: rule.Description,
      },
      b,
    );
  }

  const table = (value: unknown, owner: string): Rec | undefined => {
    const id = link("routeTable", value, owner);
    if (!id) return undefined;
    return (
      b.get("routeTable", id) ?? b.addExternal("routeTable", { id, routes: [] }, placeholderReason(value))
    );
  };
  const placeholderReason = (value: unknown): LocalText =>
    value instanceof External ? value.reason : importText("cfn.outsideTemplate");
  const ensure = (kind: ImportKind, value: unknown, owner: string): Rec | undefined =>
    b.ensure(kind, link(kind, value, owner) || undefined, placeholderReason(value));
  const unreadable = (r: Resource, field: ImportField) => b.skipUnreadable(r.id, r.type, field);

  const [firstLaunched] = launched;
  if (firstLaunched)
    b.note(importText("cfn.launchTemplateRead", { count: launched.length, ...firstLaunched }));
  const [firstVersioned] = launchedFromVersion;
  if (firstVersioned)
    b.note(importText("cfn.launchTemplateVersion", { count: launchedFromVersion.length, ...firstVersioned }));
  const [firstUndrawn] = undrawnBlockDevices;
  if (firstUndrawn)
    b.note(importText("cfn.blockDevicesUndrawn", { count: undrawnBlockDevices.length, ...firstUndrawn }));

  // 2. Resources that link others.
  for (const r of list) {
    if (!PARTS.has(r.type)) {
      if (!PRIMARY[r.type]) b.skip(r.id, r.type, skipReason(r.type));
      continue;
    }
    switch (r.type) {
      case "AWS::EC2::VPCGatewayAttachment": {
        if (r.props.InternetGatewayId === undefined) {
          b.skip(r.id, r.type, importText("cfn.vpnGateway"));
          break;
        }
        const igw = ensure("internetGateway", prop(r, "InternetGatewayId"), r.id);
        const vpc = link("vpc", prop(r, "VpcId"), r.id);
        if (!igw || !vpc) {
          unreadable(r, "gateway or VPC");
          break;
        }
        igw.vpc = vpc;
        b.part("attachments");
        break;
      }
      case "AWS::EC2::Route": {
        const destination = awsBlock(prop(r, "DestinationCidrBlock"), b);
        if (!destination) {
          b.skip(
            r.id,
            r.type,
            r.props.DestinationIpv6CidrBlock !== undefined
              ? importText("import.ipv6Route")
              : importText("cfn.unknownDestination"),
          );
          break;
        }
        const t = table(prop(r, "RouteTableId"), r.id);
        const target = routeTarget(r);
        if (!t || !target) {
          unreadable(r, t ? "target" : "route table");
          break;
        }
        (t.routes as unknown[]).push({ destination, target });
        b.part("routes");
        break;
      }
      case "AWS::EC2::SubnetRouteTableAssociation":
      case "AWS::EC2::SubnetNetworkAclAssociation": {
        const isAcl = r.type.includes("NetworkAcl");
        const owner = isAcl
          ? ensure("networkAcl", prop(r, "NetworkAclId"), r.id)
          : table(prop(r, "RouteTableId"), r.id);
        const subnet = link("subnet", prop(r, "SubnetId"), r.id);
        if (!owner || !subnet) {
          unreadable(r, "subnet or table");
          break;
        }
        if (isAcl) {
          owner.ingress ??= [];
          owner.egress ??= [];
        }
        owner.subnets = [...((owner.subnets as string[] | undefined) ?? []), subnet];
        b.part("associations");
        break;
      }
      case "AWS::EC2::NetworkAclEntry": {
        const acl = ensure("networkAcl", prop(r, "NetworkAclId"), r.id);
        const range = obj(prop(r, "PortRange"));
        const icmp = obj(prop(r, "Icmp"));
        const rule = networkAclRule(
          {
            ruleNumber: prop(r, "RuleNumber"),
            action: prop(r, "RuleAction"),
            protocol: prop(r, "Protocol"),
            from: range?.From,
            to: range?.To,
            icmpType: icmp?.Type,
            icmpCode: icmp?.Code,
            cidr: prop(r, "CidrBlock"),
            ipv6: prop(r, "Ipv6CidrBlock"),
          },
          b,
        );
        const cidr = unknownCidr({ CidrBlock: prop(r, "CidrBlock") });
        if (acl && !rule && cidr !== undefined) {
          b.skip(r.id, r.type, unknownReason("IPv4 CIDR block", cidr));
          break;
        }
        if (!acl || !rule) {
          unreadable(r, acl ? "rule (IPv6 or another protocol)" : "network ACL");
          break;
        }
        const key = bool(prop(r, "Egress")) ? "egress" : "ingress";
        acl.ingress ??= [];
        acl.egress ??= [];
        (acl[key] as unknown[]).push(rule);
        b.part("networkAclRules");
        break;
      }
      case "AWS::EC2::SecurityGroupIngress":
      case "AWS::EC2::SecurityGroupEgress": {
        const egress = r.type.endsWith("Egress");
        const group = ensure("securityGroup", prop(r, "GroupId") ?? prop(r, "GroupName"), r.id);
        const props = evaluate(r.props, ctx) as Record<string, unknown>;
        const rules = groupRule(props, egress);
        const cidr = unknownCidr(props);
        if (group && rules.length === 0 && cidr !== undefined) {
          b.skip(r.id, r.type, unknownReason("IPv4 CIDR block", cidr));
          break;
        }
        if (!group || rules.length === 0) {
          unreadable(r, group ? "rule" : "security group");
          break;
        }
        if (egress)
          group.egress = [
            ...((group.egress as unknown[]) ?? [{ protocol: "-1", cidr: "0.0.0.0/0" }]),
            ...rules,
          ];
        else group.ingress = [...((group.ingress as unknown[]) ?? []), ...rules];
        b.part("securityGroupRules");
        break;
      }
      case "AWS::EC2::EIPAssociation": {
        const eip = ensure("elasticIp", prop(r, "AllocationId") ?? prop(r, "EIP"), r.id);
        const eniValue = prop(r, "NetworkInterfaceId");
        const owner = eniValue instanceof ResourceRef ? eniOwner.get(eniValue.logicalId) : undefined;
        const instance = link(
          "instance",
          prop(r, "InstanceId") ?? (owner ? new ResourceRef(owner) : undefined),
          r.id,
        );
        if (!eip || !instance) {
          unreadable(r, "Elastic IP or instance");
          break;
        }
        eip.instance = instance;
        b.part("attachments");
        break;
      }
      case "AWS::EC2::VolumeAttachment":
        attachVolume(prop(r, "VolumeId"), prop(r, "InstanceId"), prop(r, "Device"), r);
        break;
      case "AWS::EC2::NetworkInterface":
        b.skip(r.id, r.type, importText("cfn.networkInterfaces"));
        break;
    }
  }
  b.attachRoutedGateways(routedGateways, (vpc) => importText("import.internetGatewayRouted", { vpc }));

  function attachVolume(volumeValue: unknown, instanceValue: unknown, deviceValue: unknown, r?: Resource) {
    const volume = ensure("volume", volumeValue, r?.id ?? "an instance");
    const instance = link("instance", instanceValue, r?.id ?? "an instance");
    const dev = device(deviceValue);
    if (!volume || !instance || !dev) {
      if (r) unreadable(r, "volume, instance or device");
      return;
    }
    volume.attachments = [...((volume.attachments as unknown[]) ?? []), { instance, device: dev }];
    if (r) b.part("attachments");
  }
  for (const v of volumesFromInstance) {
    if (types.get(v.instance) === "AWS::EC2::Instance")
      attachVolume(v.volume, new ResourceRef(v.instance), v.device);
  }

  // NAT gateways take their Elastic IP through AllocationId: GetAtt EIP.AllocationId.
  for (const r of list) {
    if (r.type !== "AWS::EC2::NatGateway" || r.props.AllocationId === undefined) continue;
    const eip = ensure("elasticIp", prop(r, "AllocationId"), r.id);
    if (eip && b.has("natGateway", alias(r.id))) eip.natGateway = alias(r.id);
  }

  for (const rec of publicBySubnet)
    if (typeof rec.subnet === "string" && autoPublic.has(rec.subnet)) rec.publicIp = true;

  // Volumes whose zone is "the instance's": the zone of the instance's subnet.
  for (const { rec, instance, r } of pendingZones) {
    const subnet = b.get("instance", alias(instance))?.subnet;
    const az = typeof subnet === "string" ? b.get("subnet", subnet)?.availabilityZone : undefined;
    rec.availabilityZone = zone(az, r);
    b.zoneInUse(rec.availabilityZone as string);
  }

  function routeTarget(r: Resource): string | undefined {
    const drawn: [string, ImportKind][] = [
      ["NatGatewayId", "natGateway"],
      ["InstanceId", "instance"],
    ];
    for (const [key, kind] of drawn) if (r.props[key] !== undefined) return link(kind, prop(r, key), r.id);
    const eni = prop(r, "NetworkInterfaceId");
    if (eni instanceof ResourceRef && eniOwner.has(eni.logicalId)) {
      return link("instance", new ResourceRef(eniOwner.get(eni.logicalId) as string), r.id);
    }
    for (const key of [
      "GatewayId",
      "TransitGatewayId",
      "VpcPeeringConnectionId",
      "EgressOnlyInternetGatewayId",
      "VpcEndpointId",
      "CarrierGatewayId",
      "LocalGatewayId",
      "NetworkInterfaceId",
    ]) {
      if (r.props[key] === undefined) continue;
      const value = prop(r, key);
      const refType = value instanceof ResourceRef ? types.get(value.logicalId) : undefined;
      const isIgw =
        key === "GatewayId" &&
        (refType === "AWS::EC2::InternetGateway" ||
          (typeof value === "string" && value.startsWith("igw-")) ||
          (value instanceof External && meta?.kinds?.[value.id] === "internetGateways"));
      if (isIgw) {
        const id = link("internetGateway", value, r.id);
        if (id === undefined) return id;
        // An outside gateway of a template ec2viz exported is attached where its metadata says, else its
        // attachment is unknown; any other gateway a route names is attached to the route's VPC.
        // (A parameter holding the gateway's AWS id as its default evaluates to that id: its Ref names it.)
        const ref = obj(r.props[key])?.Ref;
        const param = value instanceof External ? value.id : typeof ref === "string" ? ref : undefined;
        if (param === undefined || meta?.kinds?.[param] !== "internetGateways") {
          routedGateways.add(id);
          return id;
        }
        const vpc = meta.attachedTo?.[param];
        if (vpc !== undefined && !b.has("internetGateway", id))
          b.addExternal(
            "internetGateway",
            defined({ id, name: meta.names?.[param], vpc }) as Rec,
            value instanceof External ? value.reason : importText("cfn.namedById", { owner: r.id }),
          );
        return id;
      }
      // A NAT gateway named as GatewayId (EC2 takes it there too) is still the NAT gateway.
      const isNat =
        key === "GatewayId" &&
        (refType === "AWS::EC2::NatGateway" || (typeof value === "string" && value.startsWith("nat-")));
      if (isNat) return link("natGateway", value, r.id);
      const name =
        typeof value === "string"
          ? value
          : value instanceof ResourceRef
            ? value.logicalId
            : value instanceof External
              ? value.id
              : undefined;
      if (name !== undefined) return undrawnTarget(name, key, refType);
    }
    return undefined;
  }
}

/** True for CDK's "matches no traffic" egress rule (see NO_TRAFFIC_EGRESS). */
function isNoTrafficRule(rule: Record<string, unknown> | undefined): boolean {
  return (
    rule !== undefined &&
    String(rule.IpProtocol) === NO_TRAFFIC_EGRESS.IpProtocol &&
    Number(rule.FromPort) === NO_TRAFFIC_EGRESS.FromPort &&
    Number(rule.ToPort) === NO_TRAFFIC_EGRESS.ToPort &&
    rule.CidrIp === NO_TRAFFIC_EGRESS.CidrIp
  );
}

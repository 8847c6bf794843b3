// Terraform resources -> format-2 resources. A resource's id is its AWS id (`id` attribute) when
// the state has one, else its address (resources a plan will create). Links read the attribute
// (an AWS id) and, when it is not known yet, the configuration's reference to another resource.
import type { LocalText } from "../../i18n/text.ts";
import { regionOfZoneName } from "../../model/regions.ts";
import { DEFAULT_REGION, type ImportBuilder, nameFromTags, tagsOf } from "../builder.ts";
import { tagsAtLaunch, templateTags } from "../launch-tags.ts";
import { importText } from "../messages.ts";
import { awsBlock, networkAclRule, securityGroupRules } from "../rules.ts";
import { undrawnTarget } from "../targets.ts";
import { IMPORT_FIELDS, type ImportField, type ImportKind, kindAfterArticle, type Rec } from "../types.ts";
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
} from "../values.ts";
import type { TfResource } from "./resources.ts";

const PRIMARY: Record<string, ImportKind> = {
  aws_vpc: "vpc",
  aws_default_vpc: "vpc",
  aws_subnet: "subnet",
  aws_default_subnet: "subnet",
  aws_internet_gateway: "internetGateway",
  aws_route_table: "routeTable",
  aws_default_route_table: "routeTable",
  aws_nat_gateway: "natGateway",
  aws_eip: "elasticIp",
  aws_network_acl: "networkAcl",
  aws_default_network_acl: "networkAcl",
  aws_security_group: "securityGroup",
  aws_default_security_group: "securityGroup",
  aws_instance: "instance",
  aws_ebs_volume: "volume",
};

const PARTS = new Set([
  "aws_internet_gateway_attachment",
  "aws_route",
  "aws_route_table_association",
  "aws_main_route_table_association",
  "aws_network_acl_rule",
  "aws_network_acl_association",
  "aws_security_group_rule",
  "aws_vpc_security_group_ingress_rule",
  "aws_vpc_security_group_egress_rule",
  "aws_eip_association",
  "aws_volume_attachment",
  "aws_network_interface",
]);

/** Link attributes a plan may route through locals, variables or module outputs. */
const GUESSED = new Set(["vpc_id", "subnet_id"]);

export function mapTerraform(
  resources: readonly TfResource[],
  b: ImportBuilder,
  region: string | undefined,
  plan = false,
): void {
  const byBase = new Map<string, TfResource[]>();
  const managed: TfResource[] = [];
  for (const r of resources) {
    if (r.mode === "data") {
      b.skip(r.address, r.type, importText("tf.dataSource"));
      continue;
    }
    managed.push(r);
    byBase.set(r.base, [...(byBase.get(r.base) ?? []), r]);
  }
  const idOf = (r: TfResource) => str(r.values.id) ?? r.address;
  /** Internet gateways that routes name (see ImportBuilder.attachRoutedGateways). */
  const routedGateways = new Set<string>();

  /** The resource a configuration reference names, same instance key as `from` when it has several. */
  const target = (address: string, from: TfResource): TfResource | undefined => {
    const exact = managed.find((r) => r.address === address);
    if (exact) return exact;
    const candidates = byBase.get(address) ?? [];
    return candidates.find((c) => c.index === from.index) ?? candidates[0];
  };

  const moduleOf = (r: TfResource) => r.base.replace(/(data\.)?[^.]+\.[^.]+$/, "");
  /**
   * In a plan, a link through a local value, a variable or a module output names no resource: take
   * the single resource of that kind in the module named, else in the same module, else in the plan.
   */
  const onlyOfKind = (kind: ImportKind, from: TfResource, modules: string[]): TfResource | undefined => {
    const ofKind = managed.filter((c) => PRIMARY[c.type] === kind);
    const scopes: ((c: TfResource) => boolean)[] = [
      ...(modules.length > 0 ? [(c: TfResource) => modules.some((m) => c.base.startsWith(m))] : []),
      (c) => moduleOf(c) === moduleOf(from),
      () => true,
    ];
    for (const scope of scopes) {
      const found = ofKind.filter(scope);
      if (found.length === 1) return found[0];
      if (found.length > 1) return undefined;
    }
    return undefined;
  };

  /** A plan's public NAT gateway whose allocation_id the configuration sets through no resource it shows. */
  const allocationNotShown = (nat: TfResource): boolean =>
    str(nat.values.allocation_id) === undefined &&
    nat.refs.allocation_id !== undefined &&
    nat.refs.allocation_id.every((a) => a.endsWith(".*"));
  /** Elastic IPs nothing else claims: no instance or interface, no aws_eip_association naming them. */
  const unclaimedEip = (eip: TfResource): boolean =>
    str(eip.values.instance) === undefined &&
    str(eip.values.network_interface) === undefined &&
    (eip.refs.instance ?? []).length === 0 &&
    (eip.refs.network_interface ?? []).length === 0 &&
    !managed.some(
      (a) =>
        a.type === "aws_eip_association" &&
        (a.refs.allocation_id ?? []).some((x) => x === eip.address || x === eip.base),
    );
  /**
   * The module's own Elastic IP for a NAT gateway of `allocationNotShown`: the unclaimed aws_eip of
   * the same index, when the module's such NAT gateways and unclaimed Elastic IPs pair up one to one
   * by index (count.index or the same for_each keys); undefined when they don't.
   */
  const moduleElasticIpOf = (nat: TfResource): TfResource | undefined => {
    const here = (c: TfResource) => moduleOf(c) === moduleOf(nat);
    const nats = managed.filter((c) => c.type === "aws_nat_gateway" && here(c) && allocationNotShown(c));
    const eips = managed.filter((c) => c.type === "aws_eip" && here(c) && unclaimedEip(c));
    if (nats.length !== eips.length) return undefined;
    const same = (a: TfResource) => eips.filter((e) => e.index === a.index);
    if (!nats.every((n) => same(n).length === 1)) return undefined;
    return same(nat)[0];
  };
  /** The aws_launch_template an instance's launch_template block names (by id or name), in the file. */
  const launchTemplateOf = (instance: TfResource): TfResource | undefined => {
    const spec = obj(list(instance.values.launch_template)[0]);
    const named = [
      ...(instance.refs["launch_template.0.id"] ?? []),
      ...(instance.refs["launch_template.0.name"] ?? []),
    ];
    const byRef = named.map((a) => target(a, instance)).find((t) => t?.type === "aws_launch_template");
    if (byRef) return byRef;
    const id = str(spec?.id);
    const name = str(spec?.name);
    if (id === undefined && name === undefined) return undefined;
    return managed.find(
      (t) =>
        t.type === "aws_launch_template" &&
        ((id !== undefined && str(t.values.id) === id) ||
          (name !== undefined && str(t.values.name) === name)),
    );
  };
  /** The tags an aws_launch_template's tag_specifications give to what it launches of `resourceType`. */
  const launchTemplateTags = (template: TfResource, resourceType: "instance" | "volume") =>
    templateTags(
      list(template.values.tag_specifications)
        .map(obj)
        .map((o) => ({ resourceType: o?.resource_type, tags: o && tagsOf(o.tags, b) })),
      resourceType,
    );
  /** A launch template's first network interface: its subnet, groups and whether it asks for a public address. */
  const launchTemplateInterface = (template: TfResource) => {
    const nics = list(template.values.network_interfaces).map((n) => obj(n) ?? {});
    const at = Math.max(
      0,
      nics.findIndex((n) => String(n.device_index ?? "0") === "0"),
    );
    const nic = nics[at];
    if (!nic) return undefined;
    // Its attributes, seen as the template's own so the usual links read values and references.
    const view: TfResource = {
      ...template,
      values: { subnet_id: nic.subnet_id, security_groups: nic.security_groups },
      refs: {
        subnet_id: template.refs[`network_interfaces.${at}.subnet_id`] ?? [],
        security_groups: template.refs[`network_interfaces.${at}.security_groups`] ?? [],
      },
    };
    const hasSubnet = nic.subnet_id != null || view.refs.subnet_id?.length;
    // The provider keeps associate_public_ip_address as a string ("true", "false" or "").
    const wanted = nic.associate_public_ip_address;
    return {
      subnet: hasSubnet ? link("subnet", view, "subnet_id") : undefined,
      groups: links("securityGroup", view, "security_groups"),
      publicIp:
        wanted === true || wanted === "true"
          ? true
          : wanted === false || wanted === "false"
            ? false
            : undefined,
    };
  };
  /** Instances that took something from an aws_launch_template, for one note. */
  const launchedFrom: { instance: string; template: string }[] = [];
  /** A plan's instances whose configuration sets no subnet (drawn in the default subnet), for one note. */
  const inDefaultSubnet: string[] = [];
  /** NAT gateways given their module's Elastic IP that way, for one note. */
  const pairedEips: { nat: string; eip: string }[] = [];

  const notInState = (kind: ImportKind): LocalText =>
    importText("tf.referredById", { kind: kindAfterArticle(kind) });

  /** Ids an attribute links to: its values when known, else the configuration's references. */
  const links = (kind: ImportKind, r: TfResource, attr: string, refPath = attr): string[] => {
    const value = r.values[attr];
    const known = (Array.isArray(value) ? value : [value])
      .map(str)
      .filter((v): v is string => v !== undefined);
    if (known.length > 0) return known.map((v) => b.ref(kind, v, notInState(kind)));
    const refs = (r.refs[refPath] ?? []).filter((a) => !a.endsWith(".*"));
    const modules = (r.refs[refPath] ?? []).filter((a) => a.endsWith(".*")).map((a) => a.slice(0, -1));
    if (refs.length === 0 && r.values[attr] === undefined && plan && GUESSED.has(attr)) {
      const only = onlyOfKind(kind, r, modules);
      if (only) {
        b.note(importText("tf.indirectLink"));
        return [b.ref(kind, idOf(only), notInState(kind))];
      }
    }
    return refs.flatMap((address) => {
      const t = target(address, r);
      // A reference to a resource of another kind (a test fixture's vpc as an allocation) links nothing.
      if (t && PRIMARY[t.type] !== undefined && PRIMARY[t.type] !== kind) return [];
      if (!t) {
        return [b.ref(kind, address, importText("tf.referencedMissing", { address }))];
      }
      return [b.ref(kind, idOf(t), importText("tf.notImported", { address: t.address, type: t.type }))];
    });
  };
  const link = (kind: ImportKind, r: TfResource, attr: string, refPath?: string) =>
    links(kind, r, attr, refPath)[0];

  const common = (r: TfResource): Rec => {
    const tags = tagsOf(r.values.tags, b);
    return defined({ id: idOf(r), name: nameFromTags(tags, b) ?? r.address, tags }) as Rec;
  };
  const missing = (field: ImportField): LocalText =>
    importText("tf.notKnownYet", { field: IMPORT_FIELDS[field] });

  const vpcRegion = new Map<string, string>();
  /** Each VPC's main route table and default network ACL as aws_vpc records them (AWS made them). */
  const vpcMainTable = new Map<string, string>();
  /** Subnets that give instances launched in them a public IPv4 address (map_public_ip_on_launch). */
  const autoPublic = new Set<string>();
  /** A plan's instances whose configuration doesn't say whether they get a public address. */
  const publicBySubnet: Rec[] = [];
  const vpcDefaultAcl = new Map<string, string>();
  const vpcDefaultGroup = new Map<string, string>();
  const eniInstance = new Map<string, string>();
  /** The EBS volumes each instance reports as its block devices, drawn once the others are in (3.). */
  const blockDevices: {
    instance: string;
    zone: string | undefined;
    device: Record<string, unknown>;
    /** The tags its volume gets at launch, before the device's own. */
    launchVolumeTags: Record<string, string>;
  }[] = [];

  // 1. Resources of their own.
  for (const r of managed) {
    const kind = PRIMARY[r.type];
    if (!kind) continue;
    const v = r.values;
    const base = common(r);
    switch (kind) {
      case "vpc": {
        const arnRegion = /^arn:aws[a-z-]*:ec2:([a-z0-9-]+):/.exec(str(v.arn) ?? "")?.[1];
        if (arnRegion) vpcRegion.set(base.id, arnRegion);
        const mainTable = str(v.main_route_table_id);
        if (mainTable) vpcMainTable.set(base.id, mainTable);
        const defaultAcl = str(v.default_network_acl_id);
        if (defaultAcl) vpcDefaultAcl.set(base.id, defaultAcl);
        const defaultGroup = str(v.default_security_group_id);
        if (defaultGroup) vpcDefaultGroup.set(base.id, defaultGroup);
        if (cidr(v.cidr_block)) b.add("vpc", { ...base, cidrBlock: cidr(v.cidr_block) });
        else b.addExternal("vpc", base, missing("IPv4 CIDR block"));
        break;
      }
      case "subnet": {
        const vpc = link("vpc", r, "vpc_id");
        let zone = str(v.availability_zone);
        if (!zone && plan && vpc && cidr(v.cidr_block)) {
          zone = `${region ?? DEFAULT_REGION}a`;
          b.note(importText("tf.zoneAssumed", { zone }));
        }
        if (vpc && zone && !vpcRegion.has(vpc)) {
          const code = regionOfZoneName(zone);
          if (code) vpcRegion.set(vpc, code);
        }
        const rec = defined({ ...base, vpc, availabilityZone: zone }) as Rec;
        if (bool(v.map_public_ip_on_launch) === true) autoPublic.add(base.id as string);
        if (vpc && zone && cidr(v.cidr_block)) {
          b.zoneInUse(zone);
          b.add("subnet", { ...rec, cidrBlock: cidr(v.cidr_block) });
        } else b.addExternal("subnet", rec, missing("VPC, Availability Zone or IPv4 CIDR block"));
        break;
      }
      case "internetGateway":
        b.add("internetGateway", { ...base, vpc: link("vpc", r, "vpc_id") ?? null });
        break;
      case "routeTable": {
        const vpc = link("vpc", r, "vpc_id");
        const routes = list(v.route).flatMap((route, i) => {
          const made = tfRoute(obj(route) ?? {}, r, `route.${i}`);
          return made ? [made] : [];
        });
        const rec = defined({
          ...base,
          main: r.type === "aws_default_route_table" ? true : undefined,
          vpc,
          routes,
        }) as Rec;
        if (vpc) b.add("routeTable", rec);
        else b.addExternal("routeTable", rec, missing("VPC"));
        break;
      }
      case "natGateway": {
        const subnet = link("subnet", r, "subnet_id");
        const rec = defined({
          ...base,
          subnet,
          connectivity: str(v.connectivity_type) === "private" ? "private" : undefined,
        }) as Rec;
        if (subnet) b.add("natGateway", rec);
        else b.addExternal("natGateway", rec, missing("subnet"));
        const allocation = link("elasticIp", r, "allocation_id");
        if (allocation)
          b.add(
            "elasticIp",
            defined({ id: allocation, publicIp: ipv4(v.public_ip), natGateway: base.id }) as Rec,
          );
        else if (plan && allocationNotShown(r)) {
          // Set in the configuration through a local value, a variable or a module output, none of
          // which the plan shows (terraform-aws-modules/vpc: element(local.nat_gateway_ips,
          // count.index), the module's aws_eip.nat[*].id): the module's own Elastic IP of the same
          // index when each such NAT gateway there has one, else a placeholder (known after apply).
          // (A reference to a resource of another kind links nothing, as before.)
          const paired = moduleElasticIpOf(r);
          if (paired) {
            b.add("elasticIp", { id: idOf(paired), natGateway: base.id });
            pairedEips.push({ nat: r.address, eip: paired.address });
          } else
            b.addExternal(
              "elasticIp",
              { id: `${r.address}.allocation_id`, natGateway: base.id },
              importText("tf.allocationNotShown", { address: r.address }),
            );
        }
        break;
      }
      case "elasticIp": {
        const instance = link("instance", r, "instance");
        const eni = str(v.network_interface);
        b.add(
          "elasticIp",
          defined({
            ...base,
            id: str(v.allocation_id) ?? base.id,
            publicIp: ipv4(v.public_ip),
            instance: instance ?? (eni ? eniInstance.get(eni) : undefined),
          }) as Rec,
        );
        break;
      }
      case "networkAcl": {
        const vpc = link("vpc", r, "vpc_id");
        const rules = (egress: boolean) =>
          list(egress ? v.egress : v.ingress).flatMap((rule) => {
            const x = obj(rule) ?? {};
            const made = networkAclRule(
              {
                ruleNumber: x.rule_no,
                action: x.action,
                protocol: x.protocol,
                from: x.from_port,
                to: x.to_port,
                icmpType: x.icmp_type,
                icmpCode: x.icmp_code,
                cidr: x.cidr_block,
                ipv6: x.ipv6_cidr_block,
              },
              b,
            );
            return made ? [made] : [];
          });
        const subnets = links("subnet", r, "subnet_ids");
        const rec = defined({
          ...base,
          vpc,
          default: r.type === "aws_default_network_acl" ? true : undefined,
          subnets: subnets.length > 0 ? subnets : undefined,
          ingress: rules(false),
          egress: rules(true),
        }) as Rec;
        if (vpc) b.add("networkAcl", rec);
        else b.addExternal("networkAcl", rec, missing("VPC"));
        break;
      }
      case "securityGroup": {
        // A group whose configuration sets no vpc_id is made in the Region's default VPC (the
        // provider's documented default): a state records that VPC's id, a plan doesn't, and the plan's
        // only VPC is not where it goes.
        const noVpc = r.configured === true && v.vpc_id === undefined && r.refs.vpc_id === undefined;
        const vpc = noVpc
          ? b.ref("vpc", "default-vpc", importText("import.defaultVpc"), "default VPC")
          : link("vpc", r, "vpc_id");
        const self = base.id;
        const rules = (key: "ingress" | "egress") =>
          list(v[key]).flatMap((rule, i) => {
            const x = obj(rule) ?? {};
            return securityGroupRules(
              {
                protocol: x.protocol,
                from: x.from_port,
                to: x.to_port,
                cidrs: [...list(x.cidr_blocks), ...list(x.ipv6_cidr_blocks)],
                groups: [
                  ...links(
                    "securityGroup",
                    { ...r, values: x },
                    "security_groups",
                    `${key}.${i}.security_groups`,
                  ),
                  ...(bool(x.self) ? [self] : []),
                ],
                prefixLists: list(x.prefix_list_ids),
                description: x.description,
              },
              b,
            );
          });
        const rec = defined({
          ...base,
          // A group's own name comes after its tags' (base.name falls back to the address).
          name: nameFromTags(base.tags as Record<string, string> | undefined, b) ?? str(v.name) ?? r.address,
          description: str(v.description),
          vpc,
          // aws_default_security_group adopts the VPC's default group (its rules are the ones written).
          default: r.type === "aws_default_security_group" ? true : undefined,
          ingress: rules("ingress"),
          egress: Array.isArray(v.egress) ? rules("egress") : undefined,
        }) as Rec;
        if (vpc) b.add("securityGroup", rec);
        else b.addExternal("securityGroup", rec, missing("VPC"));
        break;
      }
      case "instance": {
        // Launched from an aws_launch_template of the file: what the instance doesn't set comes from
        // it (a plan leaves those unknown on the instance; a state records what the instance has).
        const template = launchTemplateOf(r);
        const tv = template?.values ?? {};
        const nic = template ? launchTemplateInterface(template) : undefined;
        const ownSubnet = r.values.subnet_id !== undefined || r.refs.subnet_id !== undefined;
        const configured = ownSubnet || nic?.subnet !== undefined;
        // A plan's configuration that sets no subnet_id launches the instance where RunInstances puts
        // one without a subnet: "If you don't specify a subnet ID, we choose a default subnet from
        // your default VPC" (EC2 API Reference, RunInstances). Not the plan's only subnet: no guess.
        const unset = r.configured === true && !ownSubnet;
        if (unset && !configured) inDefaultSubnet.push(r.address);
        const subnet =
          (unset ? undefined : link("subnet", r, "subnet_id")) ??
          nic?.subnet ??
          (configured
            ? undefined
            : b.ref("subnet", "default-subnet", importText("import.defaultSubnet"), "default subnet"));
        const ownGroups = links("securityGroup", r, "vpc_security_group_ids");
        const groups =
          ownGroups.length > 0 || !template
            ? ownGroups
            : [...links("securityGroup", template, "vpc_security_group_ids"), ...(nic?.groups ?? [])];
        // (A state records what the instance has: the template fills nothing there.)
        if (template && plan) {
          launchedFrom.push({ instance: r.address, template: template.address });
          // RunInstances applies the template's instance tags; the instance's own tags win.
          const tags = tagsAtLaunch(
            launchTemplateTags(template, "instance"),
            base.tags as Record<string, string>,
          );
          if (Object.keys(tags).length > 0) {
            base.tags = tags;
            base.name = nameFromTags(tags, b) ?? r.address;
          }
        }
        const eni = str(v.primary_network_interface_id);
        if (eni) eniInstance.set(eni, base.id);
        const zone = str(v.availability_zone);
        if (zone && subnet) b.zoneInUse(zone);
        // Its block devices' volumes are tagged at launch by the template's volume tag_specifications,
        // then volume_tags (RunInstances' own TagSpecifications for volumes: they override the
        // template's), then each device's own tags, which the provider sets after launch. A state's
        // volume_tags, when set, hold what the provider read back from the volumes.
        const launchVolumeTags = tagsAtLaunch(
          template ? launchTemplateTags(template, "volume") : undefined,
          tagsOf(v.volume_tags, b),
        );
        for (const d of [...list(v.root_block_device), ...list(v.ebs_block_device)])
          blockDevices.push({ instance: base.id, zone, device: obj(d) ?? {}, launchVolumeTags });
        const rec = defined({
          ...base,
          subnet,
          instanceType: str(v.instance_type) ?? str(tv.instance_type),
          imageId: amiId(v.ami ?? tv.image_id),
          publicIp:
            str(v.public_ip) ||
            bool(v.associate_public_ip_address) ||
            (v.associate_public_ip_address == null && nic?.publicIp === true)
              ? true
              : undefined,
          securityGroups: groups.length > 0 ? [...new Set(groups)] : undefined,
          state: instanceState(v.instance_state),
          keyName: str(v.key_name) ?? str(tv.key_name),
        }) as Rec;
        if (subnet && rec.instanceType) {
          const added = b.add("instance", rec);
          // A state records the address the instance has (public_ip); a plan, for an instance not
          // created yet, leaves it to the subnet when associate_public_ip_address isn't set.
          if (
            plan &&
            rec.publicIp === undefined &&
            v.associate_public_ip_address == null &&
            nic?.publicIp == null
          )
            publicBySubnet.push(added);
        } else b.addExternal("instance", rec, missing(subnet ? "instance type" : "subnet"));
        break;
      }
      case "volume": {
        const type = volumeType(v.type) ?? (str(v.type) === undefined ? "gp2" : undefined);
        const zone = str(v.availability_zone);
        const size = positiveInt(v.size);
        const rec = defined({
          ...base,
          availabilityZone: zone,
          sizeGiB: size,
          volumeType: type,
          iops: type === "gp3" || type === "io1" || type === "io2" ? positiveInt(v.iops) : undefined,
          throughput: type === "gp3" ? positiveInt(v.throughput) : undefined,
          encrypted: bool(v.encrypted),
          multiAttach: bool(v.multi_attach_enabled) ? true : undefined,
        }) as Rec;
        if (zone && size && type) {
          b.zoneInUse(zone);
          b.add("volume", rec);
        } else b.addExternal("volume", rec, missing("Availability Zone, size or volume type"));
        break;
      }
    }
  }

  function tfRoute(
    route: Record<string, unknown>,
    r: TfResource,
    path: string,
  ): Record<string, unknown> | undefined {
    const written = str(route.cidr_block) ?? str(route.destination_cidr_block);
    if (!written) {
      if (str(route.ipv6_cidr_block) ?? str(route.destination_ipv6_cidr_block)) {
        b.note(importText("import.ipv6NotDrawn"));
      }
      return undefined;
    }
    const destination = isIpv6(written) ? undefined : awsBlock(written, b);
    if (!destination) return undefined;
    const sub = (attr: string) => ({ ...r, values: route, refs: prefixed(r.refs, path, attr) });
    const gateway = str(route.gateway_id);
    if (gateway === "local") return undefined;
    let t: string | undefined;
    if (str(route.nat_gateway_id) || sub("nat_gateway_id").refs.nat_gateway_id)
      t = link("natGateway", sub("nat_gateway_id"), "nat_gateway_id");
    // AWS takes a NAT gateway's id in gateway_id too (the provider's docs call the API "forgiving"),
    // and the route then goes through that NAT gateway: it is no virtual private gateway.
    else if (
      gateway?.startsWith("nat-") ||
      (!gateway && refType(sub("gateway_id"), "gateway_id") === "aws_nat_gateway")
    )
      t = link("natGateway", sub("gateway_id"), "gateway_id");
    else if (
      gateway?.startsWith("igw-") ||
      (!gateway && refType(sub("gateway_id"), "gateway_id") === "aws_internet_gateway")
    ) {
      t = link("internetGateway", sub("gateway_id"), "gateway_id");
      if (t !== undefined) routedGateways.add(t);
    } else if (str(route.instance_id)) t = link("instance", sub("instance_id"), "instance_id");
    else {
      for (const a of [
        "gateway_id",
        "transit_gateway_id",
        "vpc_peering_connection_id",
        "egress_only_gateway_id",
        "vpc_endpoint_id",
        "carrier_gateway_id",
        "local_gateway_id",
        "network_interface_id",
      ]) {
        const known = str(route[a]);
        const address = known ? undefined : sub(a).refs[a]?.[0];
        const res = address ? target(address, r) : undefined;
        const name = known ?? (res ? idOf(res) : undefined);
        if (name === undefined) continue;
        t = undrawnTarget(name, a, res?.type);
        if (t) break;
      }
    }
    return t ? { destination, target: t } : undefined;
  }

  function prefixed(refs: Record<string, string[]>, path: string, attr: string): Record<string, string[]> {
    const own = refs[attr];
    const nested = refs[`${path}.${attr}`];
    return nested ? { [attr]: nested } : own && path === "" ? { [attr]: own } : own ? { [attr]: own } : {};
  }
  function refType(r: TfResource, attr: string): string | undefined {
    const address = r.refs[attr]?.[0];
    return address ? target(address, r)?.type : undefined;
  }

  const ensure = (kind: ImportKind, id: string | undefined): Rec | undefined =>
    b.ensure(kind, id, notInState(kind));
  const unreadable = (r: TfResource, field: ImportField) => b.skipUnreadable(r.address, r.type, field);

  // 2. Resources that link others.
  for (const r of managed) {
    if (!PARTS.has(r.type)) {
      if (!PRIMARY[r.type]) {
        b.skip(
          r.address,
          r.type,
          r.type.startsWith("aws_")
            ? importText("import.notDrawnType", { type: r.type })
            : importText("tf.notAws"),
        );
      }
      continue;
    }
    const v = r.values;
    switch (r.type) {
      case "aws_internet_gateway_attachment": {
        const igw = ensure("internetGateway", link("internetGateway", r, "internet_gateway_id"));
        const vpc = link("vpc", r, "vpc_id");
        if (!igw || !vpc) {
          unreadable(r, "gateway or VPC");
          break;
        }
        igw.vpc = vpc;
        b.part("attachments");
        break;
      }
      case "aws_route": {
        const table = ensure("routeTable", link("routeTable", r, "route_table_id"));
        const route = tfRoute(v, r, "");
        if (!table || !route) {
          if (str(v.destination_ipv6_cidr_block)) b.skip(r.address, r.type, importText("import.ipv6Route"));
          else unreadable(r, table ? "destination or target" : "route table");
          break;
        }
        table.routes = replacing(table.routes, [route], (a, b) => a.destination === b.destination);
        b.part("routes");
        break;
      }
      case "aws_route_table_association":
      case "aws_network_acl_association": {
        const isAcl = r.type === "aws_network_acl_association";
        if (!isAcl && (str(v.gateway_id) || r.refs.gateway_id)) {
          b.skip(r.address, r.type, importText("tf.edgeAssociation"));
          break;
        }
        const owner = isAcl
          ? ensure("networkAcl", link("networkAcl", r, "network_acl_id"))
          : ensure("routeTable", link("routeTable", r, "route_table_id"));
        const subnet = link("subnet", r, "subnet_id");
        if (!owner || !subnet) {
          unreadable(r, "subnet or table");
          break;
        }
        if (isAcl) {
          owner.ingress ??= [];
          owner.egress ??= [];
        } else owner.routes ??= [];
        owner.subnets = [...new Set([...((owner.subnets as string[]) ?? []), subnet])];
        b.part("associations");
        break;
      }
      case "aws_main_route_table_association": {
        const table = ensure("routeTable", link("routeTable", r, "route_table_id"));
        if (!table) {
          unreadable(r, "route table");
          break;
        }
        table.main = true;
        table.routes ??= [];
        b.part("associations");
        break;
      }
      case "aws_network_acl_rule": {
        const acl = ensure("networkAcl", link("networkAcl", r, "network_acl_id"));
        const rule = networkAclRule(
          {
            ruleNumber: v.rule_number,
            action: v.rule_action,
            protocol: v.protocol,
            from: v.from_port,
            to: v.to_port,
            icmpType: v.icmp_type,
            icmpCode: v.icmp_code,
            cidr: v.cidr_block,
            ipv6: v.ipv6_cidr_block,
          },
          b,
        );
        if (!acl || !rule) {
          unreadable(r, acl ? "rule (IPv6 or another protocol)" : "network ACL");
          break;
        }
        acl.ingress ??= [];
        acl.egress ??= [];
        const side = bool(v.egress) ? "egress" : "ingress";
        acl[side] = replacing(acl[side], [rule], (a, b) => a.ruleNumber === b.ruleNumber);
        b.part("networkAclRules");
        break;
      }
      case "aws_security_group_rule":
      case "aws_vpc_security_group_ingress_rule":
      case "aws_vpc_security_group_egress_rule": {
        const legacy = r.type === "aws_security_group_rule";
        const egress = legacy ? str(v.type) === "egress" : r.type.endsWith("egress_rule");
        const group = ensure("securityGroup", link("securityGroup", r, "security_group_id"));
        const other = legacy
          ? bool(v.self)
            ? group?.id
            : link("securityGroup", r, "source_security_group_id")
          : link("securityGroup", r, "referenced_security_group_id");
        const rules = securityGroupRules(
          {
            protocol: legacy ? v.protocol : v.ip_protocol,
            from: v.from_port,
            to: v.to_port,
            cidrs: legacy
              ? [...list(v.cidr_blocks), ...list(v.ipv6_cidr_blocks)]
              : [v.cidr_ipv4, v.cidr_ipv6].filter((c) => str(c)),
            groups: other ? [other] : [],
            prefixLists: legacy ? list(v.prefix_list_ids) : [v.prefix_list_id].filter((p) => str(p)),
            description: v.description,
          },
          b,
        );
        if (!group || rules.length === 0) {
          unreadable(r, group ? "rule (IPv6, a prefix list or another protocol)" : "security group");
          break;
        }
        const key = egress ? "egress" : "ingress";
        group[key] = replacing(group[key], rules, sameRule);
        b.part("securityGroupRules");
        break;
      }
      case "aws_eip_association": {
        const eip = ensure("elasticIp", link("elasticIp", r, "allocation_id"));
        const eni = str(v.network_interface_id);
        const instance = link("instance", r, "instance_id") ?? (eni ? eniInstance.get(eni) : undefined);
        if (!eip || !instance) {
          unreadable(r, "Elastic IP or instance");
          break;
        }
        eip.instance = instance;
        b.part("attachments");
        break;
      }
      case "aws_volume_attachment": {
        const volume = ensure("volume", link("volume", r, "volume_id"));
        const instance = link("instance", r, "instance_id");
        const dev = device(v.device_name);
        if (!volume || !instance || !dev) {
          unreadable(r, "volume, instance or device");
          break;
        }
        volume.attachments = [...((volume.attachments as unknown[]) ?? []), { instance, device: dev }];
        b.part("attachments");
        break;
      }
      case "aws_network_interface":
        b.skip(r.address, r.type, importText("tf.networkInterfaces"));
        break;
    }
  }

  for (const rec of publicBySubnet)
    if (typeof rec.subnet === "string" && autoPublic.has(rec.subnet)) rec.publicIp = true;

  // 2b. A VPC's main route table (default ACL, default security group) is the one aws_vpc names, when
  // the state holds it as a plain aws_route_table (aws_network_acl, aws_security_group, e.g. after a
  // terraform import) and nothing else made one main (default): the subnets without an association of
  // their own use it, and its routes decide whether they are public; instances listing no group are in it.
  markVpcDefault("routeTable", vpcMainTable, "main");
  markVpcDefault("networkAcl", vpcDefaultAcl, "default");
  markVpcDefault("securityGroup", vpcDefaultGroup, "default");
  b.attachRoutedGateways(routedGateways, (vpc) => importText("import.internetGatewayRouted", { vpc }));
  // Subnets that still have no route table the state holds: say so once.
  // A VPC that records its main_route_table_id exists (a state's, or a plan's already made), so that
  // table may route anywhere: a placeholder. A VPC a plan creates has AWS's local-only main table.
  const unrouted = b.subnetsWithoutRouteTable();
  b.noteUnrouted("tf.routeTablesUndescribed", unrouted);
  b.outsideMainTables(
    unrouted.filter((s) => vpcMainTable.has(s.vpc as string)),
    (vpc) => vpcMainTable.get(vpc),
    (vpc) => importText("tf.mainTableOutside", { vpc }),
  );
  const [firstLaunched] = launchedFrom;
  if (firstLaunched)
    b.note(importText("tf.launchTemplateRead", { count: launchedFrom.length, ...firstLaunched }));
  const [firstDefault] = inDefaultSubnet;
  if (firstDefault)
    b.note(
      importText("tf.instanceInDefaultSubnet", { count: inDefaultSubnet.length, instance: firstDefault }),
    );
  const [firstPaired] = pairedEips;
  if (firstPaired) b.note(importText("tf.natEipPaired", { count: pairedEips.length, ...firstPaired }));
  function markVpcDefault(
    kind: "routeTable" | "networkAcl" | "securityGroup",
    named: Map<string, string>,
    flag: string,
  ): void {
    const taken = new Set(
      b
        .all(kind)
        .filter((t) => t[flag] === true)
        .map((t) => t.vpc),
    );
    for (const [vpc, id] of named) {
      const rec = b.get(kind, id);
      if (!rec || rec.external === true || rec.vpc !== vpc || taken.has(vpc)) continue;
      rec[flag] = true;
      taken.add(vpc);
    }
  }

  // 3. An instance's root and EBS block devices are volumes attached to it (a state knows their id,
  // size and type): drawn as volumes unless the file has them as aws_ebs_volume already.
  for (const { instance, zone, device: d, launchVolumeTags } of blockDevices) {
    const dev = device(d.device_name);
    const id = str(d.volume_id) ?? (dev ? `${instance}-${dev.slice("/dev/".length)}` : undefined);
    const known = id === undefined ? undefined : b.get("volume", id);
    if (known) {
      const attachments = (known.attachments as { instance: string }[] | undefined) ?? [];
      if (dev && !attachments.some((a) => a.instance === instance))
        known.attachments = [...attachments, { instance, device: dev }];
      continue;
    }
    const type = volumeType(d.volume_type) ?? (str(d.volume_type) === undefined ? "gp2" : undefined);
    const size = positiveInt(d.volume_size);
    if (id === undefined || dev === undefined || zone === undefined || size === undefined || !type) {
      b.note(importText("tf.blockDeviceUnread", { instance }));
      continue;
    }
    const launched = tagsAtLaunch(launchVolumeTags, tagsOf(d.tags, b));
    const tags = Object.keys(launched).length > 0 ? launched : undefined;
    b.zoneInUse(zone);
    b.add(
      "volume",
      defined({
        id,
        name: nameFromTags(tags, b) ?? id,
        tags,
        availabilityZone: zone,
        sizeGiB: size,
        volumeType: type,
        iops: type === "gp3" || type === "io1" || type === "io2" ? positiveInt(d.iops) : undefined,
        throughput: type === "gp3" ? positiveInt(d.throughput) : undefined,
        encrypted: bool(d.encrypted),
        attachments: [{ instance, device: dev }],
      }) as Rec,
    );
  }

  // A VPC whose Region the file doesn't say (aws_default_vpc has no ARN) is where the others are.
  const seen = [...new Set(vpcRegion.values())];
  const fallback = region ?? (seen.length === 1 ? seen[0] : undefined);
  for (const vpc of b.all("vpc")) {
    const code = vpcRegion.get(vpc.id) ?? fallback;
    if (code) vpc.region = code;
    else if (!vpc.external) {
      vpc.region = "us-east-1";
      b.note(importText("tf.regionAssumed"));
    }
  }
}

/**
 * A refreshed state records every route of a table and every rule of a group or ACL in its own
 * list, the ones an aws_route or *_rule resource made too: that resource replaces the entry it
 * made instead of adding it a second time (AWS holds one route per destination, one rule per
 * number, and refuses a duplicate security group rule).
 */
function replacing(
  existing: unknown,
  added: readonly Record<string, unknown>[],
  same: (a: Record<string, unknown>, b: Record<string, unknown>) => boolean,
): Record<string, unknown>[] {
  const kept = ((existing as Record<string, unknown>[] | undefined) ?? []).filter(
    (old) => !added.some((n) => same(old, n)),
  );
  return [...kept, ...added];
}

/** A security group rule is its protocol, ports and source; its description is not part of it. */
function sameRule(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const identity = ({ description: _, ...rule }: Record<string, unknown>) =>
    JSON.stringify(Object.entries(rule).sort(([x], [y]) => (x < y ? -1 : 1)));
  return identity(a) === identity(b);
}

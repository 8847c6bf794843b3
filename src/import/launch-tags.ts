// What a launch from a launch template tags: one rule for every importer (CloudFormation's
// LaunchTemplateData.TagSpecifications, Terraform's aws_launch_template tag_specifications).

type Tags = Record<string, string>;

/** A launch template's tag specification: the kind of resource it tags and its tags, as read. */
export interface TagSpecification {
  resourceType: unknown;
  tags: Tags | undefined;
}

/**
 * The tags a launch template gives what a launch creates of `resourceType` ("instance", "volume"):
 * every specification for that kind, in order. The template's TagSpecifications tag "the resources
 * that are created during instance launch" (EC2 API Reference, LaunchTemplateTagSpecificationRequest,
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_LaunchTemplateTagSpecificationRequest.html):
 * the instance, and each EBS volume of its block device mappings.
 */
export function templateTags(specs: Iterable<TagSpecification>, resourceType: "instance" | "volume"): Tags {
  const layers: (Tags | undefined)[] = [];
  for (const spec of specs) if (spec.resourceType === resourceType) layers.push(spec.tags);
  return merged(layers);
}

/**
 * The tags a resource launched from a launch template ends with: the template's, then, key by key,
 * each later layer's (the launch's own tags, then tags set on the resource after launch). "When you
 * launch an instance using a launch template, you can override parameters that are specified in the
 * launch template" (EC2 User Guide,
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/use-launch-templates-to-control-launching-instances.html).
 */
export function tagsAtLaunch(fromTemplate: Tags | undefined, ...own: (Tags | undefined)[]): Tags {
  return merged([fromTemplate, ...own]);
}

/**
 * The tags a launch gives the EBS volumes it creates (its block device mappings): the launch
 * template's volume tags, then, when the instance propagates its tags to them, the instance's own
 * tags, key by key as for any launch's own tags (tagsAtLaunch). CloudFormation's
 * PropagateTagsToVolumeOnCreation: "If you specify true and you assign tags to the instance, those
 * tags are automatically assigned to all of the volumes that you attach to the instance at launch"
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-instance.html#cfn-ec2-instance-propagatetagstovolumeoncreation).
 */
export function volumeTagsAtLaunch(
  fromTemplate: Tags | undefined,
  instanceTags: Tags | undefined,
  propagate: boolean,
): Tags {
  return tagsAtLaunch(fromTemplate, propagate ? instanceTags : undefined);
}

/** The layers' tags, a later layer's value winning; defined, not assigned, so `__proto__` stays a plain key. */
function merged(layers: readonly (Tags | undefined)[]): Tags {
  const out: Tags = {};
  for (const layer of layers)
    for (const [key, value] of Object.entries(layer ?? {}))
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

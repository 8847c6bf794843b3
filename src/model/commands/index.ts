// The command layer: one pure function per user operation (see types.ts for the result shape).
export {
  addInstance,
  addSecurityGroup,
  addVolume,
  DEFAULT_AMI_ID,
  DEFAULT_INSTANCE_TYPE,
} from "./add-compute.ts";
export { addAvailabilityZone, addInternetGateway, addRegion, addSubnet, addVpc } from "./add-network.ts";
export { changeRegion } from "./change-region.ts";
export {
  type CascadeEffect,
  type CascadeEntry,
  cascadeMessage,
  type DeletableKind,
  deleteResource,
  describeCascade,
} from "./delete.ts";
export { fieldLabel } from "./field-labels.ts";
export { KIND_LABELS, kindLabel, type LabelKind, resourceLabel } from "./kind-labels.ts";
export { assignSecurityGroup, moveInstance } from "./move.ts";
export { REFUSAL_CODES, type RefusalCode, refusalMessage } from "./refusals.ts";
export type { CommandResult, Refusal } from "./types.ts";
export { type ResourcePatch, updateResource } from "./update.ts";

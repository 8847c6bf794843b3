export * as addresses from "./addresses.ts";
export * as compute from "./compute.ts";
export * as network from "./network.ts";
export * as references from "./references.ts";
export * as routing from "./routing.ts";
export * as securityGroups from "./security-groups.ts";
export * as storage from "./storage.ts";
export * as tags from "./tags.ts";
export { checkRules, hasErrors, RULES, type ValidateOptions, validate } from "./validate.ts";

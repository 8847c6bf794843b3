// validate(doc): every problem of a topology document as diagnostics, in English or Korean.
// Shape first (schema); only a well-formed document goes through the AWS rules.

import { migrate } from "../../io/migrations.ts";
import { type Diagnostic, type Lang, severityOf } from "../diagnostics.ts";
import { formatMessage, localizeDiagnostic } from "../messages.ts";
import { FORMAT_VERSION, type Topology } from "../schema.ts";
import { schemaDiagnostics, topologyFromSchema } from "../schema-diagnostics.ts";
import { indexTopology, type TopologyIndex } from "../topology-index.ts";
import * as addresses from "./addresses.ts";
import * as compute from "./compute.ts";
import * as network from "./network.ts";
import * as references from "./references.ts";
import * as routing from "./routing.ts";
import * as securityGroups from "./security-groups.ts";
import * as storage from "./storage.ts";
import * as tags from "./tags.ts";
import type { Finding, Rule } from "./types.ts";

export interface ValidateOptions {
  lang?: Lang;
}

/** The AWS rules, in the order their diagnostics are listed. */
export const RULES: readonly Rule[] = [
  references.duplicateIds,
  references.unknownReferences,
  network.unknownRegions,
  network.zonesOutsideRegion,
  network.vpcCidrSizes,
  network.subnetCidrs,
  network.subnetOverlaps,
  network.gateways,
  compute.instanceTypes,
  compute.amiIds,
  compute.publicAddresses,
  compute.securityGroupsOfInstances,
  securityGroups.securityGroupRules,
  securityGroups.adminPortsOpen,
  securityGroups.icmpTypesAndCodes,
  securityGroups.defaultGroups,
  storage.volumeZones,
  storage.volumeSizes,
  storage.multiAttach,
  storage.deviceNames,
  storage.unknownDeviceNames,
  storage.bootVolumes,
  storage.multiAttachBootVolumes,
  storage.performanceRatios,
  tags.tagLimits,
  tags.regionTags,
  routing.duplicateRoutes,
  routing.mainRouteTables,
  routing.subnetAssociations,
  routing.aclRuleNumbers,
  routing.defaultNetworkAcls,
  routing.routeTableVpcs,
  routing.blackholeRoutes,
  addresses.natGatewaysWithoutInternet,
  addresses.elasticIpAssociations,
];

/** A finding worded in `lang`; the message id and params stay so it can be re-worded later. */
export function toDiagnostic(f: Finding, lang: Lang): Diagnostic {
  return {
    code: f.code,
    severity: severityOf(f.code),
    path: f.path,
    ...(f.resource === undefined ? {} : { resource: f.resource }),
    message: formatMessage(f.messageId, f.params as never, lang),
    messageId: f.messageId,
    params: f.params,
  };
}

/** The rules' findings on a document that already passed the schema (editing checks use them). */
export function findingsOf(doc: Topology, index: TopologyIndex = indexTopology(doc)): Finding[] {
  const ctx = { doc, index };
  return RULES.flatMap((rule) => rule(ctx));
}

/** Runs the AWS rules on a document that already passed the schema (`index`: its index, if made). */
export function checkRules(doc: Topology, lang: Lang = "en", index?: TopologyIndex): Diagnostic[] {
  return findingsOf(doc, index).map((f) => toDiagnostic(f, lang));
}

/**
 * Validates anything: raw JSON/YAML data or a parsed document. Data of an older format version is
 * checked against its own version's schema and migrated first (src/io/migrations.ts).
 */
export function validate(doc: unknown, options: ValidateOptions = {}): Diagnostic[] {
  const lang = options.lang ?? "en";
  const parsed = topologyFromSchema(doc);
  if (parsed) return checkRules(parsed, lang);
  const version =
    typeof doc === "object" && doc !== null ? (doc as { version?: unknown }).version : undefined;
  if (typeof version === "number" && version < FORMAT_VERSION) {
    const migrated = migrate(doc as Record<string, unknown>);
    if (migrated.ok) return validate(migrated.data, options);
    if (migrated.reason === "schema") return migrated.diagnostics.map((d) => localizeDiagnostic(d, lang));
  }
  return schemaDiagnostics(doc, lang);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

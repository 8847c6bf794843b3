// validate(doc): every problem of a topology document as diagnostics, in English or Korean.
// Shape first (schema); only a well-formed document goes through the AWS rules.
import { type Diagnostic, type Lang, severityOf } from "./diagnostics.ts";
import { compute, network, references, storage, tags } from "./rules/index.ts";
import type { Finding, Rule } from "./rules/types.ts";
import type { Topology } from "./schema.ts";
import { schemaDiagnostics, topologyFromSchema } from "./schema-diagnostics.ts";
import { indexTopology } from "./topology-index.ts";

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
  compute.publicAddresses,
  compute.securityGroupsOfInstances,
  storage.volumeZones,
  storage.volumeSizes,
  storage.multiAttach,
  storage.deviceNames,
  storage.bootVolumes,
  tags.tagLimits,
];

function toDiagnostic(f: Finding, lang: Lang): Diagnostic {
  return {
    code: f.code,
    severity: severityOf(f.code),
    path: f.path,
    ...(f.resource === undefined ? {} : { resource: f.resource }),
    message: f.message[lang],
  };
}

/** Runs the AWS rules on a parsed document. */
export function checkRules(doc: Topology, lang: Lang = "en"): Diagnostic[] {
  const ctx = { doc, index: indexTopology(doc) };
  return RULES.flatMap((rule) => rule(ctx)).map((f) => toDiagnostic(f, lang));
}

/** Validates anything: raw JSON/YAML data or a parsed document. */
export function validate(doc: unknown, options: ValidateOptions = {}): Diagnostic[] {
  const lang = options.lang ?? "en";
  const parsed = topologyFromSchema(doc);
  if (!parsed) return schemaDiagnostics(doc, lang);
  return checkRules(parsed, lang);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

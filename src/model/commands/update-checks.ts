// What only an edit can get wrong. Every AWS rule lives once, in ../rules/, and updateResource
// refuses an edit whose result brings in a rule error on the edited resource; the checks here are
// the few that are about the change itself rather than about the resulting document.
import { textOf } from "../../i18n/strings.ts";
import type { LocalText } from "../../i18n/text.ts";
import { displayNameById } from "../kind-labels.ts";
import { definedOnly, type Instance, type Subnet, type Topology } from "../schema.ts";

interface FieldProblem {
  field: string;
  message: LocalText;
}

/** A subnet can't change zone while an instance in it has EBS volumes: volumes stay in their zone. */
function subnetZoneMove(doc: Topology, s: Subnet, before: Subnet): FieldProblem | undefined {
  if (s.availabilityZone === before.availabilityZone) return undefined;
  const mover = definedOnly(doc.instances).find(
    (i) =>
      i.subnet === s.id &&
      definedOnly(doc.volumes).some((v) => (v.attachments ?? []).some((a) => a.instance === i.id)),
  );
  if (!mover) return undefined;
  return {
    field: "availabilityZone",
    message: textOf("edit.volumesStayInZone", {
      instance: displayNameById(doc, "instance", mover.id),
      zone: before.availabilityZone,
    }),
  };
}

/** The same group twice in an instance's list (a file would just repeat it; AWS takes a set). */
function duplicateGroup(i: Instance): FieldProblem | undefined {
  const groups = i.securityGroups ?? [];
  if (new Set(groups).size === groups.length) return undefined;
  return {
    field: "securityGroups",
    message: textOf("edit.groupTwice"),
  };
}

/** The first edit-only problem of an edited resource, if any. */
export function editProblem(
  doc: Topology,
  kind: string,
  after: unknown,
  before: unknown,
): FieldProblem | undefined {
  // An external resource carries only what is known: there is nothing more to check here.
  if ((after as { external?: unknown }).external === true) return undefined;
  if (kind === "subnet") return subnetZoneMove(doc, after as Subnet, before as Subnet);
  if (kind === "instance") return duplicateGroup(after as Instance);
  return undefined;
}

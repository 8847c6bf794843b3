// fast-check edits for the "incremental == full" tests: what a user does on the canvas (add an
// instance or a volume, move an instance, rename or retype one, attach a volume elsewhere, change a
// route table's subnets, rename a security group, delete something, fold or unfold a container),
// applied through the app's own commands. A refused edit leaves the document as it is.
import fc from "fast-check";
import { addInstance, addVolume } from "../commands/add-compute.ts";
import { deleteResource } from "../commands/delete.ts";
import { moveInstance } from "../commands/move.ts";
import type { CommandResult } from "../commands/types.ts";
import { updateResource } from "../commands/update.ts";
import type { Topology } from "../schema.ts";

type Edit =
  | { op: "addInstance"; subnet: number }
  | { op: "addVolume"; instance: number }
  | { op: "move"; instance: number; subnet: number }
  | { op: "rename"; instance: number; name: string }
  | { op: "retype"; instance: number; type: string }
  | { op: "deleteInstance"; instance: number }
  | { op: "deleteVolume"; volume: number }
  | { op: "reattach"; volume: number; instance: number }
  | { op: "associate"; table: number; subnet: number }
  | { op: "renameGroup"; group: number; name: string }
  | { op: "deleteSubnet"; subnet: number }
  | { op: "fold"; container: number };

export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant("addInstance" as const), subnet: fc.nat() }),
  fc.record({ op: fc.constant("addVolume" as const), instance: fc.nat() }),
  fc.record({ op: fc.constant("move" as const), instance: fc.nat(), subnet: fc.nat() }),
  fc.record({ op: fc.constant("rename" as const), instance: fc.nat(), name: fc.string({ maxLength: 12 }) }),
  fc.record({
    op: fc.constant("retype" as const),
    instance: fc.nat(),
    type: fc.constantFrom("t3.micro", "m7g.large", "t3.micrx", "x9.huge"),
  }),
  fc.record({ op: fc.constant("deleteInstance" as const), instance: fc.nat() }),
  fc.record({ op: fc.constant("deleteVolume" as const), volume: fc.nat() }),
  fc.record({ op: fc.constant("deleteSubnet" as const), subnet: fc.nat() }),
  fc.record({ op: fc.constant("reattach" as const), volume: fc.nat(), instance: fc.nat() }),
  fc.record({ op: fc.constant("associate" as const), table: fc.nat(), subnet: fc.nat() }),
  fc.record({ op: fc.constant("renameGroup" as const), group: fc.nat(), name: fc.string({ maxLength: 8 }) }),
  fc.record({ op: fc.constant("fold" as const), container: fc.nat() }),
);

const at = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

/** The document and folded set after one edit. `containers` are the diagram ids that can fold. */
export function applyEdit(
  doc: Topology,
  collapsed: readonly string[],
  edit: Edit,
  containers: readonly string[],
): { doc: Topology; collapsed: readonly string[] } {
  const keep = (r: CommandResult | undefined) => ({ doc: r?.ok ? r.doc : doc, collapsed });
  const instance = "instance" in edit ? at(doc.instances, edit.instance) : undefined;
  switch (edit.op) {
    case "addInstance": {
      const s = at(doc.subnets, edit.subnet);
      return keep(s && addInstance(doc, { subnetId: s.id }));
    }
    case "addVolume":
      return keep(instance && addVolume(doc, { instanceId: instance.id }));
    case "move": {
      const s = at(doc.subnets, edit.subnet);
      return keep(instance && s && moveInstance(doc, { instanceId: instance.id, subnetId: s.id }));
    }
    case "rename":
      return keep(instance && updateResource(doc, "instance", instance.id, { name: edit.name }));
    case "retype":
      return keep(instance && updateResource(doc, "instance", instance.id, { instanceType: edit.type }));
    case "deleteInstance":
      return keep(instance && deleteResource(doc, "instance", instance.id));
    case "deleteVolume": {
      const v = at(doc.volumes, edit.volume);
      return keep(v && deleteResource(doc, "volume", v.id));
    }
    case "reattach": {
      // The volume moves beside another instance (the layout groups it with its new host).
      const v = at(doc.volumes, edit.volume);
      const attachments = instance ? [{ instance: instance.id, device: "/dev/sdf" }] : [];
      return keep(v && updateResource(doc, "volume", v.id, { attachments }));
    }
    case "associate": {
      // A subnet joins (or leaves) a route table: it may turn public or private.
      const t = at(doc.routeTables, edit.table);
      const s = at(doc.subnets, edit.subnet);
      if (!t || !s) return keep(undefined);
      const list = t.subnets ?? [];
      const subnets = list.includes(s.id) ? list.filter((x) => x !== s.id) : [...list, s.id];
      return keep(updateResource(doc, "routeTable", t.id, { subnets }));
    }
    case "renameGroup": {
      const g = at(doc.securityGroups, edit.group);
      return keep(g && updateResource(doc, "securityGroup", g.id, { name: edit.name }));
    }
    case "deleteSubnet": {
      const s = at(doc.subnets, edit.subnet);
      return keep(s && deleteResource(doc, "subnet", s.id));
    }
    case "fold": {
      const c = at(containers, edit.container);
      if (c === undefined) return { doc, collapsed };
      return {
        doc,
        collapsed: collapsed.includes(c) ? collapsed.filter((x) => x !== c) : [...collapsed, c],
      };
    }
  }
}

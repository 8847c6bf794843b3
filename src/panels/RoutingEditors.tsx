// Row editors for format 2: a route table's routes and a network ACL's inbound and outbound rules.
// Same frame and same checks as the security group rules: a draft is validated on every keystroke
// by the update command and committed, as one undo step, when focus leaves the table.

import { useId } from "react";
import { t } from "../i18n/strings.ts";
import { fieldLabel } from "../model/commands/field-labels.ts";
import type { AclRule, Route } from "../model/schema.ts";
import {
  type Ctx,
  IcmpNote,
  ProtocolPortCells,
  RowTable,
  storedResource,
  useRows,
} from "./PropertiesForm.tsx";
import {
  type AclRow,
  aclRows,
  emptyAclRow,
  emptyRouteRow,
  type RouteRow,
  routeRows,
  rowsToAclRules,
  rowsToRoutes,
} from "./property-fields.ts";

/** Ids a route may name: the VPC's gateways, NAT gateways and instances (others can be typed). */
function targetOptions(ctx: Ctx): string[] {
  const vpc = ctx.doc.routeTables.find((t) => t.id === ctx.id)?.vpc;
  const subnets = new Set(ctx.doc.subnets.filter((s) => s.vpc === vpc).map((s) => s.id));
  return [
    ...ctx.doc.internetGateways.filter((g) => g.vpc === vpc).map((g) => g.id),
    ...ctx.doc.natGateways.filter((n) => n.subnet !== undefined && subnets.has(n.subnet)).map((n) => n.id),
    ...ctx.doc.instances.filter((i) => i.subnet !== undefined && subnets.has(i.subnet)).map((i) => i.id),
  ];
}

function RouteEditor({ ctx }: { ctx: Ctx }) {
  const uid = useId();
  const stored = storedResource(ctx.doc, ctx.kind, ctx.id).routes as Route[] | undefined;
  const label = fieldLabel("routes");
  const toPatch = (rows: RouteRow[]) => {
    const parsed = rowsToRoutes(rows);
    return parsed.ok ? { patch: { routes: parsed.value } } : { message: parsed.message };
  };
  const { rows, message, commitRows, edit, add, remove } = useRows(routeRows(stored), toPatch, ctx);
  const listId = `${uid}-targets`;
  return (
    <RowTable uid={uid} legend={label[ctx.lang]} message={message} onLeave={() => commitRows(label)}>
      <p className="prop-note">{t(ctx.lang, "form.localRoute")}</p>
      <datalist id={listId}>
        {targetOptions(ctx).map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      {rows.map((row, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity while being typed
        <div key={n} className="prop-row prop-route">
          <input
            aria-label={`${t(ctx.lang, "form.destination")} ${n + 1}`}
            value={row.destination}
            onChange={(e) => edit(n, { destination: e.target.value })}
          />
          <input
            aria-label={`${t(ctx.lang, "form.target")} ${n + 1}`}
            value={row.target}
            list={listId}
            placeholder="igw-… / nat-…"
            onChange={(e) => edit(n, { target: e.target.value })}
          />
          <input
            aria-label={`${t(ctx.lang, "form.description")} ${n + 1}`}
            value={row.description}
            onChange={(e) => edit(n, { description: e.target.value })}
          />
          <button type="button" onClick={() => remove(label, n)}>
            {t(ctx.lang, "form.remove")}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => add(emptyRouteRow())}>
        {t(ctx.lang, "form.addRoute")}
      </button>
    </RowTable>
  );
}

function AclRuleEditor({ ctx, direction }: { ctx: Ctx; direction: "ingress" | "egress" }) {
  const uid = useId();
  const stored = storedResource(ctx.doc, ctx.kind, ctx.id)[direction] as AclRule[] | undefined;
  const label = fieldLabel(direction);
  const toPatch = (rows: AclRow[]) => {
    const parsed = rowsToAclRules(rows);
    return parsed.ok ? { patch: { [direction]: parsed.value } } : { message: parsed.message };
  };
  const { rows, message, commitRows, edit, add, remove } = useRows(aclRows(stored), toPatch, ctx);
  return (
    <RowTable uid={uid} legend={label[ctx.lang]} message={message} onLeave={() => commitRows(label)}>
      <p className="prop-note">{t(ctx.lang, "form.aclOrder")}</p>
      {rows.map((row, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity while being typed
        <div key={n} className="prop-row prop-acl">
          <input
            aria-label={`${t(ctx.lang, "form.ruleNumber")} ${n + 1}`}
            inputMode="numeric"
            value={row.ruleNumber}
            onChange={(e) => edit(n, { ruleNumber: e.target.value })}
          />
          <select
            aria-label={`${t(ctx.lang, "form.action")} ${n + 1}`}
            value={row.action}
            onChange={(e) => edit(n, { action: e.target.value as AclRow["action"] })}
          >
            <option value="allow">{t(ctx.lang, "form.allow")}</option>
            <option value="deny">{t(ctx.lang, "form.deny")}</option>
          </select>
          <ProtocolPortCells n={n} row={row} edit={edit} lang={ctx.lang} />
          <input
            aria-label={`${t(ctx.lang, "form.cidr")} ${n + 1}`}
            value={row.cidr}
            onChange={(e) => edit(n, { cidr: e.target.value })}
          />
          <button type="button" onClick={() => remove(label, n)}>
            {t(ctx.lang, "form.remove")}
          </button>
        </div>
      ))}
      <IcmpNote rows={rows} lang={ctx.lang} />
      <button type="button" onClick={() => add(emptyAclRow(rows))}>
        {t(ctx.lang, "form.addRule")}
      </button>
    </RowTable>
  );
}

/** The editors a route table or a network ACL adds to the properties form. */
export function RoutingEditors({ ctx }: { ctx: Ctx }) {
  if (ctx.kind === "routeTable") return <RouteEditor ctx={ctx} />;
  if (ctx.kind === "networkAcl")
    return (
      <>
        <AclRuleEditor ctx={ctx} direction="ingress" />
        <AclRuleEditor ctx={ctx} direction="egress" />
      </>
    );
  return null;
}

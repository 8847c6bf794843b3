// Row editors for format 2: a route table's routes and a network ACL's inbound and outbound rules.
// Same frame and same checks as the security group rules: a draft is validated on every keystroke
// by the update command and committed, as one undo step, when focus leaves the table.
import { useId } from "react";
import { fieldLabel } from "../model/commands/field-labels.ts";
import type { AclRule, Route } from "../model/schema.ts";
import { type Ctx, ProtocolPortCells, RowTable, storedResource, useRows } from "./PropertiesForm.tsx";
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

const TEXT = {
  en: {
    destination: "Destination",
    target: "Target",
    description: "Description",
    addRoute: "Add route",
    local: "The local route for the VPC's own block is implicit: it is always there and isn't listed.",
    number: "Rule number",
    action: "Action",
    allow: "Allow",
    deny: "Deny",
    protocol: "Protocol",
    from: "From port",
    to: "To port",
    cidr: "CIDR",
    addRule: "Add rule",
    remove: "Remove",
    final: "Rules are checked from the lowest number up; traffic no rule matches is denied.",
  },
  ko: {
    destination: "대상 주소",
    target: "대상",
    description: "설명",
    addRoute: "경로 추가",
    local: "VPC 자체 블록으로 가는 로컬 경로는 암묵적으로 늘 있으므로 목록에 적지 않습니다.",
    number: "규칙 번호",
    action: "동작",
    allow: "허용",
    deny: "거부",
    protocol: "프로토콜",
    from: "시작 포트",
    to: "끝 포트",
    cidr: "CIDR",
    addRule: "규칙 추가",
    remove: "삭제",
    final: "규칙은 번호가 낮은 것부터 확인하며, 어떤 규칙에도 맞지 않는 트래픽은 거부됩니다.",
  },
} as const;

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
  const text = TEXT[ctx.lang];
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
      <p className="prop-note">{text.local}</p>
      <datalist id={listId}>
        {targetOptions(ctx).map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      {rows.map((row, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity while being typed
        <div key={n} className="prop-row prop-route">
          <input
            aria-label={`${text.destination} ${n + 1}`}
            value={row.destination}
            onChange={(e) => edit(n, { destination: e.target.value })}
          />
          <input
            aria-label={`${text.target} ${n + 1}`}
            value={row.target}
            list={listId}
            placeholder="igw-… / nat-…"
            onChange={(e) => edit(n, { target: e.target.value })}
          />
          <input
            aria-label={`${text.description} ${n + 1}`}
            value={row.description}
            onChange={(e) => edit(n, { description: e.target.value })}
          />
          <button type="button" onClick={() => remove(label, n)}>
            {text.remove}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => add(emptyRouteRow())}>
        {text.addRoute}
      </button>
    </RowTable>
  );
}

function AclRuleEditor({ ctx, direction }: { ctx: Ctx; direction: "ingress" | "egress" }) {
  const uid = useId();
  const text = TEXT[ctx.lang];
  const stored = storedResource(ctx.doc, ctx.kind, ctx.id)[direction] as AclRule[] | undefined;
  const label = fieldLabel(direction);
  const toPatch = (rows: AclRow[]) => {
    const parsed = rowsToAclRules(rows);
    return parsed.ok ? { patch: { [direction]: parsed.value } } : { message: parsed.message };
  };
  const { rows, message, commitRows, edit, add, remove } = useRows(aclRows(stored), toPatch, ctx);
  return (
    <RowTable uid={uid} legend={label[ctx.lang]} message={message} onLeave={() => commitRows(label)}>
      <p className="prop-note">{text.final}</p>
      {rows.map((row, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity while being typed
        <div key={n} className="prop-row prop-acl">
          <input
            aria-label={`${text.number} ${n + 1}`}
            inputMode="numeric"
            value={row.ruleNumber}
            onChange={(e) => edit(n, { ruleNumber: e.target.value })}
          />
          <select
            aria-label={`${text.action} ${n + 1}`}
            value={row.action}
            onChange={(e) => edit(n, { action: e.target.value as AclRow["action"] })}
          >
            <option value="allow">{text.allow}</option>
            <option value="deny">{text.deny}</option>
          </select>
          <ProtocolPortCells n={n} row={row} edit={edit} labels={text} lang={ctx.lang} />
          <input
            aria-label={`${text.cidr} ${n + 1}`}
            value={row.cidr}
            onChange={(e) => edit(n, { cidr: e.target.value })}
          />
          <button type="button" onClick={() => remove(label, n)}>
            {text.remove}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => add(emptyAclRow(rows))}>
        {text.addRule}
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

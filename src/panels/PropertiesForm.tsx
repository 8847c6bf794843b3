// Properties of the selected resource. Every field validates as the user types and shows the rule's
// message beside itself; a valid change commits on blur or Enter (checkboxes, selects and row
// buttons at once) as one undo step through `onCommit`. Invalid values are never committed: the
// check is the same update command the store runs.

import { type KeyboardEvent, type ReactNode, useId, useState } from "react";
import { t, textOf } from "../i18n/strings.ts";
import type { LocalText } from "../i18n/text.ts";
import { fieldLabel } from "../model/commands/field-labels.ts";
import { type ResourcePatch, updateResource } from "../model/commands/update.ts";
import type { Lang } from "../model/diagnostics.ts";
import type { Protocol, Topology } from "../model/schema.ts";
import { COLLECTION_OF_KIND, kindOfId, type ResourceKind } from "../model/topology-index.ts";
import {
  checkFieldText,
  checkPatch,
  emptyRuleRow,
  type FieldSpec,
  fieldsFor,
  optionLabel,
  RULE_PROTOCOLS,
  type RuleRow,
  rowsToRules,
  rowsToTags,
  ruleRows,
  type TagRow,
  tagRows,
} from "./property-fields.ts";
import "./properties.css";

// The instance-type catalog comes with the form (loaded on use), not with the first picture.
export { INSTANCE_TYPES } from "../model/instance-types.generated.ts";

import { RoutingEditors } from "./RoutingEditors.tsx";

interface ResourceEdit {
  kind: ResourceKind;
  id: string;
  patch: ResourcePatch;
}

interface PropertiesFormProps {
  doc: Topology;
  /** Selected diagram id; non-resource ids (AZ boxes, the Internet) render nothing. */
  selectedId: string | null;
  lang: Lang;
  /** Commit one valid edit as one undo step: `store.apply(label, editCommand(edit))`. */
  onCommit: (label: LocalText, edit: ResourceEdit) => void;
  /** Every EC2 instance type, offered as autocomplete for the instance type field. */
  instanceTypes?: readonly string[];
}

/** The command a committed edit runs, for the store's `apply`. */
export function editCommand(edit: ResourceEdit) {
  return (doc: Topology) => updateResource(doc, edit.kind, edit.id, edit.patch);
}

export interface Ctx {
  doc: Topology;
  kind: ResourceKind;
  id: string;
  lang: Lang;
  commit: (label: LocalText, patch: ResourcePatch) => void;
}

let lastStored: { doc: Topology; kind: ResourceKind; id: string; record: Record<string, unknown> } | null =
  null;

/** The resource as stored; every field of a form asks for the same one (a scan of 10,000 each). */
export function storedResource(doc: Topology, kind: ResourceKind, id: string): Record<string, unknown> {
  const last = lastStored;
  if (last && last.doc === doc && last.kind === kind && last.id === id) return last.record;
  const list = doc[COLLECTION_OF_KIND[kind]] as readonly { id: string }[];
  const record = (list.find((r) => r.id === id) ?? {}) as Record<string, unknown>;
  lastStored = { doc, kind, id, record };
  return record;
}

function Message({ id, text, tone = "error" }: { id: string; text?: string; tone?: "error" | "warning" }) {
  return (
    <p id={id} className={`prop-message prop-${tone}`} aria-live="polite">
      {text ?? ""}
    </p>
  );
}

function TextField({
  ctx,
  field,
  instanceTypes,
}: {
  ctx: Ctx;
  field: FieldSpec;
  instanceTypes?: readonly string[];
}) {
  const uid = useId();
  const stored = storedResource(ctx.doc, ctx.kind, ctx.id)[field.key];
  const storedText = stored === undefined ? "" : String(stored);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? storedText;
  const check =
    draft === null ? undefined : checkFieldText(ctx.doc, ctx.kind, ctx.id, field, draft, ctx.lang);
  const finish = () => {
    if (!check) return;
    if (check.result.ok && check.patch) {
      if (check.changed) ctx.commit(field.label, check.patch);
      setDraft(null);
    }
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") finish();
    if (e.key === "Escape") setDraft(null);
  };
  const warning =
    field.input === "instanceType" && instanceTypes && text !== "" && !instanceTypes.includes(text.trim())
      ? t(ctx.lang, "form.unknownType")
      : undefined;
  const listId = field.input === "instanceType" && instanceTypes ? `${uid}-types` : undefined;
  return (
    <div className="prop-field">
      <label htmlFor={`${uid}-input`}>{field.label[ctx.lang]}</label>
      <input
        id={`${uid}-input`}
        type="text"
        inputMode={field.input === "number" ? "numeric" : undefined}
        value={text}
        placeholder={field.placeholder}
        list={listId}
        spellCheck={field.key === "name" || field.key === "description"}
        autoComplete="off"
        aria-invalid={check?.message ? true : undefined}
        aria-describedby={`${uid}-msg`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={finish}
        onKeyDown={onKey}
      />
      {listId ? (
        <datalist id={listId}>
          {instanceTypes?.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      ) : null}
      <Message
        id={`${uid}-msg`}
        text={check?.message ?? warning}
        tone={check?.message ? "error" : "warning"}
      />
    </div>
  );
}

/** Checkboxes, selects and group lists commit on change; a refused change shows why and reverts. */
function ChoiceField({ ctx, field }: { ctx: Ctx; field: FieldSpec }) {
  const uid = useId();
  const [message, setMessage] = useState<string>();
  const stored = storedResource(ctx.doc, ctx.kind, ctx.id)[field.key];
  const attempt = (value: unknown) => {
    const check = checkPatch(ctx.doc, ctx.kind, ctx.id, { [field.key]: value }, ctx.lang);
    setMessage(check.message);
    if (check.result.ok && check.changed) ctx.commit(field.label, { [field.key]: value });
  };
  const described = { "aria-describedby": `${uid}-msg`, "aria-invalid": message ? true : undefined };
  let control: ReactNode;
  if (field.input === "checkbox") {
    control = (
      <input
        id={`${uid}-input`}
        type="checkbox"
        checked={stored === true}
        onChange={(e) => attempt(e.target.checked)}
        {...described}
      />
    );
  } else if (field.input === "select") {
    control = (
      <select
        id={`${uid}-input`}
        value={stored === undefined || stored === null ? "" : String(stored)}
        onChange={(e) => {
          const empty = field.emptyValue === null ? null : field.optional ? undefined : "";
          attempt(e.target.value === "" ? empty : e.target.value);
        }}
        {...described}
      >
        {field.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {optionLabel(o, ctx.lang)}
          </option>
        ))}
      </select>
    );
  } else {
    const chosen = (stored as string[] | undefined) ?? [];
    const toggle = (group: string, on: boolean) => {
      const next = on ? [...chosen, group] : chosen.filter((g) => g !== group);
      attempt(next);
    };
    return (
      <fieldset className="prop-field prop-groups" aria-describedby={`${uid}-msg`}>
        <legend>{field.label[ctx.lang]}</legend>
        {field.options?.map((o) => (
          <label key={o.value} className="prop-check">
            <input
              type="checkbox"
              checked={chosen.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            {optionLabel(o, ctx.lang)}
          </label>
        ))}
        <Message id={`${uid}-msg`} text={message} />
      </fieldset>
    );
  }
  return (
    <div className={`prop-field ${field.input === "checkbox" ? "prop-inline" : ""}`}>
      <label htmlFor={`${uid}-input`}>{field.label[ctx.lang]}</label>
      {control}
      <Message id={`${uid}-msg`} text={message} />
    </div>
  );
}

/** A rule row's protocol, first port and last port (security group and network ACL rules). */
export function ProtocolPortCells(props: {
  n: number;
  row: { protocol: Protocol; fromPort: string; toPort: string };
  edit: (n: number, part: { protocol?: Protocol; fromPort?: string; toPort?: string }) => void;
  lang: Lang;
  /** Block class of the row; the cells get `<block>__protocol`, `__from` and `__to`. */
  className?: string;
}) {
  const { n, row, edit, lang } = props;
  const cell = (part: string) => (props.className ? `${props.className}__${part}` : undefined);
  const allTraffic = row.protocol === "-1";
  // ICMP keeps its type in the first cell and its code in the second (AWS's FromPort/ToPort).
  const icmp = row.protocol === "icmp";
  return (
    <>
      <select
        className={cell("protocol")}
        aria-label={`${t(lang, "form.protocol")} ${n + 1}`}
        value={row.protocol}
        onChange={(e) => {
          const protocol = e.target.value as Protocol;
          // Ports mean nothing to ICMP: a rule switched to it starts as all types and codes.
          edit(n, protocol === "icmp" && !icmp ? { protocol, fromPort: "-1", toPort: "-1" } : { protocol });
        }}
      >
        {RULE_PROTOCOLS.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label[props.lang]}
          </option>
        ))}
      </select>
      <input
        className={cell("from")}
        aria-label={`${t(lang, "form.from")} ${n + 1}`}
        inputMode="numeric"
        value={row.fromPort}
        disabled={allTraffic}
        {...(icmp ? { title: t(lang, "form.icmpType"), placeholder: t(lang, "form.icmpTypeShort") } : {})}
        onChange={(e) => edit(n, { fromPort: e.target.value })}
      />
      <input
        className={cell("to")}
        aria-label={`${t(lang, "form.to")} ${n + 1}`}
        inputMode="numeric"
        value={row.toPort}
        disabled={allTraffic}
        {...(icmp ? { title: t(lang, "form.icmpCode"), placeholder: t(lang, "form.icmpCodeShort") } : {})}
        onChange={(e) => edit(n, { toPort: e.target.value })}
      />
    </>
  );
}

/** Under a rule table with an ICMP row: what its two number cells hold for ICMP. */
export function IcmpNote({ rows, lang }: { rows: readonly { protocol: Protocol }[]; lang: Lang }) {
  if (!rows.some((r) => r.protocol === "icmp")) return null;
  return <p className="prop-note">{t(lang, "form.icmpNote")}</p>;
}

/** Shared by the tag and rule tables: draft rows, validated on every edit, committed on blur. */
export function useRows<R>(
  stored: R[],
  toPatch: (rows: R[]) => { patch?: ResourcePatch; message?: LocalText },
  ctx: Ctx,
) {
  const [draft, setDraft] = useState<R[] | null>(null);
  const rows = draft ?? stored;
  const built = draft === null ? undefined : toPatch(draft);
  const check = built?.patch ? checkPatch(ctx.doc, ctx.kind, ctx.id, built.patch, ctx.lang) : undefined;
  const message = built?.message?.[ctx.lang] ?? check?.message;
  const commitRows = (label: LocalText, next: R[] | null = draft) => {
    if (next === null) return;
    const b = toPatch(next);
    if (!b.patch) return;
    const c = checkPatch(ctx.doc, ctx.kind, ctx.id, b.patch, ctx.lang);
    if (!c.result.ok) return;
    if (c.changed) ctx.commit(label, b.patch);
    setDraft(null);
  };
  const edit = (n: number, part: Partial<R>) =>
    setDraft(rows.map((r, i) => (i === n ? { ...r, ...part } : r)));
  const add = (row: R) => setDraft([...rows, row]);
  const remove = (label: LocalText, n: number) =>
    commitRows(
      label,
      rows.filter((_, i) => i !== n),
    );
  return { rows, message, commitRows, edit, add, remove };
}

/**
 * The frame both row tables share: a fieldset that commits when focus leaves it, so editing several
 * cells is one undo step, with its message below.
 */
export function RowTable(props: {
  uid: string;
  legend: string;
  message: string | undefined;
  onLeave: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset
      className="prop-field prop-table"
      aria-describedby={`${props.uid}-msg`}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) props.onLeave();
      }}
    >
      <legend>{props.legend}</legend>
      {props.children}
      <Message id={`${props.uid}-msg`} text={props.message} />
    </fieldset>
  );
}

function TagEditor({ ctx }: { ctx: Ctx }) {
  const uid = useId();
  const stored = tagRows(
    storedResource(ctx.doc, ctx.kind, ctx.id).tags as Record<string, string> | undefined,
  );
  const label = fieldLabel("tags");
  const toPatch = (rows: TagRow[]) => {
    const parsed = rowsToTags(rows);
    return parsed.ok ? { patch: { tags: parsed.value } } : { message: parsed.message };
  };
  const { rows, message, commitRows, edit, add, remove } = useRows(stored, toPatch, ctx);
  return (
    <RowTable uid={uid} legend={t(ctx.lang, "form.tags")} message={message} onLeave={() => commitRows(label)}>
      {rows.length > 0 && (
        // Visible column names; each cell also has its own accessible name ("Key 1").
        <div className="prop-row prop-head" aria-hidden="true">
          <span>{t(ctx.lang, "form.key")}</span>
          <span>{t(ctx.lang, "form.value")}</span>
        </div>
      )}
      {rows.map((row, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity while being typed
        <div key={n} className="prop-row">
          <input
            aria-label={`${t(ctx.lang, "form.key")} ${n + 1}`}
            value={row.key}
            onChange={(e) => edit(n, { key: e.target.value })}
          />
          <input
            aria-label={`${t(ctx.lang, "form.value")} ${n + 1}`}
            value={row.value}
            onChange={(e) => edit(n, { value: e.target.value })}
          />
          <button type="button" className="prop-remove" onClick={() => remove(label, n)}>
            {t(ctx.lang, "form.remove")}
          </button>
        </div>
      ))}
      <button type="button" className="prop-add" onClick={() => add({ key: "", value: "" })}>
        {t(ctx.lang, "form.addTag")}
      </button>
    </RowTable>
  );
}

function RuleEditor({ ctx, direction }: { ctx: Ctx; direction: "ingress" | "egress" }) {
  const uid = useId();
  const value = storedResource(ctx.doc, ctx.kind, ctx.id)[direction] as Parameters<typeof ruleRows>[0];
  const label = fieldLabel(direction);
  const toPatch = (rows: RuleRow[]) => {
    const parsed = rowsToRules(rows);
    return parsed.ok ? { patch: { [direction]: parsed.value } } : { message: parsed.message };
  };
  const { rows, message, commitRows, edit, add, remove } = useRows(ruleRows(value), toPatch, ctx);
  return (
    <RowTable uid={uid} legend={label[ctx.lang]} message={message} onLeave={() => commitRows(label)}>
      {direction === "egress" && value === undefined ? (
        <p className="prop-note">{t(ctx.lang, "value.defaultEgress")}</p>
      ) : null}
      {rows.length > 0 && (
        // Visible column names, laid out like the two-line rows below; cells keep their own names.
        <div className="prop-rule prop-head" aria-hidden="true">
          <span className="prop-rule__protocol">{t(ctx.lang, "form.protocol")}</span>
          <span className="prop-rule__from">{t(ctx.lang, "form.from")}</span>
          <span className="prop-rule__to">{t(ctx.lang, "form.to")}</span>
          <span className="prop-rule__cidr">{t(ctx.lang, "form.cidr")}</span>
          <span className="prop-rule__description">{t(ctx.lang, "form.description")}</span>
        </div>
      )}
      {rows.map((row, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity while being typed
        <div key={n} className="prop-rule">
          <ProtocolPortCells n={n} row={row} edit={edit} lang={ctx.lang} className="prop-rule" />
          <input
            className="prop-rule__cidr"
            aria-label={`${t(ctx.lang, "form.cidr")} ${n + 1}`}
            value={row.cidr}
            onChange={(e) => edit(n, { cidr: e.target.value })}
          />
          <input
            className="prop-rule__description"
            aria-label={`${t(ctx.lang, "form.description")} ${n + 1}`}
            value={row.description}
            onChange={(e) => edit(n, { description: e.target.value })}
          />
          <button type="button" className="prop-remove prop-rule__remove" onClick={() => remove(label, n)}>
            {t(ctx.lang, "form.remove")}
          </button>
        </div>
      ))}
      <IcmpNote rows={rows} lang={ctx.lang} />
      <button type="button" className="prop-add" onClick={() => add(emptyRuleRow())}>
        {t(ctx.lang, "form.addRule")}
      </button>
    </RowTable>
  );
}

export function PropertiesForm({ doc, selectedId, lang, onCommit, instanceTypes }: PropertiesFormProps) {
  const kind = selectedId ? kindOfId(doc, selectedId) : undefined;
  if (!selectedId) return null;
  // The Internet and the AZ boxes are drawn from other resources: say so rather than show nothing.
  if (!kind)
    return (
      <div className="properties">
        <h3 className="properties-heading">{t(lang, "form.properties")}</h3>
        <p className="prop-note">{t(lang, "form.nothingToEdit")}</p>
      </div>
    );
  const ctx: Ctx = {
    doc,
    kind,
    id: selectedId,
    lang,
    commit: (label, patch) =>
      onCommit(textOf("form.change", { field: label }), { kind, id: selectedId, patch }),
  };
  return (
    // Keyed by the selection so drafts never leak from one resource to another.
    <form
      key={selectedId}
      className="properties"
      aria-label={t(lang, "form.properties")}
      onSubmit={(e) => e.preventDefault()}
    >
      <h3 className="properties-heading">{t(lang, "form.properties")}</h3>
      <p className="prop-id">
        {t(lang, "form.id")}: <code>{selectedId}</code>
      </p>
      {fieldsFor(doc, kind, selectedId).map((field) =>
        field.input === "text" || field.input === "number" || field.input === "instanceType" ? (
          <TextField key={field.key} ctx={ctx} field={field} instanceTypes={instanceTypes} />
        ) : (
          <ChoiceField key={field.key} ctx={ctx} field={field} />
        ),
      )}
      <RoutingEditors ctx={ctx} />
      {kind === "securityGroup" ? (
        <>
          <RuleEditor ctx={ctx} direction="ingress" />
          <RuleEditor ctx={ctx} direction="egress" />
        </>
      ) : null}
      {/* Regions can't be tagged in AWS; a file that tags one anyway can still clear them here. */}
      {kind !== "region" || storedResource(doc, kind, selectedId).tags !== undefined ? (
        <TagEditor ctx={ctx} />
      ) : null}
    </form>
  );
}

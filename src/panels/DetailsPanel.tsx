// The details panel: lays out the view model built by src/explain/describe.ts. No logic of its own
// beyond wiring buttons to onSelect/onClose.
import {
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import type { ConceptView } from "../explain/catalog.ts";
import type {
  ChainStepView,
  DetailsView,
  LinkView,
  PropertyView,
  QuestionView,
  SubnetExposureView,
} from "../explain/describe.ts";
import { type QuestionState, reachControlText } from "../explain/describe-reachability.ts";
import { publicName } from "../i18n/accessible-names.ts";
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import type { Traffic } from "../model/reachability.ts";
import { InstancePicker } from "./InstancePicker.tsx";
import "./details.css";

interface DetailsPanelProps {
  /** What to show: describeResource(doc, index, nodeId, lang, { diagnostics }). */
  view: DetailsView;
  lang: Lang;
  /** Jump to another node (a diagram node id: resource id, "<vpc>/<az>" or "internet"). */
  onSelect: (nodeId: string) => void;
  onClose: () => void;
  /** Move keyboard focus to the heading when a node is opened (use it when opened with Enter). */
  focusOnOpen?: boolean;
  /** Which reachability answer's path the diagram shows, and what "reach another instance?" asks. */
  question?: QuestionState;
  onQuestion?: (question: QuestionState) => void;
}

/**
 * A jump to another node, as an in-page link: it takes the reader somewhere rather than acting, and
 * it keeps the diagram's node buttons ("EC2 instance web-1") the only buttons with those names.
 */
function Jump({ link, onSelect }: { link: LinkView; onSelect: (id: string) => void }) {
  const target = link.target;
  if (target === undefined) return <span className="details-link details-link--missing">{link.label}</span>;
  return (
    <a
      href={`#node=${encodeURIComponent(target)}`}
      className="details-link"
      onClick={(e) => {
        e.preventDefault();
        onSelect(target);
      }}
    >
      {link.label}
    </a>
  );
}

function DocLink({ concept, lang }: { concept: ConceptView; lang: Lang }) {
  return (
    <a className="details-doc" href={concept.docUrl} target="_blank" rel="noreferrer">
      {t(lang, "details.docLink", { title: concept.docTitle })}
      <span className="details-visually-hidden"> {t(lang, "details.opensInNewTab")}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}

function ConceptBody({ concept, lang }: { concept: ConceptView; lang: Lang }) {
  return (
    <>
      <p>
        <strong>{t(lang, "details.concept.what")}.</strong> {concept.what}
      </p>
      <p>
        <strong>{t(lang, "details.concept.why")}.</strong> {concept.why}
      </p>
      <p>
        <strong>{t(lang, "details.concept.relations")}.</strong> {concept.relations}
      </p>
      <p>
        <DocLink concept={concept} lang={lang} />
      </p>
    </>
  );
}

function LearnMore({ concept, lang }: { concept: ConceptView; lang: Lang }) {
  return (
    <details className="details-learn">
      <summary>{t(lang, "details.learnMore", { topic: concept.title })}</summary>
      <ConceptBody concept={concept} lang={lang} />
    </details>
  );
}

const READ_KEY = "ec2viz.conceptsRead";

/** Kinds whose concept the reader has seen (or folded): their essay starts folded. */
function readKinds(): Set<string> {
  try {
    return new Set(JSON.parse(globalThis.localStorage?.getItem(READ_KEY) ?? "[]") as string[]);
  } catch {
    return new Set();
  }
}

function markRead(kind: string, read: boolean): void {
  try {
    const kinds = readKinds();
    if (read) kinds.add(kind);
    else kinds.delete(kind);
    globalThis.localStorage?.setItem(READ_KEY, JSON.stringify([...kinds]));
  } catch {
    // storage full or off: the essay just opens again next time
  }
}

/**
 * The kind's general essay, after this resource's own facts: open the first time a kind is shown,
 * folded once read; opening or folding it again is remembered per kind.
 */
function Concept({ concept, kind, lang }: { concept: ConceptView; kind: string; lang: Lang }) {
  const [open] = useState(() => !readKinds().has(kind));
  useEffect(() => {
    if (open) markRead(kind, true);
  }, [open, kind]);
  return (
    <section className="details-section details-concept">
      <details open={open} onToggle={(e) => markRead(kind, !e.currentTarget.open)}>
        <summary>
          <h3>{t(lang, "details.section.concept")}</h3>
        </summary>
        <ConceptBody concept={concept} lang={lang} />
      </details>
    </section>
  );
}

function Property({ p, lang, onSelect }: { p: PropertyView; lang: Lang; onSelect: (id: string) => void }) {
  return (
    <div className="details-property">
      <dt>{p.label}</dt>
      <dd>
        {p.link?.target !== undefined ? (
          <Jump link={{ ...p.link, label: p.value }} onSelect={onSelect} />
        ) : (
          p.value
        )}
        {p.lines && p.lines.length > 0 && (
          <ul className="details-lines">
            {p.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {p.concept && <LearnMore concept={p.concept} lang={lang} />}
      </dd>
    </div>
  );
}

/** The checks of an answer in order, met or not, each with the resources it names (the deciding one first). */
function Steps({
  steps,
  onSelect,
  lang,
}: {
  steps: readonly ChainStepView[];
  onSelect: (id: string) => void;
  lang: Lang;
}) {
  const { decides } = reachControlText(lang);
  return (
    <ol className="details-steps">
      {steps.map((step) => (
        <li
          key={`${step.id}:${step.text}`}
          className={`details-step details-step--${step.met ? "met" : step.unknown ? "unknown" : "unmet"}`}
        >
          <span className="details-step__status">
            <span aria-hidden="true">{step.met ? "✓" : step.unknown ? "?" : "✗"}</span> {step.status}:
          </span>{" "}
          {step.text}
          {step.lines.length > 0 && (
            <ul className="details-lines">
              {step.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <div className="details-step__links">
            {step.links.map((link, j) => (
              <span key={link.label} className={j === 0 ? "details-step__decider" : undefined}>
                <Jump link={link} onSelect={onSelect} />
                {j === 0 && <span className="details-step__decides"> ({decides})</span>}
              </span>
            ))}
            <a
              className="details-doc details-step__doc"
              href={step.doc.href}
              target="_blank"
              rel="noreferrer"
            >
              {step.doc.label}
              <span className="details-visually-hidden"> {t(lang, "details.opensInNewTab")}</span>
              <span aria-hidden="true"> ↗</span>
            </a>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** The verdict in words (and a mark, never colour alone), with the answer's "Show path" beside it. */
function AnswerHead({
  q,
  lang,
  shown,
  onToggle,
}: {
  q: Pick<QuestionView, "reachable" | "unknown" | "verdict">;
  lang: Lang;
  shown: boolean;
  onToggle?: () => void;
}) {
  return (
    <div className="details-answer__head">
      <p className={`details-verdict details-verdict--${q.reachable ? "yes" : "no"}`}>
        <span aria-hidden="true">{q.reachable ? "✓ " : q.unknown ? "? " : "✗ "}</span>
        <strong>{q.verdict}</strong>
      </p>
      {onToggle && <ShowPath pressed={shown} onToggle={onToggle} lang={lang} />}
    </div>
  );
}

/** "Show path": lights this answer's path up on the diagram (pressed again: nothing lit). */
function ShowPath({ pressed, onToggle, lang }: { pressed: boolean; onToggle: () => void; lang: Lang }) {
  return (
    <button type="button" className="details-showpath" aria-pressed={pressed} onClick={onToggle}>
      {reachControlText(lang).showPath}
    </button>
  );
}

/** A yes/no answer: verdict, path toggle, and every check. */
function Answer({
  q,
  lang,
  onSelect,
  shown,
  onToggle,
}: {
  q: QuestionView;
  lang: Lang;
  onSelect: (id: string) => void;
  shown: boolean;
  onToggle?: () => void;
}) {
  return (
    <>
      <AnswerHead q={q} lang={lang} shown={shown} {...(onToggle ? { onToggle } : {})} />
      <Steps steps={q.steps} onSelect={onSelect} lang={lang} />
    </>
  );
}

/** "Can the internet reach it?": what every port needs, then each opened port with its own checks. */
function Inbound({
  r,
  lang,
  onSelect,
  shown,
  onToggle,
}: {
  r: NonNullable<DetailsView["reachability"]>;
  lang: Lang;
  onSelect: (id: string) => void;
  shown: boolean;
  onToggle?: () => void;
}) {
  return (
    <>
      <AnswerHead q={r} lang={lang} shown={shown} {...(onToggle ? { onToggle } : {})} />
      <h4>{r.commonHeading}</h4>
      <Steps steps={r.steps} onSelect={onSelect} lang={lang} />
      <h4>{r.portsHeading}</h4>
      {r.noPorts && <p>{r.noPorts}</p>}
      <ul className="details-ports">
        {r.ports.map((port) => (
          <li key={port.summary} className={`details-port details-port--${port.reachable ? "yes" : "no"}`}>
            <details>
              <summary>
                <span aria-hidden="true">{port.reachable ? "✓ " : "✗ "}</span>
                {port.summary}
              </summary>
              <Steps steps={port.steps} onSelect={onSelect} lang={lang} />
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Protocol and port (and, for question 3, the other instance), then Check. */
function TrafficForm({
  lang,
  traffic,
  choices,
  instance: initialInstance,
  onAsk,
}: {
  lang: Lang;
  traffic?: Traffic;
  choices?: readonly LinkView[];
  instance?: string;
  onAsk?: (traffic: Traffic, instance: string) => void;
}) {
  const words = reachControlText(lang);
  const [instance, setInstance] = useState(initialInstance ?? choices?.[0]?.target ?? "");
  const [protocol, setProtocol] = useState<"tcp" | "udp">(traffic?.protocol === "udp" ? "udp" : "tcp");
  const [port, setPort] = useState(String(traffic?.port ?? 22));
  const ids = useId();
  const portNumber = Number(port);
  const valid =
    (choices === undefined || instance !== "") &&
    port.trim() !== "" &&
    Number.isInteger(portNumber) &&
    portNumber >= 0 &&
    portNumber <= 65535;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid && onAsk) onAsk({ protocol, port: portNumber }, instance);
  };
  return (
    <form className="details-peer" onSubmit={submit}>
      {choices && (
        <>
          <label htmlFor={`${ids}-i`}>{words.instance}</label>
          <InstancePicker
            id={`${ids}-i`}
            lang={lang}
            choices={choices}
            chosen={instance}
            onChoose={setInstance}
          />
        </>
      )}
      <label htmlFor={`${ids}-p`}>{words.protocol}</label>
      <select id={`${ids}-p`} value={protocol} onChange={(e) => setProtocol(e.target.value as "tcp" | "udp")}>
        <option value="tcp">TCP</option>
        <option value="udp">UDP</option>
      </select>
      <label htmlFor={`${ids}-n`}>{words.port}</label>
      <input
        id={`${ids}-n`}
        type="number"
        min={0}
        max={65535}
        inputMode="numeric"
        value={port}
        aria-invalid={!valid}
        onChange={(e) => setPort(e.target.value)}
      />
      <button type="submit" disabled={!valid}>
        {words.check}
      </button>
    </form>
  );
}

function Exposure({ s, onSelect }: { s: SubnetExposureView; onSelect: (id: string) => void }) {
  return (
    <>
      <p className={`details-verdict details-verdict--${s.exposure === "public" ? "yes" : "no"}`}>
        {s.exposure === "unknown" ? <span aria-hidden="true">? </span> : null}
        <strong>{s.verdict}</strong>
      </p>
      <ul className="details-lines">
        {s.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {s.links.map((link) => (
        <Jump key={link.label} link={link} onSelect={onSelect} />
      ))}
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="details-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** The complementary region named "Details" (a public name: it stays English in every language). */
export function DetailsPanel({
  view,
  lang,
  onSelect,
  onClose,
  focusOnOpen = false,
  question,
  onQuestion,
}: DetailsPanelProps) {
  // Each answer's "Show path" lights its path up; pressing the lit one again turns the light off.
  const toggle = (which: NonNullable<QuestionState["shown"]>) =>
    onQuestion
      ? { onToggle: () => onQuestion({ ...question, shown: question?.shown === which ? null : which }) }
      : {};
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // Whether the panel is scrolled away from its top, as its scroll events last said. Writing
  // scrollTop lays the page out at once, in the click that opens the resource (~16 ms on a large
  // diagram, profile.ts --action details --trace): the write is left out when it changes nothing.
  const scrolled = useRef(false);
  // Another resource starts at the top (a jump from the middle of a long panel included).
  useEffect(() => {
    if (view.nodeId !== undefined && panelRef.current && scrolled.current) {
      panelRef.current.scrollTop = 0;
      scrolled.current = false;
    }
    if (focusOnOpen && view.nodeId) headingRef.current?.focus({ preventScroll: true });
  }, [focusOnOpen, view.nodeId]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <aside
      // biome-ignore lint/a11y/noRedundantRoles: an aside nested in other landmarks is only complementary when it says so
      role="complementary"
      ref={panelRef}
      className="details-panel"
      aria-label={publicName("detailsPanel", lang)}
      onKeyDown={onKeyDown}
      onScroll={(event) => {
        scrolled.current = event.currentTarget.scrollTop > 0;
      }}
    >
      <div className="details-panel__bar">
        <span className="details-panel__title">{t(lang, "details.title")}</span>
        <button type="button" className="details-panel__close" onClick={onClose}>
          {t(lang, "details.close")}
        </button>
      </div>
      <h2 className="details-panel__kind" ref={headingRef} tabIndex={-1}>
        {view.heading}
      </h2>
      {/* The Internet's name is its kind: said once. */}
      {view.name !== view.heading && <p className="details-panel__name">{view.name}</p>}
      {view.idLine && <p className="details-panel__id">{view.idLine}</p>}

      {/* This resource first: where it sits, can the internet reach it, its problems, its facts. */}
      {view.location.length > 0 && (
        <Section title={t(lang, "details.section.location")}>
          <ol className="details-breadcrumb">
            {view.location.map((crumb) => (
              <li key={`${crumb.label}|${crumb.target ?? ""}`}>
                {crumb.current ? (
                  <span aria-current="location">{crumb.label}</span>
                ) : (
                  <Jump link={crumb} onSelect={onSelect} />
                )}
              </li>
            ))}
          </ol>
        </Section>
      )}

      {(view.reachability || view.subnetExposure) && (
        <Section title={view.reachability?.question ?? t(lang, "details.section.reachability")}>
          {view.reachability && (
            <Inbound
              r={view.reachability}
              lang={lang}
              onSelect={onSelect}
              shown={question?.shown === "inbound"}
              {...toggle("inbound")}
            />
          )}
          {view.subnetExposure && <Exposure s={view.subnetExposure} onSelect={onSelect} />}
        </Section>
      )}

      {view.outbound && (
        <Section title={view.outbound.question}>
          <TrafficForm
            key={`${view.nodeId}:out`}
            lang={lang}
            traffic={view.outbound.traffic}
            {...(onQuestion
              ? {
                  onAsk: (traffic: Traffic) =>
                    onQuestion({ ...question, shown: "outbound", outbound: traffic }),
                }
              : {})}
          />
          <Answer
            q={view.outbound}
            lang={lang}
            onSelect={onSelect}
            shown={question?.shown === "outbound"}
            {...toggle("outbound")}
          />
        </Section>
      )}

      {view.peer && (
        <Section title={view.peer.question}>
          {view.peer.choices.length === 0 ? (
            <p>{reachControlText(lang).noOtherInstance}</p>
          ) : (
            <TrafficForm
              key={`${view.nodeId}:peer`}
              lang={lang}
              choices={view.peer.choices}
              {...(view.peer.asked
                ? { traffic: view.peer.asked.traffic, instance: view.peer.asked.instance }
                : {})}
              {...(onQuestion
                ? {
                    onAsk: (traffic: Traffic, instance: string) =>
                      onQuestion({ ...question, shown: "peer", peer: { instance, traffic } }),
                  }
                : {})}
            />
          )}
          {view.peer.answer && (
            <Answer
              q={view.peer.answer}
              lang={lang}
              onSelect={onSelect}
              shown={question?.shown === "peer"}
              {...toggle("peer")}
            />
          )}
        </Section>
      )}

      {view.kind !== "internet" && view.kind !== "availabilityZone" && (
        <Section title={t(lang, "details.section.diagnostics")}>
          {view.diagnostics.length === 0 ? (
            <p>{t(lang, "details.noDiagnostics")}</p>
          ) : (
            <ul className="details-diagnostics">
              {view.diagnostics.map((d) => (
                <li key={`${d.code}|${d.path}|${d.message}`} className={`details-diagnostic--${d.severity}`}>
                  <strong>{d.severityLabel}</strong> <code>{d.code}</code>: {d.message}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      {view.properties.length > 0 && (
        <Section title={t(lang, "details.section.resource")}>
          <dl className="details-properties">
            {view.properties.map((p) => (
              <Property key={p.label} p={p} lang={lang} onSelect={onSelect} />
            ))}
          </dl>
          {/* AWS can't tag a Region (as the properties form): "No tags" there would say it could. */}
          {view.kind !== "internet" &&
            view.kind !== "availabilityZone" &&
            (view.kind !== "region" || view.tags.length > 0) && (
              <>
                <h4>{t(lang, "details.section.tags")}</h4>
                {view.tags.length === 0 ? (
                  <p>{t(lang, "details.noTags")}</p>
                ) : (
                  <dl className="details-properties">
                    {view.tags.map((tag) => (
                      <div className="details-property" key={tag.key}>
                        <dt>{tag.key}</dt>
                        <dd>{tag.value}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                <LearnMore concept={view.tagsConcept} lang={lang} />
              </>
            )}
        </Section>
      )}

      {view.relations.length > 0 && (
        <Section title={t(lang, "details.section.relations")}>
          {view.relations.map((group) => (
            <div key={group.label} className="details-relation">
              <h4>{group.label}</h4>
              <ul>
                {group.items.map((item) => (
                  <li key={`${item.label}|${item.target ?? ""}`}>
                    <Jump link={item} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Section>
      )}

      <Concept key={view.nodeId} concept={view.concept} kind={view.kind} lang={lang} />
    </aside>
  );
}

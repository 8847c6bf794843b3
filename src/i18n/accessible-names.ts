// The accessible names of ec2viz's parts that are public: screen-reader users, the e2e specs and
// people's own scripts find palette items, boxes, panels and buttons by them, so they are an
// interface like the file format (never rename one; add new ones here). Most words live where they
// always did (the catalog, the kind labels): this list says which of them are public, and in which
// language. `english` names are English in every UI language (a script written once works in both);
// the others follow the UI language, and both are listed. `{…}` stands for a part that varies (a
// box's name, a count). accessible-names.test.ts checks that every name the e2e specs look for is
// here, so a rename breaks a unit test before a hidden one.
import { KIND_LABELS, PALETTE_KINDS } from "../model/kind-labels.ts";
import { type StringKey, t, textOf } from "./strings.ts";
import type { Lang, LocalText } from "./text.ts";

type AccessibleRole =
  | "complementary"
  | "region"
  | "dialog"
  | "alert"
  | "tab"
  | "button"
  | "link"
  | "combobox"
  | "textbox";

export interface PublicName {
  role: AccessibleRole;
  text: LocalText;
  /** English in every UI language. */
  english: boolean;
}

const english = (role: AccessibleRole, text: LocalText | string): PublicName => ({
  role,
  text: typeof text === "string" ? { en: text, ko: text } : text,
  english: true,
});
const local = (role: AccessibleRole, text: LocalText): PublicName => ({ role, text, english: false });
const both = (role: AccessibleRole, key: StringKey) => local(role, textOf(key));

/** The public names by part; components read their name from here or from the source it names. */
export const PUBLIC_NAMES = {
  // Panels, dialogs and regions.
  palette: english("complementary", textOf("palette.heading")),
  detailsPanel: english("complementary", "Details"),
  diagnosticsList: english("region", "Diagnostics"),
  detailsDiagnostics: both("region", "details.section.diagnostics"),
  inboundQuestion: both("region", "details.section.reachability"),
  outboundQuestion: local("region", {
    en: "Can this instance reach the internet?",
    ko: "이 인스턴스에서 인터넷으로 나갈 수 있나요?",
  }),
  // A reachability step's link to the AWS page that explains it (e2e nat.spec finds one by it).
  awsDocLink: local("link", { en: "AWS: {title}", ko: "AWS 문서: {title}" }),
  peerQuestion: local("region", {
    en: "Can this instance reach another instance?",
    ko: "이 인스턴스에서 다른 인스턴스에 연결할 수 있나요?",
  }),
  exportDialog: local("dialog", { en: "Export", ko: "내보내기" }),
  importReport: english("dialog", textOf("import.report")),
  importSkipped: english("region", textOf("import.skipped")),
  liveFileProblems: english("alert", "File problems"),
  propertiesTab: both("tab", "form.properties"),

  // The toolbar.
  newButton: english("button", textOf("app.new")),
  openButton: english("button", textOf("app.open")),
  saveButton: english("button", textOf("app.save")),
  undoButton: english("button", textOf("app.undo")),
  redoButton: english("button", textOf("app.redo")),
  deleteButton: english("button", textOf("app.delete")),
  moreButton: english("button", textOf("ux.more")),
  diagnosticsButton: local("button", {
    en: `${t("en", "app.diagnostics")}: {counts}`,
    // Read when shown: the Korean table is loaded when the UI is Korean (strings.ts loadLanguage).
    get ko() {
      return `${t("ko", "app.diagnostics")}: {counts}`;
    },
  }),
  /** The language switch is named by the language it switches to, in that language. */
  languageButton: local("button", { en: "한국어", ko: "English" }),
  search: both("combobox", "app.search"),
  skipToDiagram: both("link", "ux.skipToDiagram"),
  paletteNames: english("button", "Component names"),

  // Export: the export menu's words (the catalog's export.* entries) must say the same; the test
  // checks it. Written out here so the first picture doesn't load the menu's words.
  exportButton: english("button", "Export"),
  exportPng: english("button", "PNG image"),
  exportSvg: english("button", "SVG image"),
  exportJson: english("button", "Topology (JSON)"),
  exportYaml: english("button", "Topology (YAML)"),
  exportCopyPng: english("button", "Copy PNG to clipboard"),
  exportCopyLink: english("button", "Copy share link"),
  exportDrawio: english("button", "draw.io"),
  exportCloudFormation: english("button", "CloudFormation"),
  exportAtFit: english("button", "PNG at the largest scale that fits ({scale}×)"),
  exportInStrips: english("button", "PNG at full size, drawn in strips ({scale}×)"),
  exportCancel: english("button", "Cancel export"),
  shareLink: local("textbox", { en: "Share link", ko: "공유 링크" }),

  // Files, autosave and the first Region.
  importButton: english("button", textOf("import.import")),
  importCancel: english("button", textOf("import.cancel")),
  openAnyway: both("button", "app.openAnyway"),
  autosaveSave: both("button", "autosave.save"),
  autosaveDownload: both("button", "autosave.download"),
  autosaveUseOther: both("button", "autosave.useOther"),
  firstRegion: both("combobox", "ux.firstRegionPick"),

  // Details and the properties form (the form's field labels, model/commands/field-labels.ts, must
  // say the same; the test checks it).
  reachCheck: local("button", { en: "Check", ko: "확인" }),
  // Question 3's instance field: a native select once, a combobox with a list of matches now
  // (InstancePicker.tsx); both have the combobox role, and the name stays.
  otherInstance: local("combobox", { en: "Other instance", ko: "상대 인스턴스" }),
  showPath: local("button", { en: "Show path", ko: "경로 표시" }),
  addTag: both("button", "form.addTag"),
  attachedVpc: local("combobox", { en: "Attached VPC", ko: "연결된 VPC" }),
  instanceState: local("combobox", { en: "State", ko: "상태" }),
  /** An entry of the diagnostics list: its severity, code, message and path, as it reads. */
  diagnosticEntry: local("button", {
    en: `{severity} {code} {message} {path}`,
    ko: `{severity} {code} {message} {path}`,
  }),

  // The diagram: every box (and a link to it in Details) is "<kind> <name>", a folding box's button
  // "Collapse <box>" or "Expand <box>"; React Flow's own zoom and fit buttons keep React Flow's names.
  box: english("button", "{kind} {name}"),
  internetBox: english("button", KIND_LABELS.internet),
  boxLink: english("link", "{kind} {name}"),
  collapse: english("button", `${textOf("canvas.collapse").en} {kind} {name}`),
  expand: english("button", `${textOf("canvas.expand").en} {kind} {name}`),
  zoomIn: english("button", "Zoom In"),
  zoomOut: english("button", "Zoom Out"),
  fitView: english("button", "Fit View"),
} satisfies Record<string, PublicName>;

type PublicNameId = keyof typeof PUBLIC_NAMES;

/** A part's accessible name in the UI language `lang` (English where the name always is). */
export function publicName(id: PublicNameId, lang: Lang): string {
  const name: PublicName = PUBLIC_NAMES[id];
  return name.english ? name.text.en : name.text[lang];
}

/** The palette's items: each kind's English label, in every UI language. */
export const PALETTE_ITEM_NAMES: readonly string[] = PALETTE_KINDS.map((kind) => KIND_LABELS[kind].en);

/** The kind words a box's name starts with ("EC2 instance", "Internet"). */
export const BOX_KIND_NAMES: readonly string[] = Object.values(KIND_LABELS).map((label) => label.en);

/**
 * The sidebar client: the semester's dashboard, quick entry of inspections and contact visits,
 * and the add-on's actions. Everything it shows is worded here from the labels in the workbook's
 * language; the server sends data only.
 */
import type { Dashboard, DashboardProblems } from "../engine/dashboard.ts";
import type { Lang } from "../engine/labels.ts";
import { semesterName } from "../engine/semester.ts";
import {
  checkInspection,
  checkVisit,
  type EntryContext,
  type FieldError,
  type InspectionEntry,
  type VisitEntry,
} from "../workbook/entry.ts";
import { type SidebarLabelKey as LabelKey, t } from "./labels.ts";
import { call, messageOf } from "./run.ts";
import { detailSections, overviewSection } from "./sidebar-dashboard.ts";
import { type Child, h, replace, userText } from "./sidebar-dom.ts";
import { type EntryForm, entryForm } from "./sidebar-forms.ts";
import { rankingsSection } from "./sidebar-rankings.ts";

type SidebarData = Dashboard | DashboardProblems;

const LANG_KEY = "dormPlaque.lang";

/** info: work in progress; ok: done; error: refused or failed. */
type MessageKind = "info" | "ok" | "error";

/** The language to speak until the server answers: the last one seen, else the workbook default. */
function initialLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === "en" ? "en" : "zh";
  } catch {
    // Storage may be blocked in the add-on's sandboxed frame.
    return "zh";
  }
}

function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Only a nicety for the next opening.
  }
}

let lang: Lang = initialLang();
let data: SidebarData | undefined;
/** The message area's content, as a function of the language so that it relabels too. */
let message: { readonly kind: MessageKind; readonly content: () => Child | readonly Child[] } | undefined;
/** The form whose submit the current message answers, if any. */
let activeForm: EntryForm<string> | undefined;
/** A server call is running: buttons and Enter are ignored until it ends. */
let busy = false;

const CATEGORY_OPTIONS = [
  { value: "", label: "sidebar.blankOption" },
  { value: "hygiene", label: "category.hygiene" },
  { value: "discipline", label: "category.discipline" },
  { value: "schedule", label: "category.schedule" },
  { value: "safety", label: "category.safety" },
] as const;

const RESULT_OPTIONS = [
  { value: "", label: "sidebar.byScore" },
  { value: "excellent", label: "level.excellent" },
  { value: "pass", label: "level.pass" },
  { value: "fail", label: "level.fail" },
  { value: "nobodyIn", label: "result.nobodyIn" },
  { value: "refused", label: "result.refused" },
] as const;

const DORM_LIST = "dorm-list";

// Static parts, built once and relabelled.
const title = h("h1", { id: "title" });
const langSwitch = h("button", { type: "button", id: "lang-switch", class: "lang" });
const context = h("div", { class: "gray context", id: "context" });
const recalcButton = h("button", { type: "button", class: "action", id: "recalculate" });
const exportButton = h("button", { type: "button", id: "export" });
const importButton = h("button", { type: "button", id: "import" });
const posterButton = h("button", { type: "button", id: "poster" });
const setupButton = h("button", { type: "button", id: "setup" });
const messageArea = h("div", { id: "message", class: "message", role: "status", "aria-live": "polite" });
const downloadArea = h("div", { id: "download", class: "block download", hidden: true });
const staleText = h("p");
const staleButton = h("button", { type: "button", id: "stale-recalculate" });
const staleNotice = h("div", { id: "stale", class: "block notice", hidden: true }, staleText, staleButton);
const overview = h("div", { id: "overview" });
const archiveTitle = h("h2", { id: "archive-title" });
const archiveText = h("p", { class: "gray" });
const archiveButton = h("button", { type: "button", id: "archive" });
const archiveQuestion = h("p");
const archiveYes = h("button", { type: "button", class: "action", id: "archive-yes" });
const archiveAsk = h("div", { id: "archive-confirm", hidden: true }, archiveQuestion, archiveYes);
const reasonLabel = h("label", { for: "unarchive-reason" });
const reasonInput = h("input", { type: "text", id: "unarchive-reason" });
const unarchiveButton = h("button", { type: "button", id: "unarchive" });
const unarchiveForm = h(
  "div",
  { id: "unarchive-form", class: "field" },
  reasonLabel,
  reasonInput,
  unarchiveButton,
);
const archiveBlock = h(
  "section",
  { class: "block", id: "archive-block", "aria-labelledby": "archive-title", hidden: true },
  archiveTitle,
  archiveText,
  archiveButton,
  archiveAsk,
  unarchiveForm,
);
const details = h("div", { id: "details" });
const dormList = h("datalist", { id: DORM_LIST });

const inspectionForm: EntryForm<keyof InspectionEntry> = entryForm({
  id: "inspection",
  title: "sidebar.sec.addInspection",
  submit: "sidebar.addInspection",
  open: true,
  dormList: DORM_LIST,
  onSubmit: () => void submitInspection(),
  fields: [
    { name: "dorm", label: "col.dorm", kind: "dorm", required: true },
    { name: "date", label: "col.date", kind: "date", required: true, keep: true },
    { name: "category", label: "col.category", kind: "select", options: CATEGORY_OPTIONS, keep: true },
    {
      name: "result",
      label: "col.result",
      kind: "select",
      options: RESULT_OPTIONS,
      hint: "sidebar.resultHint",
    },
    { name: "score", label: "col.score", kind: "number" },
    { name: "deductions", label: "col.deductions", kind: "text", hint: "sidebar.deductionsHint" },
    { name: "inspector", label: "col.inspector", kind: "text", keep: true },
    { name: "notes", label: "col.notes", kind: "text" },
  ],
});

const visitForm: EntryForm<keyof VisitEntry> = entryForm({
  id: "visit",
  title: "sidebar.sec.addVisit",
  submit: "sidebar.addVisit",
  open: false,
  dormList: DORM_LIST,
  onSubmit: () => void submitVisit(),
  fields: [
    { name: "dorm", label: "col.dorm", kind: "dorm", required: true },
    { name: "date", label: "col.date", kind: "date", required: true, keep: true },
    { name: "teacher", label: "col.teacher", kind: "text", required: true, keep: true },
    { name: "group", label: "col.group", kind: "text", keep: true },
    { name: "findings", label: "col.findings", kind: "text" },
    { name: "followUp", label: "col.followUp", kind: "text" },
  ],
});

const buttons = [
  langSwitch,
  recalcButton,
  exportButton,
  posterButton,
  importButton,
  setupButton,
  staleButton,
  archiveButton,
  archiveYes,
  unarchiveButton,
];

function isDashboard(d: SidebarData | undefined): d is Dashboard {
  return d !== undefined && !("problems" in d);
}

function showMessage(kind: MessageKind, content: () => Child | readonly Child[]): void {
  message = { kind, content };
  renderMessage();
}

function renderMessage(): void {
  const kind = message?.kind ?? "info";
  messageArea.className = `message ${kind}`;
  const content = message?.content();
  replace(messageArea, ...(Array.isArray(content) ? content : [content]));
  for (const form of [inspectionForm, visitForm] as EntryForm<string>[]) {
    form.setStatus(form === activeForm ? (messageArea.textContent ?? "") : "", kind);
  }
}

function showError(error: unknown): void {
  const text = messageOf(error);
  showMessage("error", () => t(lang, "sidebar.error", { message: text }));
}

function relabel(): void {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = t(lang, "app.name");
  title.textContent = t(lang, "app.name");
  langSwitch.textContent = t(lang, "sidebar.switchLang");
  langSwitch.setAttribute("aria-label", t(lang, "sidebar.switchLangHint"));
  recalcButton.textContent = t(lang, "menu.recalculate");
  exportButton.textContent = t(lang, "sidebar.exportReport");
  posterButton.textContent = t(lang, "sidebar.poster");
  importButton.textContent = t(lang, "menu.import");
  setupButton.textContent = t(lang, "menu.setupTabs");
  staleText.textContent = t(lang, "app.stale");
  staleButton.textContent = t(lang, "menu.recalculate");
  archiveTitle.textContent = t(lang, "sidebar.sec.archive");
  archiveButton.textContent = t(lang, "sidebar.archive");
  archiveQuestion.textContent = t(lang, "sidebar.archiveConfirm");
  archiveYes.textContent = t(lang, "sidebar.archiveYes");
  reasonLabel.textContent = t(lang, "sidebar.unarchiveReason");
  unarchiveButton.textContent = t(lang, "sidebar.unarchive");
  inspectionForm.relabel(lang);
  visitForm.relabel(lang);
  renderData();
  renderMessage();
}

/** Rebuilds what depends on the data, keeping the "why" sections the user had open. */
function renderData(): void {
  const open = new Set(
    [...details.querySelectorAll<HTMLDetailsElement>("details[data-key]")]
      .filter((d) => d.open)
      .map((d) => d.dataset.key),
  );
  const dashboard = isDashboard(data) ? data : undefined;
  staleNotice.hidden = !data?.stale;
  inspectionForm.element.hidden = !dashboard;
  visitForm.element.hidden = !dashboard;
  if (!dashboard) {
    archiveBlock.hidden = true;
    replace(context);
    overview.replaceChildren();
    details.replaceChildren();
    return;
  }
  // Each part on one line: a date is never broken at its hyphens.
  replace(
    context,
    dashboard.department && h("span", { class: "nowrap" }, userText(dashboard.department)),
    dashboard.department && " · ",
    h("span", { class: "nowrap" }, semesterName(dashboard.semesterId, lang)),
    " · ",
    h("span", { class: "nowrap" }, t(lang, "sidebar.today", { date: dashboard.today })),
  );
  overview.replaceChildren(overviewSection(dashboard, lang));
  archiveBlock.hidden = false;
  const archivedOn = dashboard.archivedOn;
  archiveText.textContent = archivedOn
    ? t(lang, "sidebar.archivedOn", { date: archivedOn })
    : t(lang, "sidebar.notArchived");
  archiveButton.hidden = archivedOn !== undefined;
  if (archivedOn !== undefined) archiveAsk.hidden = true;
  unarchiveForm.hidden = archivedOn === undefined;
  details.replaceChildren(...rankingsSection(dashboard.rankings, lang), ...detailSections(dashboard, lang));
  for (const el of details.querySelectorAll<HTMLDetailsElement>("details[data-key]")) {
    if (open.has(el.dataset.key)) el.open = true;
  }
  dormList.replaceChildren(
    ...dashboard.dorms.map((d) => {
      const option = h("option");
      // Properties, not markup: a dorm number is data.
      option.value = d.label;
      option.label = d.building ? `${d.label} · ${d.building}` : d.label;
      return option;
    }),
  );
  inspectionForm.setToday(dashboard.today);
  visitForm.setToday(dashboard.today);
}

/** Takes a fresh answer from the server: its language, then everything that shows it. */
function accept(next: SidebarData): void {
  data = next;
  if (next.lang !== lang) {
    lang = next.lang;
    rememberLang(lang);
  }
  relabel();
  if ("problems" in next && next.problems.length > 0) {
    const problems = next.problems;
    showMessage("error", () => h("ul", { class: "problems" }, ...problems.map((p) => h("li", {}, p))));
  }
}

function setBusy(value: boolean): void {
  busy = value;
  // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
  for (const button of buttons) button.setAttribute("aria-disabled", String(busy));
  inspectionForm.setBusy(busy);
  visitForm.setBusy(busy);
  document.getElementById("app")?.setAttribute("aria-busy", String(busy));
}

/**
 * Runs one server call with the buttons disabled and a pending message, and always ends with
 * the buttons back and a readable message on failure.
 */
async function busyWith(pending: LabelKey, work: () => Promise<void>): Promise<void> {
  if (busy) return;
  setBusy(true);
  showMessage("info", () => t(lang, pending));
  try {
    await work();
  } catch (error) {
    showError(error);
  } finally {
    setBusy(false);
  }
}

function entryContext(dashboard: Dashboard): EntryContext {
  return { lang, today: dashboard.today, dorms: dashboard.dorms };
}

function refused<F extends string>(form: EntryForm<F>, errors: readonly FieldError<F>[]): void {
  form.showErrors(errors);
  showMessage("error", () => t(lang, "sidebar.fixErrors", { count: errors.length }));
}

/** Says where the entry went, and when its date lies outside the semester shown, that too. */
function announceAdded(reply: { readonly tab: string; readonly row: number }, date: string): void {
  const { tab, row } = reply;
  const shown = isDashboard(data) ? data : undefined;
  const outside = shown && (date < shown.semesterFirst || date > shown.semesterLast);
  showMessage("ok", () => [
    t(lang, "sidebar.added", { tab, row }),
    outside &&
      ` ${t(lang, "sidebar.otherSemester", { date, semester: semesterName(shown.semesterId, lang) })}`,
  ]);
}

async function submitInspection(): Promise<void> {
  if (busy || !isDashboard(data)) return;
  activeForm = inspectionForm as EntryForm<string>;
  const entry = inspectionForm.values();
  const checked = checkInspection(entry, entryContext(data));
  if (!checked.ok) {
    refused(inspectionForm, checked.errors);
    return;
  }
  inspectionForm.clearErrors();
  let added = false;
  await busyWith("sidebar.saving", async () => {
    const reply = await call("addInspection", entry);
    if (!reply.ok) {
      refused(inspectionForm, reply.errors);
      return;
    }
    accept(reply.data);
    inspectionForm.resetAfterEntry();
    announceAdded(reply, entry.date);
    added = true;
  });
  // Ready for the next entry; after a refusal or an error the focus stays where it was.
  if (added) inspectionForm.focusFirst();
}

async function submitVisit(): Promise<void> {
  if (busy || !isDashboard(data)) return;
  activeForm = visitForm as EntryForm<string>;
  const entry = visitForm.values();
  const checked = checkVisit(entry, entryContext(data));
  if (!checked.ok) {
    refused(visitForm, checked.errors);
    return;
  }
  visitForm.clearErrors();
  let added = false;
  await busyWith("sidebar.saving", async () => {
    const reply = await call("addVisit", entry);
    if (!reply.ok) {
      refused(visitForm, reply.errors);
      return;
    }
    accept(reply.data);
    visitForm.resetAfterEntry();
    announceAdded(reply, entry.date);
    added = true;
  });
  // Ready for the next entry; after a refusal or an error the focus stays where it was.
  if (added) visitForm.focusFirst();
}

/** Refreshes the messages of a form in error, so that they follow a change of language. */
function recheck(): void {
  if (!isDashboard(data)) return;
  const context = entryContext(data);
  if (inspectionForm.hasErrors()) {
    const checked = checkInspection(inspectionForm.values(), context);
    if (checked.ok) inspectionForm.clearErrors();
    else inspectionForm.showErrors(checked.errors);
  }
  if (visitForm.hasErrors()) {
    const checked = checkVisit(visitForm.values(), context);
    if (checked.ok) visitForm.clearErrors();
    else visitForm.showErrors(checked.errors);
  }
}

function recalculate(): Promise<void> {
  activeForm = undefined;
  return busyWith("sidebar.working", async () => {
    const reply = await call("recalculate");
    accept(reply.data);
    const lines = reply.lines;
    if (reply.ok) showMessage("ok", () => t(lang, "sidebar.recalculated"));
    else
      showMessage("error", () => h("ul", { class: "problems" }, ...lines.map((line) => h("li", {}, line))));
  });
}

/**
 * Opens the export dialog, the menu's own: report or bulletin, either edition, PDF or web page;
 * or, from the poster button, the same dialog on the ranking poster.
 */
function exportReport(kind?: "poster"): Promise<void> {
  activeForm = undefined;
  return busyWith("sidebar.working", async () => {
    await call("showExportDialog", kind);
    message = undefined;
    renderMessage();
  });
}

/** Opens the import dialog, the menu's own: a pasted table or another tab, previewed row by row. */
function importInspections(): Promise<void> {
  activeForm = undefined;
  return busyWith("sidebar.working", async () => {
    await call("showImportDialog");
    message = undefined;
    renderMessage();
  });
}

/** Archives the semester shown, after the user confirmed it below the button. */
function archive(): Promise<void> {
  activeForm = undefined;
  return busyWith("sidebar.working", async () => {
    const reply = await call("archiveSemester");
    archiveAsk.hidden = true;
    accept(reply.data);
    showMessage("ok", () => reply.message);
  });
}

/** Un-archives the semester shown, with the reason typed; the server refuses a blank one. */
function unarchive(): Promise<void> {
  activeForm = undefined;
  return busyWith("sidebar.working", async () => {
    const reply = await call("unarchiveSemester", reasonInput.value);
    reasonInput.value = "";
    accept(reply.data);
    showMessage("ok", () => reply.message);
  });
}

function setupTabs(): Promise<void> {
  activeForm = undefined;
  return busyWith("sidebar.working", async () => {
    const created = await call("setupTabs");
    accept(await call("getDashboard"));
    showMessage("ok", () =>
      created.length > 0
        ? t(lang, "app.tabsCreated", { tabs: created.join(", ") })
        : t(lang, "app.tabsPresent"),
    );
  });
}

function switchLanguage(): Promise<void> {
  activeForm = undefined;
  const next: Lang = lang === "zh" ? "en" : "zh";
  return busyWith("sidebar.working", async () => {
    accept(await call("setLanguage", next));
    message = undefined;
    renderMessage();
    recheck();
  });
}

function start(): void {
  const app = h(
    "main",
    { id: "app", class: "sidebar", "aria-busy": "false" },
    h("header", { class: "block head" }, h("div", { class: "title-row" }, title, langSwitch), context),
    h("div", { class: "block toolbar" }, recalcButton, exportButton, posterButton, importButton, setupButton),
    messageArea,
    downloadArea,
    staleNotice,
    overview,
    archiveBlock,
    inspectionForm.element,
    visitForm.element,
    details,
    dormList,
  );
  document.body.replaceChildren(app);
  recalcButton.addEventListener("click", () => void recalculate());
  staleButton.addEventListener("click", () => void recalculate());
  exportButton.addEventListener("click", () => void exportReport());
  posterButton.addEventListener("click", () => void exportReport("poster"));
  importButton.addEventListener("click", () => void importInspections());
  setupButton.addEventListener("click", () => void setupTabs());
  langSwitch.addEventListener("click", () => void switchLanguage());
  archiveButton.addEventListener("click", () => {
    if (busy) return;
    archiveAsk.hidden = false;
    archiveYes.focus();
  });
  archiveYes.addEventListener("click", () => void archive());
  unarchiveButton.addEventListener("click", () => void unarchive());
  relabel();
  void busyWith("sidebar.loading", async () => {
    accept(await call("getDashboard"));
    if (isDashboard(data)) {
      message = undefined;
      renderMessage();
    }
  });
}

start();

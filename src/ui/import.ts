/**
 * The import dialog in Sheets: a pasted table or another tab (a Google Form's responses tab), the
 * dry run row by row, a choice of field for every column (an unknown one is chosen once and the
 * Settings tab remembers it), and a button that imports exactly the rows shown as new.
 */

import { t } from "../intake/labels.ts";
import type { MappingTarget } from "../intake/mapping.ts";
import type { ImportChoices, ImportRequest, IntakePreview } from "../intake/sheets-module.ts";
import { call, messageOf } from "./run.ts";
import { h, replace } from "./sidebar-dom.ts";

function choices(): ImportChoices {
  const json = document.getElementById("import-choices")?.textContent ?? "{}";
  const parsed = JSON.parse(json) as Partial<ImportChoices>;
  return {
    lang: parsed.lang === "en" ? "en" : "zh",
    tabs: parsed.tabs ?? [],
    suggested: parsed.suggested ?? "",
    fields: parsed.fields ?? [],
  };
}

function start(): void {
  const c = choices();
  const lang = c.lang;
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  /** Columns placed by hand, by header as the import shows it. */
  const chosen = new Map<string, MappingTarget>();
  let busy = false;
  let preview: IntakePreview | undefined;

  const radio = (value: string, label: string, checked: boolean) =>
    h("label", { class: "choice" }, h("input", { type: "radio", name: "source", value, checked }), label);
  const text = h("textarea", {
    id: "paste",
    "aria-label": t(lang, "intake.dialog.paste"),
  }) as HTMLTextAreaElement;
  const tab = h(
    "select",
    { id: "tab", "aria-label": t(lang, "intake.dialog.tab"), disabled: c.tabs.length === 0 },
    ...(c.tabs.length
      ? c.tabs.map((name) => h("option", { value: name, selected: name === c.suggested }, name))
      : [h("option", { value: "" }, t(lang, "intake.dialog.noTabs"))]),
  ) as HTMLSelectElement;
  const previewButton = h(
    "button",
    { type: "button", id: "preview", class: "secondary" },
    t(lang, "intake.dialog.preview"),
  );
  const importButton = h(
    "button",
    { type: "button", id: "import", "aria-disabled": "true" },
    t(lang, "intake.dialog.nothing"),
  );
  const message = h("div", { class: "message", role: "status", "aria-live": "polite", id: "message" });
  const columns = h("div", { id: "columns" });
  const rows = h("div", { id: "rows" });
  const fromTab = c.suggested !== "";
  document.body.replaceChildren(
    h(
      "fieldset",
      {},
      h("legend", {}, t(lang, "intake.dialog.source")),
      radio("paste", t(lang, "intake.dialog.paste"), !fromTab),
      radio("tab", t(lang, "intake.dialog.tab"), fromTab),
      tab,
      h("p", { class: "hint" }, t(lang, "intake.dialog.pasteHint")),
      text,
    ),
    h("div", {}, previewButton, importButton),
    message,
    columns,
    rows,
  );

  const source = () =>
    (document.querySelector('input[name="source"]:checked') as HTMLInputElement | null)?.value === "tab"
      ? ({ kind: "tab", tab: tab.value } as const)
      : ({ kind: "paste", text: text.value } as const);
  const request = (): ImportRequest => ({
    source: source(),
    choices: [...chosen].map(([header, target]) => ({ header, target })),
  });
  const say = (kind: "info" | "ok" | "error", words: string) => {
    message.className = `message ${kind}`;
    message.textContent = words;
  };

  const showColumns = (p: IntakePreview) => {
    const select = (header: string, field: string | undefined) => {
      const el = h(
        "select",
        { "aria-label": header, "data-header": header },
        ...c.fields.map((f) => h("option", { value: f.field, selected: f.field === field }, f.label)),
        h("option", { value: "ignore", selected: field === undefined }, t(lang, "intake.ignore")),
      ) as HTMLSelectElement;
      el.addEventListener("change", () => {
        chosen.set(header, el.value as MappingTarget);
        void run("preview");
      });
      return el;
    };
    const body = p.columns
      .filter((col) => col.header !== "")
      .map((col) => h("tr", {}, h("td", {}, col.header), h("td", {}, select(col.header, col.field))));
    replace(
      columns,
      h("h3", {}, t(lang, "intake.dialog.columns")),
      h(
        "table",
        {},
        h(
          "thead",
          {},
          h("tr", {}, h("th", {}, t(lang, "intake.dialog.column")), h("th", {}, t(lang, "intake.dialog.as"))),
        ),
        h("tbody", {}, ...body),
      ),
    );
  };

  const showRows = (p: IntakePreview) => {
    if (p.rows.length === 0) {
      replace(rows);
      return;
    }
    const headers = [
      "#",
      t(lang, "intake.dialog.action"),
      t(lang, "col.date"),
      t(lang, "col.dorm"),
      t(lang, "col.category"),
      t(lang, "col.result"),
      t(lang, "col.score"),
      t(lang, "col.inspector"),
      t(lang, "col.notes"),
      "",
    ];
    const body = p.rows.map((r) =>
      h(
        "tr",
        { class: r.status, "data-row": String(r.row) },
        h("td", { class: "nw" }, String(r.row)),
        h("td", { class: "status nw" }, t(lang, `intake.status.${r.status}`)),
        h("td", { class: "nw" }, r.date),
        h("td", { class: "nw" }, r.dorm),
        h("td", {}, r.category),
        h("td", { class: "nw" }, r.result),
        h("td", {}, r.score),
        h("td", {}, r.inspector),
        h("td", {}, r.notes),
        h("td", { class: "reason" }, r.reason),
      ),
    );
    replace(
      rows,
      h("h3", {}, `${t(lang, "intake.dialog.rows")}（${t(lang, "intake.counts", p.counts)}）`),
      h(
        "div",
        { class: "rows" },
        h(
          "table",
          {},
          h("thead", {}, h("tr", {}, ...headers.map((x) => h("th", {}, x)))),
          h("tbody", {}, ...body),
        ),
      ),
    );
  };

  const show = (p: IntakePreview) => {
    preview = p;
    showColumns(p);
    showRows(p);
    const n = p.problem === undefined ? p.counts.new : 0;
    importButton.textContent =
      n > 0 ? t(lang, "intake.dialog.import", { count: n }) : t(lang, "intake.dialog.nothing");
    if (n > 0 || (p.problem === undefined && p.remember !== undefined))
      importButton.removeAttribute("aria-disabled");
    else importButton.setAttribute("aria-disabled", "true");
  };

  async function run(what: "preview" | "apply"): Promise<void> {
    if (busy) return;
    if (what === "apply" && importButton.getAttribute("aria-disabled") === "true") return;
    busy = true;
    say("info", t(lang, "intake.dialog.working"));
    try {
      if (what === "preview") {
        const p = await call("previewImport", request());
        show(p);
        if (p.problem !== undefined) say("error", p.problem);
        else say("info", t(lang, "intake.dialog.dryRun"));
      } else {
        const reply = await call("applyImport", request());
        const done =
          reply.appended > 0
            ? t(lang, "intake.dialog.done", { count: reply.appended, tab: reply.tab, first: reply.first })
            : t(lang, "intake.dialog.nothing");
        const remembered = preview?.remember !== undefined ? `\n${t(lang, "intake.dialog.remembered")}` : "";
        chosen.clear();
        say("ok", [done + remembered, ...reply.lines].join("\n"));
        busy = false;
        // What is there now: the rows just imported show as duplicates.
        const p = await call("previewImport", request());
        show(p);
      }
    } catch (error) {
      say("error", messageOf(error));
    } finally {
      busy = false;
    }
  }

  previewButton.addEventListener("click", () => void run("preview"));
  importButton.addEventListener("click", () => void run("apply"));
  const pasteHint = document.querySelector(".hint") as HTMLElement;
  const syncSource = () => {
    const paste = source().kind === "paste";
    text.hidden = !paste;
    pasteHint.hidden = !paste;
    tab.disabled = paste || c.tabs.length === 0;
  };
  for (const input of document.querySelectorAll('input[name="source"]'))
    input.addEventListener("change", () => {
      chosen.clear();
      syncSource();
    });
  syncSource();
  if (fromTab) void run("preview");
}

start();

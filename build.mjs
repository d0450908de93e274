// Builds the Apps Script project in dist/: Code.js (one IIFE plus a top-level stub per entry
// point), appsscript.json, the HTML pages and the code loaded on demand. Fails loudly when an entry
// point is missing or Code.js outgrows its budget.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import vm from "node:vm";
import * as esbuild from "esbuild";

const GLOBAL = "DormPlaque";

/** Apps Script only sees top-level functions; esbuild strips comments, so JSDoc lives here. */
export const ENTRY_POINTS = {
  onInstall: "/** Runs when the add-on is installed: builds the menu. */",
  onOpen: "/** Builds the add-on menu. Touches no document in AuthMode.NONE. */",
  onEdit: "/** Refreshes the outputs after an edit to an input tab. */",
  showSidebar: "/** Menu: opens the sidebar. */",
  menuRecalculate: "/** Menu: recalculates every output column and highlight. */",
  menuExportReport: "/** Menu: exports the semester report. */",
  menuRegisterPlaques: "/** Menu: new semester plaque registration. */",
  menuImport: "/** Menu: imports inspections from a pasted table or another tab. */",
  showImportDialog: "/** Sidebar: opens the import dialog. */",
  previewImport: "/** Import dialog: the dry run of an import; writes nothing. */",
  applyImport: "/** Import dialog: appends the new rows and recalculates. */",
  menuPlaqueKit: "/** Menu: the plaque kit (door cards, decision, notices, pledges) to print. */",
  plaqueKitPages:
    "/** Kit dialog: the kit's pages for the dorms to hang or reissue, or every member dorm. */",
  menuSetupTabs: "/** Menu: creates missing tabs with their headers. */",
  menuInsertSample: "/** Menu: fills an empty workbook with sample data. */",
  menuHelp: "/** Menu: shows help. */",
  getDashboard: "/** Sidebar: the current semester's dashboard. */",
  recalculate: "/** Sidebar: recalculates and returns the summary. */",
  addInspection: "/** Sidebar: appends an inspection and recalculates. */",
  addVisit: "/** Sidebar: appends a contact visit and recalculates. */",
  setupTabs: "/** Sidebar: creates missing tabs. */",
  setLanguage: "/** Sidebar: sets the language of the workbook and the add-on. */",
  exportReport: "/** Export dialog: builds the semester report or a bulletin, PDF and web page. */",
  showExportDialog: "/** Sidebar: opens the export dialog. */",
  menuArchive: "/** Menu: archives the semester shown, or un-archives it with a reason. */",
  archiveSemester: "/** Sidebar: archives the semester shown. */",
  unarchiveSemester: "/** Sidebar: un-archives the semester shown, with a reason. */",
  DORMGRADE: `/**
 * The semester grade of a dorm: 优秀 / 合格 / 不合格 / 未检查.
 *
 * @param {string|Array<Array<string>>} dorm A dorm number, or a range of them.
 * @param {string} [semester] Optional: a semester such as 2025-2026-1; the one the sheet shows when omitted.
 * @return The grade, or a column of grades for a range.
 * @customfunction
 */`,
  DORMFAILS: `/**
 * The number of failing inspections of a dorm in a semester.
 *
 * @param {string|Array<Array<string>>} dorm A dorm number, or a range of them.
 * @param {string} [semester] Optional: a semester such as 2025-2026-1; the one the sheet shows when omitted.
 * @return The number of fails, or a column of them for a range.
 * @customfunction
 */`,
  DORMSTREAK: `/**
 * The current failing streak of a dorm: consecutive fails up to its latest inspection.
 *
 * @param {string|Array<Array<string>>} dorm A dorm number, or a range of them.
 * @param {string} [semester] Optional: a semester such as 2025-2026-1; the one the sheet shows when omitted.
 * @return The streak, or a column of streaks for a range.
 * @customfunction
 */`,
  DORMSCORE: `/**
 * The mean score of a dorm in a semester: over its inspections with a score (typed, or 100 minus
 * the scoresheet items found; a refusal counts 0), to one decimal. Blank when none has a score.
 *
 * @param {string|Array<Array<string>>} dorm A dorm number, or a range of them.
 * @param {string} [semester] Optional: a semester such as 2025-2026-1; the one the sheet shows when omitted.
 * @return The mean score, or a column of them for a range.
 * @customfunction
 */`,
  MEMBEROUTCOME: `/**
 * What the dorm plaque regime concluded for a member: criticisms, praises, award eligibility,
 * assessment and action.
 *
 * @param {string|Array<Array<string>>} studentId A student ID, or a range of them.
 * @param {string} [semester] Optional: a semester such as 2025-2026-1; the one the sheet shows when omitted.
 * @return One line per member.
 * @customfunction
 */`,
};

/** Parameters of each stub, so Apps Script shows them in autocomplete and the editor. */
const PARAMS = {
  onInstall: "e",
  onOpen: "e",
  onEdit: "e",
  DORMGRADE: "dorm, semester",
  DORMFAILS: "dorm, semester",
  DORMSTREAK: "dorm, semester",
  DORMSCORE: "dorm, semester",
  MEMBEROUTCOME: "studentId, semester",
};

const UI_LIMIT = 100 * 1024;

/**
 * What every execution parses (menu, triggers, custom functions) stays under this many bytes:
 * Apps Script parses the whole of Code.js before each one, custom-function calls included.
 */
export const CODE_LIMIT = 120 * 1024;

/**
 * Code that only one menu item needs, kept out of Code.js. Each becomes an HTML file of dist/
 * (Apps Script projects hold only .gs and .html files) whose raw content is one JavaScript
 * expression; src/gas/on-demand.ts evaluates it when that menu item runs. The names end in
 * "Code" so that nobody takes them for pages.
 */
export const ON_DEMAND = {
  DocumentsCode: "src/documents/sheets-module.ts",
  SampleCode: "src/workbook/sample-module.ts",
  IntakeCode: "src/intake/sheets-module.ts",
  KitCode: "src/documents/plaque-kit/sheets-module.ts",
  HistoryCode: "src/workbook/archive-module.ts",
  WordsCode: "src/workbook/words-module.ts",
  ActionsCode: "src/gas/actions-module.ts",
};

/**
 * Label tables Code.js leaves out: in its bundle each of these files exports an empty table, and
 * src/gas/index.ts has the labels looked up in dist/WordsCode.html when one is first needed
 * (a recalculation, a menu or sidebar action; never a custom function or onOpen).
 */
const LATE_LABELS = /[\\/](engine[\\/]run-labels|workbook[\\/]sheet-labels)\.ts$/;
const lateLabels = {
  name: "late-labels",
  setup(build) {
    build.onLoad({ filter: LATE_LABELS }, () => ({
      contents: "export const RUN_LABELS = {};\nexport const SHEET_LABELS = {};\n",
      loader: "js",
    }));
  },
};

async function bundle(entry, options = {}) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    charset: "utf8",
    legalComments: "none",
    ...options,
  });
  return result.outputFiles[0].text;
}

function stubs() {
  return Object.entries(ENTRY_POINTS)
    .map(([name, doc]) => {
      const params = PARAMS[name] ?? "...args";
      const call = params === "...args" ? "...args" : params;
      return `${doc}\nfunction ${name}(${params}) {\n  return ${GLOBAL}.${name}(${call});\n}\n`;
    })
    .join("\n");
}

/** Loads the bundle with no services at all: it must define every entry point and call nothing. */
function verify(code) {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: "Code.js" });
  const exported = Object.keys(context[GLOBAL] ?? {}).sort();
  const expected = Object.keys(ENTRY_POINTS).sort();
  const missing = expected.filter(
    (n) => typeof context[GLOBAL]?.[n] !== "function" || typeof context[n] !== "function",
  );
  const extra = exported.filter((n) => !(n in ENTRY_POINTS));
  if (missing.length || extra.length) {
    throw new Error(`entry points out of step: missing [${missing}] unexpected [${extra}]`);
  }
  for (const forbidden of ["require(", "exceljs", "node:"]) {
    if (code.includes(forbidden)) throw new Error(`dist/Code.js contains Node-only code: ${forbidden}`);
  }
}

/** One on-demand module: an expression whose value is the module's exports. */
async function onDemandFile(entry) {
  const js = await bundle(entry, {
    format: "iife",
    globalName: "module",
    platform: "neutral",
    // Packages that name only a "main" and a "browser" file (papaparse): the browser one, which
    // needs no Node module, runs in Apps Script as in a page.
    mainFields: ["browser", "module", "main"],
    target: "es2020",
    minify: true,
  });
  return `// Loaded on demand by Code.js (src/gas/on-demand.ts); not a page.\n(function () {\n${js}\nreturn module;\n})()\n`;
}

/** Each on-demand module evaluates, with no services at all, to an object of functions. */
function verifyOnDemand(name, code) {
  const value = vm.runInContext(code, vm.createContext({}), { filename: `${name}.html` });
  const exported = Object.entries(value ?? {});
  if (exported.length === 0 || exported.some(([, v]) => typeof v !== "function" && typeof v !== "object")) {
    throw new Error(`${name}.html does not evaluate to a module`);
  }
  for (const forbidden of ["require(", "exceljs", "node:"]) {
    if (code.includes(forbidden)) throw new Error(`${name}.html contains Node-only code: ${forbidden}`);
  }
  // HtmlService reads the file as a template: no scriptlet opener may appear in it.
  if (code.includes("<?"))
    throw new Error(`${name}.html contains "<?", which HtmlService takes for a scriptlet`);
}

async function htmlFile(template, script) {
  const html = readFileSync(template, "utf8");
  const js = await bundle(script, { format: "iife", platform: "browser", target: "es2019", minify: true });
  // A literal </script> inside the bundle would end the tag early.
  const out = html.replace(
    "<!-- SCRIPT -->",
    () => `<script>${js.replace(/<\/script/gi, "<\\/script")}</script>`,
  );
  if (Buffer.byteLength(out) > UI_LIMIT)
    throw new Error(`${template} is ${Buffer.byteLength(out)} bytes; the limit is ${UI_LIMIT}`);
  return out;
}

export async function build() {
  mkdirSync("dist", { recursive: true });
  const iife = await bundle("src/gas/index.ts", {
    format: "iife",
    globalName: GLOBAL,
    platform: "neutral",
    target: "es2020",
    minify: true,
    plugins: [lateLabels],
  });
  const code = `${iife}\n${stubs()}`;
  verify(code);
  if (Buffer.byteLength(code) > CODE_LIMIT)
    throw new Error(`dist/Code.js is ${Buffer.byteLength(code)} bytes; the budget is ${CODE_LIMIT}`);
  writeFileSync("dist/Code.js", code);
  for (const [name, entry] of Object.entries(ON_DEMAND)) {
    const module = await onDemandFile(entry);
    verifyOnDemand(name, module);
    writeFileSync(`dist/${name}.html`, module);
  }
  copyFileSync("appsscript.json", "dist/appsscript.json");
  for (const [name, template, script] of [
    ["Sidebar", "src/ui/sidebar.html", "src/ui/sidebar.ts"],
    ["Report", "src/ui/report.html", "src/ui/report.ts"],
    ["Import", "src/ui/import.html", "src/ui/import.ts"],
    ["PlaqueKit", "src/ui/plaque-kit.html", "src/ui/plaque-kit.ts"],
  ]) {
    if (existsSync(template) && existsSync(script))
      writeFileSync(`dist/${name}.html`, await htmlFile(template, script));
  }
  return code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const code = await build();
  console.log(
    `dist/Code.js ${Buffer.byteLength(code)} bytes, ${Object.keys(ENTRY_POINTS).length} entry points`,
  );
}

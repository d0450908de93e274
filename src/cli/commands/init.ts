import { existsSync } from "node:fs";
import { legendPlan } from "../../workbook/legend.ts";
import { sampleWorkbook } from "../../workbook/sample.ts";
import { templateWorkbook } from "../../workbook/template.ts";
import { checkExtension, langOf, onePath, type Parsed } from "../args.ts";
import { CliError } from "../cli-error.ts";
import { t } from "../labels.ts";
import { writeXlsx } from "../workbook-file.ts";
import { workbookOf } from "../xlsx.ts";
import { writeLegend, writePrintSetup } from "../xlsx-format.ts";
import { writeTemplate } from "../xlsx-template.ts";

/**
 * `dorm-plaque init`: a template with every tab, header notes, dropdowns and the Settings tab
 * filled with the defaults, or (`--sample`) the sample department on the same template. An
 * existing file is left alone unless `--force` is given.
 *
 * @example
 * await init(parseArgs(["init", "new.xlsx", "--lang", "en"], "en"), console.log)
 */
export async function init(parsed: Parsed, print: (line: string) => void): Promise<void> {
  const path = onePath(parsed);
  checkExtension(parsed, "init", path, [".xlsx"]);
  const lang = langOf(parsed) ?? "zh";
  if (existsSync(path) && !parsed.flags.has("--force"))
    throw new CliError(t(parsed.lang, "cli.exists", { path }), 1);
  const templates = templateWorkbook(lang);
  const grids = parsed.flags.get("--sample") ? sampleWorkbook(lang) : templates.map((tab) => tab.grid);
  const workbook = workbookOf(grids);
  templates.forEach((template, i) => {
    const sheet = workbook.worksheets[i];
    if (!sheet) return;
    writeTemplate(sheet, template);
    writePrintSetup(sheet);
  });
  writeLegend(workbook, legendPlan(lang));
  await writeXlsx(workbook, path);
  print(`→ ${path}`);
}

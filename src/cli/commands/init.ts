import { existsSync } from "node:fs";
import { emptyWorkbook, sampleWorkbook } from "../../workbook/sample.ts";
import { checkExtension, langOf, onePath, type Parsed } from "../args.ts";
import { CliError } from "../cli-error.ts";
import { t } from "../labels.ts";
import { writeXlsx } from "../workbook-file.ts";
import { workbookOf } from "../xlsx.ts";

/**
 * `dorm-plaque init`: an empty workbook with every tab and header, or the sample department.
 * An existing file is left alone unless `--force` is given.
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
  const grids = parsed.flags.get("--sample") ? sampleWorkbook(lang) : emptyWorkbook(lang);
  await writeXlsx(workbookOf(grids), path);
  print(`→ ${path}`);
}

import { emptyWorkbook, sampleWorkbook } from "../../workbook/sample.ts";
import { langOf, onePath, type Parsed } from "../args.ts";
import { writeXlsx } from "../workbook-file.ts";
import { workbookOf } from "../xlsx.ts";

/**
 * `dorm-plaque init`: an empty workbook with every tab and header, or the sample department.
 *
 * @example
 * await init(parseArgs(["init", "new.xlsx", "--lang", "en"], "en"), console.log)
 */
export async function init(parsed: Parsed, print: (line: string) => void): Promise<void> {
  const path = onePath(parsed);
  const lang = langOf(parsed) ?? "zh";
  const grids = parsed.flags.get("--sample") ? sampleWorkbook(lang) : emptyWorkbook(lang);
  await writeXlsx(workbookOf(grids), path);
  print(`→ ${path}`);
}

import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, extname } from "node:path";
import { t as kitT } from "../../documents/plaque-kit/labels.ts";
import { plaqueKitModel } from "../../documents/plaque-kit/model.ts";
import { renderPlaqueKit } from "../../documents/plaque-kit/template.ts";
import type { Lang } from "../../engine/labels.ts";
import { semesterName } from "../../engine/semester.ts";
import { gradeWorkbook } from "../../workbook/grade.ts";
import {
  checkExtension,
  flag,
  langOf,
  onePath,
  type Parsed,
  semesterOf,
  todayOf,
  usageError,
} from "../args.ts";
import { CliError } from "../cli-error.ts";
import { t } from "../labels.ts";
import { readXlsx } from "../workbook-file.ts";
import { writeFileAtomically } from "../write-file.ts";
import { gridsOf } from "../xlsx.ts";
import { findChromium, htmlToPdf } from "./report.ts";

/**
 * `dorm-plaque plaques`: the semester's plaque kit (door cards with the form's QR code, the
 * 挂牌决定, 撤牌 notices, 承诺书) as a web page or an A4 PDF through headless Chromium.
 *
 * @example
 * await plaques(parseArgs(["plaques", "dept.xlsx", "--out", "kit.pdf"], "zh"), console.log)
 */
export async function plaques(parsed: Parsed, print: (line: string) => void): Promise<void> {
  const cli = parsed.lang;
  const input = onePath(parsed);
  const out = flag(parsed, "--out");
  if (!out) throw usageError(cli, t(cli, "cli.needsOut", { command: "plaques", out: "<kit.html|kit.pdf>" }));
  checkExtension(parsed, "plaques", out, [".html", ".htm", ".pdf"], "--out");
  const kind = extname(out).toLowerCase();
  const langFlag = langOf(parsed);
  const today = todayOf(parsed);
  const semester = semesterOf(parsed);
  const { workbook } = await readXlsx(input, cli);
  const grading = gradeWorkbook(
    gridsOf(workbook),
    { timeZone: "UTC", today, problemLang: cli, surface: "cli" },
    semester,
  );
  if ("problems" in grading) throw new CliError(grading.problems.join("\n"), 1);
  const lang: Lang = langFlag ?? grading.read.lang;
  const model = plaqueKitModel(grading, { all: parsed.flags.has("--all") });
  const html = renderPlaqueKit(model, lang);
  let bytes: Buffer | string = html;
  if (kind === ".pdf") {
    const found = findChromium(process.env);
    if (!("path" in found)) {
      throw new CliError(
        found.missing === "chromePath"
          ? t(lang, "report.badChromePath", { path: found.chromePath ?? "" })
          : t(lang, "report.noChromium"),
        1,
      );
    }
    bytes = await htmlToPdf(html, found.path, lang, { pageNumbers: false });
  }
  mkdirSync(dirname(out), { recursive: true });
  await writeFileAtomically(out, bytes);
  print(
    kitT(lang, "kit.summary", {
      semester: semesterName(model.semesterId, lang),
      cards: model.cards.length,
      notices: model.takeDown.length,
      pledges: model.pledges.length,
    }),
  );
  print(`→ ${out}${existsSync(out) ? ` (${Math.round(statSync(out).size / 1024)} KB)` : ""}`);
}

import type { DormSemester } from "../engine/evaluate.ts";
import { type Lang, t } from "../engine/labels.ts";
import type { PlaqueAction } from "../engine/plaque-check.ts";
import { semesterName } from "../engine/semester.ts";
import { escapeHtml } from "../ui/escape.ts";
import { gradeActive } from "./recalculate.ts";
import { savedLang } from "./state.ts";

const ACTIONS: readonly Exclude<PlaqueAction, "ok" | "none">[] = ["hang", "takeDown", "reissue"];

/** The re-registration list as a small self-contained HTML page. */
export function plaqueRegistrationHtml(
  dorms: readonly DormSemester[],
  semesterId: string,
  lang: Lang,
): string {
  const plaqued = dorms.filter((d) => d.dorm.plaque).length;
  const memberDorms = dorms.filter((d) => d.memberDorm).length;
  const sections = ACTIONS.map((action) => {
    const list = dorms.filter((d) => d.plaque === action);
    const items = list.length
      ? list
          .map((d) => `<li>${escapeHtml(d.dorm.label)} <span>${escapeHtml(d.dorm.building)}</span></li>`)
          .join("")
      : `<li class="none">${escapeHtml(t(lang, "outcome.none"))}</li>`;
    return `<h3>${escapeHtml(t(lang, `plaque.${action}`))} (${list.length})</h3><ul>${items}</ul>`;
  }).join("");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font:13px Arial,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:12px;color:#202124}
h3{font-size:14px;margin:14px 0 4px}ul{margin:0;padding-left:18px}li span{color:#5f6368}.none{color:#5f6368}
p{margin:4px 0}</style></head><body>
<p><b>${escapeHtml(semesterName(semesterId, lang))}</b></p>
<p>${escapeHtml(t(lang, "plaques.count", { plaqued, memberDorms }))}</p>
${sections}
<p>${escapeHtml(t(lang, "plaques.hint"))}</p></body></html>`;
}

/** Menu: shows which plaques to hang, take down or reissue at the start of the semester. */
export function menuRegisterPlaques(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { grading } = gradeActive(ss);
  const ui = SpreadsheetApp.getUi();
  if ("problems" in grading) {
    ui.alert(grading.problems.join("\n"));
    return;
  }
  const lang = grading.read.lang ?? savedLang();
  const html = plaqueRegistrationHtml(grading.evaluation.dorms, grading.evaluation.semester.id, lang);
  ui.showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(420).setHeight(480),
    t(lang, "menu.registerPlaques"),
  );
}

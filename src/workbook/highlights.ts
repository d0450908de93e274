import { bothLangs, type LabelKey } from "../engine/labels.ts";
import type { TabLayout } from "./layout.ts";
import type { TabPlan } from "./plan.ts";

/** Formulas of our rules carry this mark, so the adapters can replace them and nothing else. */
export const RULE_MARK = 'ISTEXT("dorm-plaque")';

/**
 * The highlight colours: four hues far enough apart to tell at a glance and in print (red and
 * orange, orange and yellow used to look alike), each light enough for black text on top.
 */
export const COLORS = {
  red: "#ea9999",
  orange: "#f9cb9c",
  green: "#b6d7a8",
  yellow: "#fff2cc",
} as const;

/** A conditional-format rule over a tab's data rows, keyed to an output column. */
export interface Highlight {
  readonly sheetName: string;
  /** 1-based columns the rule paints: the whole row, so sorting and filtering keep it right. */
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** A formula relative to row 2, e.g. `=AND(ISTEXT("dorm-plaque"),OR($P2="取消",$P2="revoked"))`. */
  readonly formula: string;
  readonly background: string;
}

/**
 * The A1 letters of a 1-based column.
 *
 * @example
 * columnLetter(28) //=> "AB"
 */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function equalsAny(column: number, words: readonly string[]): string {
  const ref = `$${columnLetter(column)}2`;
  return `OR(${words.map((w) => `${ref}="${w.replace(/"/g, '""')}"`).join(",")})`;
}

/** What the rules of the Inspections tab need besides the plan: where the inputs are, and the pass mark. */
export interface HighlightInputs {
  readonly layout?: TabLayout;
  readonly passScore?: number;
}

/**
 * A failing inspection, as the reader decides it: a fail word or 拒查 in Result, a score below the
 * pass mark typed in Result, a blank Result beside such a score, or, with both blank, a score
 * computed from the deductions below the pass mark (a veto item gives 0).
 */
function failingInspection(inputs: HighlightInputs, plan: TabPlan): string | undefined {
  const result = inputs.layout?.columns.get("col.result");
  const score = inputs.layout?.columns.get("col.score");
  const computed = plan.columns.get("out.computedScore");
  const pass = inputs.passScore ?? 60;
  const tests: string[] = [];
  const blank = (column: number | undefined) =>
    column === undefined ? "" : `LEN(TRIM($${columnLetter(column + 1)}2))=0,`;
  if (result !== undefined) {
    const r = `$${columnLetter(result + 1)}2`;
    const words = [...bothLangs("level.fail"), "failed", ...bothLangs("result.refused")];
    tests.push(...words.map((w) => `TRIM(${r})="${w}"`));
    tests.push(`AND(ISNUMBER(${r}),${r}<${pass})`);
  }
  if (score !== undefined) {
    const s = `$${columnLetter(score + 1)}2`;
    tests.push(`AND(${blank(result)}ISNUMBER(${s}),${s}<${pass})`);
  }
  if (computed !== undefined) {
    const c = `$${columnLetter(computed)}2`;
    tests.push(`AND(${blank(result)}${blank(score)}ISNUMBER(${c}),${c}<${pass})`);
  }
  if (tests.length === 0) return undefined;
  // An inspection revoked on appeal counts for nothing: it is not painted as a fail.
  const appeal = inputs.layout?.columns.get("col.appeal");
  if (appeal === undefined) return `OR(${tests.join(",")})`;
  const a = `$${columnLetter(appeal + 1)}2`;
  const revoked = ["撤销", "revoked"].map((w) => `TRIM(${a})="${w}"`).join(",");
  return `AND(OR(${tests.join(",")}),NOT(OR(${revoked})))`;
}

/**
 * The highlight rules of a tab, most important first (the first matching rule paints a row).
 * Formulas match both languages, so a rule stays right when the language setting changes. On
 * the Inspections tab a row the engine could not use is yellow first, and a failing one red.
 *
 * @example
 * highlights(membersPlan).map((h) => h.background) //=> [red, orange, green, yellow]
 */
export function highlights(plan: TabPlan, inputs: HighlightInputs = {}): Highlight[] {
  /** A rule keyed to an output column: its test, given where that column is. */
  type Rule = { key: LabelKey; test: (column: number) => string; background: string };
  const equals = (words: string[]) => (column: number) => equalsAny(column, words);
  const rules: Rule[] = [];
  if (plan.tab === "members") {
    rules.push(
      {
        key: "out.assessment",
        test: equals([...bothLangs("outcome.fullUnqualified"), ...bothLangs("outcome.probationUnqualified")]),
        background: COLORS.red,
      },
      { key: "out.eligibility", test: equals(bothLangs("outcome.revoked")), background: COLORS.orange },
      { key: "out.priority", test: equals(bothLangs("outcome.priority")), background: COLORS.green },
    );
  }
  if (plan.tab === "dorms") {
    rules.push(
      { key: "out.grade", test: equals(bothLangs("level.fail")), background: COLORS.red },
      { key: "out.grade", test: equals(bothLangs("level.excellent")), background: COLORS.green },
    );
  }
  rules.push({ key: "out.check", test: (c) => `LEN($${columnLetter(c)}2)>0`, background: COLORS.yellow });
  const fail = plan.tab === "inspections" ? failingInspection(inputs, plan) : undefined;
  if (fail) rules.push({ key: "out.check", test: () => fail, background: COLORS.red });

  return rules.flatMap(({ key, test, background }) => {
    const column = plan.columns.get(key);
    if (column === undefined) return [];
    return [
      {
        sheetName: plan.sheetName,
        firstColumn: 1,
        lastColumn: plan.lastColumn,
        formula: `=AND(${RULE_MARK},${test(column)})`,
        background,
      },
    ];
  });
}

/**
 * Whether a conditional-format formula is one of ours.
 *
 * @example
 * isOwnRule('=AND(ISTEXT("dorm-plaque"),LEN($K2)>0)') //=> true
 */
export function isOwnRule(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.includes(RULE_MARK);
}

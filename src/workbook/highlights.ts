import { bothLangs, type LabelKey } from "../engine/labels.ts";
import type { TabPlan } from "./plan.ts";

/** Formulas of our rules carry this mark, so the adapters can replace them and nothing else. */
export const RULE_MARK = 'ISTEXT("dorm-plaque")';

export const COLORS = {
  red: "#f4c7c3",
  orange: "#fce8b2",
  green: "#b7e1cd",
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

/**
 * The highlight rules of a tab, most important first (the first matching rule paints a row).
 * Formulas match both languages, so a rule stays right when the language setting changes.
 *
 * @example
 * highlights(membersPlan).map((h) => h.background) //=> [red, orange, green, yellow]
 */
export function highlights(plan: TabPlan): Highlight[] {
  const rules: { key: LabelKey; words: string[] | "nonBlank"; background: string }[] = [];
  if (plan.tab === "members") {
    rules.push(
      {
        key: "out.assessment",
        words: [...bothLangs("outcome.fullUnqualified"), ...bothLangs("outcome.probationUnqualified")],
        background: COLORS.red,
      },
      { key: "out.eligibility", words: bothLangs("outcome.revoked"), background: COLORS.orange },
      { key: "out.priority", words: bothLangs("outcome.priority"), background: COLORS.green },
    );
  }
  if (plan.tab === "dorms") {
    rules.push(
      { key: "out.grade", words: bothLangs("level.fail"), background: COLORS.red },
      { key: "out.grade", words: bothLangs("level.excellent"), background: COLORS.green },
    );
  }
  rules.push({ key: "out.check", words: "nonBlank", background: COLORS.yellow });

  return rules.flatMap(({ key, words, background }) => {
    const column = plan.columns.get(key);
    if (column === undefined) return [];
    const test = words === "nonBlank" ? `LEN($${columnLetter(column)}2)>0` : equalsAny(column, words);
    return [
      {
        sheetName: plan.sheetName,
        firstColumn: 1,
        lastColumn: plan.lastColumn,
        formula: `=AND(${RULE_MARK},${test})`,
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

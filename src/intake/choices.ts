import type { Lang } from "../engine/labels.ts";
import { FIELD_LABEL, INTAKE_FIELDS, type IntakeField, SYNONYMS } from "./fields.ts";
import { normalizeHeader } from "./header.ts";
import { bothLangs, t } from "./labels.ts";
import type { Choices, MappingTarget } from "./mapping.ts";

/** The words a user may write for a field (either language, or any name the field goes by) or for "ignore". */
function targetOf(word: string): MappingTarget | undefined {
  const key = normalizeHeader(word);
  if (key === "") return undefined;
  if (bothLangs("intake.ignore").map(normalizeHeader).includes(key) || ["-", "不导入", "skip"].includes(key))
    return "ignore";
  return INTAKE_FIELDS.find((field) =>
    [...bothLangs(FIELD_LABEL[field]), field, ...SYNONYMS[field]].map(normalizeHeader).includes(key),
  );
}

/** One `header=field` pair as a user wrote it, read. */
export interface Choice {
  readonly header: string;
  readonly target: MappingTarget;
}

/**
 * Reads column choices written as `门牌=宿舍号；签到人=检查人` (the Settings tab's 导入列对应, or the
 * command line's --map): pairs separated by `;`, `；`, `,`, `，` or new lines, a field named in
 * either language (or `忽略` / `ignore`). Returns the pairs it understood and the ones it did not.
 *
 * @example
 * readChoices("门牌=宿舍号；签到人=inspector").choices.map((c) => c.target) //=> ["dorm", "inspector"]
 */
export function readChoices(text: string): { choices: Choice[]; unreadable: string[] } {
  const choices: Choice[] = [];
  const unreadable: string[] = [];
  for (const part of text.split(/[;；,，\n]+/u)) {
    const pair = part.trim();
    if (pair === "") continue;
    const at = pair.search(/[=＝]/u);
    const header = at < 0 ? "" : pair.slice(0, at).trim();
    const target = at < 0 ? undefined : targetOf(pair.slice(at + 1));
    if (header === "" || target === undefined) unreadable.push(pair);
    else choices.push({ header, target });
  }
  return { choices, unreadable };
}

/**
 * Choices by normalized header, the later ones winning, for `mapColumns`.
 *
 * @example
 * choiceMap([{ header: "门牌", target: "dorm" }]).get("门牌") //=> "dorm"
 */
export function choiceMap(choices: readonly Choice[]): Choices {
  return new Map(choices.map((c) => [normalizeHeader(c.header), c.target]));
}

/**
 * Writes choices back as the Settings tab keeps them, in the workbook's language, one pair per
 * header (a later choice for the same header replaces an earlier one).
 *
 * @example
 * writeChoices([{ header: "门牌", target: "dorm" }, { header: "签到人", target: "inspector" }], "zh") //=> "门牌=宿舍号；签到人=检查人"
 */
export function writeChoices(choices: readonly Choice[], lang: Lang): string {
  const byHeader = new Map<string, Choice>();
  for (const c of choices) {
    const key = normalizeHeader(c.header);
    byHeader.delete(key);
    byHeader.set(key, c);
  }
  const word = (target: MappingTarget) =>
    target === "ignore" ? t(lang, "intake.ignore") : t(lang, FIELD_LABEL[target as IntakeField]);
  return [...byHeader.values()].map((c) => `${c.header}=${word(c.target)}`).join(lang === "zh" ? "；" : "; ");
}

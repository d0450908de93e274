import { bothLangs } from "../engine/labels.ts";
import { FIELD_LABEL, INTAKE_FIELDS, type IntakeField, SYNONYMS } from "./fields.ts";
import { normalizeHeader } from "./header.ts";

/** Where a user sends a column: a field, or nowhere. */
export type MappingTarget = IntakeField | "ignore";

/** How a column got its field: by its name, by a mapping the Settings tab remembers, by one given now. */
export type ColumnHow = "named" | "remembered" | "given" | "unknown";

/** One column of an export and what the import does with it. */
export interface ColumnUse {
  /** 0-based. */
  readonly index: number;
  readonly header: string;
  /** Undefined: not imported (an unknown name, or ignored by a mapping). */
  readonly field?: IntakeField;
  readonly how: ColumnHow;
}

/** What an import needs and lacks: a date, a dorm, and a result or a score. */
export type Missing = "date" | "dorm" | "level";

export interface ColumnMapping {
  readonly columns: readonly ColumnUse[];
  /** Each field's column(s); only notes may have several, read left to right. */
  readonly fields: ReadonlyMap<IntakeField, readonly number[]>;
  readonly missing: readonly Missing[];
}

/** A user's choices by normalized header. */
export type Choices = ReadonlyMap<string, MappingTarget>;

const NAMES: ReadonlyMap<IntakeField, readonly string[]> = new Map(
  INTAKE_FIELDS.map((field) => [
    field,
    [...bothLangs(FIELD_LABEL[field]), ...SYNONYMS[field]].map(normalizeHeader),
  ]),
);

/** How well a header names a field: its place in the field's list of names; undefined when not at all. */
function rank(field: IntakeField, key: string): number | undefined {
  const at = NAMES.get(field)?.indexOf(key) ?? -1;
  return at < 0 ? undefined : at;
}

/**
 * Decides which column of an export holds which field: a choice given now wins over a choice the
 * Settings tab remembers, which wins over the names each field goes by (the best-ranked name when
 * several columns could hold the same field). Columns nobody claims are reported as unknown and
 * left out.
 *
 * @example
 * mapColumns(["序号", "提交答卷时间", "1、寝室号", "2、检查结果"], new Map(), new Map()).missing //=> []
 */
export function mapColumns(header: readonly unknown[], remembered: Choices, given: Choices): ColumnMapping {
  const keys = header.map(normalizeHeader);
  const uses: { field?: IntakeField; how: ColumnHow }[] = keys.map(() => ({ how: "unknown" }));
  const fields = new Map<IntakeField, number[]>();
  const claim = (field: IntakeField, index: number, how: ColumnHow) => {
    const taken = fields.get(field);
    if (taken && field !== "notes") return false;
    fields.set(field, [...(taken ?? []), index]);
    uses[index] = { field, how };
    return true;
  };
  keys.forEach((key, i) => {
    if (key === "") return;
    const choice = given.get(key) ?? remembered.get(key);
    if (choice === undefined) return;
    const how: ColumnHow = given.has(key) ? "given" : "remembered";
    if (choice === "ignore" || !claim(choice, i, how)) uses[i] = { how };
  });
  const free = (i: number) => uses[i]?.how === "unknown" && keys[i] !== "";
  for (const field of INTAKE_FIELDS) {
    if (field === "notes") {
      keys.forEach((key, i) => {
        if (free(i) && rank(field, key) !== undefined) claim(field, i, "named");
      });
      continue;
    }
    if (fields.has(field)) continue;
    let best: number | undefined;
    let bestRank = Number.POSITIVE_INFINITY;
    keys.forEach((key, i) => {
      const r = free(i) ? rank(field, key) : undefined;
      if (r !== undefined && r < bestRank) {
        best = i;
        bestRank = r;
      }
    });
    if (best !== undefined) claim(field, best, "named");
  }
  const missing: Missing[] = [];
  if (!fields.has("date")) missing.push("date");
  if (!fields.has("dorm")) missing.push("dorm");
  if (!fields.has("result") && !fields.has("score")) missing.push("level");
  return {
    columns: header.map((text, index) => ({
      index,
      header: String(text ?? "").trim(),
      ...(uses[index] as { field?: IntakeField; how: ColumnHow }),
    })),
    fields,
    missing,
  };
}

/**
 * How many of a row's cells name a field: how much a row looks like an export's header.
 *
 * @example
 * namedColumns(["宿舍号", "结果", "张三"]) //=> 2
 */
export function namedColumns(row: readonly unknown[]): number {
  let n = 0;
  for (const cell of row) {
    const key = normalizeHeader(cell);
    if (key !== "" && INTAKE_FIELDS.some((field) => rank(field, key) !== undefined)) n++;
  }
  return n;
}

/**
 * Small builders for the engine's records and the workbook's grids, so tests say only what matters
 * to them. Every builder fills the rest with plain defaults.
 */
import { type Day, dayOfIso } from "../../src/engine/day.ts";
import type { Deduction } from "../../src/engine/deductions.ts";
import type { Level } from "../../src/engine/level.ts";
import type {
  Assignment,
  Dorm,
  Inspection,
  Member,
  Move,
  Records,
  Status,
  Talk,
  Visit,
} from "../../src/engine/records.ts";
import type { ScoresheetItem } from "../../src/engine/scoresheet.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/engine/settings.ts";
import type { Grid } from "../../src/workbook/layout.ts";

/** The day of an ISO date; throws on a typo so a test never runs on `undefined`. */
export function day(iso: string): Day {
  const d = dayOfIso(iso);
  if (d === undefined) throw new Error(`not an ISO date: ${iso}`);
  return d;
}

/** ISO date `days` after `iso`. */
export function plusDays(iso: string, days: number): string {
  return new Date((day(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

export function dorm(id: string, overrides: Partial<Dorm> = {}): Dorm {
  return {
    row: 2,
    id,
    label: id,
    building: "",
    year: undefined,
    plaque: false,
    plaqueDate: undefined,
    plaqueCondition: "ok",
    ...overrides,
  };
}

/** Dorms on consecutive rows from row 2. */
export function dorms(...ids: string[]): Dorm[] {
  return ids.map((id, i) => dorm(id, { row: i + 2 }));
}

export function member(
  id: string,
  dormId: string,
  status: Status = "full",
  overrides: Partial<Member> = {},
): Member {
  return { row: 2, id, label: id, name: `name ${id}`, status, dormId, branch: "", contact: "", ...overrides };
}

/** Members on consecutive rows from row 2: `[id, dormId, status]`. */
export function members(...specs: [string, string, Status?][]): Member[] {
  return specs.map(([id, dormId, status], i) => member(id, dormId, status ?? "full", { row: i + 2 }));
}

export function inspection(
  date: string,
  dormId: string,
  level: Level,
  row: number,
  overrides: Partial<Inspection> = {},
): Inspection {
  return {
    row,
    day: day(date),
    dormId,
    category: "hygiene",
    level,
    score: undefined,
    inspector: "",
    notes: "",
    ...overrides,
  };
}

const LETTERS: Record<string, Level> = { f: "fail", p: "pass", e: "excellent" };

/**
 * One dorm's inspections from a pattern such as `"ffpe"` (f fail, p pass, e excellent), one every
 * `everyDays` days from `firstDate`, on rows `firstRow`, `firstRow + 1`, …
 */
export function series(
  dormId: string,
  firstDate: string,
  pattern: string,
  { everyDays = 7, firstRow = 2 }: { everyDays?: number; firstRow?: number } = {},
): Inspection[] {
  return [...pattern].map((letter, i) => {
    const level = LETTERS[letter];
    if (!level) throw new Error(`pattern letter ${letter}: use f, p or e`);
    return inspection(plusDays(firstDate, i * everyDays), dormId, level, firstRow + i);
  });
}

export function visit(date: string, dormId: string, row: number, overrides: Partial<Visit> = {}): Visit {
  return {
    row,
    day: day(date),
    dormId,
    teacher: "王老师",
    group: "",
    findings: "",
    followUp: "",
    ...overrides,
  };
}

export function talk(date: string, studentId: string, row: number, overrides: Partial<Talk> = {}): Talk {
  return { row, day: day(date), studentId, with: "", reason: "", notes: "", ...overrides };
}

/** A move of `studentId` from one dorm to another; `date` is the first day in the new one. */
export function move(date: string, studentId: string, fromDormId: string, toDormId: string, row = 2): Move {
  return { row, day: day(date), studentId, fromDormId, toDormId };
}

/** A contact assignment of a dorm to a member, from `date` (undefined: from the start). */
export function assignment(studentId: string, dormId: string, date?: string, row = 2): Assignment {
  return { row, day: date === undefined ? undefined : day(date), studentId, dormId };
}

export function records(parts: Partial<Records> = {}): Records {
  return { dorms: [], members: [], inspections: [], visits: [], talks: [], ...parts };
}

// ─── Workbook grids ────────────────────────────────────────────────────────────────────────────

export type Row = unknown[];

export function grid(name: string, ...rows: Row[]): Grid {
  return { name, values: rows };
}

export const HEADERS = {
  dorms: ["宿舍号", "楼栋", "年级", "挂牌", "挂牌日期", "标牌状态"],
  members: ["学号", "姓名", "政治面貌", "宿舍号", "支部", "支部联系人"],
  inspections: ["日期", "宿舍号", "类别", "结果", "分数", "检查人", "备注"],
  visits: ["日期", "宿舍号", "带队教师", "党员小组", "情况记录", "跟进事项"],
  talks: ["日期", "学号", "对象", "事由", "备注"],
  moves: ["日期", "学号", "原宿舍", "新宿舍"],
  assignments: ["学号", "宿舍号", "开始日期"],
  settings: ["项目", "值"],
} as const;

/**
 * A workbook with the standard zh tabs and headers; pass the data rows of each tab (rows follow the
 * standard header order above). Tabs given as `null` are left out.
 */
export function workbook(
  rows: {
    dorms?: Row[] | null;
    members?: Row[] | null;
    inspections?: Row[] | null;
    visits?: Row[] | null;
    talks?: Row[] | null;
    moves?: Row[];
    assignments?: Row[];
    settings?: Row[] | null;
  } = {},
): Grid[] {
  const names = {
    dorms: "宿舍",
    members: "党员",
    inspections: "检查记录",
    visits: "联系宿舍",
    talks: "谈话记录",
    moves: "住宿变动",
    assignments: "联系分工",
    settings: "设置",
  } as const;
  const grids: Grid[] = [];
  for (const key of Object.keys(names) as (keyof typeof names)[]) {
    const data = rows[key];
    // The optional history tabs are there only when a test gives them rows.
    if (data === null || ((key === "moves" || key === "assignments") && data === undefined)) continue;
    grids.push(grid(names[key], [...HEADERS[key]], ...(data ?? [])));
  }
  return grids;
}

/** A deep copy of grids, with Dates kept as Dates. */
export function copyGrids(grids: readonly Grid[]): Grid[] {
  return grids.map((g) => ({ name: g.name, values: g.values.map((row) => row.map((c) => c)) }));
}

/**
 * What a sheet looks like after the adapters write a plan's blocks: a copy of the grid with each
 * block's values put in place (1-based row and column), rows and columns grown as needed.
 */
export function applyBlocks(
  target: Grid,
  blocks: readonly { row: number; column: number; values: readonly (readonly unknown[])[] }[],
): Grid {
  const values = target.values.map((row) => [...row]);
  for (const block of blocks) {
    block.values.forEach((cells, r) => {
      const rowIndex = block.row - 1 + r;
      while (values.length <= rowIndex) values.push([]);
      const row = values[rowIndex] as unknown[];
      cells.forEach((cell, c) => {
        const colIndex = block.column - 1 + c;
        while (row.length < colIndex) row.push("");
        row[colIndex] = cell;
      });
    });
  }
  return { name: target.name, values };
}

/** A deduction as a scoresheet item found once; override what the test is about. */
export function deduction(code: string, overrides: Partial<Deduction> = {}): Deduction {
  return {
    code,
    name: `item ${code}`,
    category: "",
    unit: "item",
    count: 1,
    points: 10,
    veto: false,
    remark: "",
    ...overrides,
  };
}

/** A scoresheet item; override what the test is about. */
export function scoresheetItem(code: string, overrides: Partial<ScoresheetItem> = {}): ScoresheetItem {
  return {
    row: 2,
    code,
    name: `item ${code}`,
    category: "",
    points: 10,
    unit: "item",
    byBeds: [],
    veto: false,
    ...overrides,
  };
}

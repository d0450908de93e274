// A university-scale workbook for benchmarks: by default 5,000 dorms, 20,000 members, 200,000
// inspections, 20,000 visits and 8,000 talks in one semester (2025-2026-1), in zh, seeded so
// that every run measures the same data. `scale` shrinks or grows every count alike.
import { type Day, dayOfIso, isoOf } from "../src/engine/day.ts";
import type { Grid } from "../src/workbook/layout.ts";

export interface UniversityOptions {
  /** 1 = university scale; 0.1 = a tenth of every count. */
  readonly scale?: number;
  readonly seed?: number;
}

/** The day the benchmarks grade on: after the semester's last inspection. */
export const UNIVERSITY_TODAY: Day = dayOfIso("2026-01-20") as Day;

const FIRST_DAY = dayOfIso("2025-09-01") as Day;
const LAST_DAY = dayOfIso("2026-01-16") as Day;
const MS_PER_DAY = 86_400_000;

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹";
const GIVEN = [
  "伟",
  "磊",
  "洋",
  "勇",
  "杰",
  "子轩",
  "浩然",
  "宇航",
  "俊杰",
  "博文",
  "思远",
  "欣怡",
  "思琪",
  "梓涵",
];
const STATUSES = ["正式党员", "预备党员", "发展对象", "入党积极分子", "群众"];
const CATEGORIES = ["卫生", "纪律", "作息", "安全"];
const YEARS = ["大一", "大二", "大三", "大四"];
const FINDINGS = ["内务整洁", "有违规电器", "作息不规律", "学习氛围好", "卫生需加强", "同学关系融洽"];

/**
 * Grids of a whole university's workbook, as an .xlsx reader gives them (dates as midnight UTC).
 *
 * @example
 * universityWorkbook({ scale: 0.01 })[0]?.values.length //=> 51
 */
export function universityWorkbook(options: UniversityOptions = {}): Grid[] {
  const scale = options.scale ?? 1;
  const random = mulberry32(options.seed ?? 2026);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const one = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const date = (day: Day) => new Date(day * MS_PER_DAY);
  const count = (n: number) => Math.max(1, Math.round(n * scale));

  const dormCount = count(5_000);
  const dorms: unknown[][] = [["宿舍号", "楼栋", "年级", "挂牌", "挂牌日期", "标牌状态"]];
  /** Per dorm: how likely a fail and an excellent are, so that grades spread as in real life. */
  const quality: { fail: number; excellent: number }[] = [];
  for (let i = 0; i < dormCount; i++) {
    const building = 1 + Math.floor(i / 100);
    const room = `${building}-${100 * (2 + Math.floor((i % 100) / 20)) + (i % 20) + 1}`;
    const plaque = random() < 0.3;
    dorms.push([
      room,
      `${building}号楼`,
      YEARS[Math.floor(i / 25) % 4],
      plaque ? "是" : "否",
      plaque ? date(int(FIRST_DAY - 300, FIRST_DAY)) : "",
      plaque && random() < 0.02 ? one(["遗失", "污损"]) : "",
    ]);
    const kind = random();
    quality.push(
      kind < 0.8
        ? { fail: 0.01, excellent: 0.4 }
        : kind < 0.95
          ? { fail: 0.05, excellent: 0.2 }
          : { fail: 0.15, excellent: 0.05 },
    );
  }
  const dormId = (i: number) => dorms[i + 1]?.[0] as string;

  const memberCount = count(20_000);
  const members: unknown[][] = [["学号", "姓名", "政治面貌", "宿舍号", "支部", "支部联系人"]];
  const sanctionable: string[][] = Array.from({ length: dormCount }, () => []);
  for (let i = 0; i < memberCount; i++) {
    const dorm = i % dormCount;
    const id = String(2022_000_000 + i);
    const status = one(STATUSES);
    if (status === "正式党员" || status === "预备党员") sanctionable[dorm]?.push(id);
    members.push([
      id,
      SURNAMES[int(0, SURNAMES.length - 1)] + one(GIVEN),
      status,
      dormId(dorm),
      `第${1 + (dorm % 40)}党支部`,
      `${SURNAMES[dorm % SURNAMES.length]}老师`,
    ]);
  }

  const inspectionCount = count(200_000);
  const perDorm = Math.max(1, Math.round(inspectionCount / dormCount));
  const span = LAST_DAY - FIRST_DAY;
  const inspections: unknown[][] = [["日期", "宿舍号", "类别", "结果", "分数", "检查人", "备注"]];
  const fails: { dorm: number; day: Day }[] = [];
  for (let k = 0; k < perDorm && inspections.length <= inspectionCount; k++) {
    const day = (FIRST_DAY + Math.floor((k * span) / perDorm)) as Day;
    for (let d = 0; d < dormCount && inspections.length <= inspectionCount; d++) {
      const q = quality[d] as { fail: number; excellent: number };
      const roll = random();
      const result = roll < q.fail ? "不合格" : roll < q.fail + q.excellent ? "优秀" : "合格";
      if (result === "不合格") fails.push({ dorm: d, day });
      // One in ten inspections gives a score instead of a result.
      const byScore = random() < 0.1;
      const score = result === "不合格" ? int(30, 59) : result === "优秀" ? int(90, 100) : int(60, 89);
      inspections.push([
        date(day),
        dormId(d),
        CATEGORIES[k % 4],
        byScore ? "" : result,
        byScore ? score : "",
        `学生会${1 + (d % 30)}组`,
        random() < 0.05 ? "复查" : "",
      ]);
    }
  }

  const visitCount = count(20_000);
  const visits: unknown[][] = [["日期", "宿舍号", "带队教师", "党员小组", "情况记录", "跟进事项"]];
  for (let i = 0; i < visitCount; i++) {
    visits.push([
      date((FIRST_DAY + int(0, span)) as Day),
      dormId(i % dormCount),
      `${SURNAMES[i % SURNAMES.length]}老师`,
      `第${1 + (i % 60)}党员小组`,
      one(FINDINGS),
      random() < 0.2 ? "下周复查" : "",
    ]);
  }

  const talkCount = count(8_000);
  const talks: unknown[][] = [["日期", "学号", "对象", "事由", "备注"]];
  // Most fails of a member dorm are followed by a talk or two, some too late.
  for (const fail of fails) {
    for (const talker of sanctionable[fail.dorm] ?? []) {
      if (talks.length > talkCount) break;
      if (random() < 0.3) continue;
      talks.push([date((fail.day + int(0, 9)) as Day), talker, "室友", "宿舍检查不合格", ""]);
    }
  }

  const settings: unknown[][] = [
    ["项目", "值"],
    ["院系名称", "某大学"],
    ["当前学期", "2025-2026-1"],
    ["语言", "zh"],
  ];
  return [
    { name: "宿舍", values: dorms },
    { name: "党员", values: members },
    { name: "检查记录", values: inspections },
    { name: "联系宿舍", values: visits },
    { name: "谈话记录", values: talks },
    { name: "设置", values: settings },
  ];
}

/** The last day of the generated semester, for callers that print it. */
export const UNIVERSITY_LAST_DAY = isoOf(LAST_DAY);

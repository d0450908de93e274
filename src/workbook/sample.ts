import { type Day, dayOfIso } from "../engine/day.ts";
import { type LabelKey, type Lang, t } from "../engine/labels.ts";
import type { Level } from "../engine/level.ts";
import type { Category, PlaqueCondition, Status } from "../engine/records.ts";
import type { Settings } from "../engine/settings.ts";
import type { Grid } from "./layout.ts";
import { type ItemWords, itemsFor, itemsText, MISTYPED_ITEMS } from "./sample-deductions.ts";
import { type TabKey, tabSpec } from "./schema.ts";
import { settingsRows, templateWorkbook } from "./template.ts";

/**
 * A sample department for `init --sample` and the add-on's "insert sample" menu: an Electronic
 * Engineering department of a Chinese university in the semester 2025-2026-1, built first as
 * language-neutral data and then written in one language, so the zh and en samples grade alike.
 * Every rule R1–R11 fires at least once, and a handful of rows carry the mistakes a secretary
 * really makes, each of which gets a check message.
 */

/** A piece of sample text in both languages. */
type Words = readonly [zh: string, en: string];

const pick = (words: Words, lang: Lang): string => (lang === "zh" ? words[0] : words[1]);

const day = (iso: string): Day => dayOfIso(iso) as Day;

const MS_PER_DAY = 86_400_000;

/** A date cell as an .xlsx reader gives it: midnight UTC. */
const dateCell = (d: Day): Date => new Date(d * MS_PER_DAY);

const SAMPLE_SEED = 2025;
const SAMPLE_TODAY: Day = day("2026-01-20");
const SAMPLE_SEMESTER = "2025-2026-1";

// ---------------------------------------------------------------------------------------------
// Randomness: a seeded generator, so one seed always gives the same department.

/** mulberry32: tiny, fast and good enough for sample data. */
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

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A number in [0, 1). */
  float(): number {
    return this.next();
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}

// ---------------------------------------------------------------------------------------------
// The department's fixed vocabulary: places, people, and what gets written down.

const DEPARTMENT: Words = ["电子工程系", "Department of Electronic Engineering"];
const ISSUER: Words = [
  "中共电子工程系学生党总支",
  "Student Party Branch Committee, Department of Electronic Engineering",
];

const BUILDINGS: readonly { readonly prefix: number; readonly name: Words; readonly beds: number }[] = [
  { prefix: 3, name: ["东区3号楼", "East Block 3"], beds: 4 },
  { prefix: 4, name: ["东区4号楼", "East Block 4"], beds: 4 },
  { prefix: 7, name: ["西区7号楼", "West Block 7"], beds: 4 },
  { prefix: 8, name: ["西区8号楼", "West Block 8"], beds: 4 },
  // The old block has six-bed rooms, where each unmade bed weighs less.
  { prefix: 12, name: ["南区12号楼", "South Block 12"], beds: 6 },
];
const FLOORS = [2, 3, 4, 5, 6];
const ROOMS_PER_FLOOR = 8;
const DORMS_PER_YEAR = 50;

/** Member dorms per year (大一…大四): most members are seniors. */
const MEMBER_DORMS_PER_YEAR = [2, 10, 20, 28];

/** The Dorms tab has no year label, so its words live here: 大一…大四 in zh, 1–4 in en. */
const YEAR_WORDS = ["大一", "大二", "大三", "大四"];

const SURNAMES: readonly Words[] = [
  ["王", "Wang"],
  ["李", "Li"],
  ["张", "Zhang"],
  ["刘", "Liu"],
  ["陈", "Chen"],
  ["杨", "Yang"],
  ["黄", "Huang"],
  ["赵", "Zhao"],
  ["吴", "Wu"],
  ["周", "Zhou"],
  ["徐", "Xu"],
  ["孙", "Sun"],
  ["马", "Ma"],
  ["朱", "Zhu"],
  ["胡", "Hu"],
  ["郭", "Guo"],
  ["何", "He"],
  ["林", "Lin"],
  ["罗", "Luo"],
  ["高", "Gao"],
  ["郑", "Zheng"],
  ["梁", "Liang"],
  ["谢", "Xie"],
  ["宋", "Song"],
  ["唐", "Tang"],
  ["许", "Xu"],
  ["韩", "Han"],
  ["冯", "Feng"],
  ["邓", "Deng"],
  ["曹", "Cao"],
];

const GIVEN_NAMES: readonly Words[] = [
  ["伟", "Wei"],
  ["磊", "Lei"],
  ["洋", "Yang"],
  ["勇", "Yong"],
  ["杰", "Jie"],
  ["涛", "Tao"],
  ["鹏", "Peng"],
  ["浩", "Hao"],
  ["宇", "Yu"],
  ["晨", "Chen"],
  ["子轩", "Zixuan"],
  ["浩然", "Haoran"],
  ["宇航", "Yuhang"],
  ["俊杰", "Junjie"],
  ["博文", "Bowen"],
  ["思远", "Siyuan"],
  ["志强", "Zhiqiang"],
  ["明哲", "Mingzhe"],
  ["嘉诚", "Jiacheng"],
  ["天佑", "Tianyou"],
  ["一鸣", "Yiming"],
  ["泽宇", "Zeyu"],
  ["文博", "Wenbo"],
  ["立新", "Lixin"],
  ["建国", "Jianguo"],
  ["晓东", "Xiaodong"],
  ["雨桐", "Yutong"],
  ["欣怡", "Xinyi"],
  ["思琪", "Siqi"],
  ["梓涵", "Zihan"],
  ["佳怡", "Jiayi"],
  ["婧", "Jing"],
  ["静怡", "Jingyi"],
  ["雪", "Xue"],
  ["敏", "Min"],
  ["琳", "Lin"],
];

/** Undergraduate Party branches: seniors, juniors, then sophomores and freshmen together. */
const BRANCHES: readonly { readonly name: Words; readonly contact: Words }[] = [
  { name: ["本科生第一党支部", "Undergraduate Branch 1"], contact: ["王建华", "Wang Jianhua"] },
  { name: ["本科生第二党支部", "Undergraduate Branch 2"], contact: ["刘敏", "Liu Min"] },
  { name: ["本科生第三党支部", "Undergraduate Branch 3"], contact: ["陈志强", "Chen Zhiqiang"] },
];

const branchOfYear = (year: number): number => Math.min(2, 4 - year);

/** Member groups of the contact visits, each led by a teacher who is a Party member. */
const GROUPS: readonly { readonly name: Words; readonly teacher: Words }[] = [
  { name: ["第一党员小组", "Member Group 1"], teacher: ["王建华", "Wang Jianhua"] },
  { name: ["第二党员小组", "Member Group 2"], teacher: ["刘敏", "Liu Min"] },
  { name: ["第三党员小组", "Member Group 3"], teacher: ["陈志强", "Chen Zhiqiang"] },
  { name: ["第四党员小组", "Member Group 4"], teacher: ["赵丽", "Zhao Li"] },
  { name: ["第五党员小组", "Member Group 5"], teacher: ["孙伟", "Sun Wei"] },
  { name: ["第六党员小组", "Member Group 6"], teacher: ["周静", "Zhou Jing"] },
  { name: ["第七党员小组", "Member Group 7"], teacher: ["吴刚", "Wu Gang"] },
  { name: ["第八党员小组", "Member Group 8"], teacher: ["郑红", "Zheng Hong"] },
];

const INSPECTORS: Record<Category, readonly Words[]> = {
  hygiene: [
    ["生活部 李航", "Li Hang (Student Union)"],
    ["生活部 王雪", "Wang Xue (Student Union)"],
    ["生活部 赵一鸣", "Zhao Yiming (Student Union)"],
  ],
  discipline: [["纪检部 陈晨", "Chen Chen (Student Union)"]],
  schedule: [["纪检部 许嘉诚", "Xu Jiacheng (Student Union)"]],
  safety: [["宿管中心", "Housing Office"]],
};

const FAIL_NOTES: Record<Category, readonly Words[]> = {
  hygiene: [
    ["地面有垃圾，床铺未整理", "litter on the floor; beds unmade"],
    ["垃圾未倒，有异味", "rubbish not taken out; smells"],
    ["阳台堆放杂物", "balcony cluttered"],
  ],
  discipline: [
    ["熄灯后大声喧哗", "noise after lights-out"],
    ["留宿外来人员", "an outsider stayed overnight"],
  ],
  schedule: [
    ["两人晚归", "two came back after curfew"],
    ["上课时间在宿舍睡觉", "asleep in the dorm during class"],
  ],
  safety: [
    ["使用违章电器（电热锅）", "banned appliance in use (hot pot)"],
    ["私拉电线", "unsafe extension wiring"],
  ],
};

const EXCELLENT_NOTE: Words = ["整洁美观，推荐为卫生标兵寝室", "spotless; proposed as a model room"];
const RECHECK_NOTE: Words = ["复查后改为合格", "passed on re-check"];

const TALK_REASONS: Record<Category, Words> = {
  hygiene: ["宿舍卫生检查不合格", "failed the hygiene inspection"],
  discipline: ["违反宿舍纪律", "broke dorm discipline"],
  schedule: ["不遵守作息时间", "did not keep dorm hours"],
  safety: ["宿舍安全检查不合格", "failed the safety inspection"],
};

const TALK_NOTES: readonly (Words | undefined)[] = [
  ["已当场整改", "put right on the spot"],
  ["已认识问题，承诺改正", "accepted the problem and promised to change"],
  ["约定下周复查", "re-check agreed for next week"],
  undefined,
];

const FINDINGS: readonly { readonly finding: Words; readonly followUp?: Words }[] = [
  { finding: ["宿舍整洁，同学作息规律", "tidy room; regular hours"] },
  { finding: ["宿舍氛围融洽，学习气氛浓", "friendly room; serious about study"] },
  { finding: ["同学正在准备电子设计竞赛", "preparing for the electronics design contest"] },
  {
    finding: ["一名同学高数成绩不理想", "one student is struggling with calculus"],
    followUp: ["安排党员结对辅导", "pair him with a member as tutor"],
  },
  {
    finding: ["同学反映热水供应不稳定", "students report unreliable hot water"],
    followUp: ["向后勤反映并跟进", "report it to Facilities and follow up"],
  },
  {
    finding: ["一名同学家庭经济困难，有思想压力", "one student worried about family finances"],
    followUp: ["协助申请困难补助", "help apply for hardship support"],
  },
  {
    finding: ["存在晚睡现象，已提醒注意作息", "late nights; reminded to keep regular hours"],
    followUp: ["两周后回访", "revisit in two weeks"],
  },
  {
    finding: ["同学咨询保研和考研政策", "asked about graduate admission"],
    followUp: ["转交年级辅导员解答", "passed to the year counsellor"],
  },
  {
    finding: ["宿舍门锁损坏", "broken door lock"],
    followUp: ["已报修，跟进维修进度", "reported for repair; follow it up"],
  },
];

// ---------------------------------------------------------------------------------------------
// The calendar of the sample semester (2025-09-01 … 2026-01-16) and a little of the one before.

function weekly(first: string, last: string, skip: readonly string[]): Day[] {
  const days: Day[] = [];
  for (let d = day(first); d <= day(last); d += 7) if (!skip.some((s) => day(s) === d)) days.push(d);
  return days;
}

/** Member dorms: hygiene every Thursday except the National Day week. */
const MEMBER_HYGIENE = weekly("2025-09-04", "2026-01-15", ["2025-10-02"]);
/** Other dorms: hygiene every fourth Thursday. */
const OTHER_HYGIENE = ["2025-09-18", "2025-10-16", "2025-11-13", "2025-12-11", "2026-01-08"].map(day);
/** Fire-safety day and the check before the winter break, on hygiene Thursdays. */
const SAFETY = ["2025-11-13", "2026-01-15"].map(day);
/** Evening spot checks: discipline is scored, hours are graded. */
const DISCIPLINE = ["2025-09-23", "2025-10-28", "2025-11-25", "2025-12-23"].map(day);
const SCHEDULE = ["2025-10-21", "2025-12-09"].map(day);
/** The last hygiene round of the spring semester 2024-2025-2. */
const PREVIOUS_HYGIENE = day("2025-06-12");

const VISIT_ROUNDS: readonly (readonly [Day, Day])[] = [
  [day("2025-10-13"), day("2025-10-31")],
  [day("2025-12-01"), day("2025-12-19")],
];

const CATEGORY_ORDER: readonly Category[] = ["hygiene", "discipline", "schedule", "safety"];

// ---------------------------------------------------------------------------------------------
// The department as language-neutral data.

/** What a dorm's semester is meant to show; the scripted roles make the rules fire. */
type Role =
  | "other" // no members: inspected now and then
  | "ordinary" // member dorm, mostly pass
  | "sloppy" // member dorm, fails now and then, never twice in a row
  | "model" // R5/R6: no fail, most inspections excellent
  | "streak" // R3: two fails in a row
  | "total" // R4: four fails, never two in a row
  | "lastFail" // R8: the last inspection failed
  | "threeFails"; // R8: three fails, one short of R4

interface SampleDorm {
  readonly id: string;
  readonly index: number;
  readonly building: Words;
  readonly beds: number;
  readonly year: number;
  role: Role;
  plaque: boolean;
  plaqueDay: Day | undefined;
  condition: PlaqueCondition | undefined;
}

interface SamplePerson {
  readonly id: string;
  readonly name: Words;
  readonly status: Status;
  readonly dormId: string;
  readonly branch: number | undefined;
}

interface SampleInspection {
  readonly day: Day;
  readonly dormId: string;
  /** Sorts rows of one day and category: dorm order, extras last. */
  readonly order: number;
  readonly category: Category;
  readonly level: Level;
  /** A score instead of a result (score mode), or both, or the scoresheet items found. */
  mode: "result" | "score" | "both" | "items";
  score: number | undefined;
  readonly inspector: Words;
  note: Words | undefined;
  /** The date as a secretary typed it, instead of a date cell. */
  dateText?: string;
  /** A result nobody can read, instead of the level. */
  badResult?: Words;
  /** The Deductions cell, when the inspectors listed what they found. */
  items?: ItemWords;
  /** 无人 or 拒查 in the Result column, instead of a level. */
  status?: "nobodyIn" | "refused";
  /** 级别: who inspected, 院级 or 校级. */
  tier?: Words;
  /** 申诉结果 and its reason. */
  appeal?: { readonly outcome: "upheld" | "revoked"; readonly reason: Words };
}

interface SampleVisit {
  readonly day: Day;
  readonly dormId: string;
  teacher: Words | undefined;
  readonly group: Words;
  readonly finding: Words;
  readonly followUp: Words | undefined;
  /** Student IDs of the members who went, when the row names them. */
  visitors?: string[];
}

interface SampleTalk {
  readonly day: Day;
  readonly studentId: string;
  readonly with: Words;
  readonly reason: Words;
  readonly note: Words | undefined;
}

interface SampleMove {
  readonly day: Day;
  readonly studentId: string;
  readonly from: string;
  readonly to: string;
}

interface SampleAssignment {
  readonly studentId: string;
  readonly dormId: string;
}

interface Department {
  readonly dorms: SampleDorm[];
  readonly people: SamplePerson[];
  readonly inspections: SampleInspection[];
  readonly visits: SampleVisit[];
  readonly talks: SampleTalk[];
  readonly moves: SampleMove[];
  readonly assignments: SampleAssignment[];
}

function buildDorms(): SampleDorm[] {
  const dorms: SampleDorm[] = [];
  for (const building of BUILDINGS) {
    for (const floor of FLOORS) {
      for (let room = 1; room <= ROOMS_PER_FLOOR; room++) {
        const index = dorms.length;
        dorms.push({
          id: `${building.prefix}-${floor}${String(room).padStart(2, "0")}`,
          index,
          building: building.name,
          beds: building.beds,
          year: Math.floor(index / DORMS_PER_YEAR) + 1,
          role: "other",
          plaque: false,
          plaqueDay: undefined,
          condition: undefined,
        });
      }
    }
  }
  return dorms;
}

function pickMemberDorms(rng: Random, dorms: readonly SampleDorm[]): Set<SampleDorm> {
  const chosen = new Set<SampleDorm>();
  MEMBER_DORMS_PER_YEAR.forEach((count, i) => {
    const ofYear = dorms.filter((d) => d.year === i + 1);
    for (const dorm of rng.shuffled(ofYear).slice(0, count)) chosen.add(dorm);
  });
  return chosen;
}

/** Registered plaques go up at the start of the semester after a dorm's first member. */
const PLAQUE_DAY_BY_YEAR = ["2025-09-19", "2025-09-05", "2025-03-07", "2024-09-06"].map(day);

/** Gives member dorms their plaques and every dorm its role. */
function assignRoles(rng: Random, dorms: readonly SampleDorm[], members: ReadonlySet<SampleDorm>): void {
  for (const dorm of members) {
    dorm.role = rng.chance(0.2) ? "sloppy" : "ordinary";
    dorm.plaque = true;
    dorm.plaqueDay = PLAQUE_DAY_BY_YEAR[dorm.year - 1];
    dorm.condition = "ok";
  }
  const [streak, total, lastFail, threeFails, ...restSenior] = rng.shuffled(
    [...members].filter((d) => d.year >= 3),
  ) as SampleDorm[];
  if (!streak || !total || !lastFail || !threeFails) throw new Error("too few senior member dorms");
  streak.role = "streak";
  total.role = "total";
  lastFail.role = "lastFail";
  threeFails.role = "threeFails";
  const [lost, damaged, ...others] = restSenior;
  for (const dorm of others.slice(0, 6)) dorm.role = "model";
  // R10: a plaque reported lost, one damaged, a new member dorm without one, and a dorm whose
  // members graduated but whose plaque still hangs.
  if (lost) lost.condition = "lost";
  if (damaged) damaged.condition = "damaged";
  const hang = rng.one([...members].filter((d) => d.year === 2));
  hang.plaque = false;
  hang.plaqueDay = undefined;
  hang.condition = undefined;
  const takeDown = rng.one(dorms.filter((d) => d.year === 1 && !members.has(d)));
  takeDown.plaque = true;
  takeDown.plaqueDay = PLAQUE_DAY_BY_YEAR[3];
  takeDown.condition = "ok";
}

/** Unique student IDs like 2022011234: year of entry, department 01, a class number. */
function idPools(rng: Random): Map<number, number[]> {
  const pools = new Map<number, number[]>();
  for (let year = 1; year <= 4; year++) {
    const numbers = Array.from({ length: 260 }, (_, i) => 1001 + i);
    pools.set(year, rng.shuffled(numbers));
  }
  return pools;
}

const entryYear = (year: number): number => 2026 - year;

/** Realistic names, never the same twice in one department. */
class Names {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Random) {}

  next(): Words {
    for (;;) {
      const surname = this.rng.one(SURNAMES);
      const given = this.rng.one(GIVEN_NAMES);
      const name: Words = [surname[0] + given[0], `${surname[1]} ${given[1]}`];
      if (!this.used.has(name[0])) {
        this.used.add(name[0]);
        return name;
      }
    }
  }
}

class People {
  readonly list: SamplePerson[] = [];
  private readonly pools: Map<number, number[]>;
  constructor(
    rng: Random,
    private readonly names: Names,
  ) {
    this.pools = idPools(rng);
  }

  add(status: Status, dormId: string, year: number): SamplePerson {
    const number = this.pools.get(year)?.pop() as number;
    const person: SamplePerson = {
      id: `${entryYear(year)}01${number}`,
      name: this.names.next(),
      status,
      dormId,
      branch: status === "nonMember" ? undefined : branchOfYear(year),
    };
    this.list.push(person);
    return person;
  }
}

/** Seniors are mostly full members; juniors half; younger students are mostly on probation. */
function memberStatus(rng: Random, year: number): Status {
  const fullShare = [0, 0.15, 0.5, 0.8][year - 1] ?? 0;
  return rng.chance(fullShare) ? "full" : "probationary";
}

function reviewedStatus(rng: Random, year: number): Status {
  return year >= 3 && rng.chance(0.5) ? "candidate" : "activist";
}

/** Who else a dorm houses besides its members: people under review, and listed roommates. */
interface Housemates {
  readonly reviewed: number;
  readonly nonMember: boolean;
}

function populateMemberDorm(rng: Random, people: People, dorm: SampleDorm, housemates: Housemates): void {
  if (dorm.role === "total") {
    // R4 needs both kinds of member, and R7 someone under review living with them.
    people.add("full", dorm.id, dorm.year);
    people.add("probationary", dorm.id, dorm.year);
    people.add("activist", dorm.id, dorm.year);
    return;
  }
  const extra =
    dorm.year === 4
      ? Number(rng.chance(0.45)) + Number(rng.chance(0.1))
      : dorm.year === 3
        ? Number(rng.chance(0.3))
        : 0;
  for (let i = 0; i <= extra; i++) people.add(memberStatus(rng, dorm.year), dorm.id, dorm.year);
  for (let i = 0; i < housemates.reviewed; i++)
    people.add(reviewedStatus(rng, dorm.year), dorm.id, dorm.year);
  if (housemates.nonMember) people.add("nonMember", dorm.id, dorm.year);
}

const STATUS_ORDER: readonly Status[] = ["full", "probationary", "candidate", "activist", "nonMember"];

function buildPeople(
  rng: Random,
  names: Names,
  dorms: readonly SampleDorm[],
  members: ReadonlySet<SampleDorm>,
): SamplePerson[] {
  const people = new People(rng, names);
  // Fixed counts keep every seed's department about the same size.
  const memberDorms = [...members];
  const reviewedOnce = new Set(rng.shuffled(memberDorms).slice(0, 24));
  const reviewedTwice = new Set([...reviewedOnce].slice(0, 6));
  // A few rooms are listed whole, roommates who are not members included.
  const wholeRooms = new Set(rng.shuffled(memberDorms).slice(0, 5));
  const otherReviewed = new Set(rng.shuffled(dorms.filter((d) => !members.has(d))).slice(0, 20));
  for (const dorm of dorms) {
    if (members.has(dorm)) {
      const reviewed = Number(reviewedOnce.has(dorm)) + Number(reviewedTwice.has(dorm));
      populateMemberDorm(rng, people, dorm, { reviewed, nonMember: wholeRooms.has(dorm) });
    } else if (otherReviewed.has(dorm)) people.add(reviewedStatus(rng, dorm.year), dorm.id, dorm.year);
  }
  // Messy: a member who moved to a building not on the Dorms tab yet.
  people.add("probationary", "9-302", 3);
  return people.list.sort(
    (a, b) =>
      (a.branch ?? 9) - (b.branch ?? 9) ||
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      a.id.localeCompare(b.id),
  );
}

interface Slot {
  readonly day: Day;
  readonly category: Category;
}

const byDayThenCategory = (a: Slot, b: Slot): number =>
  a.day - b.day || CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category);

/** The inspections a dorm gets this semester: weekly for member dorms, monthly for the others. */
function slotsOf(rng: Random, memberDorm: boolean): Slot[] {
  const slots: Slot[] = [];
  const hygiene = memberDorm ? MEMBER_HYGIENE.filter(() => !rng.chance(0.05)) : OTHER_HYGIENE;
  for (const d of hygiene) slots.push({ day: d, category: "hygiene" });
  for (const d of SAFETY) slots.push({ day: d, category: "safety" });
  const spot = memberDorm ? 0.5 : 0.15;
  for (const d of DISCIPLINE) if (rng.chance(spot)) slots.push({ day: d, category: "discipline" });
  for (const d of SCHEDULE) if (rng.chance(spot)) slots.push({ day: d, category: "schedule" });
  return slots.sort(byDayThenCategory);
}

/** Passes and excellents, never a fail. */
function calmLevels(rng: Random, n: number, excellentShare: number): Level[] {
  return Array.from({ length: n }, () => (rng.chance(excellentShare) ? "excellent" : "pass"));
}

/** Random results; `capped` keeps a dorm clear of R3 and of R8's total warning. */
function randomLevels(rng: Random, n: number, failP: number, excellentP: number, capped: boolean): Level[] {
  const levels: Level[] = [];
  let fails = 0;
  for (let i = 0; i < n; i++) {
    const r = rng.float();
    let level: Level = r < failP ? "fail" : r < failP + excellentP ? "excellent" : "pass";
    if (level === "fail" && capped && (levels[i - 1] === "fail" || fails >= 2)) level = "pass";
    if (level === "fail") fails++;
    levels.push(level);
  }
  return levels;
}

function withFails(levels: Level[], at: readonly number[]): Level[] {
  for (const i of at) levels[i] = "fail";
  return levels;
}

/** The results of a dorm's inspections, in order, as its role wants them. */
function levelsOf(rng: Random, role: Role, n: number): Level[] {
  const at = (share: number) => Math.min(n - 1, Math.round(n * share));
  switch (role) {
    case "other":
      return randomLevels(rng, n, 0.045, 0.2, false);
    case "ordinary":
      return randomLevels(rng, n, 0.03, 0.2, true);
    case "sloppy":
      return randomLevels(rng, n, 0.1, 0.05, true);
    case "model": {
      const excellent = new Set(rng.shuffled([...Array(n).keys()]).slice(0, Math.ceil(n * 0.65)));
      return Array.from({ length: n }, (_, i) => (excellent.has(i) ? "excellent" : "pass"));
    }
    case "streak":
      return withFails(calmLevels(rng, n, 0.15), [at(0.4), at(0.4) + 1]);
    case "total":
      return withFails(calmLevels(rng, n, 0.1), [at(0.1), at(0.3), at(0.5), at(0.7)]);
    case "lastFail":
      return withFails(calmLevels(rng, n, 0.15), [at(0.3), n - 1]);
    case "threeFails":
      return withFails(calmLevels(rng, n, 0.1), [at(0.2), at(0.5), at(0.75)]);
  }
}

/** A score that lands on a level with the default cut-offs (90 and 60). */
function scoreOf(rng: Random, level: Level): number {
  if (level === "excellent") return rng.int(90, 98);
  return level === "pass" ? rng.int(62, 88) : rng.int(40, 58);
}

function inspectionOf(rng: Random, dorm: SampleDorm, slot: Slot, level: Level): SampleInspection {
  const scored = slot.category === "discipline";
  const note =
    level === "fail"
      ? rng.one(FAIL_NOTES[slot.category])
      : level === "excellent" && slot.category === "hygiene" && rng.chance(0.2)
        ? EXCELLENT_NOTE
        : undefined;
  return {
    day: slot.day,
    dormId: dorm.id,
    order: dorm.index,
    category: slot.category,
    level,
    mode: scored ? "score" : "result",
    score: scored ? scoreOf(rng, level) : undefined,
    inspector: rng.one(INSPECTORS[slot.category]),
    note,
  };
}

/** One row per inspection, in the order a secretary pastes them: by day, round, dorm. */
function buildInspections(rng: Random, dorms: readonly SampleDorm[]): SampleInspection[] {
  const rows: SampleInspection[] = [];
  for (const dorm of dorms) {
    const slots = slotsOf(rng, dorm.role !== "other");
    const levels = levelsOf(rng, dorm.role, slots.length);
    slots.forEach((slot, i) => {
      rows.push(inspectionOf(rng, dorm, slot, levels[i] ?? "pass"));
    });
  }
  rows.push(...previousSemester(rng, dorms));
  rows.push(...messyInspections(rng, dorms));
  markBothResultAndScore(rng, rows);
  markTextDates(rows);
  return rows.sort((a, b) => byDayThenCategory(a, b) || a.order - b.order);
}

/** The spring semester's last round for the senior member dorms, so a semester boundary shows. */
function previousSemester(rng: Random, dorms: readonly SampleDorm[]): SampleInspection[] {
  return dorms
    .filter((d) => d.role !== "other" && d.year >= 3 && rng.chance(0.5))
    .map((dorm) => {
      const level: Level = dorm.role === "streak" ? "fail" : rng.chance(0.2) ? "excellent" : "pass";
      return inspectionOf(rng, dorm, { day: PREVIOUS_HYGIENE, category: "hygiene" }, level);
    });
}

const EXTRA_ROW = 10_000;

/** Messy: a mistyped dorm number and a result outside the scheme. */
function messyInspections(rng: Random, dorms: readonly SampleDorm[]): SampleInspection[] {
  const first = dorms[0] as SampleDorm;
  const typo = inspectionOf(rng, first, { day: day("2025-11-20"), category: "hygiene" }, "pass");
  const other = rng.one(dorms.filter((d) => d.role === "other"));
  const unreadable = inspectionOf(rng, other, { day: day("2025-12-04"), category: "hygiene" }, "pass");
  return [
    // The letter O for a zero: 3-2O1 for 3-201.
    { ...typo, dormId: first.id.replace(/-(\d)0/, "-$1O"), order: EXTRA_ROW },
    { ...unreadable, order: EXTRA_ROW + 1, badResult: ["良好", "good"] },
  ];
}

/** A couple of scored rows also carry a result; in one the re-check's result overrides the score. */
function markBothResultAndScore(rng: Random, rows: SampleInspection[]): void {
  const passes = rng.shuffled(rows.filter((r) => r.mode === "score" && r.level === "pass"));
  const [agreeing, overriding] = passes;
  if (agreeing) agreeing.mode = "both";
  if (overriding) {
    overriding.mode = "both";
    overriding.score = 56;
    overriding.note = RECHECK_NOTE;
  }
}

/** Messy but valid: two dates typed as text rather than as date cells. */
function markTextDates(rows: SampleInspection[]): void {
  const texts: readonly [string, string][] = [
    ["2025-10-09", "2025/10/9"],
    ["2025-10-16", "2025年10月16日"],
  ];
  for (const [iso, typed] of texts) {
    const row = rows.find((r) => r.day === day(iso) && r.order < EXTRA_ROW);
    if (row) row.dateText = typed;
  }
}

/** Weekday evenings in a window, for a group to visit its dorms. */
function evenings(rng: Random, [first, last]: readonly [Day, Day], count: number): Day[] {
  const weekdays: Day[] = [];
  // Day 0 (1970-01-01) was a Thursday: (d + 4) % 7 is 0 on Sundays.
  for (let d = first; d <= last; d++) if ((d + 4) % 7 !== 0 && (d + 4) % 7 !== 6) weekdays.push(d);
  return rng.shuffled(weekdays).slice(0, count);
}

/** R11: each group visits its 25 dorms twice; a few dorms are missed once or twice. */
function buildVisits(rng: Random, dorms: readonly SampleDorm[]): SampleVisit[] {
  const visits: SampleVisit[] = [];
  const perGroup = Math.ceil(dorms.length / GROUPS.length);
  GROUPS.forEach((group, g) => {
    const rounds = VISIT_ROUNDS.map((window) => evenings(rng, window, 4));
    for (const dorm of dorms.slice(g * perGroup, (g + 1) * perGroup)) {
      const r = rng.float();
      const missed = r < 0.04 ? [0, 1] : r < 0.14 ? [rng.int(0, 1)] : [];
      rounds.forEach((round, i) => {
        if (missed.includes(i)) return;
        const { finding, followUp } = rng.one(FINDINGS);
        visits.push({
          day: rng.one(round),
          dormId: dorm.id,
          teacher: group.teacher,
          group: group.name,
          finding,
          followUp: followUp && rng.chance(0.7) ? followUp : undefined,
        });
      });
    }
  });
  visits.sort((a, b) => a.day - b.day);
  // Messy: a visit written down without its teacher.
  const secondRound = VISIT_ROUNDS[1]?.[0] ?? 0;
  const lastRound = visits.filter((v) => v.day >= secondRound);
  rng.one(lastRound).teacher = undefined;
  return visits;
}

function talkOf(
  rng: Random,
  names: Names,
  inspection: SampleInspection,
  talker: SamplePerson,
  d: Day,
): SampleTalk {
  return {
    day: d,
    studentId: talker.id,
    with: names.next(),
    reason: TALK_REASONS[inspection.category],
    note: rng.one(TALK_NOTES),
  };
}

const SEMESTER_START = day("2025-08-01");

type TalkTiming = "inTime" | "late" | "never";

/** The R3 dorm follows up every fail; the R4 dorm misses its second and is late with its third. */
function timingOf(rng: Random, role: Role | undefined, nthFail: number): TalkTiming {
  if (role === "streak") return "inTime";
  if (role === "total") return nthFail === 2 ? "never" : nthFail === 3 ? "late" : "inTime";
  return rng.chance(0.8) ? "inTime" : rng.chance(0.4) ? "late" : "never";
}

/**
 * R9: most fails of member dorms this semester are followed within a few days by a talk held by
 * one of the dorm's members; some talks come late and some never.
 */
function buildTalks(
  rng: Random,
  names: Names,
  dorms: readonly SampleDorm[],
  people: readonly SamplePerson[],
  inspections: readonly SampleInspection[],
): SampleTalk[] {
  const roleOf = new Map(dorms.map((d) => [d.id, d.role]));
  const failsSoFar = new Map<string, number>();
  const talks: SampleTalk[] = [];
  for (const inspection of inspections) {
    if (inspection.level !== "fail" || inspection.day < SEMESTER_START || inspection.order >= EXTRA_ROW)
      continue;
    const members = people.filter(
      (p) => p.dormId === inspection.dormId && (p.status === "full" || p.status === "probationary"),
    );
    if (members.length === 0) continue;
    const nth = (failsSoFar.get(inspection.dormId) ?? 0) + 1;
    failsSoFar.set(inspection.dormId, nth);
    const talker = rng.one(members);
    const timing = timingOf(rng, roleOf.get(inspection.dormId), nth);
    if (timing === "never" && roleOf.get(inspection.dormId) === "total") {
      // Messy: the talk was held, but its student ID lost a digit on the way into the sheet.
      const typo = talkOf(rng, names, inspection, talker, inspection.day + 2);
      talks.push({ ...typo, studentId: talker.id.slice(0, -1) });
    }
    if (timing === "never") continue;
    const after = timing === "inTime" ? rng.int(1, 4) : rng.int(9, 13);
    talks.push(talkOf(rng, names, inspection, talker, inspection.day + after));
  }
  return talks.sort((a, b) => a.day - b.day);
}

function buildDepartment(seed: number): Department {
  const rng = new Random(seed);
  const names = new Names(rng);
  const dorms = buildDorms();
  const members = pickMemberDorms(rng, dorms);
  assignRoles(rng, dorms, members);
  const people = buildPeople(rng, names, dorms, members);
  const inspections = buildInspections(rng, dorms);
  const visits = buildVisits(rng, dorms);
  const talks = buildTalks(rng, names, dorms, people, inspections);
  // A generator of its own, so that the department above stays the same whatever is itemised.
  itemise(new Random(seed + 11), dorms, inspections);
  return withHistory({ dorms, people, inspections, visits, talks, moves: [], assignments: [] });
}

/**
 * The inspectors' scoresheet, written into the department: hygiene rounds list what they found
 * and are scored from it, failing safety and discipline checks name their veto item, each giving
 * the level the dorm's story needs. The R3 dorm's second fail is an immersion heater, one of the
 * R4 dorm's fails a refusal (拒查). Some evening checks found nobody in (无人), and one round has
 * a mistyped code.
 */
function itemise(rng: Random, dorms: readonly SampleDorm[], rows: SampleInspection[]): void {
  const byId = new Map(dorms.map((d) => [d.id, d]));
  const fails = new Map<string, number>();
  for (const row of rows) {
    const dorm = byId.get(row.dormId);
    if (!dorm || row.order >= EXTRA_ROW || row.mode === "both" || row.badResult) continue;
    const nth = row.level === "fail" ? (fails.get(dorm.id) ?? 0) + 1 : 0;
    if (nth > 0) fails.set(dorm.id, nth);
    if (dorm.role === "total" && nth === 2) {
      row.status = "refused";
      continue;
    }
    const scripted =
      dorm.role === "streak" && nth === 2 && row.category === "hygiene"
        ? (["S1（热得快）", "S1 (immersion heater)"] as const)
        : undefined;
    const items = scripted ?? itemsFor(row.category, row.level, dorm.beds, (lists) => rng.one(lists));
    if (!items) continue;
    row.items = items;
    row.mode = "items";
    row.score = undefined;
  }
  const quiet = dorms.filter((d) => d.role === "other");
  for (const [i, d] of DISCIPLINE.entries()) {
    for (const dorm of rng.shuffled(quiet).slice(0, 2)) {
      const row = inspectionOf(rng, dorm, { day: d, category: "discipline" }, "pass");
      rows.push({ ...row, order: EXTRA_ROW + 10 + i, status: "nobodyIn", note: undefined });
    }
  }
  const mistyped = inspectionOf(rng, rng.one(quiet), { day: day("2025-12-11"), category: "hygiene" }, "pass");
  rows.push({ ...mistyped, order: EXTRA_ROW + 2, mode: "items", score: undefined, items: MISTYPED_ITEMS });
  rows.sort((a, b) => byDayThenCategory(a, b) || a.order - b.order);
}

const UPHELD: Words = ["复查属实，维持原结果", "re-checked: the result stands"];
const REVOKED: Words = [
  "复查确认检查当晚宿舍停电，卫生无法整理，记录撤销",
  "the re-check found a power cut that night; record withdrawn",
];
const COLLEGE: Words = ["院级", "college"];
const SCHOOL: Words = ["校级", "school"];

/**
 * The history a department accumulates, added once the semester is built so that nothing else
 * changes: who inspected (safety and the scripted dorms' fails are school-level checks, never
 * cleared); the R3 dorm's first member moves out after its second fail, and appeals that fail
 * in vain; one fail of a sloppy dorm is revoked on appeal; a few seniors each contact a dorm,
 * and one of them misses the last visit to it.
 */
function withHistory(department: Department): Department {
  const { dorms, people, inspections } = department;
  const roleOf = new Map(dorms.map((d) => [d.id, d.role]));
  const scripted = new Set<Role>(["streak", "total", "lastFail", "threeFails"]);
  for (const row of inspections) {
    if (row.order >= EXTRA_ROW) continue;
    const school =
      row.category === "safety" || (row.level === "fail" && scripted.has(roleOf.get(row.dormId) ?? "other"));
    row.tier = school ? SCHOOL : COLLEGE;
  }

  const streak = dorms.find((d) => d.role === "streak") as SampleDorm;
  const fails = inspections.filter(
    (r) => r.dormId === streak.id && r.level === "fail" && r.day >= SEMESTER_START,
  );
  const second = fails[1] as SampleInspection;
  second.appeal = { outcome: "upheld", reason: UPHELD };
  const mover = people.find(
    (p) => p.dormId === streak.id && (p.status === "full" || p.status === "probationary"),
  );
  const target = dorms.find((d) => d.role === "ordinary" && d.year === streak.year && d.id !== streak.id);
  const moves: SampleMove[] = [];
  let moved = people;
  if (mover && target) {
    // The Monday two weeks after the second fail: a room came free in another member dorm.
    const monday = second.day + 14 - ((second.day + 3) % 7);
    moves.push({ day: monday, studentId: mover.id, from: streak.id, to: target.id });
    moved = people.map((p) => (p === mover ? { ...p, dormId: target.id } : p));
  }

  const sloppy = dorms.filter((d) => d.role === "sloppy").map((d) => d.id);
  const appealed = inspections.find(
    (r) => r.level === "fail" && sloppy.includes(r.dormId) && r.day >= SEMESTER_START && r.order < EXTRA_ROW,
  );
  if (appealed) appealed.appeal = { outcome: "revoked", reason: REVOKED };

  // Seniors of the first branch each contact the non-member dorm next to theirs.
  const others = new Set(dorms.filter((d) => d.role === "other").map((d) => d.id));
  const assignments: SampleAssignment[] = [];
  for (const p of moved.filter((x) => x.status === "full" && x.branch === 0).slice(0, 8)) {
    const home = dorms.find((d) => d.id === p.dormId);
    const next = home && dorms.slice(home.index + 1).find((d) => others.has(d.id));
    if (next) assignments.push({ studentId: p.id, dormId: next.id });
  }
  // The last visit to a dorm that several seniors contact names who went: one of them did not,
  // and falls short that month.
  const shared = assignments.find((a) => assignments.filter((b) => b.dormId === a.dormId).length > 1);
  const lastVisit = shared && department.visits.filter((v) => v.dormId === shared.dormId).at(-1);
  if (shared && lastVisit) {
    const contacts = assignments.filter((a) => a.dormId === shared.dormId).map((a) => a.studentId);
    lastVisit.visitors = contacts.slice(0, -1);
  }
  return { ...department, people: moved, moves, assignments };
}

/**
 * Drops whatever would lie after `today`, so a sample never holds a future date; someone whose
 * move is dropped still lives, on the Members tab, where that move would have taken them from.
 */
function asOf(department: Department, today: Day): Department {
  const past = <T extends { day: Day }>(rows: T[]) => rows.filter((r) => r.day <= today);
  const stillIn = new Map<string, string>();
  for (const move of [...department.moves].sort((a, b) => b.day - a.day))
    if (move.day > today) stillIn.set(move.studentId, move.from);
  return {
    dorms: department.dorms.map((d) =>
      d.plaqueDay !== undefined && d.plaqueDay > today ? { ...d, plaqueDay: undefined } : d,
    ),
    people: department.people.map((p) => {
      const dormId = stillIn.get(p.id);
      return dormId === undefined ? p : { ...p, dormId };
    }),
    inspections: past(department.inspections),
    visits: past(department.visits),
    talks: past(department.talks),
    moves: past(department.moves),
    assignments: department.assignments,
  };
}

// ---------------------------------------------------------------------------------------------
// Cells: the department written in one language.

const LEVEL_LABELS: Record<Level, LabelKey> = {
  excellent: "level.excellent",
  pass: "level.pass",
  fail: "level.fail",
};

const STATUS_LABELS: Record<Status, LabelKey> = {
  full: "status.full",
  probationary: "status.probationary",
  candidate: "status.candidate",
  activist: "status.activist",
  nonMember: "status.nonMember",
};

const CONDITION_LABELS: Record<PlaqueCondition, LabelKey> = {
  ok: "condition.ok",
  lost: "condition.lost",
  damaged: "condition.damaged",
};

/** The bracketed note a secretary adds to a header; the engine ignores it. */
const REQUIRED_NOTE: Words = ["（必填）", " (required)"];

const text = (words: Words | undefined, lang: Lang): string => (words ? pick(words, lang) : "");

/** One row's cells by column; a column left out is blank. */
type Row = Partial<Record<LabelKey, unknown>>;

/** A tab laid out by its spec: headers from the labels (with any note), cells in column order. */
function grid(
  lang: Lang,
  tab: TabKey,
  rows: readonly Row[],
  notes: Partial<Record<LabelKey, Words>> = {},
): Grid {
  const columns = tabSpec(tab).columns.map((c) => c.label);
  const header = columns.map((key) => t(lang, key) + text(notes[key], lang));
  return {
    name: t(lang, tabSpec(tab).label),
    values: [header, ...rows.map((row) => columns.map((key) => row[key] ?? ""))],
  };
}

function dormRow(dorm: SampleDorm, lang: Lang): Row {
  return {
    "col.dorm": dorm.id,
    "col.building": pick(dorm.building, lang),
    "col.year": lang === "zh" ? YEAR_WORDS[dorm.year - 1] : dorm.year,
    "col.plaque": t(lang, dorm.plaque ? "yes" : "no"),
    "col.plaqueDate": dorm.plaqueDay === undefined ? "" : dateCell(dorm.plaqueDay),
    "col.plaqueCondition": dorm.condition ? t(lang, CONDITION_LABELS[dorm.condition]) : "",
    "col.beds": dorm.beds,
  };
}

function personRow(person: SamplePerson, lang: Lang): Row {
  const branch = person.branch === undefined ? undefined : BRANCHES[person.branch];
  return {
    "col.studentId": person.id,
    "col.name": pick(person.name, lang),
    "col.status": t(lang, STATUS_LABELS[person.status]),
    "col.dorm": person.dormId,
    "col.branch": text(branch?.name, lang),
    "col.contact": text(branch?.contact, lang),
  };
}

function inspectionRow(row: SampleInspection, lang: Lang): Row {
  const result = row.badResult
    ? pick(row.badResult, lang)
    : row.status
      ? t(lang, `result.${row.status}`)
      : row.mode === "score" || row.mode === "items"
        ? ""
        : t(lang, LEVEL_LABELS[row.level]);
  return {
    "col.date": row.dateText ?? dateCell(row.day),
    "col.dorm": row.dormId,
    "col.category": t(lang, `category.${row.category}`),
    "col.result": result,
    "col.score": row.mode === "result" || row.status ? "" : (row.score ?? ""),
    "col.inspector": pick(row.inspector, lang),
    "col.notes": text(row.note, lang),
    "col.deductions": row.items && !row.status ? itemsText(row.items, lang) : "",
    "col.tier": text(row.tier, lang),
    "col.appeal": row.appeal ? t(lang, `appeal.${row.appeal.outcome}`) : "",
    "col.appealReason": text(row.appeal?.reason, lang),
  };
}

function visitRow(visit: SampleVisit, lang: Lang): Row {
  return {
    "col.date": dateCell(visit.day),
    "col.dorm": visit.dormId,
    "col.teacher": text(visit.teacher, lang),
    "col.group": pick(visit.group, lang),
    "col.findings": pick(visit.finding, lang),
    "col.followUp": text(visit.followUp, lang),
    "col.visitors": visit.visitors?.join(lang === "zh" ? "、" : ", ") ?? "",
  };
}

function talkRow(talk: SampleTalk, lang: Lang): Row {
  return {
    "col.date": dateCell(talk.day),
    "col.studentId": talk.studentId,
    "col.with": pick(talk.with, lang),
    "col.reason": pick(talk.reason, lang),
    "col.notes": text(talk.note, lang),
  };
}

/** Where the sample's door cards send an inspector: a reserved example domain, never a real form. */
export const SAMPLE_FORM_URL = "https://forms.example.com/dorm-inspection?dorm={dorm}";

/** The Settings tab: every key, in order, with the given values, the defaults, and their meanings. */
function settingsGrid(lang: Lang, values: Partial<Record<keyof Settings, string>>): Grid {
  return templateWorkbook(lang)
    .filter((tab) => tab.tab === "settings")
    .map((tab) => ({
      ...tab.grid,
      values: [tab.grid.values[0] ?? [], ...settingsRows(lang, values)],
    }))[0] as Grid;
}

/**
 * Every tab with its headers only, in contract order, as the template writes them (required
 * columns marked); the Settings tab lists every key with its default and meaning.
 *
 * @example
 * emptyWorkbook("en").map((g) => g.name) //=> ["Dorms", "Members", "Inspections", "Visits", "Talks", "Settings"]
 */
export function emptyWorkbook(lang: Lang): Grid[] {
  return templateWorkbook(lang).map((tab) => tab.grid);
}

/**
 * A realistic department to try the add-on and the command line on: about 200 dorms, 60 member
 * dorms and a semester of inspections, visits and talks, in which every rule fires. The same
 * seed always gives the same workbook; nothing is dated after `today`.
 *
 * @example
 * sampleWorkbook("zh")[0]?.values[1] //=> ["3-201", "东区3号楼", "大一", "否", "", ""]
 */
export function sampleWorkbook(lang: Lang, options: { seed?: number; today?: Day } = {}): Grid[] {
  const department = asOf(buildDepartment(options.seed ?? SAMPLE_SEED), options.today ?? SAMPLE_TODAY);
  return [
    grid(
      lang,
      "dorms",
      department.dorms.map((d) => dormRow(d, lang)),
    ),
    grid(
      lang,
      "members",
      department.people.map((p) => personRow(p, lang)),
    ),
    grid(
      lang,
      "inspections",
      department.inspections.map((r) => inspectionRow(r, lang)),
      { "col.dorm": REQUIRED_NOTE },
    ),
    grid(
      lang,
      "visits",
      department.visits.map((v) => visitRow(v, lang)),
    ),
    grid(
      lang,
      "talks",
      department.talks.map((r) => talkRow(r, lang)),
    ),
    grid(
      lang,
      "moves",
      department.moves.map((m) => ({
        "col.date": dateCell(m.day),
        "col.studentId": m.studentId,
        "col.fromDorm": m.from,
        "col.toDorm": m.to,
      })),
    ),
    grid(
      lang,
      "assignments",
      department.assignments.map((a) => ({ "col.studentId": a.studentId, "col.dorm": a.dormId })),
    ),
    settingsGrid(lang, {
      department: pick(DEPARTMENT, lang),
      issuer: pick(ISSUER, lang),
      currentSemester: SAMPLE_SEMESTER,
      // Flags by mean score, as an 环境工程学院 awards them.
      bands:
        lang === "zh"
          ? "红旗 85；蓝旗 75；绿旗 65；黑旗 0"
          : "red flag 85; blue flag 75; green flag 65; black flag 0",
      language: lang,
      // A placeholder for the department's own form: the door cards' QR codes open it.
      formUrl: SAMPLE_FORM_URL,
      clearAfterExcellents: "3",
      unclearableTiers: pick(SCHOOL, lang),
    }),
    scoresheetGrid(lang),
  ];
}

/** The Scoresheet tab: the default sheet, as `init` writes it. */
function scoresheetGrid(lang: Lang): Grid {
  return templateWorkbook(lang).find((tab) => tab.tab === "scoresheet")?.grid as Grid;
}

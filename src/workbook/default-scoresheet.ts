import type { Lang } from "../engine/labels.ts";

/** One item of the default scoresheet, in both languages. */
interface DefaultItem {
  readonly code: string;
  readonly name: readonly [zh: string, en: string];
  readonly category: readonly [zh: string, en: string];
  readonly points: number;
  readonly perBed: boolean;
  readonly byBeds: string;
  readonly veto: boolean;
}

const TIDINESS = ["内务", "tidiness"] as const;
const HYGIENE = ["卫生", "hygiene"] as const;
const SAFETY = ["安全", "safety"] as const;
const DISCIPLINE = ["纪律", "discipline"] as const;

/**
 * The scoresheet `init` and 初始化表格 offer, for a department to edit freely: a 100-point sheet
 * of ten deduction items modelled on 中国海洋大学's (ibs.ouc.edu.cn, 2015). Taken from it: bedding
 * not folded counted per bed and heavier in smaller rooms (10 points a bed in an 8-person room, 30
 * in a 3-person one), and the one-vote veto to 0 for banned appliances, unsafe wiring, pets, and
 * late return, drinking or an overnight guest (its fifth veto, refusing inspection, is the 拒查
 * status of the Result column). The other items, their points and the room sizes between are
 * this project's choices.
 */
export const DEFAULT_SCORESHEET: readonly DefaultItem[] = [
  {
    code: "B1",
    name: ["被子未叠", "bedding not folded"],
    category: TIDINESS,
    points: 10,
    perBed: true,
    byBeds: "8:10, 6:15, 4:20, 3:30",
    veto: false,
  },
  {
    code: "B2",
    name: ["床铺杂乱", "bed cluttered"],
    category: TIDINESS,
    points: 5,
    perBed: true,
    byBeds: "",
    veto: false,
  },
  {
    code: "D1",
    name: ["桌面杂乱", "desk cluttered"],
    category: TIDINESS,
    points: 5,
    perBed: false,
    byBeds: "",
    veto: false,
  },
  {
    code: "F1",
    name: ["地面不洁", "floor dirty"],
    category: HYGIENE,
    points: 10,
    perBed: false,
    byBeds: "",
    veto: false,
  },
  {
    code: "G1",
    name: ["垃圾未倒", "rubbish not taken out"],
    category: HYGIENE,
    points: 10,
    perBed: false,
    byBeds: "",
    veto: false,
  },
  {
    code: "W1",
    name: ["阳台或卫生间脏乱", "balcony or bathroom dirty"],
    category: HYGIENE,
    points: 10,
    perBed: false,
    byBeds: "",
    veto: false,
  },
  {
    code: "S1",
    name: ["违章电器", "banned appliance"],
    category: SAFETY,
    points: 100,
    perBed: false,
    byBeds: "",
    veto: true,
  },
  {
    code: "S2",
    name: ["私拉电线", "unsafe wiring"],
    category: SAFETY,
    points: 100,
    perBed: false,
    byBeds: "",
    veto: true,
  },
  {
    code: "P1",
    name: ["饲养宠物", "keeping a pet"],
    category: DISCIPLINE,
    points: 100,
    perBed: false,
    byBeds: "",
    veto: true,
  },
  {
    code: "N1",
    name: ["晚归、酗酒或留宿外人", "late return, drinking or an overnight guest"],
    category: DISCIPLINE,
    points: 100,
    perBed: false,
    byBeds: "",
    veto: true,
  },
];

/**
 * The default scoresheet's rows in a language, in the Scoresheet tab's column order: code, item,
 * category, points, per, points by beds, veto.
 *
 * @example
 * defaultScoresheetRows("zh", words)[0] //=> ["B1", "被子未叠", "内务", 10, "每床", "8:10, 6:15, 4:20, 3:30", "否"]
 */
export function defaultScoresheetRows(
  lang: Lang,
  words: { readonly perItem: string; readonly perBed: string; readonly yes: string; readonly no: string },
): unknown[][] {
  const pick = (w: readonly [string, string]) => (lang === "zh" ? w[0] : w[1]);
  return DEFAULT_SCORESHEET.map((item) => [
    item.code,
    pick(item.name),
    pick(item.category),
    item.points,
    item.perBed ? words.perBed : words.perItem,
    item.byBeds,
    item.veto ? words.yes : words.no,
  ]);
}

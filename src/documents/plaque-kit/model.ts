import { isoOf } from "../../engine/day.ts";
import type { Evaluation } from "../../engine/evaluate.ts";
import type { Member, Records } from "../../engine/records.ts";
import { type DocumentHeader, type DormRef, headerOf } from "../source.ts";
import { formLink } from "./qr.ts";

/** A full or probationary member as a door card and a 承诺书 show them: name, status, branch. */
export interface KitMember {
  readonly studentId: string;
  readonly name: string;
  readonly status: "full" | "probationary";
  readonly branch: string;
}

/** A member dorm as the kit shows it. */
export interface KitDorm {
  readonly dorm: DormRef;
  /** R10: a new plaque, a reissued one, or (with `all`) one already hanging. */
  readonly action: "hang" | "reissue" | "ok";
  readonly members: readonly KitMember[];
  /** The dorm's link to the inspection form; blank when the Settings tab has none. */
  readonly link: string;
}

/** A member's 承诺书: who signs it and the dorm it is for. */
export interface KitPledge {
  readonly member: KitMember;
  readonly dorm: DormRef;
}

/**
 * The plaque kit of a semester (R10), as plain data: the door cards, the dorms the 挂牌决定 names,
 * the 撤牌 notices and a 承诺书 per member. It carries names, status and branch, as a door card
 * does, and nothing else about anyone: no inspection, outcome, consequence, contact or note.
 */
export interface PlaqueKitModel {
  readonly kind: "plaqueKit";
  readonly semesterId: string;
  readonly header: DocumentHeader;
  readonly department: string;
  /** The Settings tab's 承诺语; blank: the default line. */
  readonly pledge: string;
  /** Every dorm to hang or reissue a plaque on; with `all`, every member dorm. */
  readonly cards: readonly KitDorm[];
  /** Every member dorm that carries a plaque this semester once the kit is hung: the decision's list. */
  readonly plaqued: readonly KitDorm[];
  /** Dorms whose plaque comes down: no full or probationary member lives there any more. */
  readonly takeDown: readonly DormRef[];
  readonly pledges: readonly KitPledge[];
}

export interface KitOptions {
  /** Cards and 承诺书 for every member dorm, not only those to hang or reissue. */
  readonly all?: boolean;
}

/** What the kit needs of a graded workbook. */
export interface KitSource {
  readonly read: { readonly records: Pick<Records, "members"> };
  readonly evaluation: Evaluation;
}

function kitMember(m: Member): KitMember | undefined {
  if (m.status !== "full" && m.status !== "probationary") return undefined;
  return { studentId: m.label, name: m.name, status: m.status, branch: m.branch };
}

/**
 * The plaque kit of the semester the workbook shows, from R10's re-registration list: cards for
 * the dorms to hang or reissue (or, with `all`, every member dorm), the plaqued dorms for the
 * decision, the dorms to take the plaque down from, and one 承诺书 per full or probationary member
 * of a carded dorm. Dorms and members keep the order of their tabs.
 *
 * @example
 * plaqueKitModel(grading).cards.map((c) => c.dorm.label) //=> ["3-207", "4-306", …]
 */
export function plaqueKitModel(source: KitSource, options: KitOptions = {}): PlaqueKitModel {
  const { evaluation } = source;
  const settings = evaluation.settings;
  const byDorm = new Map<string, KitMember[]>();
  for (const m of source.read.records.members) {
    const member = kitMember(m);
    if (!member) continue;
    const list = byDorm.get(m.dormId);
    if (list) list.push(member);
    else byDorm.set(m.dormId, [member]);
  }
  const ref = (d: Evaluation["dorms"][number]): DormRef => ({
    id: d.dorm.id,
    label: d.dorm.label || d.dorm.id,
    building: d.dorm.building,
    year: d.dorm.year,
  });
  const plaqued: KitDorm[] = [];
  const takeDown: DormRef[] = [];
  for (const d of evaluation.dorms) {
    if (d.plaque === "takeDown") takeDown.push(ref(d));
    if (d.plaque !== "hang" && d.plaque !== "reissue" && d.plaque !== "ok") continue;
    const dorm = ref(d);
    plaqued.push({
      dorm,
      action: d.plaque,
      members: byDorm.get(d.dorm.id) ?? [],
      link: formLink(settings.formUrl, dorm.label),
    });
  }
  const cards = options.all ? plaqued : plaqued.filter((d) => d.action !== "ok");
  return {
    kind: "plaqueKit",
    semesterId: evaluation.semester.id,
    header: headerOf(settings, isoOf(evaluation.today)),
    department: settings.department,
    pledge: settings.pledge,
    cards,
    plaqued,
    takeDown,
    pledges: cards.flatMap((card) => card.members.map((member) => ({ member, dorm: card.dorm }))),
  };
}

import { LABELS, type Label, translator } from "../../engine/labels.ts";
import { DOCUMENT_LABELS } from "../labels.ts";

/** The plaque kit's words: door cards, the 挂牌决定, 撤牌 notices and 承诺书, and its dialog. */
export const KIT_LABELS = {
  "kit.title": { zh: "学生党员寝室挂牌材料", en: "Member dorm plaque kit" },
  "kit.card.title": { zh: "学生党员寝室", en: "Party Member Dorm" },
  "kit.card.name": { zh: "姓名", en: "Name" },
  "kit.card.status": { zh: "政治面貌", en: "Status" },
  "kit.card.branch": { zh: "所在支部", en: "Branch" },
  "kit.card.scan": { zh: "扫码填写本寝室检查记录", en: "Scan to record an inspection of this dorm" },
  "kit.pledge.default": { zh: "我是共产党员，请大家监督我", en: "We are Party members: hold us to our word" },
  "kit.decision.title": {
    zh: "关于{semester}学生党员寝室挂牌的决定",
    en: "Decision on the member dorm plaques, {semester}",
  },
  "kit.decision.intro": {
    zh: "根据《学生党员寝室挂牌制度》，经{semester}挂牌登记核查，现决定如下：",
    en: "Under the member dorm plaque system, following the plaque re-registration of {semester}, it is decided as follows.",
  },
  "kit.decision.hang": {
    zh: "对以下 {count} 个学生党员寝室悬挂“学生党员寝室”标志牌（其中新挂牌 {hang} 个、补发 {reissue} 个）：",
    en: "The following {count} member dorms carry the Party Member Dorm plaque ({hang} newly hung, {reissue} reissued):",
  },
  "kit.decision.takeDown": {
    zh: "以下 {count} 个寝室已无正式党员或预备党员居住，撤除其标志牌：",
    en: "The following {count} dorms no longer house a full or probationary member; their plaques are withdrawn:",
  },
  "kit.decision.noTakeDown": {
    zh: "本学期没有需要撤牌的寝室。",
    en: "No plaque is withdrawn this semester.",
  },
  "kit.decision.pledge": {
    zh: "挂牌寝室的党员应签订《学生党员寝室承诺书》，亮明身份，带头遵守宿舍管理规定，主动接受同学监督。",
    en: "The members of each plaqued dorm sign the member dorm pledge, make their membership known, set the example in keeping the dorm rules, and welcome every student's oversight.",
  },
  "kit.decision.new": { zh: "新挂牌", en: "new" },
  "kit.decision.reissue": { zh: "补发", en: "reissued" },
  "kit.notice.title": { zh: "撤牌通知", en: "Notice: plaque withdrawn" },
  "kit.notice.to": { zh: "{building}{dorm} 寝室：", en: "To dorm {dorm}, {building}:" },
  "kit.notice.body": {
    zh: "经{semester}挂牌登记核查，本寝室已无正式党员或预备党员居住。根据《学生党员寝室挂牌制度》，自即日起撤除本寝室“学生党员寝室”标志牌，请将标志牌交回党支部。",
    en: "The plaque re-registration of {semester} found that no full or probationary member lives in this dorm any more. Under the member dorm plaque system its Party Member Dorm plaque is withdrawn from today; please return it to the Party branch.",
  },
  "kit.promise.title": { zh: "学生党员寝室承诺书", en: "Member Dorm Pledge" },
  "kit.promise.intro": {
    zh: "本人{name}，{status}{branch}，居住于{building}{dorm}寝室。作为学生党员，我郑重承诺：",
    en: "I, {name}, {status}{branch}, living in dorm {dorm}{building}, solemnly pledge as a student Party member:",
  },
  "kit.promise.branch": { zh: "，{branch}", en: " of {branch}" },
  "kit.promise.building": { zh: "{building}", en: ", {building}" },
  "kit.promise.1": {
    zh: "亮明党员身份，主动接受同学监督；",
    en: "to make my membership known and welcome every student's oversight;",
  },
  "kit.promise.2": {
    zh: "保持寝室卫生整洁，带头遵守寝室纪律和作息规定；",
    en: "to keep the dorm clean and tidy, and set the example in its discipline and hours;",
  },
  "kit.promise.3": {
    zh: "注意用电安全，不使用违规电器；",
    en: "to use electricity safely and no forbidden appliance;",
  },
  "kit.promise.4": {
    zh: "关心帮助室友，寝室检查不合格时带头整改，并与室友谈心。",
    en: "to care for my roommates and, when the dorm fails an inspection, lead the correction and talk it over with them.",
  },
  "kit.promise.sign": { zh: "承诺人（签名）：", en: "Signed:" },
  "kit.promise.date": { zh: "日期：　　　　年　　月　　日", en: "Date:" },
  "kit.summary": {
    zh: "{semester}挂牌材料：门牌 {cards} 张，撤牌通知 {notices} 份，承诺书 {pledges} 份，挂牌决定 1 份",
    en: "Plaque kit, {semester}: {cards} door cards, {notices} withdrawal notices, {pledges} pledges and the decision",
  },
  "kit.part.decision": { zh: "挂牌决定", en: "Decision" },
  "kit.part.cards": { zh: "门牌", en: "Door cards" },
  "kit.part.notices": { zh: "撤牌通知", en: "Withdrawal notices" },
  "kit.part.pledges": { zh: "承诺书", en: "Pledges" },
  "kit.dialog.all": {
    zh: "为所有党员寝室打印门牌和承诺书（含已挂牌的）",
    en: "Cards and pledges for every member dorm (also those already plaqued)",
  },
  "kit.dialog.print": { zh: "打印", en: "Print" },
  "kit.dialog.working": { zh: "正在生成…", en: "Working…" },
  "kit.dialog.hint": {
    zh: "打印时请选 A4 纸、默认边距，并勾选“背景图形”，门牌的红色才会印出来。",
    en: "Print on A4 with the default margins and tick “Background graphics”, so that the cards' red prints.",
  },
  "kit.none": {
    zh: "本学期没有需挂牌或补发标志牌的寝室。",
    en: "No dorm needs a plaque hung or reissued this semester.",
  },
} as const satisfies Record<string, Label>;

export type KitLabelKey = keyof typeof LABELS | keyof typeof DOCUMENT_LABELS | keyof typeof KIT_LABELS;

const kit = translator<KitLabelKey>({ ...LABELS, ...DOCUMENT_LABELS, ...KIT_LABELS });

/**
 * Looks up a word of the plaque kit (or a document or shared word) and fills its placeholders.
 *
 * @example
 * t("en", "kit.card.title") //=> "Party Member Dorm"
 */
export const t = kit.t;

import type { LabelKey } from "../engine/labels.ts";

/**
 * What an import reads from each row of an export: the Inspections tab's input columns, plus the
 * building, which some campus systems export apart from the room number.
 */
export type IntakeField =
  | "date"
  | "dorm"
  | "building"
  | "category"
  | "result"
  | "score"
  | "inspector"
  | "notes";

/** In the order a listing shows them. */
export const INTAKE_FIELDS: readonly IntakeField[] = [
  "date",
  "dorm",
  "building",
  "category",
  "result",
  "score",
  "inspector",
  "notes",
];

/** The workbook column each field is named after (and written to, except the building). */
export const FIELD_LABEL: Readonly<Record<IntakeField, LabelKey>> = {
  date: "col.date",
  dorm: "col.dorm",
  building: "col.building",
  category: "col.category",
  result: "col.result",
  score: "col.score",
  inspector: "col.inspector",
  notes: "col.notes",
};

/**
 * Other names each field goes by in the tools inspectors use (问卷星, 腾讯文档 收集表, 金数据,
 * Google Forms, campus systems), best first: when an export has several, the first one found is
 * used. The workbook's own zh and en names come before these. Only notes takes several columns
 * (扣分项 and 备注 are joined).
 */
export const SYNONYMS: Readonly<Record<IntakeField, readonly string[]>> = {
  date: [
    "检查日期",
    "检查时间",
    "检查日",
    "inspection date",
    "date of inspection",
    "提交时间",
    "填写时间",
    "提交答卷时间",
    "答卷时间",
    "提交日期",
    "填写日期",
    "填报时间",
    "创建时间",
    "timestamp",
    "时间戳记",
    "时间戳",
    "时间",
    "submitted at",
    "submission time",
  ],
  dorm: [
    "寝室号",
    "房间号",
    "宿舍",
    "寝室",
    "房间",
    "房号",
    "宿舍编号",
    "寝室编号",
    "宿舍号码",
    "寝室号码",
    "宿舍房间号",
    "room",
    "room number",
    "room no",
    "dorm number",
    "dorm no",
    "dormitory",
  ],
  building: ["楼号", "楼栋号", "宿舍楼", "楼宇", "公寓楼", "楼", "dorm building"],
  category: ["检查类别", "检查类型", "检查项目", "检查内容", "类型", "type", "inspection type"],
  result: [
    "检查结果",
    "等级",
    "评定等级",
    "评定结果",
    "检查等级",
    "评价",
    "评级",
    "grade",
    "rating",
    "level",
  ],
  score: ["得分", "总分", "评分", "成绩", "检查得分", "卫生得分", "points", "total score", "total"],
  inspector: [
    "检查员",
    "检查人员",
    "检查者",
    "填写人",
    "填表人",
    "填报人",
    "提交人",
    "提交者",
    "checked by",
    "inspected by",
    "submitted by",
    "电子邮件地址",
    "email address",
  ],
  notes: [
    "扣分项",
    "扣分原因",
    "扣分情况",
    "扣分说明",
    "存在问题",
    "问题",
    "情况说明",
    "说明",
    "整改意见",
    "检查情况",
    "remarks",
    "comments",
    "comment",
    "deductions",
    "issues",
  ],
};

/** Without these an inspection cannot be recorded; a result or a score will do for the level. */
export const REQUIRED_FIELDS: readonly IntakeField[] = ["date", "dorm"];

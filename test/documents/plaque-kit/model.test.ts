import { describe, expect, it } from "vitest";
import { plaqueKitModel } from "../../../src/documents/plaque-kit/model.ts";
import { type Day, dayOfIso } from "../../../src/engine/day.ts";
import { type Grading, gradeWorkbook } from "../../../src/workbook/grade.ts";
import type { Grid } from "../../../src/workbook/layout.ts";

const today = dayOfIso("2025-11-20") as Day;

/** Five dorms, one of each R10 case, and members of every status. */
function department(settings: unknown[][] = []): Grid[] {
  return [
    {
      name: "宿舍",
      values: [
        ["宿舍号", "楼栋", "挂牌", "标牌状态"],
        ["1-101", "1号楼", "否", ""], // members, no plaque: hang
        ["1-102", "1号楼", "是", "遗失"], // members, lost: reissue
        ["1-103", "1号楼", "是", "完好"], // members, fine: ok
        ["1-104", "1号楼", "是", ""], // no member any more: take down
        ["1-105", "1号楼", "否", ""], // nobody: nothing
      ],
    },
    {
      name: "党员",
      values: [
        ["学号", "姓名", "政治面貌", "宿舍号", "支部", "支部联系人"],
        ["2022010001", "张三", "正式党员", "1-101", "一支部", "王老师"],
        ["2022010002", "李四", "预备党员", "1-101", "二支部", "王老师"],
        ["2022010003", "王五", "入党积极分子", "1-101", "一支部", ""],
        ["2022010004", "赵六", "正式党员", "1-102", "一支部", ""],
        ["2022010005", "钱七", "正式党员", "1-103", "一支部", ""],
        ["2022010006", "孙八", "发展对象", "1-104", "一支部", ""],
        ["2022010007", "周九", "群众", "1-105", "", ""],
      ],
    },
    {
      name: "检查记录",
      values: [
        ["日期", "宿舍号", "类别", "结果", "检查人", "备注"],
        ["2025-10-08", "1-101", "卫生", "不合格", "刘", "张三违规用电"],
        ["2025-10-15", "1-101", "卫生", "不合格", "刘", ""],
      ],
    },
    { name: "设置", values: [["项目", "值"], ["院系名称", "电子系"], ...settings] },
  ];
}

function grade(settings: unknown[][] = []): Grading {
  const g = gradeWorkbook(department(settings), { timeZone: "UTC", today });
  if ("problems" in g) throw new Error(g.problems.join("\n"));
  return g;
}

describe("plaqueKitModel", () => {
  it("cards the dorms to hang or reissue, with their full and probationary members, in sheet order", () => {
    const kit = plaqueKitModel(grade());
    expect(kit.cards.map((c) => [c.dorm.label, c.action])).toEqual([
      ["1-101", "hang"],
      ["1-102", "reissue"],
    ]);
    expect(kit.cards[0]?.members).toEqual([
      { studentId: "2022010001", name: "张三", status: "full", branch: "一支部" },
      { studentId: "2022010002", name: "李四", status: "probationary", branch: "二支部" },
    ]);
  });

  it("cards every member dorm with all", () => {
    expect(plaqueKitModel(grade(), { all: true }).cards.map((c) => c.dorm.label)).toEqual([
      "1-101",
      "1-102",
      "1-103",
    ]);
  });

  it("names every plaqued dorm for the decision, and the dorms to take the plaque down from", () => {
    const kit = plaqueKitModel(grade());
    expect(kit.plaqued.map((d) => [d.dorm.label, d.action])).toEqual([
      ["1-101", "hang"],
      ["1-102", "reissue"],
      ["1-103", "ok"],
    ]);
    expect(kit.takeDown.map((d) => d.label)).toEqual(["1-104"]);
  });

  it("has one 承诺书 per full or probationary member of a carded dorm", () => {
    expect(plaqueKitModel(grade()).pledges.map((p) => [p.member.name, p.dorm.label])).toEqual([
      ["张三", "1-101"],
      ["李四", "1-101"],
      ["赵六", "1-102"],
    ]);
  });

  it("links each card to the form with its dorm, and to nothing without a form", () => {
    expect(plaqueKitModel(grade()).cards.map((c) => c.link)).toEqual(["", ""]);
    const kit = plaqueKitModel(grade([["检查表单链接", "https://forms.example.com/f?dorm={dorm}"]]));
    expect(kit.cards.map((c) => c.link)).toEqual([
      "https://forms.example.com/f?dorm=1-101",
      "https://forms.example.com/f?dorm=1-102",
    ]);
  });

  it("carries the pledge, the semester and the issuer, dated today", () => {
    const kit = plaqueKitModel(
      grade([
        ["承诺语", "亮身份，作表率"],
        ["发文单位", "中共电子系党总支"],
      ]),
    );
    expect(kit).toMatchObject({
      semesterId: "2025-2026-1",
      pledge: "亮身份，作表率",
      department: "电子系",
      header: { issuer: "中共电子系党总支", number: "", date: "2025-11-20" },
    });
  });

  it("carries nothing of anyone but name, status and branch: no outcome, contact, inspection or note", () => {
    const grading = grade();
    // 1-101 failed twice in a row: its members lost award eligibility.
    expect(grading.evaluation.members.find((m) => m.name === "张三")?.eligibility).toBe("revoked");
    const json = JSON.stringify(plaqueKitModel(grading, { all: true }));
    for (const word of [
      "revoked",
      "王老师",
      "张三违规用电",
      "刘",
      "不合格",
      "fail",
      "2025-10-08",
      "王五",
      "孙八",
      "周九",
    ])
      expect(json, word).not.toContain(word);
  });
});

import { describe, expect, it } from "vitest";
import { type Day, dayOfIso } from "../../src/engine/day.ts";
import { importChoices, importPage, importWrite } from "../../src/intake/sheets-module.ts";
import type { Grid } from "../../src/workbook/layout.ts";

const today = dayOfIso("2025-11-20") as Day;
const grids: Grid[] = [
  { name: "宿舍", values: [["宿舍号"], ["3-201"]] },
  { name: "党员", values: [["学号", "姓名", "政治面貌", "宿舍号"]] },
  { name: "检查记录", values: [["日期", "宿舍号", "结果"]] },
];

describe("importChoices", () => {
  it("offers every tab but the workbook's own, a form's responses tab first", () => {
    const c = importChoices("en", ["宿舍", "Form Responses 1", "Notes"], ["宿舍"]);
    expect(c.tabs).toEqual(["Form Responses 1", "Notes"]);
    expect(c.suggested).toBe("Form Responses 1");
    expect(c.fields.map((f) => f.label)).toEqual([
      "Date",
      "Dorm",
      "Building",
      "Category",
      "Result",
      "Score",
      "Inspector",
      "Notes",
    ]);
  });
});

describe("importWrite", () => {
  it("plans a pasted table into the rows to append", () => {
    const r = importWrite(
      grids,
      { timeZone: "UTC", today },
      { source: { kind: "paste", text: "日期\t宿舍号\t结果\n2025-11-19\t3-201\t合格\n" }, choices: [] },
    );
    if (!("preview" in r)) throw new Error(r.problems.join());
    expect(r.tab).toBe("检查记录");
    expect(r.append.runs).toEqual([
      { column: 1, keys: ["col.date", "col.dorm", "col.result"], values: [["2025-11-19", "3-201", "合格"]] },
    ]);
    expect(r.remember).toBeUndefined();
  });

  it("says so for an empty source or a workbook it cannot read", () => {
    expect(
      importWrite(grids, { timeZone: "UTC", today }, { source: { kind: "paste", text: "" }, choices: [] }),
    ).toEqual({
      problems: ["导入表是空的：没有表头，也没有数据行。"],
    });
    expect(
      "problems" in
        importWrite(
          grids.slice(0, 1),
          { timeZone: "UTC", today },
          { source: { kind: "paste", text: "a" }, choices: [] },
        ),
    ).toBe(true);
  });
});

describe("importPage", () => {
  it("puts the choices where the page reads them, with no way to close the script element", () => {
    const page = importPage("<body><!-- CHOICES --></body>", importChoices("zh", ["</script><b>"], []));
    expect(page).toContain('<script type="application/json" id="import-choices">');
    expect(page).not.toContain("</script><b>");
    expect(page).toContain("\\u003c/script>\\u003cb>");
  });
});

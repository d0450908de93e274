import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { MARKS, markedSheet } from "../../../src/cli/own-sheets.ts";
import { workbookOf } from "../../../src/cli/xlsx.ts";
import { runCli } from "../../support/cli.ts";
import { grid, type Row, workbook } from "../../support/records.ts";

const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-archive-"));
const at = (name: string) => join(dir, name);
const TODAY = ["--today", "2026-01-20"];

const INSPECTIONS: Row[] = [
  ["2025-10-13", "3-201", "卫生", "不合格", "", ""],
  ["2025-10-20", "3-201", "纪律", "不合格", "", ""],
  ["2025-10-20", "3-202", "卫生", "优秀", "", ""],
];

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A cell's text on the row whose first cell is `key`. */
function cellOf(sheet: ExcelJS.Worksheet, key: string, column: number): unknown {
  let found: unknown;
  sheet.eachRow((row) => {
    if (String(row.getCell(1).value) === key) found = row.getCell(column).value;
  });
  return found;
}

function rows(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const out: unknown[][] = [];
  sheet?.eachRow((row) => {
    out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

beforeAll(async () => {
  const grids = [
    ...workbook({
      dorms: [["3-201"], ["3-202"]],
      members: [
        ["2022010001", "张三", "正式党员", "3-201", "", "王老师"],
        ["2022010002", "李四", "正式党员", "3-202"],
      ],
      inspections: null,
    }),
    grid("检查记录", ["日期", "宿舍号", "类别", "结果", "申诉结果", "申诉理由"], ...INSPECTIONS),
    // A user's own tab that happens to bear the Change log's name is never written.
    grid("变更记录", ["我的笔记"], ["别动我"]),
  ];
  await workbookOf(grids).xlsx.writeFile(at("dept.xlsx"));
  expect((await runCli("grade", at("dept.xlsx"), "--out", at("graded.xlsx"), ...TODAY)).code).toBe(0);
  expect((await runCli("archive", at("graded.xlsx"), "--out", at("archived.xlsx"), ...TODAY)).code).toBe(0);
});

describe("dorm-plaque archive", () => {
  it("freezes the semester into its own protected tab and a hidden data tab, and logs it", async () => {
    const wb = await load(at("archived.xlsx"));
    const tab = markedSheet(wb, "dormPlaque_archive_2025_2026_1");
    expect(tab?.name).toBe("学期归档 2025-2026-1");
    expect((tab as unknown as { sheetProtection?: { sheet: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(cellOf(tab as ExcelJS.Worksheet, "2022010001", 8)).toBe("取消");
    const data = markedSheet(wb, MARKS.archiveData);
    expect(data?.state).toBe("hidden");
    expect(data?.getCell(1, 1).value).toBe("2025-2026-1");
    const log = markedSheet(wb, MARKS.changeLog);
    expect(log?.name).toBe("变更记录 2");
    expect(rows(log).at(-1)?.slice(4, 7)).toEqual(["学期归档", "未归档", "已归档"]);
    expect(rows(wb.getWorksheet("变更记录"))).toEqual([["我的笔记"], ["别动我"]]);
  });

  it("then reports an edit to one of the semester's rows in its check column, and keeps the results", async () => {
    const wb = await load(at("archived.xlsx"));
    const inspections = wb.getWorksheet("检查记录") as ExcelJS.Worksheet;
    inspections.getCell("E3").value = "撤销";
    inspections.getCell("F3").value = "复查确认记录有误";
    await wb.xlsx.writeFile(at("edited.xlsx"));
    const run = await runCli("grade", at("edited.xlsx"), "--out", at("edited-graded.xlsx"), ...TODAY);
    expect(run.out).toContain("本学期已于 2026-01-20 归档：结果取自归档");
    const graded = await load(at("edited-graded.xlsx"));
    const sheet = graded.getWorksheet("检查记录") as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(sheet.getCell(3, header.indexOf("校验") + 1).value).toBe(
      "本行属于已归档的2025-2026学年第一学期，修改不计入该学期（如需更改，请先取消归档）",
    );
    const members = graded.getWorksheet("党员") as ExcelJS.Worksheet;
    expect(cellOf(members, "2022010001", 9)).toBe("取消");
  });

  it("refuses to archive a semester twice, and --reason without --undo", async () => {
    const twice = await runCli("archive", at("archived.xlsx"), "--out", at("twice.xlsx"), ...TODAY);
    expect(twice.code).toBe(1);
    expect(twice.err).toContain("已于 2026-01-20 归档");
    const reason = await runCli("archive", at("archived.xlsx"), "--out", at("x.xlsx"), "--reason", "x");
    expect(reason.code).toBe(2);
    const noReason = await runCli("archive", at("archived.xlsx"), "--undo", "--out", at("x.xlsx"), ...TODAY);
    expect(noReason.code).toBe(1);
    expect(noReason.err).toContain("取消归档需要写明理由");
  });

  it("un-archives with a reason: the tabs go, the records count again, and every change is logged", async () => {
    const run = await runCli(
      "archive",
      at("edited-graded.xlsx"),
      "--undo",
      "--reason",
      "校党委复议：申诉成立",
      "--out",
      at("unarchived.xlsx"),
      ...TODAY,
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain("已取消2025-2026学年第一学期的归档");
    const wb = await load(at("unarchived.xlsx"));
    expect(markedSheet(wb, "dormPlaque_archive_2025_2026_1")).toBeUndefined();
    expect(markedSheet(wb, MARKS.archiveData)?.getCell(1, 1).value ?? null).toBeNull();
    const log = rows(markedSheet(wb, MARKS.changeLog));
    expect(log.slice(-3).map((r) => r.slice(2, 8))).toEqual([
      ["", "", "学期归档", "已归档", "未归档", "校党委复议：申诉成立"],
      [
        "2022010001",
        "张三",
        "通报批评",
        "2",
        "1",
        "取消归档后按现有记录重新计算（取消理由：校党委复议：申诉成立）",
      ],
      [
        "2022010001",
        "张三",
        "评奖评优资格",
        "取消",
        "保留",
        "取消归档后按现有记录重新计算（取消理由：校党委复议：申诉成立）",
      ],
    ]);
    expect(cellOf(wb.getWorksheet("党员") as ExcelJS.Worksheet, "2022010001", 9)).toBe("保留");
  });

  it("archives again after un-archiving, into the same data tab", async () => {
    expect((await runCli("archive", at("unarchived.xlsx"), "--out", at("again.xlsx"), ...TODAY)).code).toBe(
      0,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("again.xlsx"));
    expect(wb.worksheets.filter((s) => s.name.startsWith("归档数据")).map((s) => s.name)).toEqual([
      "归档数据",
    ]);
    expect(markedSheet(wb, MARKS.archiveData)?.getCell(1, 1).value).toBe("2025-2026-1");
    expect(markedSheet(wb, "dormPlaque_archive_2025_2026_1")?.name).toBe("学期归档 2025-2026-1");
  });
});

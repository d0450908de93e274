import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/workbook/read.ts";
import { copyGrids, day, grid, type Row, workbook } from "../support/records.ts";

const TODAY = day("2026-01-20");
const options = { timeZone: "UTC", today: TODAY };
const read = (grids: Parameters<typeof readWorkbook>[0]) => readWorkbook(grids, options);

/** Two dorms and their members, so the other tabs have something to refer to. */
const DORMS: Row[] = [
  ["3-201", "3号楼", "大二", "是", "2025-09-01", "完好"],
  ["3-202", "3号楼", "大二", "否", "", ""],
];
const MEMBERS: Row[] = [
  ["2022010001", "张三", "正式党员", "3-201", "一支部", "王老师"],
  ["2022010002", "李四", "入党积极分子", "3-202", "", ""],
];
const inspections = (...rows: Row[]) => read(workbook({ dorms: DORMS, members: MEMBERS, inspections: rows }));

describe("read", () => {
  describe("readWorkbook", () => {
    describe("tabs and columns", () => {
      it("finds tabs by zh or en name in any case and spacing, and columns in any order", () => {
        const r = read([
          grid(" dorms ", ["Building", "Dorm (required)", "我的备注"], ["3号楼", "3-201", "靠楼梯"]),
          grid("MEMBERS", ["Status", "宿舍号", "Name", "Student ID"], ["full member", "3-201", "张三", "S1"]),
          grid("检查记录 ", ["Result", "宿舍号（必填）", "日期"], ["FAIL", "3-201", "2025-09-15"]),
        ]);
        expect(r.problems).toEqual([]);
        expect(r.records.dorms.map((d) => [d.id, d.building])).toEqual([["3-201", "3号楼"]]);
        expect(r.records.members.map((m) => [m.id, m.name, m.status, m.dormId])).toEqual([
          ["S1", "张三", "full", "3-201"],
        ]);
        expect(r.records.inspections.map((i) => [i.day, i.dormId, i.level])).toEqual([
          [day("2025-09-15"), "3-201", "fail"],
        ]);
      });

      it("names a missing required tab in both languages, the tabs it found, and the Sheets menu item", () => {
        const r = read(workbook({ members: null }));
        expect(r.problems).toEqual([
          "找不到“党员”表（也可命名为 Members）。工作簿中现有的表：宿舍、检查记录、联系宿舍、谈话记录、设置。请用菜单“初始化表格”创建，或把现有表改名。",
        ]);
      });

      it("names the command line's init when the problem is read there, in the language asked for", () => {
        const grids = [grid("Sheet1", ["宿舍号"])];
        const r = readWorkbook(grids, { ...options, problemLang: "en", surface: "cli" });
        expect(r.problems[0]).toBe(
          "the Dorms tab is missing (it may also be named 宿舍). Tabs found: Sheet1. Rename an existing tab, or run dorm-plaque init <new.xlsx> for a template with every tab and copy your data into it.",
        );
      });

      it("names a missing required column, its other spelling, the tab as the user named it and the headers found", () => {
        const r = read([...workbook({ dorms: null }), grid("Dorms ", ["Building"])]);
        expect(r.problems).toEqual(["“Dorms ”表缺少“宿舍号”列（也可写作 Dorm）。现有的列：Building"]);
      });

      it("says that a Result or a Score column will do when Inspections has neither", () => {
        const r = read([
          ...workbook({ inspections: null, settings: [["Language", "en"]] }),
          grid("检查记录", ["日期", "宿舍号", "类别"]),
        ]);
        expect(r.problems).toEqual([
          "the 检查记录 tab has neither a Result nor a Score column; one of them will do (or 结果 / 分数). Columns found: 日期, 宿舍号, 类别",
        ]);
      });

      it("writes problems in English when the settings say so", () => {
        const r = read(workbook({ inspections: null, settings: [["Language", "en"]] }));
        expect(r.problems[0]).toMatch(
          /^the Inspections tab is missing \(it may also be named 检查记录\)\. Tabs found: .*\. Use “Set up tabs” to create it, or rename an existing tab\.$/,
        );
        expect(r.lang).toBe("en");
      });

      it("reads the visible tab, not a hidden backup listed first", () => {
        const backup = {
          ...grid(
            "党员（2024备份）",
            ["学号", "姓名", "政治面貌", "宿舍号"],
            ["OLD", "旧", "正式党员", "3-201"],
          ),
          hidden: true,
        };
        const r = read([backup, ...workbook({ dorms: DORMS, members: MEMBERS })]);
        expect(r.problems).toEqual([]);
        expect(r.records.members.map((m) => m.id)).toEqual(["2022010001", "2022010002"]);
      });

      it("lists the candidates when two tabs could equally be the Members tab", () => {
        const extra = grid("Members", ["学号"]);
        expect(read([...workbook({ dorms: DORMS, members: MEMBERS }), extra]).problems).toEqual([
          "有多个表都可能是“党员”表：“党员”、“Members”。请把不用的表改名或删除。",
        ]);
        const en = read([
          ...workbook({ dorms: DORMS, members: MEMBERS, settings: [["Language", "en"]] }),
          extra,
        ]);
        expect(en.problems).toEqual([
          'more than one tab could be the Members tab: "党员", "Members". Rename or delete the ones not in use.',
        ]);
      });

      it("reads the optional tabs as empty when they are missing", () => {
        const r = read(workbook({ dorms: DORMS, visits: null, talks: null, settings: null }));
        expect(r.problems).toEqual([]);
        expect([r.records.visits, r.records.talks]).toEqual([[], []]);
        expect(r.checks.visits).toEqual([]);
      });
    });

    describe("rows", () => {
      it("skips blank rows without a message and keeps the sheet's row numbers", () => {
        const r = read(workbook({ dorms: [DORMS[0] as Row, [], ["", "  ", null], DORMS[1] as Row] }));
        expect(r.records.dorms.map((d) => [d.id, d.row])).toEqual([
          ["3-201", 2],
          ["3-202", 5],
        ]);
        expect(r.checks.dorms).toEqual(["", "", "", ""]);
      });

      it("counts a row with only an unknown column filled as blank", () => {
        const r = read([
          ...workbook({ dorms: null }),
          grid("宿舍", ["宿舍号", "我的备注"], ["3-201", ""], ["", "记得检查"], ["3-202", ""]),
        ]);
        expect(r.records.dorms).toHaveLength(2);
        expect(r.checks.dorms).toEqual(["", "", ""]);
      });

      it("reads no further than the last row with a value in one of the tab's columns", () => {
        const far: unknown[][] = Array.from({ length: 5000 }, () => []);
        far[4999] = ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "a stray note"];
        const r = read([
          ...workbook({ dorms: null }),
          grid(
            "宿舍",
            ["宿舍号", "我的备注", "校验"],
            ["3-201", ""],
            ["", "记得检查"],
            ["", "", "旧的提示"],
            ...far,
          ),
        ]);
        expect(r.layouts.dorms?.rows).toBe(4);
        // The stale message in the check column is read, so that the plan can clear it.
        expect(r.checks.dorms).toEqual(["", "", ""]);
      });

      it("never changes the grids it reads", () => {
        const grids = workbook({
          dorms: DORMS,
          members: MEMBERS,
          inspections: [[new Date(Date.UTC(2025, 8, 15)), "3-201", "卫生", "不合格"]],
        });
        const before = copyGrids(grids);
        read(grids);
        expect(grids).toEqual(before);
      });
    });

    describe("Dorms tab", () => {
      it("reads plaques as 是/否, yes/no or a checkbox", () => {
        const r = read(
          workbook({
            dorms: [
              ["A", "", "", "是"],
              ["B", "", "", "否"],
              ["C", "", "", "YES"],
              ["D", "", "", "no"],
              ["E", "", "", true],
              ["F", "", "", false],
              ["G", "", "", ""],
            ],
          }),
        );
        expect(r.records.dorms.map((d) => d.plaque)).toEqual([true, false, true, false, true, false, false]);
      });

      it("reads year, plaque date and condition", () => {
        const r = read(workbook({ dorms: [["A", "1号楼", "大三", "是", "2025/9/1", "遗失"]] }));
        expect(r.records.dorms[0]).toMatchObject({
          year: 3,
          plaqueDate: day("2025-09-01"),
          plaqueCondition: "lost",
          building: "1号楼",
        });
      });

      it("still uses a dorm whose optional cells are unreadable, and says which", () => {
        const r = read(workbook({ dorms: [["A", "", "大五", "也许", "", "坏了"]] }));
        expect(r.records.dorms.map((d) => [d.id, d.year, d.plaque, d.plaqueCondition])).toEqual([
          ["A", undefined, false, "ok"],
        ]);
        expect(r.checks.dorms?.[0]).toBe(
          "无法识别的年级：大五（应为 大一…大四 或 1–4）；无法识别的挂牌值：也许（应为 是/否）；无法识别的标牌状态：坏了（应为 完好/遗失/污损）",
        );
      });

      it("joins several notes on one row with the separator of the workbook's language", () => {
        const r = read(workbook({ dorms: [["A", "", "大五", "也许"]], settings: [["Language", "en"]] }));
        expect(r.checks.dorms).toEqual([
          "unreadable year: 大五 (expected 1–4); unreadable plaque value: 也许 (expected yes/no)",
        ]);
      });

      it("reports a duplicate dorm, naming the row it first appeared on, and uses only the first", () => {
        const r = read(workbook({ dorms: [["3-201", "A"], ["3-202"], [" 3-201 ", "B"]] }));
        expect(r.records.dorms.map((d) => [d.id, d.building])).toEqual([
          ["3-201", "A"],
          ["3-202", ""],
        ]);
        expect(r.checks.dorms).toEqual(["", "", "宿舍号重复：3-201（已在第 2 行）"]);
      });

      it("reports a missing dorm number", () => {
        const r = read(workbook({ dorms: [["", "3号楼"]] }));
        expect(r.records.dorms).toEqual([]);
        expect(r.checks.dorms).toEqual(["缺少必填项：宿舍号"]);
      });
    });

    describe("Members tab", () => {
      it("reads statuses in both languages and matches dorms however they are written", () => {
        const r = read(
          workbook({
            dorms: [["3-201a"], [3202]],
            members: [
              ["S1", "张三", "预备党员", "3-201A"],
              ["S2", "Li", "Candidate", "3202"],
              [2022010003, "王五", "群众", 3202],
            ],
          }),
        );
        expect(r.records.members.map((m) => [m.id, m.status, m.dormId])).toEqual([
          ["S1", "probationary", "3-201A"],
          ["S2", "candidate", "3202"],
          ["2022010003", "nonMember", "3202"],
        ]);
      });

      it("does not use a member whose dorm is not on the Dorms tab, and says so", () => {
        const r = read(workbook({ dorms: DORMS, members: [["S1", "张三", "正式党员", "9-999"]] }));
        expect(r.records.members).toEqual([]);
        expect(r.checks.members).toEqual(["宿舍 9-999 不在“宿舍”表中"]);
      });

      it("reports the first missing required cell", () => {
        const r = read(
          workbook({
            dorms: DORMS,
            members: [
              ["", "张三", "正式党员", "3-201"],
              ["S2", "", "正式党员", "3-201"],
              ["S3", "王五", "", "3-201"],
              ["S4", "赵六", "正式党员", ""],
            ],
          }),
        );
        expect(r.records.members).toEqual([]);
        expect(r.checks.members).toEqual([
          "缺少必填项：学号",
          "缺少必填项：姓名",
          "缺少必填项：政治面貌",
          "缺少必填项：宿舍号",
        ]);
      });

      it("reports an unreadable status", () => {
        const r = read(workbook({ dorms: DORMS, members: [["S1", "张三", "书记", "3-201"]] }));
        expect(r.checks.members).toEqual(["无法识别的政治面貌：书记"]);
      });

      it("reports a duplicate student ID and uses only the first", () => {
        const r = read(
          workbook({
            dorms: DORMS,
            members: [
              ["2022010001", "张三", "正式党员", "3-201"],
              [2022010001, "张三三", "预备党员", "3-202"],
            ],
          }),
        );
        expect(r.records.members.map((m) => m.name)).toEqual(["张三"]);
        expect(r.checks.members).toEqual(["", "学号重复：2022010001（已在第 2 行）"]);
      });
    });

    describe("Inspections tab", () => {
      it("reads dates as date cells, ISO text, slashes, Chinese and serial numbers", () => {
        const r = inspections(
          [new Date(Date.UTC(2025, 8, 15)), "3-201", "", "合格"],
          ["2025-09-16", "3-201", "", "合格"],
          ["2025/9/17", "3-201", "", "合格"],
          ["2025年9月18日", "3-201", "", "合格"],
          [45919, "3-201", "", "合格"],
        );
        expect(r.records.inspections.map((i) => i.day - day("2025-09-15"))).toEqual([0, 1, 2, 3, 4]);
        expect(r.checks.inspections).toEqual(["", "", "", "", ""]);
      });

      it("reads results in either language and any case", () => {
        const r = inspections(
          ["2025-09-15", "3-201", "", "优秀"],
          ["2025-09-15", "3-201", "", "不合格"],
          ["2025-09-15", "3-201", "", "Pass"],
          ["2025-09-15", "3-201", "", "EXCELLENT"],
        );
        expect(r.records.inspections.map((i) => i.level)).toEqual(["excellent", "fail", "pass", "excellent"]);
      });

      it("reads scores with the cut-offs from settings", () => {
        const r = read(
          workbook({
            dorms: DORMS,
            inspections: [
              ["2025-09-15", "3-201", "", "", 95],
              ["2025-09-15", "3-201", "", "", "90"],
              ["2025-09-15", "3-201", "", "", 75],
              ["2025-09-15", "3-201", "", "", 59],
            ],
            settings: [
              ["优秀分数线", 95],
              ["合格分数线", 76],
            ],
          }),
        );
        expect(r.records.inspections.map((i) => [i.level, i.score])).toEqual([
          ["excellent", 95],
          ["pass", 90],
          ["fail", 75],
          ["fail", 59],
        ]);
      });

      it("lets the result win when both a result and a score are given", () => {
        const r = inspections(
          ["2025-09-15", "3-201", "", "不合格", 98],
          ["2025-09-15", "3-201", "", "优秀", "n/a"],
        );
        expect(r.records.inspections.map((i) => i.level)).toEqual(["fail", "excellent"]);
        expect(r.checks.inspections).toEqual(["", ""]);
      });

      it("reads a score typed in the Result column as the score", () => {
        const r = inspections(
          ["2025-09-15", "3-201", "", 95],
          ["2025-09-15", "3-201", "", "59"],
          ["2025-09-15", "3-201", "", "７５", 99],
          ["2025-09-15", "3-201", "", 120],
        );
        expect(r.records.inspections.map((i) => [i.level, i.score])).toEqual([
          ["excellent", 95],
          ["fail", 59],
          ["pass", 75],
        ]);
        expect(r.checks.inspections).toEqual(["", "", "", "分数应为 0–100 的数字：120"]);
      });

      it("reads a tab with only a score column", () => {
        const r = read([
          ...workbook({ dorms: DORMS, inspections: null }),
          grid("Inspections", ["Date", "Dorm", "Score"], ["2025-09-15", "3-201", 91]),
        ]);
        expect(r.problems).toEqual([]);
        expect(r.records.inspections.map((i) => i.level)).toEqual(["excellent"]);
      });

      it("keeps the category, inspector and notes", () => {
        const r = inspections(["2025-09-15", "3-201", "纪律", "合格", "", "学生会", "晚归"]);
        expect(r.records.inspections[0]).toMatchObject({
          category: "discipline",
          inspector: "学生会",
          notes: "晚归",
        });
      });

      it.each([
        [["", "3-201", "", "合格"], "缺少必填项：日期"],
        [["2025-09-15", "", "", "合格"], "缺少必填项：宿舍号"],
        [["2025-09-15", "3-201", "", ""], "缺少结果、分数或扣分项"],
        [["2025-9-31", "3-201", "", "合格"], "无法识别的日期：2025-9-31"],
        [["next monday", "3-201", "", "合格"], "无法识别的日期：next monday"],
        [["2025-09-15", "3-201", "", "良好"], "无法识别的结果：良好（应为 优秀/合格/不合格/无人/拒查）"],
        [["2025-09-15", "3-201", "", "", "九十"], "分数应为 0–100 的数字：九十"],
        [["2025-09-15", "3-201", "", "", 120], "分数应为 0–100 的数字：120"],
        [["2025-09-15", "9-999", "", "合格"], "宿舍 9-999 不在“宿舍”表中"],
        [["2026-01-21", "3-201", "", "合格"], "日期在今天之后：2026-01-21"],
      ])("does not use the row %j and says %j", (row, message) => {
        const r = inspections(row as Row);
        expect(r.records.inspections).toEqual([]);
        expect(r.checks.inspections).toEqual([message]);
      });

      it("accepts an inspection dated today", () => {
        expect(inspections(["2026-01-20", "3-201", "", "合格"]).records.inspections).toHaveLength(1);
      });

      it("gives the first problem of a row with several", () => {
        expect(inspections(["", "9-999", "", "良好"]).checks.inspections).toEqual(["缺少必填项：日期"]);
      });

      it("writes check messages in English when the settings say so", () => {
        const r = read(
          workbook({
            dorms: DORMS,
            inspections: [["2025-09-15", "9-999", "", "ok"]],
            settings: [["语言", "en"]],
          }),
        );
        expect(r.checks.inspections).toEqual(["dorm 9-999 is not on the Dorms tab"]);
      });
    });

    describe("Visits tab", () => {
      it("reads visits and requires date, dorm and teacher", () => {
        const r = read(
          workbook({
            dorms: DORMS,
            visits: [
              ["2025-10-10", "3-201", "王老师", "第一小组", "整洁", "无"],
              ["2025-10-11", "3-201", ""],
              ["2025-10-12", "4-101", "王老师"],
            ],
          }),
        );
        expect(
          r.records.visits.map((v) => [v.row, v.day, v.teacher, v.group, v.findings, v.followUp]),
        ).toEqual([[2, day("2025-10-10"), "王老师", "第一小组", "整洁", "无"]]);
        expect(r.checks.visits).toEqual(["", "缺少必填项：带队教师", "宿舍 4-101 不在“宿舍”表中"]);
      });
    });

    describe("Talks tab", () => {
      it("reads talks by known students and reports unknown ones", () => {
        const r = read(
          workbook({
            dorms: DORMS,
            members: MEMBERS,
            talks: [
              ["2025-10-10", 2022010001, "室友", "晚归", ""],
              ["2025-10-10", "2099999999", "室友"],
              ["2025-10-10", ""],
            ],
          }),
        );
        expect(r.records.talks.map((t) => [t.studentId, t.with, t.reason])).toEqual([
          ["2022010001", "室友", "晚归"],
        ]);
        expect(r.checks.talks).toEqual(["", "学号 2099999999 不在“党员”表中", "缺少必填项：学号"]);
      });

      it("does not take a talk by a member whose own row was rejected", () => {
        const r = read(
          workbook({
            dorms: DORMS,
            members: [["S9", "无宿舍", "正式党员", "9-999"]],
            talks: [["2025-10-10", "S9"]],
          }),
        );
        expect(r.records.talks).toEqual([]);
        expect(r.checks.talks).toEqual(["学号 S9 不在“党员”表中"]);
      });
    });

    describe("Settings tab", () => {
      it("reads the settings and writes one check per settings row", () => {
        const r = read(
          workbook({
            dorms: DORMS,
            settings: [
              ["优秀比例", "60%"],
              ["连续不合格上限", "abc"],
              ["Colour", "red"],
            ],
          }),
        );
        expect(r.settings.excellentShare).toBe(0.6);
        expect(r.settings.consecutiveFailLimit).toBe(2);
        expect(r.checks.settings).toEqual(["", "无法识别的设置值：abc，已使用默认值 2", "未知的设置项"]);
      });

      it("finds the Settings tab by its en name with odd spacing", () => {
        const r = read([
          ...workbook({ settings: null }),
          grid("  SETTINGS", ["KEY", "value"], ["language", "EN"]),
        ]);
        expect(r.lang).toBe("en");
      });
    });

    describe("Scoresheet tab and itemised inspections", () => {
      const SCORESHEET = grid(
        "检查细则",
        ["代码", "扣分内容", "类别", "分值", "计分方式", "按床位分值", "一票否决"],
        ["B1", "被子未叠", "内务", 10, "每床", "8:10, 4:20", "否"],
        ["F1", "地面不洁", "卫生", 5, "每项", "", "否"],
        ["S1", "违章电器", "安全", 100, "", "", "是"],
        ["F1", "重复的", "卫生", 5, "", "", ""],
      );
      const itemised = (...rows: Row[]) =>
        read([
          ...workbook({
            dorms: [
              ["3-201", "3号楼", "大二", "是", "", "", 4],
              ["3-202", "3号楼", "大二", "否", "", "", ""],
            ],
            members: MEMBERS,
            inspections: rows,
          }).map((g) =>
            g.name === "宿舍"
              ? { ...g, values: [[...(g.values[0] ?? []), "床位数"], ...g.values.slice(1)] }
              : g.name === "检查记录"
                ? { ...g, values: [[...(g.values[0] ?? []), "扣分项"], ...g.values.slice(1)] }
                : g,
          ),
          SCORESHEET,
        ]);
      const row = (dorm: string, result: unknown, score: unknown, items: unknown): Row => [
        "2025-09-15",
        dorm,
        "卫生",
        result,
        score,
        "",
        "",
        items,
      ];

      it("reads the scoresheet's items and reports its bad rows in its own check column", () => {
        const r = itemised();
        expect(r.scoresheet.map((i) => i.code)).toEqual(["B1", "F1", "S1"]);
        expect(r.checks.scoresheet).toEqual(["", "", "", "代码重复：F1（已在第 3 行）"]);
      });

      it("reads a dorm's beds", () => {
        expect(itemised().records.dorms.map((d) => d.beds)).toEqual([4, undefined]);
      });

      it("scores an inspection from its items, per bed by the room's size, and keeps the items as evidence", () => {
        const r = itemised(row("3-201", "", "", "B1×2, F1"));
        const [i] = r.records.inspections;
        expect([i?.level, i?.score, i?.basis]).toEqual(["fail", 55, "items"]);
        expect(i?.deductions?.map((d) => [d.code, d.count, d.points])).toEqual([
          ["B1", 2, 20],
          ["F1", 1, 5],
        ]);
        expect(r.checks.inspections).toEqual([""]);
      });

      it("fails a veto item with 0", () => {
        const [i] = itemised(row("3-202", "", "", "S1（热得快）")).records.inspections;
        expect([i?.level, i?.score, i?.deductions?.[0]?.remark]).toEqual(["fail", 0, "热得快"]);
      });

      it("keeps 无人 apart from the inspections, and 拒查 among them as a fail", () => {
        const r = itemised(row("3-201", "无人", "", ""), row("3-202", "拒查", "", ""));
        expect(r.records.nobodyIn?.map((n) => [n.row, n.dormId])).toEqual([[2, "3-201"]]);
        expect(r.records.inspections.map((i) => [i.row, i.level, i.score, i.basis])).toEqual([
          [3, "fail", 0, "refused"],
        ]);
        expect(r.checks.inspections).toEqual(["", ""]);
      });

      it("lets a typed result win over the items, saying so in the check column", () => {
        const r = itemised(row("3-202", "合格", "", "S1"));
        expect(r.records.inspections[0]?.level).toBe("pass");
        expect(r.checks.inspections).toEqual(["扣分项计算为 0 分（不合格），与所填的结果不一致：以所填为准"]);
      });

      it("does not use a row whose level rests on an unknown code, and says which", () => {
        const r = itemised(row("3-202", "", "", "F1, Z9"));
        expect(r.records.inspections).toEqual([]);
        expect(r.checks.inspections).toEqual(["无法识别的扣分项：Z9（“检查细则”表中没有这个代码）"]);
      });

      it("reads a workbook without a scoresheet or deductions as before, with no new fields", () => {
        const r = inspections(["2025-09-15", "3-201", "", "", 85]);
        expect(r.scoresheet).toEqual([]);
        expect(r.records.nobodyIn).toBeUndefined();
        expect(r.records.inspections[0]).not.toHaveProperty("basis");
        expect(r.records.inspections[0]).not.toHaveProperty("deductions");
        expect(r.checks).not.toHaveProperty("scoresheet");
      });
    });

    describe("the history tabs and columns", () => {
      const INSPECTION_HEADER = ["日期", "宿舍号", "结果", "级别", "申诉结果", "申诉理由"];
      const withAppeals = (...rows: Row[]) =>
        read([
          ...workbook({ dorms: DORMS, members: MEMBERS, inspections: null }),
          grid("检查记录", INSPECTION_HEADER, ...rows),
        ]);

      it("reads an appeal with its reason and the inspection's level", () => {
        const r = withAppeals(
          ["2025-10-13", "3-201", "不合格", "院级", "撤销", "复查确认记录有误"],
          ["2025-10-20", "3-201", "不合格", "", "维持", ""],
        );
        expect(r.records.inspections.map((i) => [i.appeal, i.tier])).toEqual([
          [{ outcome: "revoked", reason: "复查确认记录有误" }, "院级"],
          [{ outcome: "upheld", reason: "" }, undefined],
        ]);
        expect(r.checks.inspections).toEqual(["", ""]);
      });

      it("asks for the reason of a revocation and reports an appeal it cannot read, still using the row", () => {
        const r = withAppeals(
          ["2025-10-13", "3-201", "不合格", "", "撤销", ""],
          ["2025-10-20", "3-201", "不合格", "", "待定", ""],
        );
        expect(r.records.inspections.map((i) => i.appeal?.outcome)).toEqual(["revoked", undefined]);
        expect(r.checks.inspections).toEqual([
          "已撤销：请在“申诉理由”中写明理由",
          "无法识别的申诉结果：待定（应为 维持/撤销），本行按未申诉计",
        ]);
      });

      it("reads moves, refusing unknown students and dorms and a move to the same dorm", () => {
        const r = read(
          workbook({
            dorms: DORMS,
            members: MEMBERS,
            moves: [
              ["2025-11-01", "2022010001", "3-202", "3-201"],
              ["2025-11-02", "2099", "3-202", "3-201"],
              ["2025-11-03", "2022010002", "9-999", "3-202"],
              ["2025-11-04", "2022010002", "3-202", "3-202"],
            ],
          }),
        );
        expect(r.records.moves).toEqual([
          { row: 2, day: day("2025-11-01"), studentId: "2022010001", fromDormId: "3-202", toDormId: "3-201" },
        ]);
        expect(r.checks.moves).toEqual([
          "",
          "学号 2099 不在“党员”表中",
          "宿舍 9-999 不在“宿舍”表中",
          "原宿舍和新宿舍相同",
        ]);
      });

      it("uses a move that contradicts the Members tab and says so on its row", () => {
        const r = read(
          workbook({
            dorms: DORMS,
            members: MEMBERS,
            moves: [["2025-11-01", "2022010001", "3-201", "3-202"]],
          }),
        );
        expect(r.records.moves).toHaveLength(1);
        expect(r.checks.moves).toEqual([
          "变动后的宿舍 3-202 与“党员”表中的宿舍 3-201 不一致：此后按“党员”表计",
        ]);
      });

      it("reads assignments, a blank from date meaning from the start", () => {
        const r = read(
          workbook({
            dorms: DORMS,
            members: MEMBERS,
            assignments: [
              ["2022010001", "3-202", ""],
              ["2022010001", "3-201", "2025-10-01"],
              ["2022010001", "3-201", "下周"],
            ],
          }),
        );
        expect(r.records.assignments).toEqual([
          { row: 2, day: undefined, studentId: "2022010001", dormId: "3-202" },
          { row: 3, day: day("2025-10-01"), studentId: "2022010001", dormId: "3-201" },
        ]);
        expect(r.checks.assignments).toEqual(["", "", "无法识别的日期：下周"]);
      });

      it("reads who went on a visit and reports a student ID it does not know", () => {
        const r = read([
          ...workbook({ dorms: DORMS, members: MEMBERS, visits: null }),
          grid(
            "联系宿舍",
            ["日期", "宿舍号", "带队教师", "走访党员"],
            ["2025-10-10", "3-201", "王老师", "2022010001、 2099"],
          ),
        ]);
        expect(r.records.visits[0]?.visitors).toEqual(["2022010001"]);
        expect(r.checks.visits).toEqual(["走访党员中的学号 2099 不在“党员”表中"]);
      });

      it("reads a workbook without the optional history tabs as having no moves or assignments", () => {
        const r = read(workbook({ dorms: DORMS, members: MEMBERS }));
        expect(r.records.moves).toEqual([]);
        expect(r.records.assignments).toEqual([]);
      });
    });

    describe("dates in the spreadsheet's time zone", () => {
      it("reads a Sheets date cell at midnight in Asia/Shanghai as that day", () => {
        const grids = workbook({
          dorms: DORMS,
          inspections: [[new Date("2025-09-14T16:00:00Z"), "3-201", "", "合格"]],
        });
        const r = readWorkbook(grids, { timeZone: "Asia/Shanghai", today: TODAY });
        expect(r.records.inspections[0]?.day).toBe(day("2025-09-15"));
      });
    });
  });
});

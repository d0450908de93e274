import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/engine/settings.ts";
import { layoutOf } from "../../src/workbook/layout.ts";
import { readSettings } from "../../src/workbook/read-settings.ts";
import { tabSpec } from "../../src/workbook/schema.ts";
import { grid, type Row } from "../support/records.ts";

const zh = (...rows: Row[]) =>
  readSettings(layoutOf(grid("设置", ["项目", "值"], ...rows), tabSpec("settings")));
const en = (...rows: Row[]) =>
  readSettings(layoutOf(grid("Settings", ["Key", "Value"], ...rows), tabSpec("settings")));

describe("read-settings", () => {
  describe("readSettings", () => {
    it("gives the defaults without a Settings tab", () => {
      expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, checks: [] });
    });

    it("refuses two semesters starting in the same month, keeping the default months", () => {
      const { settings, checks } = en(
        ["Semester 1 start month", 9],
        ["Semester 2 start month", 9],
        ["Pass score", "1e2"],
      );
      expect([settings.semester1StartMonth, settings.semester2StartMonth]).toEqual([8, 2]);
      expect(checks[0]).toContain("同一个月");
      expect(checks[1]).toContain("同一个月");
      expect(settings.passScore).toBe(60);
      expect(checks[2]).toContain("1e2");
    });

    it("reports a pass score above the excellent score on both rows, and uses the default marks", () => {
      const { settings, checks } = zh(["合格分数线", 95], ["优秀分数线", 90], ["连续不合格上限", 3]);
      expect([settings.passScore, settings.excellentScore]).toEqual([60, 90]);
      expect(settings.consecutiveFailLimit).toBe(3);
      const message = "合格分数线 95 高于优秀分数线 90，二者矛盾：已使用默认值 60 和 90";
      expect(checks).toEqual([message, message, ""]);
    });

    it("accepts equal pass and excellent scores", () => {
      const { settings, checks } = zh(["合格分数线", 80], ["优秀分数线", 80]);
      expect([settings.passScore, settings.excellentScore]).toEqual([80, 80]);
      expect(checks).toEqual(["", ""]);
    });

    it("reads every key by its zh name", () => {
      const { settings, checks } = zh(
        ["院系名称", "电子工程系"],
        ["发文单位", "中共电子工程系委员会"],
        ["文号", "电子党〔2026〕3号"],
        ["当前学期", "2025-2026学年第二学期"],
        ["第一学期开始月份", 9],
        ["第二学期开始月份", "3"],
        ["连续不合格上限", 3],
        ["学期不合格上限", 5],
        ["整改期限（天）", 10],
        ["优秀最少检查次数", 4],
        ["优秀比例", "60%"],
        ["优秀分数线", 95],
        ["合格分数线", 70],
        ["每学期联系次数", 3],
        ["谈话跟进天数", 5],
        ["排名名单个数", 10],
        ["评比依据", "优秀次数"],
        ["流动红旗名额", 3],
        ["流动红旗评比对象", "楼栋"],
        ["评分档次", "红旗 85；蓝旗 75；绿旗 65；黑旗 0"],
        ["语言", "英文"],
        ["检查表单链接", "https://forms.example.com/check?dorm={dorm}"],
        ["承诺语", "我是共产党员，请大家监督我！"],
        ["导入列对应", "门牌=宿舍号；签到人=检查人"],
        ["清除不合格所需优秀次数", 3],
        ["不予清除的级别", "校级、市级"],
        ["每人每月联系次数", 2],
        ["积分：本人宿舍不合格", -5],
        ["积分：联系宿舍不合格", "-5"],
        ["积分：本人宿舍优秀", ""],
        ["积分：宿舍等级优秀", 20],
        ["积分：宿舍等级合格", 10],
        ["积分：宿舍等级不合格", 0],
      );
      expect(settings).toEqual({
        department: "电子工程系",
        issuer: "中共电子工程系委员会",
        documentNumber: "电子党〔2026〕3号",
        currentSemester: "2025-2026-2",
        semester1StartMonth: 9,
        semester2StartMonth: 3,
        consecutiveFailLimit: 3,
        semesterFailLimit: 5,
        correctionDays: 10,
        excellentMinInspections: 4,
        excellentShare: 0.6,
        excellentScore: 95,
        passScore: 70,
        visitsPerSemester: 3,
        talkFollowUpDays: 5,
        rankingSize: 10,
        rankBy: "excellents",
        bannerQuota: { kind: "count", value: 3 },
        bannerFor: "buildings",
        bands: [
          { name: "红旗", min: 85 },
          { name: "蓝旗", min: 75 },
          { name: "绿旗", min: 65 },
          { name: "黑旗", min: 0 },
        ],
        language: "en",
        formUrl: "https://forms.example.com/check?dorm={dorm}",
        // Printed as typed: full-width punctuation is kept.
        pledge: "我是共产党员，请大家监督我！",
        importColumns: "门牌=宿舍号；签到人=检查人",
        clearAfterExcellents: 3,
        unclearableTiers: "校级、市级",
        memberVisitsPerMonth: 2,
        pointsOwnFail: -5,
        pointsContactFail: -5,
        pointsOwnExcellent: undefined,
        pointsGradeExcellent: 20,
        pointsGradePass: 10,
        pointsGradeFail: 0,
      });
      expect(checks.every((c) => c === "")).toBe(true);
    });

    it("takes 0 to switch fail clearing off, and reports a points value past ±1000 or not a number", () => {
      const { settings, checks } = zh(
        ["清除不合格所需优秀次数", 0],
        ["积分：本人宿舍不合格", -5000],
        ["积分：宿舍等级优秀", "二十"],
      );
      expect(settings.clearAfterExcellents).toBe(0);
      expect(settings.pointsOwnFail).toBeUndefined();
      expect(settings.pointsGradeExcellent).toBeUndefined();
      expect(checks).toEqual([
        "",
        "无法识别的设置值：-5000，已使用默认值 —",
        "无法识别的设置值：二十，已使用默认值 —",
      ]);
    });

    it("reads keys by their en names, in any case, and the semester id form", () => {
      const { settings } = en(
        ["  consecutive FAIL limit ", 1],
        ["Current semester", "2024-2025-1"],
        ["Correction days", 0],
        ["Language", "English"],
      );
      expect([
        settings.consecutiveFailLimit,
        settings.currentSemester,
        settings.correctionDays,
        settings.language,
      ]).toEqual([1, "2024-2025-1", 0, "en"]);
    });

    it("matches a key written with or without its bracketed note", () => {
      expect(zh(["整改期限", 21]).settings.correctionDays).toBe(21);
    });

    it.each([
      ["60%", 0.6],
      ["６０％", 0.6],
      [0.6, 0.6],
      ["0.75", 0.75],
      [60, 0.6],
      ["100%", 1],
    ] as const)("reads the excellent share %j as %d", (cell, share) => {
      expect(zh(["优秀比例", cell]).settings.excellentShare).toBe(share);
    });

    it("keeps the default for a blank value, without a message", () => {
      const { settings, checks } = zh(["连续不合格上限", ""], ["当前学期", "  "]);
      expect([settings.consecutiveFailLimit, settings.currentSemester]).toEqual([2, undefined]);
      expect(checks).toEqual(["", ""]);
    });

    it.each([
      ["连续不合格上限", "两次", "两次", "2"],
      ["连续不合格上限", 0, "0", "2"],
      ["学期不合格上限", 2.5, "2.5", "4"],
      ["第一学期开始月份", 13, "13", "8"],
      ["优秀比例", "150%", "150%", "50%"],
      ["优秀比例", 0, "0", "50%"],
      ["优秀分数线", 120, "120", "90"],
      ["整改期限（天）", -1, "-1", "14"],
      ["当前学期", "下学期", "下学期", "—"],
      ["语言", "法语", "法语", "zh"],
      ["检查表单链接", "问卷星上的表单", "问卷星上的表单", "—"],
      ["检查表单链接", "ftp://forms.example.com/{dorm}", "ftp://forms.example.com/{dorm}", "—"],
      [
        "检查表单链接",
        `https://forms.example.com/${"x".repeat(1000)}`,
        `https://forms.example.com/${"x".repeat(1000)}`,
        "—",
      ],
      ["排名名单个数", 0, "0", "5"],
      ["评比依据", "抽签", "抽签", "平均分"],
      ["流动红旗名额", "0%", "0%", "5%"],
      ["流动红旗名额", 2.5, "2.5", "5%"],
      ["流动红旗评比对象", "班级", "班级", "宿舍"],
      ["评分档次", "红旗", "红旗", "—"],
      ["评分档次", "红旗 85；蓝旗 185", "红旗 85；蓝旗 185", "—"],
    ] as const)("reports %s = %j and keeps the default", (key, cell, shown, shownDefault) => {
      const { settings, checks } = zh(["院系名称", "电子系"], [key, cell]);
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, department: "电子系" });
      expect(checks).toEqual(["", `无法识别的设置值：${shown}，已使用默认值 ${shownDefault}`]);
    });

    it("reports a key it does not know and leaves the rest alone", () => {
      const { settings, checks } = zh(["学期不合格上限", 3], ["宿舍长", "张三"], ["", "stray value"]);
      expect(settings.semesterFailLimit).toBe(3);
      expect(checks).toEqual(["", "未知的设置项", ""]);
    });

    it("writes its messages in the language the tab sets", () => {
      const { checks } = zh(["语言", "en"], ["连续不合格上限", "x"], ["Colour", "blue"]);
      expect(checks).toEqual(["", "unreadable value: x; using the default 2", "unknown setting"]);
    });

    it("writes its messages in the language it is told when given one", () => {
      const layout = layoutOf(grid("Settings", ["Key", "Value"], ["Colour", "blue"]), tabSpec("settings"));
      expect(readSettings(layout, "zh").checks).toEqual(["未知的设置项"]);
    });

    it.each([
      ["mean score", "score"],
      ["Excellents", "excellents"],
    ] as const)("reads the ranking basis %j in English", (cell, value) => {
      expect(en(["Rank by", cell]).settings.rankBy).toBe(value);
    });

    it.each([
      ["10%", { kind: "share", value: 0.1 }],
      ["１２．５％", { kind: "share", value: 0.125 }],
      [0.05, { kind: "share", value: 0.05 }],
      [3, { kind: "count", value: 3 }],
      ["3", { kind: "count", value: 3 }],
    ] as const)("reads the banner quota %j", (cell, quota) => {
      expect(zh(["流动红旗名额", cell]).settings.bannerQuota).toEqual(quota);
    });

    it("reads score bands in any order, with ≥ or a colon, from the highest down", () => {
      expect(zh(["评分档次", "三星:70分\n五星≥95；四星 80"]).settings.bands).toEqual([
        { name: "五星", min: 95 },
        { name: "四星", min: 80 },
        { name: "三星", min: 70 },
      ]);
    });

    it("lets the later row win when a key is repeated", () => {
      expect(zh(["连续不合格上限", 3], ["连续不合格上限", 4]).settings.consecutiveFailLimit).toBe(4);
    });
  });
});

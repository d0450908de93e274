import { describe, expect, it } from "vitest";
import { settingWrite } from "../../src/intake/remember.ts";
import { layoutOf } from "../../src/workbook/layout.ts";
import { tabSpec } from "../../src/workbook/schema.ts";

const settings = (values: unknown[][]) => layoutOf({ name: "设置", values }, tabSpec("settings"));

describe("settingWrite", () => {
  it("writes the value beside a key already listed, in either language", () => {
    const layout = settings([
      ["值", "项目"],
      ["x", "语言"],
      ["", "Import columns"],
    ]);
    expect(settingWrite(layout, "set.importColumns", "门牌=宿舍号", "zh")).toEqual({
      cells: [{ row: 3, column: 1, value: "门牌=宿舍号" }],
    });
  });

  it("adds the key on a new row under the last one", () => {
    const layout = settings([
      ["项目", "值"],
      ["语言", "zh"],
    ]);
    expect(settingWrite(layout, "set.importColumns", "门牌=宿舍号", "zh")).toEqual({
      cells: [
        { row: 3, column: 1, value: "导入列对应" },
        { row: 3, column: 2, value: "门牌=宿舍号" },
      ],
    });
  });

  it("creates the Settings tab when there is none", () => {
    expect(settingWrite(undefined, "set.importColumns", "门牌=Dorm", "en")).toEqual({
      create: {
        name: "Settings",
        values: [
          ["Key", "Value"],
          ["Import columns", "门牌=Dorm"],
        ],
      },
    });
  });
});

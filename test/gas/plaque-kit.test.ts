import { describe, expect, it } from "vitest";
import type { KitReply } from "../../src/gas/plaque-kit.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";
import { loadAddOn, sheetsOf } from "../support/gas-vm.ts";

describe("the plaque kit in Sheets (dist/Code.js)", () => {
  it("opens a dialog with the kit's pages, in the workbook's language, and writes nothing", () => {
    const addOn = loadAddOn({ sheets: sheetsOf(sampleWorkbook("zh")) });
    addOn.call("menuPlaqueKit");
    const dialog = addOn.fake.dialogs.at(-1);
    expect(dialog?.title).toBe("打印挂牌材料");
    expect(dialog?.html).toContain("关于2025-2026学年第一学期学生党员寝室挂牌的决定");
    expect(dialog?.html.match(/class="half card"/g)?.length).toBeGreaterThan(0);
    expect(dialog?.html).toContain('<svg class="qr"');
    expect(dialog?.html).toContain('id="kit-choices"');
    expect(addOn.fake.calls.writes).toBe(0);
  });

  it("gives every member dorm's cards when asked, as plain data", () => {
    const addOn = loadAddOn({ sheets: sheetsOf(sampleWorkbook("en")) });
    const some = addOn.call<KitReply>("plaqueKitPages", { all: false });
    const all = addOn.call<KitReply>("plaqueKitPages", { all: true });
    expect(all.body.match(/class="half card"/g)).toHaveLength(59);
    expect(some.body.match(/class="half card"/g)?.length).toBeLessThan(60);
    expect(all.summary).toContain("59 door cards");
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });

  it("alerts the missing tabs instead of opening the dialog", () => {
    const addOn = loadAddOn({ sheets: { 宿舍: [["宿舍号"]] } });
    addOn.call("menuPlaqueKit");
    expect(addOn.fake.alerts.at(-1)).toContain("党员");
    expect(addOn.fake.dialogs).toEqual([]);
  });
});

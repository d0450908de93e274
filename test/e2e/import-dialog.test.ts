/**
 * The built import dialog (dist/Import.html, as menuImport shows it) in headless Chromium, talking
 * through the google.script.run shim to the built add-on (dist/Code.js) over the fake services.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installScriptRun, launchChromium, PAGE_URL, screenshot, serveHtml } from "../support/browser.ts";
import { type LoadedAddOn, loadAddOn } from "../support/gas-vm.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function shanghai(y: number, m: number, d: number, h = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, h) - 8 * 3600_000);
}

function department(withResponses: boolean): Record<string, unknown[][]> {
  const sheets: Record<string, unknown[][]> = {
    宿舍: [
      ["宿舍号", "楼栋", "年级", "挂牌"],
      ["1-101", "1号楼", "大一", "是"],
      ["1-102", "1号楼", "大一", "是"],
    ],
    党员: [
      ["学号", "姓名", "政治面貌", "宿舍号"],
      ["2022010001", "张三", "正式党员", "1-101"],
    ],
    检查记录: [
      ["日期", "宿舍号", "类别", "结果", "分数", "检查人", "备注"],
      [shanghai(2025, 9, 8), "1-101", "卫生", "合格", "", "刘", ""],
    ],
    设置: [
      ["项目", "值"],
      ["当前学期", "2025-2026-1"],
    ],
  };
  if (withResponses)
    sheets["表单回复 1"] = [
      ["时间戳记", "宿舍号", "检查类别", "检查结果", "检查人"],
      [shanghai(2025, 9, 8, 9), "1-101", "卫生", "合格", "刘"],
      [shanghai(2025, 9, 9, 9), "1-102", "卫生", "不合格", "刘"],
      [shanghai(2025, 9, 9, 9), "9-999", "卫生", "合格", "刘"],
    ];
  return sheets;
}

async function open(withResponses: boolean) {
  const addOn: LoadedAddOn = loadAddOn({ sheets: department(withResponses) });
  addOn.call("menuImport");
  const html = addOn.fake.dialogs.at(-1)?.html ?? "";
  const page = await browser.newPage({ viewport: { width: 760, height: 560 } });
  const requests: { name: string; args: unknown[] }[] = [];
  const refused = await serveHtml(page, html);
  await installScriptRun(page, (name, args) => {
    requests.push({ name, args });
    return addOn.call(name, ...args);
  });
  await page.goto(PAGE_URL);
  await page.locator("#preview").waitFor();
  return { page, addOn, requests, refused };
}

describe("the import dialog in Chromium", () => {
  it("previews a form's responses tab row by row, imports the new rows, and then finds them duplicates", async () => {
    const { page, addOn, requests, refused } = await open(true);
    // The responses tab is chosen and previewed on opening.
    await page.locator("tr.new").first().waitFor();
    expect(
      await page.locator("tbody tr[data-row]").evaluateAll((rows) => rows.map((r) => r.className)),
    ).toEqual(["duplicate", "new", "unreadable"]);
    expect(await page.locator("tr.unreadable td.reason").textContent()).toBe("宿舍 9-999 不在“宿舍”表中");
    expect(await page.locator("#import").textContent()).toBe("导入 1 行新记录");
    await screenshot(page, "import-dialog-preview");
    await page.click("#import");
    await expect
      .poll(() => page.locator(".message.ok").textContent())
      .toContain("已追加 1 行到“检查记录”表（从第 3 行起）");
    await expect.poll(() => page.locator("tbody tr.new").count()).toBe(0);
    expect(await page.getAttribute("#import", "aria-disabled")).toBe("true");
    expect(addOn.fake.sheet("检查记录")[2]?.slice(1, 6)).toEqual(["1-102", "卫生", "不合格", "", "刘"]);
    expect(requests.map((r) => r.name)).toEqual(["previewImport", "applyImport", "previewImport"]);
    expect(refused).toEqual([]);
    await screenshot(page, "import-dialog-done");
    await page.close();
  });

  it("takes a pasted table, lets an unknown column be placed by hand, and the Settings tab remembers it", async () => {
    const { page, addOn, requests } = await open(false);
    expect(await page.isChecked('input[name="source"][value="paste"]')).toBe(true);
    await page.fill("#paste", "日期\t门牌\t结果\n2025-09-15\t1-102\t合格\n");
    await page.click("#preview");
    await expect.poll(() => page.locator(".message.error").textContent()).toContain("找不到宿舍号列");
    await page.selectOption('select[data-header="门牌"]', "dorm");
    await expect.poll(() => page.locator("#import").textContent()).toBe("导入 1 行新记录");
    await page.click("#import");
    await expect.poll(() => page.locator(".message.ok").textContent()).toContain("“设置”表已记住列对应");
    expect(addOn.fake.sheet("设置").find((row) => row[0] === "导入列对应")?.[1]).toBe("门牌=宿舍号");
    expect(requests[2]).toEqual({
      name: "applyImport",
      args: [
        {
          source: { kind: "paste", text: "日期\t门牌\t结果\n2025-09-15\t1-102\t合格\n" },
          choices: [{ header: "门牌", target: "dorm" }],
        },
      ],
    });
    await page.close();
  });
});

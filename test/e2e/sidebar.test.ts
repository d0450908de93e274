/**
 * The built sidebar (dist/Sidebar.html) in headless Chromium, talking through a google.script.run
 * shim to the built add-on (dist/Code.js) running over the in-memory fake services. Run
 * `npm run build` first. Screenshots go to out/screenshots/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dashboard } from "../../src/engine/dashboard.ts";
import type { SidebarData } from "../../src/gas/sidebar.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";
import { installScriptRun, launchChromium, PAGE_URL, screenshot, serveHtml } from "../support/browser.ts";
import { type LoadedAddOn, loadAddOn, sheetsOf } from "../support/gas-vm.ts";

const SIDEBAR = readFileSync(join(import.meta.dirname, "../../dist/Sidebar.html"), "utf8");

const XSS = "<img src=x onerror=alert(1)>";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  readonly page: Page;
  readonly addOn: LoadedAddOn;
  /** Dialogs (alert, confirm…) the page opened: there must be none. */
  readonly dialogs: string[];
  /** Requests the page tried beyond its own document: there must be none. */
  readonly refused: string[];
  readonly calls: string[];
}

/** Opens the sidebar over a workbook, graded once as the add-on would have done. */
async function open(sheets: Record<string, unknown[][]>): Promise<Opened> {
  const addOn = loadAddOn({ sheets });
  addOn.call("menuRecalculate");
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const dialogs: string[] = [];
  const calls: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const refused = await serveHtml(page, SIDEBAR);
  await installScriptRun(page, (name, args) => {
    calls.push(name);
    return addOn.call(name, ...args);
  });
  await page.goto(PAGE_URL);
  // Loaded: the first answer is in, as a dashboard or as the reasons there is none.
  await page.waitForFunction(
    () =>
      document.getElementById("app")?.getAttribute("aria-busy") === "false" &&
      document.querySelector("#overview dl, #message.error") !== null,
  );
  return { page, addOn, dialogs, refused, calls };
}

function sample(): Record<string, unknown[][]> {
  return sheetsOf(sampleWorkbook("zh"));
}

function dashboardOf(addOn: LoadedAddOn): Dashboard {
  const data = addOn.call<SidebarData>("getDashboard");
  if ("problems" in data) throw new Error(data.problems.join("\n"));
  return data;
}

function column(values: unknown[][], header: string): unknown[] {
  const c = (values[0] ?? []).indexOf(header);
  expect(c, header).toBeGreaterThanOrEqual(0);
  return values.slice(1).map((row) => row[c]);
}

function plusDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Text the page shows in its own words: every text node and label-like attribute, minus user data. */
function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        for (const name of ["aria-label", "placeholder", "title", "alt"]) {
          const value = node.getAttribute(name);
          if (value) texts.push(value);
        }
        continue;
      }
      const parent = node.parentElement;
      if (parent?.closest("[data-user], datalist, script, style")) continue;
      texts.push(node.textContent ?? "");
    }
    return texts.join("\n");
  });
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe("the sidebar in Chromium", () => {
  it("turns a dorm's warning into a revocation when its second fail in a row is entered", async () => {
    const { page, addOn, dialogs, refused } = await open(sample());
    const before = dashboardOf(addOn);
    const warned = before.warnings.find((w) => w.kind === "streak");
    if (!warned) throw new Error("the sample has no dorm one fail short of a revocation");
    const lastFail = warned.evidence.at(-1)?.date ?? "";
    const date = plusDay(lastFail);
    expect(date <= before.today).toBe(true);
    const residents = before.members.filter((m) => m.dormId === warned.dormId);
    expect(residents.flatMap((m) => m.consequences).filter((c) => c.kind === "revoked")).toEqual([]);

    const warning = page.locator(`details[data-key="warning:${warned.dormId}:streak"]`);
    await expect.poll(() => warning.count()).toBe(1);
    await warning.locator("summary").click();
    await expect.poll(() => warning.textContent()).toContain(`${lastFail} `);
    await screenshot(page, "sidebar-zh-dashboard");

    await page.fill("#inspection-dorm", warned.dormLabel);
    await page.fill("#inspection-date", date);
    await page.selectOption("#inspection-category", "hygiene");
    await page.selectOption("#inspection-result", "fail");
    await page.fill("#inspection-inspector", "学生会");
    await page.click("#inspection-submit");
    await expect.poll(() => page.locator("#message").textContent()).toContain("已添加到“检查记录”表第");

    // In the sidebar: no streak warning for the dorm any more, its members lost award eligibility.
    expect(await warning.count()).toBe(0);
    const after = dashboardOf(addOn);
    const revoked = after.members.filter(
      (m) => m.dormId === warned.dormId && m.consequences.some((c) => c.kind === "revoked"),
    );
    expect(revoked.length).toBeGreaterThan(0);
    for (const m of revoked) {
      const item = page.locator(`details[data-key="member:${m.studentId}"]`);
      await expect.poll(() => item.locator("summary").textContent()).toContain("取消评奖评优资格");
      await item.locator("summary").click();
      const why = (await item.textContent()) ?? "";
      expect(why).toContain("依据：连续 2 次检查不合格");
      expect(why).toContain(`${date} 卫生不合格（检查记录第`);
    }
    await page.locator(`details[data-key="member:${revoked[0]?.studentId}"]`).scrollIntoViewIfNeeded();
    await screenshot(page, "sidebar-zh-after-entry");

    // In the sheet: the output columns say so too.
    const members = addOn.fake.sheet("党员");
    // Sheets holds a student ID typed without an apostrophe as a number.
    const ids = column(members, "学号").map(String);
    const eligibility = column(members, "评奖评优资格");
    for (const m of revoked) expect(eligibility[ids.indexOf(m.studentId)]).toBe("取消");
    const dorms = addOn.fake.sheet("宿舍");
    const row = column(dorms, "宿舍号").indexOf(warned.dormLabel);
    expect(String(column(dorms, "预警")[row])).not.toContain("连续");
    expect(column(dorms, "学期等级")[row]).toBe("不合格");
    expect(dialogs).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });

  it("shows why a member lost award eligibility, item by item: the veto found at the second fail", async () => {
    const { page, addOn, dialogs, refused } = await open(sample());
    const revoked = dashboardOf(addOn).members.find((m) => m.consequences.some((c) => c.kind === "revoked"));
    if (!revoked) throw new Error("the sample has no revoked member");
    const item = page.locator(`details[data-key="member:${revoked.studentId}"]`);
    await item.locator("summary").click();
    const evidence = item.locator(".evidence li");
    await expect.poll(() => evidence.count()).toBe(2);
    // The second fail in a row: an immersion heater, a veto, 0 points.
    expect(await evidence.nth(1).locator(".items").textContent()).toBe(
      "0分：−100 违章电器：热得快（一票否决）",
    );
    expect(await evidence.nth(0).locator(".items").textContent()).toMatch(/^\d+分：−\d+ /);
    await item.scrollIntoViewIfNeeded();
    await item.screenshot({ path: await screenshot(page, "sidebar-evidence-items") });
    expect(dialogs).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });

  it("shows the rankings of the semester and of a month picked, with its rotating banner", async () => {
    const { page, addOn, calls } = await open(sample());
    const board = dashboardOf(addOn).rankings;
    const section = page.locator("#rankings");
    expect(await section.locator("h2").textContent()).toBe("排名与流动红旗");
    expect(await section.locator('table[data-group="buildings"] tbody tr').count()).toBe(5);
    const top = board?.periods[0]?.rankings.top[0];
    expect(await section.locator('[data-list="top"] li').first().textContent()).toContain(top?.label ?? "?");
    expect(await section.locator(".banner").count()).toBe(0);
    await page.selectOption("#rankings-period", "2025-11");
    const winners = board?.periods.find((p) => p.rankings.period.id === "2025-11")?.banner?.winners ?? [];
    expect(winners.length).toBeGreaterThan(0);
    expect(await section.locator(".banner").textContent()).toBe(
      `流动红旗：${winners.map((w) => w.label).join("、")}`,
    );
    await section.screenshot({ path: await screenshot(page, "sidebar-rankings") });
    // The poster button opens the export dialog on the poster.
    await page.click("#poster");
    await expect.poll(() => calls.at(-1)).toBe("showExportDialog");
    expect(addOn.fake.dialogs.at(-1)?.html).toContain('"kind":"poster"');
    await page.close();
  });

  it("relabels everything when the language is switched, and the sheet's outputs with it", async () => {
    const { page, addOn, refused } = await open(sample());
    await page.fill("#inspection-notes", "未保存的备注");
    for (const summary of await page.locator("details[data-key] > summary").all()) await summary.click();
    await page.click("#lang-switch");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
    await expect.poll(() => page.locator("#overview h2").textContent()).toBe("This semester");
    const text = await interfaceText(page);
    expect(text.split("\n").filter((line) => CJK.test(line))).toEqual([]);
    expect(text).toContain("Add an inspection");
    expect(await page.title()).toBe("Dorm plaque");
    // What the user typed stays.
    expect(await page.inputValue("#inspection-notes")).toBe("未保存的备注");
    expect(column(addOn.fake.sheet("党员"), "评奖评优资格")).toContain("revoked");
    expect(addOn.fake.menus.at(-1)?.items[1]).toMatchObject({ caption: "Recalculate" });
    await screenshot(page, "sidebar-en");

    await page.click("#lang-switch");
    await expect.poll(() => page.locator("#overview h2").textContent()).toBe("本学期概况");
    expect(column(addOn.fake.sheet("党员"), "评奖评优资格")).toContain("取消");
    expect(refused).toEqual([]);
    await page.close();
  });

  it("shows a dorm and a member named like markup as text, and runs nothing", async () => {
    const { page, dialogs, refused } = await open({
      宿舍: [
        ["宿舍号", "楼栋", "年级", "挂牌"],
        [XSS, XSS, "大一", "是"],
      ],
      党员: [
        ["学号", "姓名", "政治面貌", "宿舍号", "支部", "支部联系人"],
        ["2022010001", XSS, "正式党员", XSS, "", XSS],
      ],
      检查记录: [
        ["日期", "宿舍号", "类别", "结果"],
        ["2025-09-01", XSS, XSS, "不合格"],
        ["2025-09-08", XSS, XSS, "不合格"],
        ["2025-09-15", XSS, XSS, "不合格"],
        ["2025-09-22", XSS, XSS, "不合格"],
      ],
      设置: [
        ["项目", "值"],
        ["当前学期", "2025-2026-1"],
      ],
    });
    const member = page.locator('details[data-key="member:2022010001"]');
    await member.locator("summary").click();
    await expect.poll(() => member.locator("summary [data-user]").first().textContent()).toBe(XSS);
    expect(await member.getByText(XSS).first().isVisible()).toBe(true);
    await page.fill("#inspection-dorm", XSS);
    await page.selectOption("#inspection-result", "pass");
    await page.click("#inspection-submit");
    await expect.poll(() => page.locator("#message").textContent()).toContain("已添加");
    // Rebuilt from the new answer, the "why" the user had open stays open.
    expect(await member.getAttribute("open")).toBe("");
    expect(await member.getByText(XSS).first().isVisible()).toBe(true);
    await screenshot(page, "sidebar-markup-as-text");
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });

  it("refuses bad input in the form with a clear message, keeping what was typed", async () => {
    const { page, addOn, calls } = await open(sample());
    const before = addOn.fake.sheet("检查记录").length;
    await page.fill("#inspection-dorm", "9-999");
    await page.fill("#inspection-date", "2999-01-01");
    await page.fill("#inspection-score", "150");
    await page.fill("#inspection-notes", "看这里");
    await page.click("#inspection-submit");
    await expect
      .poll(() => page.locator("#inspection-dorm-error").textContent())
      .toBe("宿舍 9-999 不在“宿舍”表中");
    expect(await page.locator("#inspection-date-error").textContent()).toBe("日期在今天之后：2999-01-01");
    expect(await page.locator("#inspection-score-error").textContent()).toContain("0–100");
    expect(await page.getAttribute("#inspection-dorm", "aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("inspection-dorm");
    expect(await page.inputValue("#inspection-notes")).toBe("看这里");
    expect(await page.inputValue("#inspection-score")).toBe("150");
    expect(await page.locator("#message").textContent()).toContain("3 处需要修改");
    await screenshot(page, "sidebar-form-refused");

    // Neither a result nor a score: refused too, before anything is sent.
    await page.fill("#inspection-dorm", "3-201");
    await page.fill("#inspection-date", dashboardOf(addOn).today);
    await page.fill("#inspection-score", "");
    await page.click("#inspection-submit");
    await expect
      .poll(() => page.locator("#inspection-result-error").textContent())
      .toBe("缺少结果、分数或扣分项");
    expect(calls.filter((c) => c === "addInspection")).toEqual([]);
    expect(addOn.fake.sheet("检查记录")).toHaveLength(before);
    await page.close();
  });

  it("shows a server error as a message and gives the buttons back", async () => {
    const { page, addOn } = await open(sample());
    addOn.fake.locks.document.busy = true;
    await page.fill("#inspection-dorm", "3-201");
    await page.fill("#inspection-score", "75");
    await page.click("#inspection-submit");
    await expect.poll(() => page.locator("#message.error").textContent()).toContain("另一项计算正在进行");
    expect(await page.getAttribute("#inspection-submit", "aria-disabled")).toBe("false");
    // Repeated under the button, where the eyes are after a submit.
    expect(await page.locator("#inspection-status").textContent()).toContain("另一项计算正在进行");
    expect(await page.inputValue("#inspection-dorm")).toBe("3-201");
    await screenshot(page, "sidebar-server-error");

    // Export opens the export dialog, the menu's own (its choices and downloads: report-dialog.test.ts).
    addOn.fake.locks.document.busy = false;
    await page.click("#export");
    await expect.poll(() => addOn.fake.dialogs.at(-1)?.title).toBe("导出报告和通报");
    await expect.poll(() => page.getAttribute("#export", "aria-disabled")).toBe("false");

    // Import opens the import dialog, the menu's own (its preview and import: import-dialog.test.ts).
    await page.click("#import");
    await expect.poll(() => addOn.fake.dialogs.at(-1)?.title).toBe("导入检查记录");
    await expect.poll(() => page.getAttribute("#import", "aria-disabled")).toBe("false");

    // A report of a workbook that lost a tab: the server's reason, in words.
    const ss = (
      addOn.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
    ).SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName("党员") as GoogleAppsScript.Spreadsheet.Sheet);
    await page.click("#export");
    await expect.poll(() => page.locator("#message").textContent()).toContain("找不到“党员”表");
    expect(await page.getAttribute("#message", "class")).toContain("error");
    expect(await page.getAttribute("#export", "aria-disabled")).toBe("false");
    await page.close();
  });

  it("says what is missing when the workbook cannot be graded, and sets the tabs up", async () => {
    const sheets = sample();
    delete sheets.党员;
    const { page, addOn } = await open(sheets);
    expect(await page.locator("#message.error").textContent()).toContain("党员");
    expect(await page.locator("#inspection-section").isHidden()).toBe(true);
    await screenshot(page, "sidebar-missing-tab");
    await page.click("#setup");
    await expect.poll(() => page.locator("#message").textContent()).toContain("已创建：党员");
    expect(addOn.fake.sheetNames()).toContain("党员");
    expect(await page.locator("#inspection-section").isVisible()).toBe(true);
    await page.close();
  });

  it("adds a contact visit, asking for the teacher first", async () => {
    const { page, addOn } = await open(sample());
    const before = addOn.fake.sheet("联系宿舍").length;
    await page.click("#visit-section summary");
    await page.fill("#visit-dorm", "3-201");
    await page.fill("#visit-findings", "阳台堆放杂物");
    await page.press("#visit-findings", "Enter");
    await expect.poll(() => page.locator("#visit-teacher-error").textContent()).toBe("缺少必填项：带队教师");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("visit-teacher");
    await page.fill("#visit-teacher", "王老师");
    await page.press("#visit-teacher", "Enter");
    await expect.poll(() => page.locator("#visit-status").textContent()).toContain("已添加到“联系宿舍”表第");
    const rows = addOn.fake.sheet("联系宿舍");
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)?.slice(1, 5)).toEqual(["3-201", "王老师", "", "阳台堆放杂物"]);
    // The teacher is kept for the next visit, the dorm and findings are cleared.
    expect(await page.inputValue("#visit-teacher")).toBe("王老师");
    expect(await page.inputValue("#visit-dorm")).toBe("");
    await screenshot(page, "sidebar-visit-added");
    await page.close();
  });

  it("shows that the outputs may be out of date and recalculates on request", async () => {
    const sheets = sample();
    const addOn = loadAddOn({ sheets });
    addOn.call("menuRecalculate");
    addOn.fake.properties.document.set("dormPlaque.stale", "1");
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await serveHtml(page, SIDEBAR);
    await installScriptRun(page, (name, args) => addOn.call(name, ...args));
    await page.goto(PAGE_URL);
    const notice = page.locator("#stale");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("结果可能已过期");
    await screenshot(page, "sidebar-stale");
    await page.click("#stale-recalculate");
    await notice.waitFor({ state: "hidden" });
    expect(await page.locator("#message").textContent()).toBe("已重新计算。");
    expect(addOn.fake.properties.document.has("dormPlaque.stale")).toBe(false);
    await page.close();
  });

  it("is usable by keyboard: Tab reaches the form's fields in order and Enter submits", async () => {
    const { page, addOn } = await open(sample());
    const before = addOn.fake.sheet("检查记录").length;
    const order: string[] = [];
    for (let i = 0; i < 40 && order.at(-1) !== "inspection-score"; i++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => document.activeElement?.id ?? "");
      if (id && order.at(-1) !== id) order.push(id);
      if (id === "inspection-dorm") await page.keyboard.type("3-201");
    }
    expect(order.slice(0, 6)).toEqual(["lang-switch", "recalculate", "export", "poster", "import", "setup"]);
    expect(order.filter((id) => id.startsWith("inspection-"))).toEqual([
      "inspection-dorm",
      "inspection-date",
      "inspection-category",
      "inspection-result",
      "inspection-score",
    ]);
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { border: style.borderTopColor, shadow: style.boxShadow };
    });
    expect(outline.border).toBe("rgb(77, 144, 254)");
    await page.keyboard.type("58");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#message").textContent()).toContain("已添加");
    // Today lies outside the semester the Settings tab pins, and the sidebar says so.
    expect(await page.locator("#message").textContent()).toContain("不在2025-2026学年第一学期内");
    const rows = addOn.fake.sheet("检查记录");
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)?.slice(1, 5)).toEqual(["3-201", "", "", 58]);
    // Ready for the next one.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("inspection-dorm");
    await screenshot(page, "sidebar-keyboard");
    await page.close();
  });

  it("archives the semester after a confirmation, then un-archives it with a reason, and shows its history", async () => {
    const { page, addOn, dialogs } = await open(sample());
    // The sample's appeal and cleared fails, and the seniors below their contact requirement.
    await expect.poll(() => page.locator("#appeals-title").textContent()).toBe("申诉撤销与清除");
    expect(await page.locator("section[aria-labelledby=appeals-title] li").count()).toBe(1);
    expect(await page.locator("section[aria-labelledby=appeals-title]").textContent()).toContain("记录撤销");
    const gaps = dashboardOf(addOn).contactGaps;
    expect(gaps.length).toBeGreaterThan(0);
    expect(await page.locator("details[data-key=contact] summary").textContent()).toBe(
      `${gaps.length} 名党员联系分工未达标`,
    );
    expect(await page.locator("details[data-key=contact] li").count()).toBe(gaps.length);
    const mover = dashboardOf(addOn).members.find((m) => m.stays);
    expect(mover?.stays?.length).toBe(2);
    await page.locator(`details[data-key="member:${mover?.studentId}"] summary`).click();
    expect(await page.locator(`details[data-key="member:${mover?.studentId}"]`).textContent()).toContain(
      "住宿：",
    );

    expect(await page.locator("#archive-block").textContent()).toContain("学期结束、结果公布后归档");
    await page.locator("#archive").click();
    expect(await page.locator("#archive-confirm").isVisible()).toBe(true);
    expect(addOn.fake.sheetNames()).not.toContain("学期归档 2025-2026-1");
    await page.locator("#archive-yes").click();
    await expect.poll(() => page.locator("#message").textContent()).toContain("已归档2025-2026学年第一学期");
    expect(addOn.fake.sheetNames()).toContain("学期归档 2025-2026-1");
    expect(await page.locator("#archive-block").textContent()).toContain("本学期已于");
    await screenshot(page, "sidebar-archived");

    // A blank reason is refused, and nothing is undone.
    await page.locator("#unarchive").click();
    await expect.poll(() => page.locator("#message").textContent()).toContain("取消归档需要写明理由");
    expect(addOn.fake.sheetNames()).toContain("学期归档 2025-2026-1");
    await page.locator("#unarchive-reason").fill("申诉复议改判");
    await page.locator("#unarchive").click();
    await expect.poll(() => page.locator("#message").textContent()).toContain("已取消");
    expect(addOn.fake.sheetNames()).not.toContain("学期归档 2025-2026-1");
    expect(addOn.fake.sheet("变更记录").at(-1)?.slice(4, 8)).toEqual([
      "学期归档",
      "已归档",
      "未归档",
      "申诉复议改判",
    ]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

import { describe, expect, it } from "vitest";
import { t } from "../../src/documents/labels.ts";
import { cappedTable, dormList } from "../../src/documents/lists.ts";

const dorm = (n: number) => ({
  id: `${n}`,
  label: `${Math.floor(n / 100)}-${n % 100}`,
  building: `${Math.floor(n / 100)}号楼`,
  year: 1,
});

describe("dormList", () => {
  it("groups dorms by building, one row each, with every building's full count", () => {
    const items = [101, 102, 201, 103].map((n) => ({ dorm: dorm(n) }));
    const html = dormList("zh", items, 240, "svg");
    expect(html.match(/<tr>/g)).toHaveLength(3); // header, 1号楼, 2号楼
    expect(html).toContain('<td class="num">3</td>');
    expect(html).not.toContain(t("zh", "doc.more", { count: 0 }).slice(0, 2));
  });

  it("prints at most the cap, then how many more and which column holds them all", () => {
    const items = Array.from({ length: 300 }, (_, i) => ({ dorm: dorm(100 + i), note: "2" }));
    const html = dormList("zh", items, 240, "svg", { tab: "tab.dorms", column: "out.grade" });
    expect(html.match(/<span class="nw">/g)?.length).toBe(240);
    expect(html).toContain("另有 60 项未列出，完整名单见工作簿“宿舍”表“学期等级”列。");
    expect(html).toContain("1-0（2）");
  });

  it("says None for an empty list", () => {
    expect(dormList("en", [], 10, "svg")).toBe('<p class="empty">None</p>');
  });
});

describe("cappedTable", () => {
  it("keeps the first rows and counts the rest", () => {
    const rows = Array.from({ length: 65 }, (_, i) => [i]);
    const html = cappedTable("en", [{ label: "n", num: true }], rows, "svg", 60);
    expect(html.match(/<tr>/g)).toHaveLength(61);
    expect(html).toContain("5 more not listed.");
  });
});

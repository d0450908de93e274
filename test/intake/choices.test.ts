import { describe, expect, it } from "vitest";
import { choiceMap, readChoices, writeChoices } from "../../src/intake/choices.ts";

describe("readChoices", () => {
  it("reads pairs in either language, with any separator", () => {
    const r = readChoices("房号=宿舍号；签到人 = Inspector, 备注二=忽略\n时间点=日期");
    expect(r.choices).toEqual([
      { header: "房号", target: "dorm" },
      { header: "签到人", target: "inspector" },
      { header: "备注二", target: "ignore" },
      { header: "时间点", target: "date" },
    ]);
    expect(r.unreadable).toEqual([]);
  });

  it("takes any name a field goes by, such as 寝室号", () => {
    expect(readChoices("房间=寝室号").choices).toEqual([{ header: "房间", target: "dorm" }]);
  });

  it("returns what it cannot read", () => {
    expect(readChoices("房号；签到人=班长；=宿舍号").unreadable).toEqual(["房号", "签到人=班长", "=宿舍号"]);
  });

  it("reads blank text as no choice", () => {
    expect(readChoices("")).toEqual({ choices: [], unreadable: [] });
  });
});

describe("writeChoices", () => {
  it("writes one pair per header in the workbook's language, the later choice winning", () => {
    const choices = [
      { header: "房号", target: "dorm" as const },
      { header: "签到人", target: "notes" as const },
      { header: "签到人", target: "inspector" as const },
    ];
    expect(writeChoices(choices, "zh")).toBe("房号=宿舍号；签到人=检查人");
    expect(writeChoices(choices, "en")).toBe("房号=Dorm; 签到人=Inspector");
  });

  it("round-trips through readChoices", () => {
    const choices = [
      { header: "房号", target: "dorm" as const },
      { header: "IP", target: "ignore" as const },
    ];
    for (const lang of ["zh", "en"] as const)
      expect(readChoices(writeChoices(choices, lang)).choices).toEqual(choices);
  });
});

describe("choiceMap", () => {
  it("keys choices by the header as an export's header is compared", () => {
    expect(choiceMap([{ header: "1、房号（必填）", target: "dorm" }]).get("房号")).toBe("dorm");
  });
});

import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { formLink, qrModules, qrSvg } from "../../../src/documents/plaque-kit/qr.ts";

/** The modules drawn as an RGBA bitmap, `scale` pixels each, with the quiet zone: what a camera sees. */
function bitmap(modules: boolean[][], scale = 4): { data: Uint8ClampedArray; size: number } {
  const size = (modules.length + 8) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [r, row] of modules.entries()) {
    for (const [c, dark] of row.entries()) {
      if (!dark) continue;
      for (let y = 0; y < scale; y++)
        for (let x = 0; x < scale; x++) {
          const i = (((r + 4) * scale + y) * size + (c + 4) * scale + x) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }
  }
  return { data, size };
}

describe("formLink", () => {
  it("puts the dorm number where {dorm} is", () => {
    expect(formLink("https://forms.example.com/check?dorm={dorm}", "3-201")).toBe(
      "https://forms.example.com/check?dorm=3-201",
    );
  });

  it("percent-encodes the dorm and any other character outside ASCII", () => {
    expect(formLink("https://forms.example.com/检查?d={DORM}&x=1", "东3-201 A")).toBe(
      "https://forms.example.com/%E6%A3%80%E6%9F%A5?d=%E4%B8%9C3-201%20A&x=1",
    );
  });

  it("is blank without a form, and the same link for every dorm without {dorm}", () => {
    expect(formLink("  ", "3-201")).toBe("");
    expect(formLink("https://forms.example.com/check", "3-201")).toBe("https://forms.example.com/check");
  });
});

describe("qrModules", () => {
  it.each([
    "https://forms.example.com/dorm-inspection?dorm=3-201",
    "https://docs.google.com/forms/d/e/1FAIpQLSd-example/viewform?usp=pp_url&entry.1234567890=12-305",
    formLink("https://www.wjx.cn/vm/example.aspx?dorm={dorm}", "东区3号楼201"),
  ])("draws a code that decodes back to %s", (url) => {
    const { data, size } = bitmap(qrModules(url));
    expect(jsQR(data, size, size)?.data).toBe(url);
  });
});

describe("qrSvg", () => {
  it("is one inline SVG with a quiet zone and a label, and nothing to fetch", () => {
    const svg = qrSvg("https://forms.example.com/?dorm=3-201", 'scan "<here>"');
    const n = qrModules("https://forms.example.com/?dorm=3-201").length;
    expect(svg).toMatch(new RegExp(`^<svg class="qr" [^>]*viewBox="0 0 ${n + 8} ${n + 8}"`));
    expect(svg).toContain('aria-label="scan &#34;&#60;here&#62;&#34;"');
    expect(svg).not.toMatch(/href|url\(|src=/);
  });
});

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_NAME, release } from "../../scripts/release.mjs";

const root = join(import.meta.dirname, "../..");

describe("npm run release", () => {
  it("puts every file of dist/ in the release, named as the editor names it, each in a paste step", () => {
    const out = mkdtempSync(join(tmpdir(), "dorm-plaque-release-"));
    release(join(root, "dist"), out);
    const dist = readdirSync(join(root, "dist")).sort();
    const written = readdirSync(out).sort();
    expect(written).toEqual([...dist.map((f) => f.replace(/\.js$/, ".gs")), "安装步骤.md"].sort());
    const steps = readFileSync(join(out, "安装步骤.md"), "utf8");
    for (const file of written.filter((f) => f !== "安装步骤.md")) expect(steps).toContain(`\`${file}\``);
    expect(readFileSync(join(out, "Code.gs"), "utf8")).toBe(readFileSync(join(root, "dist/Code.js"), "utf8"));
    // zh first, with the project name the menu shows and the way round for mainland China.
    expect(steps.indexOf("安装")).toBeLessThan(steps.indexOf("Installing"));
    expect(steps).toContain(`改为 ${PROJECT_NAME}`);
    expect(steps).toContain("离线命令行");
  });

  it("takes whatever files dist/ holds: a new HTML or script file gets its own step", () => {
    const dist = mkdtempSync(join(tmpdir(), "dorm-plaque-dist-"));
    for (const name of ["Code.js", "appsscript.json", "Sidebar.html", "Extra.js", "Poster.html"]) {
      writeFileSync(join(dist, name), `// ${name}`);
    }
    const out = mkdtempSync(join(tmpdir(), "dorm-plaque-release-"));
    const files = release(dist, out);
    expect(files.map((f: { file: string }) => f.file)).toEqual([
      "appsscript.json",
      "Code.gs",
      "Extra.gs",
      "Poster.html",
      "Sidebar.html",
    ]);
    const steps = readFileSync(join(out, "安装步骤.md"), "utf8");
    expect(steps).toContain("命名为 Extra，再粘贴");
    expect(steps).toContain("命名为 Poster（不要加 .html）");
  });
});

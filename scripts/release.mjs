// Writes a release folder a department can install from with no terminal: every file of dist/,
// named as the Apps Script editor names it, and 安装步骤.md with the exact paste steps in zh and en.
// `npm run release` (after the build) writes release/; `node scripts/release.mjs <dir>` writes <dir>.
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The project name the menu shows: a bound script's add-on menu is named after its project. */
export const PROJECT_NAME = "党员寝室挂牌";

/**
 * The files of a release: each file of dist/ with the name and kind it gets in the editor. Script
 * files (.js) become .gs, as the editor calls them; the manifest stays appsscript.json.
 */
export function releaseFiles(dist) {
  return readdirSync(dist)
    .filter((name) => statSync(join(dist, name)).isFile())
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((name) => {
      const base = name.replace(/\.[^.]+$/, "");
      if (name === "appsscript.json")
        return { source: name, file: name, kind: "manifest", editorName: "appsscript.json" };
      if (name.endsWith(".js")) return { source: name, file: `${base}.gs`, kind: "script", editorName: base };
      if (name.endsWith(".html")) return { source: name, file: name, kind: "html", editorName: base };
      return { source: name, file: name, kind: "other", editorName: name };
    });
}

function order(name) {
  return name === "appsscript.json" ? 0 : name.endsWith(".js") ? 1 : 2;
}

/** The paste steps, zh first, one numbered step per file, from the files themselves. */
export function steps(files) {
  const zh = [
    `# 安装${PROJECT_NAME}（无需命令行）`,
    "",
    "Google 服务在中国大陆需特殊网络环境才能访问；无法访问时请改用离线命令行（见 README“命令行”一节），它对 .xlsx 副本做同样的计算。",
    "",
    "1. 用 Google 账号打开本院系的表格，点击 扩展程序 → Apps Script。",
    `2. 在 Apps Script 编辑器左上角点击项目名称（新项目叫“未命名的项目 / Untitled project”），改为 ${PROJECT_NAME}，点“重命名”。菜单会以这个名字出现在“扩展程序”下。`,
    "3. 点击左侧齿轮“项目设置”，勾选“在编辑器中显示“appsscript.json”清单文件”。",
    "4. 回到左侧“编辑器”（< > 图标），依次处理下列文件。每个文件：用文本编辑器打开本文件夹里的文件，全选并复制，粘贴到编辑器中同名文件里，替换原有全部内容：",
  ];
  const en = [
    `# Installing ${PROJECT_NAME} (no terminal needed)`,
    "",
    "Google is not reachable from mainland China without special access; there, use the offline command line instead (README, “The command line”), which grades an .xlsx copy the same way.",
    "",
    "1. Open the department's Sheet with a Google account, then Extensions → Apps Script.",
    `2. Click the project name at the top left of the Apps Script editor (a new one is “Untitled project”), rename it ${PROJECT_NAME}. The menu shows under Extensions with this name.`,
    "3. Click the gear (Project Settings) and tick “Show “appsscript.json” manifest file in editor”.",
    "4. Back in the Editor (the < > icon), handle each file below: open the file from this folder in a text editor, select all, copy, and paste it over the whole content of the editor's file of that name:",
  ];
  files.forEach((f, i) => {
    const n = `   ${i + 1}.`;
    if (f.kind === "manifest") {
      zh.push(`${n} \`${f.file}\`：粘贴到已有的 appsscript.json。`);
      en.push(`${n} \`${f.file}\`: paste into the existing appsscript.json.`);
    } else if (f.kind === "script") {
      zh.push(
        `${n} \`${f.file}\`：${f.editorName === "Code" ? "粘贴到已有的 Code.gs" : `点“文件”旁的 + → 脚本，命名为 ${f.editorName}，再粘贴`}。`,
      );
      en.push(
        `${n} \`${f.file}\`: ${f.editorName === "Code" ? "paste into the existing Code.gs" : `click + beside Files → Script, name it ${f.editorName}, then paste`}.`,
      );
    } else if (f.kind === "html") {
      zh.push(`${n} \`${f.file}\`：点“文件”旁的 + → HTML，命名为 ${f.editorName}（不要加 .html），再粘贴。`);
      en.push(
        `${n} \`${f.file}\`: click + beside Files → HTML, name it ${f.editorName} (without .html), then paste.`,
      );
    } else {
      zh.push(`${n} \`${f.file}\`：不需要粘贴。`);
      en.push(`${n} \`${f.file}\`: nothing to paste.`);
    }
  });
  zh.push(
    "5. 点击“保存项目”（磁盘图标），关闭编辑器，刷新表格页面。",
    `6. 点击 扩展程序 → ${PROJECT_NAME} → 初始化表格（或在空表格中选“插入示例数据”）。第一次使用时 Google 会请求授权：选择账号 → 高级 → 转至 ${PROJECT_NAME} → 允许。只请求本表格和界面两项权限。`,
    "",
    "升级：用新版本的文件重复第 4、5 步。",
  );
  en.push(
    "5. Click Save project (the disk icon), close the editor and reload the Sheet.",
    `6. Extensions → ${PROJECT_NAME} → Set up tabs (or Insert sample data in an empty Sheet). On first use Google asks for authorization: choose the account → Advanced → Go to ${PROJECT_NAME} → Allow. It asks only for this Sheet and for its menus and sidebar.`,
    "",
    "Upgrading: repeat steps 4 and 5 with the new version's files.",
  );
  return `${zh.join("\n")}\n\n---\n\n${en.join("\n")}\n`;
}

/** Writes the release folder afresh. */
export function release(dist, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = releaseFiles(dist);
  for (const f of files) copyFileSync(join(dist, f.source), join(out, f.file));
  writeFileSync(join(out, "安装步骤.md"), steps(files));
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? "release";
  const files = release("dist", out);
  console.log(`${out}/: ${files.map((f) => f.file).join(", ")} and 安装步骤.md`);
}

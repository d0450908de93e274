import type { Lang } from "../engine/labels.ts";
import { esc, FONT_STACK } from "./html.ts";
import { t } from "./labels.ts";

/** A file handed to the user as a `data:` link. */
export interface DownloadFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
}

/**
 * The page of the "Export semester report" dialog in Sheets: download links whose `href` carries
 * the file itself as a `data:` URL, so no file is written anywhere and no Drive scope is needed.
 * When the PDF conversion failed, the page says why and still offers the web page, which any
 * browser can print to PDF.
 *
 * @example
 * downloadDialog("zh", { pdf: { fileName: "学期报告-2025-2026-1.pdf", mimeType: "application/pdf", base64 } })
 */
export function downloadDialog(
  lang: Lang,
  files: { readonly pdf?: DownloadFile; readonly html?: DownloadFile; readonly error?: string },
): string {
  const link = (file: DownloadFile, label: string, primary: boolean) =>
    `<p><a class="${primary ? "button" : "link"}" href="data:${esc(file.mimeType)};base64,${esc(file.base64)}" download="${esc(file.fileName)}">${esc(label)}</a> <span class="name">${esc(file.fileName)}</span></p>`;
  const lines = [
    files.error
      ? `<p class="error">${esc(t(lang, "report.dialog.pdfFailed", { error: files.error }))}</p>`
      : `<p>${esc(t(lang, "report.dialog.ready"))}</p>`,
    files.pdf ? link(files.pdf, t(lang, "report.download.pdf"), true) : "",
    files.html ? link(files.html, t(lang, "report.download.html"), !files.pdf) : "",
  ];
  return `<!DOCTYPE html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<style>
body { font-family: ${FONT_STACK}; font-size: 13px; color: #1f2328; margin: 12px; }
a.button { display: inline-block; background: #1a73e8; color: #fff; padding: 7px 16px; border-radius: 4px; text-decoration: none; font-weight: 600; }
a.link { color: #1a73e8; }
.name { color: #57606a; font-size: 11px; margin-left: 6px; }
.error { color: #b3261e; }
</style>
</head>
<body>
${lines.join("\n")}
</body>
</html>
`;
}

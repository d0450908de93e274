import qrcode from "qrcode-generator";

/**
 * A dorm's link to the department's inspection form: the Settings tab's URL with `{dorm}` replaced
 * by the dorm number (percent-encoded, so `3-201` stays `3-201` and `东3-201` becomes
 * `%E4%B8%9C3-201`). Any other character outside ASCII is percent-encoded as UTF-8 too, so the QR
 * code carries plain ASCII that every phone reads alike. Blank when no form is set.
 *
 * @example
 * formLink("https://forms.example.com/check?dorm={dorm}", "3-201") //=> "https://forms.example.com/check?dorm=3-201"
 */
export function formLink(template: string, dorm: string): string {
  if (template.trim() === "") return "";
  return template
    .trim()
    .replace(/\{dorm\}/giu, encodeURIComponent(dorm))
    .replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch));
}

/**
 * The modules of a QR code for a text (error correction M, the smallest version that holds it):
 * `true` for dark. Drawn by qrcode-generator, a plain-JavaScript encoder that runs alike in Node,
 * browsers and Apps Script.
 *
 * @example
 * qrModules("https://forms.example.com/?dorm=3-201").length //=> 29
 */
export function qrModules(text: string): boolean[][] {
  const code = qrcode(0, "M");
  code.addData(text, "Byte");
  code.make();
  const n = code.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => code.isDark(r, c)));
}

/**
 * A QR code as an inline SVG: one path of unit squares with the four-module quiet zone the
 * standard asks for, scaled by its container, crisp at any size and drawn without any request.
 *
 * @example
 * qrSvg("https://forms.example.com/?dorm=3-201", "扫码填写检查").startsWith("<svg") //=> true
 */
export function qrSvg(text: string, label: string): string {
  const modules = qrModules(text);
  const n = modules.length;
  const quiet = 4;
  const path: string[] = [];
  modules.forEach((row, r) => {
    row.forEach((dark, c) => {
      if (dark) path.push(`M${c + quiet} ${r + quiet}h1v1h-1z`);
    });
  });
  const size = n + 2 * quiet;
  const escaped = label.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img" aria-label="${escaped}"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path.join("")}" fill="#000"/></svg>`;
}

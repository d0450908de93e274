/**
 * The export dialog in Sheets: semester report or a bulletin with its period, internal or public
 * edition, an optional document number. It asks the server for the document and offers the PDF
 * and the web page for download through object URLs (`URL.createObjectURL`), which carry no size
 * limit, unlike a `data:` link. When the PDF conversion failed, it says so and still offers the
 * web page, which any browser prints to PDF.
 */

import { periodOf } from "../documents/bulletin/model.ts";
import { t } from "../documents/labels.ts";
import type { ExportChoices } from "../documents/sheets-module.ts";
import type { Edition } from "../documents/source.ts";
import { call, messageOf } from "./run.ts";
import { h, replace } from "./sidebar-dom.ts";

function choices(): ExportChoices {
  const json = document.getElementById("export-choices")?.textContent ?? "{}";
  const parsed = JSON.parse(json) as Partial<ExportChoices>;
  return {
    lang: parsed.lang === "en" ? "en" : "zh",
    title: parsed.title ?? "",
    semester: parsed.semester ?? "",
    from: parsed.from ?? "",
    to: parsed.to ?? "",
    documentNumber: parsed.documentNumber ?? "",
    posterPeriods: Array.isArray(parsed.posterPeriods) ? parsed.posterPeriods : [],
    kind: parsed.kind === "poster" || parsed.kind === "bulletin" ? parsed.kind : "report",
    year: parsed.year ?? "",
  };
}

/** How many device pixels a poster pixel becomes: 360 wide gives 1080, a phone's full width. */
const POSTER_SCALE = 3;

/**
 * Draws a poster (SVG) on a canvas three times its size and gives it back as a PNG: what a group
 * chat takes. An SVG without foreign content leaves the canvas clean, so it can be exported.
 */
async function pngOf(svg: string): Promise<Blob> {
  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 360);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 640);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the poster could not be drawn"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width * POSTER_SCALE;
    canvas.height = height * POSTER_SCALE;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no canvas");
    context.scale(POSTER_SCALE, POSTER_SCALE);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Bytes of a base64 string, for a Blob. */
function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const urls: string[] = [];

/** A download link whose target is a Blob in this page. */
function download(blob: Blob, fileName: string, label: string, id: string): HTMLElement {
  const url = URL.createObjectURL(blob);
  urls.push(url);
  const link = h("a", { href: url, download: fileName, id }, label);
  return h("p", {}, link, h("span", { class: "name" }, fileName));
}

function start(): void {
  const c = choices();
  const lang = c.lang;
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  const radio = (name: string, value: string, label: string, checked: boolean, hint?: string) =>
    h(
      "label",
      { class: "choice" },
      h("input", { type: "radio", name, value, checked }),
      label,
      hint ? h("span", { class: "hint" }, hint) : null,
    );
  const from = h("input", {
    type: "date",
    id: "from",
    value: c.from,
    "aria-label": t(lang, "doc.dialog.from"),
  });
  const to = h("input", { type: "date", id: "to", value: c.to, "aria-label": t(lang, "doc.dialog.to") });
  const period = h(
    "div",
    { class: "period", hidden: true },
    t(lang, "doc.dialog.from"),
    from,
    t(lang, "doc.dialog.to"),
    to,
  );
  const appendix = h(
    "label",
    { class: "choice appendix", hidden: true },
    h("input", { type: "checkbox", id: "appendix" }),
    t(lang, "doc.dialog.appendix"),
  );
  const number = h("input", { type: "text", id: "number", value: c.documentNumber });
  const posterSelect = h("select", { id: "poster-period", "aria-label": t(lang, "doc.dialog.posterPeriod") });
  for (const p of c.posterPeriods) {
    const option = h("option", {}, p.name);
    option.value = p.id;
    posterSelect.append(option);
  }
  const posterPeriod = h(
    "div",
    { class: "poster-period", hidden: true },
    t(lang, "doc.dialog.posterPeriod"),
    posterSelect,
  );
  const preview = h("div", { class: "preview", id: "preview" });
  const make = h("button", { type: "submit", id: "make" }, t(lang, "doc.dialog.make"));
  const message = h("div", { class: "message", role: "status", "aria-live": "polite" });
  const downloads = h("div", { class: "downloads", id: "downloads" });
  const form = h(
    "form",
    { class: "dialog" },
    h(
      "fieldset",
      {},
      h("legend", {}, t(lang, "doc.dialog.kind")),
      radio("kind", "report", t(lang, "doc.dialog.report", { semester: c.semester }), c.kind === "report"),
      radio("kind", "bulletin", t(lang, "doc.dialog.bulletin"), c.kind === "bulletin"),
      period,
      appendix,
      radio("kind", "poster", t(lang, "doc.dialog.poster"), c.kind === "poster"),
      posterPeriod,
      radio("kind", "appraisal", t(lang, "doc.dialog.appraisal", { year: c.year }), false),
    ),
    h(
      "fieldset",
      { id: "edition" },
      h("legend", {}, t(lang, "doc.dialog.edition")),
      radio("edition", "internal", t(lang, "doc.dialog.internal"), true, t(lang, "doc.dialog.internalHint")),
      radio("edition", "public", t(lang, "doc.dialog.public"), false, t(lang, "doc.dialog.publicHint")),
    ),
    h("fieldset", { id: "number-field" }, h("legend", {}, t(lang, "doc.dialog.number")), number),
    make,
    message,
    downloads,
    preview,
  );
  document.body.replaceChildren(form);

  const value = (name: string) =>
    (form.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value ?? "";
  const edition = form.querySelector("#edition") as HTMLElement;
  const sync = () => {
    const bulletin = value("kind") === "bulletin";
    const poster = value("kind") === "poster";
    period.hidden = !bulletin;
    appendix.hidden = !bulletin;
    posterPeriod.hidden = !poster;
    // A poster is always public and carries no document number.
    (form.querySelector("#number-field") as HTMLElement).hidden = poster;
    // The appraisal record names people: it has only the internal edition.
    edition.hidden = poster || value("kind") === "appraisal";
  };
  for (const input of form.querySelectorAll('input[name="kind"]')) input.addEventListener("change", sync);
  sync();

  /** Asks for the poster of a period, shows it, and offers it as a PNG and as a web page. */
  const makePoster = (periodId: string) =>
    call("exportReport", { kind: "poster", edition: "public", period: periodId })
      .then(async (file) => {
        const svg = file.svg ?? "";
        const png = await pngOf(svg);
        const links = [
          download(png, `${file.fileName}.png`, t(lang, "poster.savePng"), "png-link"),
          download(
            new Blob([file.html], { type: "text/html;charset=utf-8" }),
            `${file.fileName}.html`,
            t(lang, "poster.saveHtml"),
            "html-link",
          ),
        ];
        replace(downloads, ...links);
        const url = URL.createObjectURL(png);
        urls.push(url);
        replace(preview, h("img", { src: url, alt: t(lang, "poster.title"), id: "poster-preview" }));
        message.className = "message ok";
        message.textContent = t(lang, "poster.ready");
        (links[0]?.querySelector("a") as HTMLElement | null)?.focus();
      })
      .catch((error: unknown) => {
        message.className = "message error";
        message.textContent = messageOf(error);
      });

  let busy = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    const bulletin = value("kind") === "bulletin";
    if (bulletin && !periodOf(from.value, to.value)) {
      message.className = "message error";
      message.textContent = t(lang, "doc.dialog.badPeriod");
      return;
    }
    busy = true;
    make.setAttribute("aria-disabled", "true");
    message.className = "message info";
    message.textContent = t(lang, "doc.dialog.working");
    for (const url of urls.splice(0)) URL.revokeObjectURL(url);
    replace(downloads);
    replace(preview);
    const chosen: Edition = value("edition") === "public" ? "public" : "internal";
    if (value("kind") === "poster") {
      makePoster(posterSelect.value).finally(() => {
        busy = false;
        make.removeAttribute("aria-disabled");
      });
      return;
    }
    const request =
      value("kind") === "appraisal"
        ? { kind: "appraisal" as const, edition: "internal" as const, year: c.year }
        : bulletin
          ? {
              kind: "bulletin" as const,
              edition: chosen,
              from: from.value,
              to: to.value,
              appendix: (appendix.querySelector("input") as HTMLInputElement).checked,
              documentNumber: number.value,
            }
          : { kind: "report" as const, edition: chosen, documentNumber: number.value };
    call("exportReport", request)
      .then((file) => {
        const links: HTMLElement[] = [];
        if (file.pdf) {
          links.push(
            download(
              new Blob([bytesOf(file.pdf)], { type: "application/pdf" }),
              `${file.fileName}.pdf`,
              t(lang, "report.download.pdf"),
              "pdf-link",
            ),
          );
        }
        links.push(
          download(
            new Blob([file.html], { type: "text/html;charset=utf-8" }),
            `${file.fileName}.html`,
            t(lang, "report.download.html"),
            "html-link",
          ),
        );
        replace(downloads, ...links);
        message.className = file.pdf ? "message ok" : "message error";
        message.textContent = file.pdf
          ? t(lang, "report.dialog.ready")
          : t(lang, "report.dialog.pdfFailed", { error: file.pdfError ?? "" });
        (links[0]?.querySelector("a") as HTMLElement | null)?.focus();
      })
      .catch((error: unknown) => {
        message.className = "message error";
        message.textContent = messageOf(error);
      })
      .finally(() => {
        busy = false;
        make.removeAttribute("aria-disabled");
      });
  });
}

start();

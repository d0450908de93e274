/**
 * The plaque kit dialog in Sheets: the kit's pages as they print, a box per part (decision, door
 * cards, notices, pledges) to print only some, a box to card every member dorm, and a Print
 * button (window.print: Apps Script's dialog iframe allows modals). The toolbar never prints.
 */
import type { KitChoices } from "../documents/plaque-kit/sheets-module.ts";
import { call, messageOf } from "./run.ts";
import { h } from "./sidebar-dom.ts";

type Opened = KitChoices & { readonly summary: string };

function choices(): Opened {
  const json = document.getElementById("kit-choices")?.textContent ?? "{}";
  return JSON.parse(json) as Opened;
}

function start(): void {
  const c = choices();
  const kit = document.getElementById("kit") as HTMLElement;
  const summary = h("span", { class: "summary", id: "summary" }, c.summary);
  const message = h("span", { class: "message", role: "status", "aria-live": "polite", id: "message" });
  const shown = new Set(c.parts.map((p) => p.part));
  const sync = () => {
    for (const sheet of kit.querySelectorAll<HTMLElement>("[data-part]"))
      sheet.hidden = !shown.has(sheet.dataset.part as (typeof c.parts)[number]["part"]);
  };
  const partBox = (part: (typeof c.parts)[number]) => {
    const box = h("input", {
      type: "checkbox",
      checked: true,
      "data-part-box": part.part,
    }) as HTMLInputElement;
    box.addEventListener("change", () => {
      if (box.checked) shown.add(part.part);
      else shown.delete(part.part);
      sync();
    });
    return h("label", {}, box, part.label);
  };
  const all = h("input", { type: "checkbox", id: "all" }) as HTMLInputElement;
  const print = h("button", { type: "button", id: "print" }, c.words.print);
  let busy = false;
  all.addEventListener("change", () => {
    if (busy) return;
    busy = true;
    message.className = "message";
    message.textContent = c.words.working;
    call("plaqueKitPages", { all: all.checked })
      .then((reply) => {
        kit.innerHTML = reply.body; // built by the kit's template, every user value escaped
        summary.textContent = reply.summary;
        message.textContent = "";
        sync();
      })
      .catch((error: unknown) => {
        message.className = "message error";
        message.textContent = messageOf(error);
      })
      .finally(() => {
        busy = false;
      });
  });
  print.addEventListener("click", () => window.print());
  const toolbar = h(
    "div",
    { class: "toolbar" },
    ...c.parts.map(partBox),
    h("label", {}, all, c.words.all),
    print,
    message,
    summary,
    h("span", { class: "hint" }, c.words.hint),
  );
  document.body.insertBefore(toolbar, kit);
}

start();

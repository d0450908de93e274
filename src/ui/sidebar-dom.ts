/**
 * The sidebar's few DOM helpers. Every string reaches the page as a text node or an attribute
 * value, never as markup, so a dorm named `<img onerror=…>` is shown, not run.
 */
import type { Lang } from "../engine/labels.ts";
import { UI_LABELS as LABELS, type SidebarLabelKey as LabelKey } from "./labels.ts";

export type Child = Node | string | number | null | undefined | false;

export type Attrs = Record<string, string | number | boolean | null | undefined>;

/**
 * Creates an element with attributes (false/null/undefined leave one out, true sets it empty)
 * and children (strings become text nodes). Event-handler attributes are refused: handlers are
 * attached with addEventListener, never written as text.
 *
 * @example
 * h("button", { type: "button", class: "action" }, "Recalculate")
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (/^on/i.test(name)) throw new Error(`event attribute ${name}: use addEventListener`);
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

/**
 * Appends children, strings as text nodes.
 *
 * @example
 * append(list, [h("li", {}, "3-201"), "text"])
 */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/**
 * Data the user typed into the workbook (a name, a dorm number), marked so that it can be told
 * apart from the interface's own words.
 *
 * @example
 * userText("张三") // <span data-user>张三</span>
 */
export function userText(text: string): HTMLSpanElement {
  return h("span", { "data-user": true }, text);
}

/**
 * A label with its `{name}` placeholders filled by text or by nodes (e.g. `userText`), as a
 * fragment of text nodes.
 *
 * @example
 * phrase("en", "outcome.actionWithContact", { contact: userText("Wang"), deadline: "2025-10-01" })
 */
export function phrase(lang: Lang, key: LabelKey, params: Record<string, Child> = {}): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const template: string = LABELS[key][lang];
  const parts = template.split(/\{(\w+)\}/);
  parts.forEach((part, i) => {
    // Odd indexes are placeholder names.
    if (i % 2 === 0) append(fragment, [part]);
    else append(fragment, [part in params ? params[part] : `{${part}}`]);
  });
  return fragment;
}

/**
 * Replaces an element's children.
 *
 * @example
 * replace(messageArea, "Saving…")
 */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * The quick-entry forms. Built once and relabelled on a change of language, so what the user
 * typed is never lost: not on a refused entry, not on a server error, not on a language switch.
 */
import type { Lang } from "../engine/labels.ts";
import type { FieldError } from "../workbook/entry.ts";
import { type SidebarLabelKey as LabelKey, t } from "./labels.ts";
import { h } from "./sidebar-dom.ts";

export interface FieldSpec<F extends string> {
  readonly name: F;
  readonly label: LabelKey;
  readonly kind: "text" | "date" | "dorm" | "select" | "number";
  readonly required?: boolean;
  readonly options?: readonly { readonly value: string; readonly label: LabelKey }[];
  readonly hint?: LabelKey;
  /** Kept after a successful entry, since the next entry usually shares it (date, inspector). */
  readonly keep?: boolean;
}

export interface FormSpec<F extends string> {
  /** Prefix of the element ids, e.g. `inspection`. */
  readonly id: string;
  readonly title: LabelKey;
  readonly submit: LabelKey;
  readonly fields: readonly FieldSpec<F>[];
  /** Whether the form starts unfolded. */
  readonly open: boolean;
  /** The id of the datalist the dorm field searches. */
  readonly dormList: string;
  /** Called on Enter or the submit button; the caller ignores it while a call is running. */
  readonly onSubmit: () => void;
}

export interface EntryForm<F extends string> {
  readonly element: HTMLElement;
  values(): Record<F, string>;
  /** Shows each message under its field and focuses the first field in error. */
  showErrors(errors: readonly FieldError<F>[]): void;
  clearErrors(): void;
  hasErrors(): boolean;
  /** Clears the fields that are not kept, after a successful entry. */
  resetAfterEntry(): void;
  /** Sets the latest allowed date, and the date itself unless the user changed it. */
  setToday(iso: string): void;
  setBusy(busy: boolean): void;
  /**
   * Repeats the sidebar's message next to the submit button, where the eyes are after a submit.
   * Hidden from assistive technology, which hears the sidebar's live message already.
   */
  setStatus(text: string, kind: "info" | "ok" | "error"): void;
  relabel(lang: Lang): void;
  focusFirst(): void;
}

type Control = HTMLInputElement | HTMLSelectElement;

/**
 * Builds a quick-entry form: a label bound to every control, a message slot under each field
 * (announced through aria-describedby), Enter submits, and the browser's own validation bubbles
 * are off so the messages are ours, in the workbook's language.
 *
 * @example
 * const form = entryForm({ id: "visit", title: "sidebar.sec.addVisit", submit: "sidebar.addVisit", fields, open: false, dormList: "dorms", onSubmit });
 */
export function entryForm<F extends string>(spec: FormSpec<F>): EntryForm<F> {
  const relabels: ((lang: Lang) => void)[] = [];
  const controls = new Map<F, Control>();
  const messages = new Map<F, HTMLElement>();
  let today = "";

  const groups = spec.fields.map((field) => {
    const id = `${spec.id}-${field.name}`;
    const errorId = `${id}-error`;
    const hintId = `${id}-hint`;
    const describedBy = [field.hint ? hintId : "", errorId].filter(Boolean).join(" ");
    const common = { id, name: field.name, "aria-describedby": describedBy, required: field.required };
    let control: Control;
    if (field.kind === "select") {
      const select = h("select", common);
      for (const option of field.options ?? []) {
        const el = h("option", { value: option.value });
        relabels.push((lang) => {
          el.textContent = t(lang, option.label);
        });
        select.appendChild(el);
      }
      control = select;
    } else {
      const input = h("input", {
        ...common,
        type: field.kind === "date" ? "date" : "text",
        list: field.kind === "dorm" ? spec.dormList : undefined,
        inputmode: field.kind === "number" ? "decimal" : undefined,
        autocomplete: "off",
      });
      if (field.kind === "dorm") {
        relabels.push((lang) => {
          input.placeholder = t(lang, "sidebar.dormHint");
        });
      }
      control = input;
    }
    controls.set(field.name, control);
    const labelText = h("span");
    const required = field.required ? h("span", { class: "req", "aria-hidden": "true" }, " *") : null;
    relabels.push((lang) => {
      labelText.textContent = t(lang, field.label);
    });
    const message = h("div", { class: "error field-error", id: errorId });
    messages.set(field.name, message);
    const hint = field.hint ? h("div", { class: "gray hint", id: hintId }) : null;
    if (hint && field.hint) {
      const key = field.hint;
      relabels.push((lang) => {
        hint.textContent = t(lang, key);
      });
    }
    return h(
      "div",
      { class: "form-group" },
      h("label", { for: id }, labelText, required),
      control,
      hint,
      message,
    );
  });

  const submit = h("button", { type: "submit", class: "action", id: `${spec.id}-submit` });
  const heading = h("h2", { id: `${spec.id}-title` });
  const status = h("div", { class: "form-status", id: `${spec.id}-status`, "aria-hidden": "true" });
  const form = h(
    "form",
    { novalidate: true, "aria-labelledby": `${spec.id}-title` },
    ...groups,
    h("div", {}, submit),
    status,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    spec.onSubmit();
  });
  relabels.push((lang) => {
    heading.textContent = t(lang, spec.title);
    submit.textContent = t(lang, spec.submit);
  });
  const details = h("details", { open: spec.open }, h("summary", {}, heading), form);
  const element = h("section", { class: "block entry", id: `${spec.id}-section` }, details);

  const setError = (name: F, message: string): void => {
    const control = controls.get(name);
    const slot = messages.get(name);
    if (!control || !slot) return;
    slot.textContent = message;
    if (message) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
  };

  return {
    element,
    values() {
      const out = {} as Record<F, string>;
      for (const [name, control] of controls) out[name] = control.value;
      return out;
    },
    showErrors(errors) {
      for (const name of controls.keys()) setError(name, "");
      for (const error of errors) {
        const slot = messages.get(error.field);
        setError(error.field, slot?.textContent ? `${slot.textContent} ${error.message}` : error.message);
      }
      details.open = true;
      const first = spec.fields.find((f) => errors.some((e) => e.field === f.name));
      if (first) controls.get(first.name)?.focus();
    },
    clearErrors() {
      for (const name of controls.keys()) setError(name, "");
    },
    hasErrors() {
      return [...messages.values()].some((m) => m.textContent !== "");
    },
    resetAfterEntry() {
      for (const field of spec.fields) {
        const control = controls.get(field.name);
        if (!control || field.keep) continue;
        control.value = "";
      }
    },
    setToday(iso) {
      for (const field of spec.fields) {
        const control = controls.get(field.name);
        if (field.kind !== "date" || !(control instanceof HTMLInputElement)) continue;
        if (control.value === "" || control.value === today) control.value = iso;
        control.max = iso;
      }
      today = iso;
    },
    setBusy(busy) {
      // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
      submit.setAttribute("aria-disabled", String(busy));
      form.setAttribute("aria-busy", String(busy));
    },
    setStatus(text, kind) {
      status.textContent = text;
      status.className = `form-status ${kind}`;
    },
    relabel(lang) {
      for (const relabel of relabels) relabel(lang);
    },
    focusFirst() {
      details.open = true;
      controls.get(spec.fields[0]?.name as F)?.focus();
    },
  };
}

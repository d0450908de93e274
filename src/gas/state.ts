import type { Lang } from "../engine/labels.ts";

/** What the add-on remembers in the document's properties. */
export interface DocState {
  /** The outputs may be out of date: an edit not yet graded, or a run that could not finish. */
  readonly stale: boolean;
  /** A new value each time the outputs are marked stale, so a run can tell a mark made during it. */
  readonly staleMark: string;
  /** The workbook's language, so that onOpen can build the menu without reading tabs. */
  readonly lang: Lang;
  /** A digest of the input records at the last completed recalculation. */
  readonly fingerprint: string;
  /** The semester the output columns show, as of the last completed recalculation. */
  readonly semester: string;
  /** Digests of the looks last written (formats per tab, the legend), so unchanged ones cost no call. */
  readonly formats: string;
  /** A digest of the Rankings tab last written, so an unchanged one costs no call. */
  readonly rankings: string;
}

const KEYS = {
  stale: "dormPlaque.stale",
  lang: "dormPlaque.lang",
  fingerprint: "dormPlaque.fingerprint",
  semester: "dormPlaque.semester",
  formats: "dormPlaque.formats",
  rankings: "dormPlaque.rankings",
} as const;

/** Reads the state in one call. */
export function readState(): DocState {
  const props = PropertiesService.getDocumentProperties().getProperties();
  const mark = props[KEYS.stale] ?? "";
  return {
    stale: mark !== "",
    staleMark: mark,
    lang: props[KEYS.lang] === "en" ? "en" : "zh",
    fingerprint: props[KEYS.fingerprint] ?? "",
    semester: props[KEYS.semester] ?? "",
    formats: props[KEYS.formats] ?? "",
    rankings: props[KEYS.rankings] ?? "",
  };
}

/** Writes what changed of the language, fingerprint, semester, looks and rankings, in one call; nothing when nothing changed. */
export function writeState(
  next: Partial<Pick<DocState, "lang" | "fingerprint" | "semester" | "formats" | "rankings">>,
  current: DocState = readState(),
): void {
  const changed: Record<string, string> = {};
  for (const key of ["lang", "fingerprint", "semester", "formats", "rankings"] as const) {
    const value = next[key];
    if (value !== undefined && value !== current[key]) changed[KEYS[key]] = value;
  }
  if (Object.keys(changed).length > 0) PropertiesService.getDocumentProperties().setProperties(changed);
}

/** Marks the outputs stale with a fresh mark; returns the mark. */
export function markStale(): string {
  const mark = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  PropertiesService.getDocumentProperties().setProperty(KEYS.stale, mark);
  return mark;
}

/**
 * Clears the stale mark if it is still `mark` (or absent): a mark made by another run in the
 * meantime stays, so that the edit behind it is graded by the next run.
 */
export function clearStale(mark: string, current: DocState = readState()): void {
  if (current.staleMark !== "" && current.staleMark === mark) {
    PropertiesService.getDocumentProperties().deleteProperty(KEYS.stale);
  }
}

export function savedLang(): Lang {
  return readState().lang;
}

export function isStale(): boolean {
  return readState().stale;
}

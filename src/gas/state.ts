import type { Lang } from "../engine/labels.ts";

/** What the add-on remembers in the document's properties. */
export interface DocState {
  /** An edit was too large to refresh within a simple trigger: the outputs may be out of date. */
  readonly stale: boolean;
  /** The workbook's language, so that onOpen can build the menu without reading tabs. */
  readonly lang: Lang;
  /** A digest of the input records at the last recalculation. */
  readonly fingerprint: string;
  /** Digests of the looks last written (formats per tab, the legend), so unchanged ones cost no call. */
  readonly formats: string;
}

const KEYS = {
  stale: "dormPlaque.stale",
  lang: "dormPlaque.lang",
  fingerprint: "dormPlaque.fingerprint",
  formats: "dormPlaque.formats",
} as const;

/** Reads the state in one call. */
export function readState(): DocState {
  const props = PropertiesService.getDocumentProperties().getProperties();
  return {
    stale: props[KEYS.stale] === "1",
    lang: props[KEYS.lang] === "en" ? "en" : "zh",
    fingerprint: props[KEYS.fingerprint] ?? "",
    formats: props[KEYS.formats] ?? "",
  };
}

/** Writes what changed, in at most two calls; nothing when nothing changed. */
export function writeState(next: Partial<DocState>, current: DocState = readState()): void {
  const props = PropertiesService.getDocumentProperties();
  const changed: Record<string, string> = {};
  if (next.lang !== undefined && next.lang !== current.lang) changed[KEYS.lang] = next.lang;
  if (next.fingerprint !== undefined && next.fingerprint !== current.fingerprint) {
    changed[KEYS.fingerprint] = next.fingerprint;
  }
  if (next.formats !== undefined && next.formats !== current.formats) changed[KEYS.formats] = next.formats;
  if (next.stale === true && !current.stale) changed[KEYS.stale] = "1";
  if (Object.keys(changed).length > 0) props.setProperties(changed);
  if (next.stale === false && current.stale) props.deleteProperty(KEYS.stale);
}

export function savedLang(): Lang {
  return readState().lang;
}

export function isStale(): boolean {
  return readState().stale;
}

export function setStale(stale: boolean): void {
  writeState({ stale });
}

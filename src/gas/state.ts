import type { Lang } from "../engine/labels.ts";

const STALE = "dormPlaque.stale";
const LANG = "dormPlaque.lang";

/** Marks the outputs as out of date (an edit was too large to refresh within a simple trigger). */
export function setStale(stale: boolean): void {
  const props = PropertiesService.getDocumentProperties();
  if (stale) props.setProperty(STALE, "1");
  else if (props.getProperty(STALE)) props.deleteProperty(STALE);
}

export function isStale(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(STALE) === "1";
}

/** The UI language remembered for this document, so that onOpen can build the menu without reading tabs. */
export function savedLang(): Lang {
  return PropertiesService.getDocumentProperties().getProperty(LANG) === "en" ? "en" : "zh";
}

export function saveLang(lang: Lang): void {
  const props = PropertiesService.getDocumentProperties();
  if (props.getProperty(LANG) !== lang) props.setProperty(LANG, lang);
}

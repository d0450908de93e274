/**
 * The history tabs' plans, as the module the add-on loads on demand (dist/HistoryCode.html,
 * through src/gas/on-demand.ts): the Opinions tab, which a recalculation refreshes, and the
 * archive of a semester, which the Archive action writes. Pure: the add-on makes every service
 * call itself.
 */
export { type ArchivePlan, planArchive, planUnarchive } from "./archive.ts";
export { gradingOpinions, type OpinionsPlan } from "./opinions.ts";

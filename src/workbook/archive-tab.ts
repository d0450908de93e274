import { isoOf } from "../engine/day.ts";
import type { Evaluation } from "../engine/evaluate.ts";
import { staysLine } from "../engine/history-words.ts";
import type { Lang } from "../engine/labels.ts";
import { semesterName } from "../engine/semester.ts";
import { settingText } from "../engine/setting-text.ts";
import { SETTING_SPECS } from "../engine/settings.ts";
import { gradeLabel, memberOutcomeCells } from "../engine/wording.ts";
import type { ArchivedPayload } from "./archive-store.ts";
import { reasonWords } from "./change-log-tab.ts";
import { t } from "./history-labels.ts";

/** The human side of an archive: one tab per semester, written once, read by people only. */
export interface ArchiveSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number)[])[];
  /** 0-based rows in bold: the title, the section headings and the table headers. */
  readonly bold: readonly number[];
  /** Column widths in character cells. */
  readonly widths: readonly number[];
}

/**
 * The tab a person reads to see what was archived: the semester, the day, the digest, the
 * settings used, each dorm's and each member's results with the evidence behind every
 * consequence (and what was revoked or cleared), and the written appraisal opinions.
 *
 * @example
 * archiveSheet(payload, thaw(payload.frozen), "1x2k9a.5m3", "zh").name //=> "学期归档 2025-2026-1"
 */
export function archiveSheet(
  payload: ArchivedPayload,
  evaluation: Evaluation,
  digest: string,
  lang: Lang,
): ArchiveSheet {
  const { frozen } = payload;
  const rows: (string | number)[][] = [];
  const bold: number[] = [];
  const heading = (...cells: (string | number)[]) => {
    bold.push(rows.length);
    rows.push(cells);
  };
  const labels = new Map(evaluation.dorms.map((d) => [d.dormId, d.dorm.label]));
  const labelOf = (id: string) => labels.get(id) ?? id;
  const sep = lang === "zh" ? "；" : "; ";

  heading(t(lang, "archive.title", { semester: semesterName(frozen.semesterId, lang) }));
  rows.push([t(lang, "archive.semester"), frozen.semesterId]);
  rows.push([t(lang, "archive.on"), isoOf(frozen.archivedOn)]);
  rows.push([t(lang, "archive.digest"), digest]);
  rows.push([t(lang, "archive.note"), t(lang, "archive.noteText")]);
  rows.push([]);

  heading(t(lang, "archive.settings"));
  for (const spec of SETTING_SPECS) {
    const value = frozen.settings[spec.key];
    const text = settingText(spec.key, frozen.settings, lang);
    if (value === undefined || text === "") continue;
    rows.push([t(lang, spec.label), typeof value === "number" && spec.kind !== "share" ? value : text]);
  }
  rows.push([]);

  heading(t(lang, "archive.dorms"));
  heading(
    ...(
      [
        "col.dorm",
        "col.building",
        "out.grade",
        "out.inspections",
        "out.fails",
        "out.excellents",
        "out.visits",
        "archive.col.revoked",
        "archive.col.cleared",
      ] as const
    ).map((k) => t(lang, k)),
  );
  for (const d of evaluation.dorms) {
    rows.push([
      d.dorm.label,
      d.dorm.building,
      gradeLabel(d.grade, lang),
      d.count,
      d.fails,
      d.excellents,
      d.visits.length,
      d.revoked.length,
      d.cleared.length,
    ]);
  }
  rows.push([]);

  heading(t(lang, "archive.members"));
  heading(
    ...(
      [
        "col.studentId",
        "col.name",
        "col.status",
        "col.dorm",
        "out.stays",
        "out.criticisms",
        "out.praises",
        "out.eligibility",
        "out.priority",
        "out.assessment",
        "out.action",
        "out.review",
        "archive.col.evidence",
      ] as const
    ).map((k) => t(lang, k)),
  );
  const members = new Map(frozen.records.members.map((m) => [m.id, m]));
  const dormById = new Map(evaluation.dorms.map((d) => [d.dormId, d]));
  for (const m of evaluation.members) {
    if (m.status === "nonMember") continue;
    const cells = memberOutcomeCells(m, lang);
    const stays = evaluation.stays.get(m.studentId);
    const mine = [...new Set(stays?.map((s) => s.dormId) ?? [m.dormId])].flatMap((id) => {
      const d = dormById.get(id);
      return d ? [d] : [];
    });
    const evidence = [
      m.eligibility === "revoked"
        ? reasonWords({ kind: "streak", evidence: m.eligibilityEvidence }, labelOf, lang)
        : "",
      m.assessment ? reasonWords({ kind: "total", evidence: m.assessmentEvidence }, labelOf, lang) : "",
      ...mine.map((d) =>
        d.revoked.length ? reasonWords({ kind: "appeal", revoked: d.revoked }, labelOf, lang) : "",
      ),
      ...mine.map((d) =>
        d.cleared.length ? reasonWords({ kind: "cleared", cleared: d.cleared }, labelOf, lang) : "",
      ),
    ].filter((s) => s !== "");
    rows.push([
      members.get(m.studentId)?.label ?? m.studentId,
      m.name,
      t(lang, `status.${m.status}`),
      labelOf(m.dormId),
      stays ? staysLine(stays, labelOf, lang) : "",
      cells.criticisms,
      cells.praises,
      cells.eligibility,
      cells.priority,
      cells.assessment,
      cells.action,
      cells.review,
      evidence.join(sep),
    ]);
  }
  rows.push([]);

  heading(t(lang, "archive.opinions"));
  heading(t(lang, "col.dorm"), t(lang, "archive.opinions"));
  for (const [dormId, opinion] of Object.entries(frozen.opinions)) rows.push([labelOf(dormId), opinion]);

  return {
    name: t(lang, "archive.tab", { semester: frozen.semesterId }),
    rows,
    bold,
    widths: [14, 14, 12, 10, 22, 10, 10, 12, 10, 20, 30, 24, 60],
  };
}

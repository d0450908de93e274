import type { Lang } from "../engine/labels.ts";
import { FIELD_LABEL } from "../intake/fields.ts";
import type { IntakePreview, PreviewRow } from "../intake/plan.ts";
import { t } from "./import-labels.ts";

/** Width in terminal cells: CJK characters and full-width punctuation take two. */
function cells(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - cells(text)));
}

/** Rows laid out in columns two cells apart, the last column left ragged. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => cells(r[c] ?? ""))));
  return rows.map((row) =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : pad(cell, (widths[c] ?? 0) + 2)))
      .join("")
      .trimEnd(),
  );
}

function resultOf(row: PreviewRow): string {
  return [row.result, row.score].filter((v) => v !== "").join(" / ");
}

/**
 * A dry run as the command line prints it: where the table came from and how it was read, which
 * column went to which field, then one line per row (row number, what happens to it, what was
 * read, and why it is a duplicate or cannot be read), then the totals.
 *
 * @example
 * listingLines(plan.preview, "列对应…", "zh")[0] //=> "导入预览：问卷星.csv（UTF-8 编码，带 BOM），表头在第 1 行，数据 12 行"
 */
export function listingLines(preview: IntakePreview, how: string, lang: Lang): string[] {
  const sep = t(lang, "intake.list");
  const lines = [
    t(lang, "import.heading", {
      source: preview.source,
      how,
      header: preview.headerRow,
      rows: preview.dataRows,
    }),
  ];
  const used = preview.columns.filter((c) => c.field !== undefined);
  if (used.length > 0) {
    const pairs = used.map((c) => {
      const field = t(lang, FIELD_LABEL[c.field as keyof typeof FIELD_LABEL]);
      return c.how === "named"
        ? t(lang, "import.pair", { header: c.header, field })
        : t(lang, "import.pairHow", {
            header: c.header,
            field,
            how: t(lang, `intake.how.${c.how as "given" | "remembered"}`),
          });
    });
    lines.push(t(lang, "import.columns", { pairs: pairs.join(lang === "zh" ? " · " : " · ") }));
  }
  const unused = preview.columns.filter((c) => c.field === undefined && c.header !== "").map((c) => c.header);
  if (unused.length > 0) lines.push(t(lang, "import.unused", { columns: unused.join(sep) }));
  if (preview.rows.length > 0) {
    lines.push("");
    lines.push(
      ...columns([
        [
          t(lang, "import.head.row"),
          t(lang, "import.head.status"),
          t(lang, "col.date"),
          t(lang, "col.dorm"),
          t(lang, "col.category"),
          t(lang, "import.head.result"),
          t(lang, "col.inspector"),
          t(lang, "import.head.reason"),
        ],
        ...preview.rows.map((r) => [
          String(r.row),
          t(lang, `intake.status.${r.status}`),
          r.date,
          r.dorm,
          r.category,
          resultOf(r),
          r.inspector,
          r.reason,
        ]),
      ]),
    );
    lines.push("");
    lines.push(t(lang, "import.total", { counts: t(lang, "intake.counts", preview.counts) }));
  }
  return lines;
}

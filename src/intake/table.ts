import Papa from "papaparse";

/**
 * Splits delimited text into rows of cells: a CSV file, a tab-separated export, or a table copied
 * from a spreadsheet and pasted (tabs). papaparse guesses the delimiter (comma, tab, semicolon,
 * |), honours quotes (cells with commas, quotes or line breaks) and drops a leading byte-order
 * mark; empty lines are skipped. Cells stay text: the import reads them as the workbook would.
 *
 * @example
 * parseDelimited("宿舍号\t结果\n3-201\t合格\n") //=> [["宿舍号", "结果"], ["3-201", "合格"]]
 */
export function parseDelimited(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ""), {
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", "\t", ";", "|"],
  });
  return parsed.data;
}

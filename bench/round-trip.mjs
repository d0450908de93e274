// exceljs's own read and write of a workbook, nothing else: the baseline of the offline benchmark.
// Usage: node bench/round-trip.mjs <in.xlsx> <out.xlsx>
import ExcelJS from "exceljs";

const [input, output] = process.argv.slice(2);
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(input);
await workbook.xlsx.writeFile(output);

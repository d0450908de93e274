/**
 * The sample department and the template of a new workbook, as the module Apps Script loads on
 * demand (dist/SampleCode.html) when "Insert sample data" or "Set up tabs" runs: both are large
 * and no other execution needs them.
 */
export { sampleWorkbook } from "./sample.ts";
export { templateWorkbook } from "./template.ts";

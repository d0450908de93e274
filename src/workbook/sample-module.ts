/**
 * The sample department, as the module Apps Script loads on demand (dist/SampleCode.html) when
 * "Insert sample data" runs: the generator is large and no other execution needs it.
 */
export { sampleWorkbook } from "./sample.ts";

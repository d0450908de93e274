import type { Grid } from "../src/workbook/layout.ts";
import { sampleWorkbook } from "../src/workbook/sample.ts";

/** The sample with its inspections repeated `times` times: the same dorms, `times`× the rows. */
export function scaled(times: number): Grid[] {
  return sampleWorkbook("zh").map((grid, i) => {
    if (i !== 2) return grid;
    const [header, ...rows] = grid.values;
    return { name: grid.name, values: [header ?? [], ...Array.from({ length: times }, () => rows).flat()] };
  });
}

import type { Day } from "../engine/day.ts";
import { dayOfDate } from "../workbook/cells.ts";

/** Today's calendar day in the spreadsheet's time zone. */
export function todayIn(timeZone: string): Day {
  return dayOfDate(new Date(), timeZone) as Day;
}

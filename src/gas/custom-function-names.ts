/** The custom functions the add-on defines, as Sheets shows them. */
export const CUSTOM_FUNCTIONS = [
  "DORMGRADE",
  "DORMFAILS",
  "DORMSTREAK",
  "DORMSCORE",
  "MEMBEROUTCOME",
] as const;

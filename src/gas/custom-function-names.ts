/** The custom functions the add-on defines, as Sheets shows them. */
export const CUSTOM_FUNCTIONS = ["DORMGRADE", "DORMFAILS", "DORMSTREAK", "MEMBEROUTCOME"] as const;

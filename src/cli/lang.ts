import type { Lang } from "../engine/labels.ts";

/**
 * The language the command line speaks: `DORM_PLAQUE_LANG`, else the locale of the shell
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`) when it is Chinese or English, else zh.
 *
 * @example
 * cliLang({ LANG: "en_US.UTF-8" }) //=> "en"
 */
export function cliLang(env: Record<string, string | undefined>): Lang {
  for (const value of [env.DORM_PLAQUE_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    const code = (value ?? "").toLowerCase();
    if (code.startsWith("zh")) return "zh";
    if (code.startsWith("en")) return "en";
  }
  return "zh";
}

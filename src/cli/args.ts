import { extname } from "node:path";
import { type Day, dayOf, dayOfIso } from "../engine/day.ts";
import type { Lang } from "../engine/labels.ts";
import { parseSemesterId } from "../engine/semester.ts";
import { CliError } from "./cli-error.ts";
import { t } from "./labels.ts";

/** A command line split into its words and its flags. */
export interface Parsed {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
  /** The language of the command line's own messages. */
  readonly lang: Lang;
}

const VALUE_FLAGS = new Set([
  "--out",
  "--lang",
  "--today",
  "--semester",
  "--from",
  "--to",
  "--into",
  "--map",
  "--month",
  "--reason",
  "--year",
  "--student",
]);
const BOOLEAN_FLAGS = new Set([
  "--sample",
  "--help",
  "-h",
  "--public",
  "--appendix",
  "--in-place",
  "--force",
  "--apply",
  "--all",
  "--undo",
]);

/** A usage error: the message, then the usage text. */
export function usageError(lang: Lang, message: string): CliError {
  return new CliError(`${message}\n\n${t(lang, "cli.usage")}`, 2);
}

/**
 * Splits the arguments into words and known flags; an unknown flag is a usage error.
 *
 * @example
 * parseArgs(["grade", "a.xlsx", "--out", "b.xlsx"], "en").flags.get("--out") //=> "b.xlsx"
 */
export function parseArgs(args: readonly string[], lang: Lang): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (VALUE_FLAGS.has(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith("--"))
        throw usageError(lang, t(lang, "cli.needsValue", { flag: arg }));
      flags.set(arg, value);
    } else if (BOOLEAN_FLAGS.has(arg)) flags.set(arg, true);
    else if (arg.startsWith("-")) throw usageError(lang, t(lang, "cli.unknownOption", { flag: arg }));
    else positional.push(arg);
  }
  return { positional, flags, lang };
}

/** A flag's value, when it was given one. */
export function flag(parsed: Parsed, name: string): string | undefined {
  const value = parsed.flags.get(name);
  return typeof value === "string" ? value : undefined;
}

/** The one file a command works on; anything else is a usage error. */
export function onePath(parsed: Parsed): string {
  const [path, extra] = parsed.positional.slice(1);
  if (!path || extra) throw usageError(parsed.lang, t(parsed.lang, "cli.expectedOneFile"));
  return path;
}

/**
 * Checks that a file name ends in one of the extensions a command writes; a usage error naming
 * the extension it has otherwise. `flagName` says where the name came from (`--out` or a word).
 *
 * @example
 * checkExtension(parsed, "report", "out.docx", [".html", ".pdf"], "--out")
 * // throws "report writes .html or .pdf files, not .docx: give --out a name ending in .html or .pdf"
 */
export function checkExtension(
  parsed: Parsed,
  command: string,
  path: string,
  allowed: readonly string[],
  flagName?: "--out",
): void {
  const ext = extname(path).toLowerCase();
  if (allowed.includes(ext)) return;
  const { lang } = parsed;
  const params = {
    command,
    allowed: alternatives(lang, allowed),
    ext: ext === "" ? t(lang, "cli.noExtension") : ext,
  };
  throw new CliError(t(lang, flagName ? "cli.outExtension" : "cli.pathExtension", params), 2);
}

/**
 * Words joined as alternatives: "a, b or c", "a、b 或 c".
 *
 * @example
 * alternatives("en", [".html", ".htm", ".pdf"]) //=> ".html, .htm or .pdf"
 */
export function alternatives(lang: Lang, words: readonly string[]): string {
  const last = words.at(-1) ?? "";
  if (words.length < 2) return last;
  const head = words.slice(0, -1).join(lang === "zh" ? "、" : ", ");
  return `${head}${lang === "zh" ? " 或 " : " or "}${last}`;
}

/** Today's calendar day where the command runs, unless `--today` says otherwise. */
export function todayOf(parsed: Parsed): Day {
  const given = flag(parsed, "--today");
  if (given !== undefined) {
    const day = dayOfIso(given);
    if (day === undefined) throw new CliError(t(parsed.lang, "cli.badToday", { value: given }), 2);
    return day;
  }
  const now = new Date();
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}

/** The semester `--semester` names, in either spelling; undefined when not given. */
export function semesterOf(parsed: Parsed): string | undefined {
  const given = flag(parsed, "--semester");
  if (given === undefined) return undefined;
  const id = parseSemesterId(given);
  if (!id) throw new CliError(t(parsed.lang, "cli.badSemester", { value: given }), 2);
  return id;
}

/** The `--lang` flag, checked; undefined when not given. */
export function langOf(parsed: Parsed): Lang | undefined {
  const given = flag(parsed, "--lang");
  if (given === undefined || given === "zh" || given === "en") return given;
  throw new CliError(t(parsed.lang, "cli.badLang", { value: given }), 2);
}

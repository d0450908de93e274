import { parseArgs, usageError } from "./args.ts";
import { CliError } from "./cli-error.ts";
import { appraisal } from "./commands/appraisal.ts";
import { archive } from "./commands/archive.ts";
import { grade } from "./commands/grade.ts";
import { importCommand } from "./commands/import.ts";
import { init } from "./commands/init.ts";
import { plaques } from "./commands/plaques.ts";
import { report } from "./commands/report.ts";
import { rollup } from "./commands/rollup.ts";
import { FileError, fileErrorMessage } from "./file-error.ts";
import { t } from "./labels.ts";
import { cliLang } from "./lang.ts";
import { progress, SILENT } from "./progress.ts";

type Print = (line: string) => void;

export interface MainOptions {
  /**
   * Show progress on `printError` for steps begun after this many ms; undefined for none. By
   * default 2 s when stderr is a terminal, and never when it is a pipe or a file.
   */
  readonly progressAfter?: number;
}

/**
 * Runs the command line; returns the exit code. Messages are in the shell's language (see
 * `cliLang`); output goes through `print` and `printError` so that tests can read it.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(
  args: readonly string[],
  print: Print = console.log,
  printError: Print = console.error,
  env: Record<string, string | undefined> = process.env,
  options: MainOptions = { progressAfter: process.stderr.isTTY ? 2000 : undefined },
): Promise<number> {
  const lang = cliLang(env);
  const steps =
    options.progressAfter === undefined
      ? SILENT
      : progress({ lang, write: printError, after: options.progressAfter });
  try {
    const parsed = parseArgs(args, lang);
    const command = parsed.positional[0];
    if (parsed.flags.has("--help") || parsed.flags.has("-h") || command === "help") {
      print(t(lang, "cli.usage"));
      return 0;
    }
    if (command === "grade") await grade(parsed, print, printError, steps);
    else if (command === "init") await init(parsed, print);
    else if (command === "report") await report(parsed, print);
    else if (command === "import") await importCommand(parsed, print, printError);
    else if (command === "plaques") await plaques(parsed, print);
    else if (command === "rollup") await rollup(parsed, print, steps);
    else if (command === "archive") await archive(parsed, print, printError);
    else if (command === "appraisal") await appraisal(parsed, print);
    else if (command) throw usageError(lang, t(lang, "cli.unknownCommand", { command }));
    else throw new CliError(t(lang, "cli.usage"), 2);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      printError(error.message);
      return error.exitCode;
    }
    if (error instanceof FileError) {
      printError(fileErrorMessage(error, lang));
      return 1;
    }
    throw error;
  } finally {
    steps.done();
  }
}

import { main } from "../../src/cli/main.ts";
import type { Lang } from "../../src/engine/labels.ts";

/** Runs the command line in-process and collects what it prints; messages in `lang` (default zh). */
export async function runCliIn(
  lang: Lang,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
    { ...process.env, DORM_PLAQUE_LANG: lang },
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Runs the command line in-process with its messages in zh, the default. */
export function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return runCliIn("zh", ...args);
}

import type { Lang } from "../engine/labels.ts";
import { type CliLabelKey, t } from "./labels.ts";

/** Tells the user what a slow command is doing. */
export interface Progress {
  /** A new step begins: shown once the command has run for a while, silent before. */
  step(key: CliLabelKey, params?: Record<string, string | number>): void;
  /** The command is done (or failed): no more lines, no timer left running. */
  done(): void;
}

export interface ProgressOptions {
  readonly lang: Lang;
  readonly write: (line: string) => void;
  /** Steps begun later than this (ms after the start) are shown; the step running then too. */
  readonly after: number;
  readonly now?: () => number;
}

/** A progress that never shows anything: for pipes, files and quick runs. */
export const SILENT: Progress = { step() {}, done() {} };

/**
 * Progress lines on stderr for a command that runs longer than `after` ms: nothing for a quick
 * run, then each step as it begins, with the seconds elapsed.
 *
 * @example
 * const p = progress({ lang: "zh", write: console.error, after: 2000 });
 * p.step("progress.reading", { path: "dept.xlsx" }); // shown only if still reading after 2 s
 */
export function progress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const start = now();
  let current: string | undefined;
  let shown: string | undefined;
  const show = () => {
    if (current === undefined || current === shown) return;
    const seconds = ((now() - start) / 1000).toFixed(1);
    options.write(t(options.lang, "progress.line", { seconds, step: current }));
    shown = current;
  };
  const timer = setTimeout(show, options.after);
  timer.unref();
  return {
    step(key, params = {}) {
      current = t(options.lang, key, params);
      if (shown !== undefined || now() - start >= options.after) show();
    },
    done() {
      clearTimeout(timer);
      current = undefined;
    },
  };
}

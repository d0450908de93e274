import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Temporary files still being written, removed if the process is interrupted. */
const pending = new Set<string>();
let handlersInstalled = false;

function removePending(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

/** On Ctrl-C or a kill, the half-written temporary file goes; the target was never touched. */
function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", removePending);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      removePending();
      process.kill(process.pid, signal);
    });
  }
}

/** A temporary name in the target's own folder, so that the final rename never crosses disks. */
function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/**
 * Writes a file atomically: `write` fills a temporary file beside the target, which is flushed to
 * disk and then renamed over the target. A failure or an interruption at any point leaves the
 * target as it was (or absent) and no temporary file behind.
 *
 * @example
 * await writeAtomically("out/report.html", async (tmp) => writeFileSync(tmp, html));
 */
export async function writeAtomically(
  target: string,
  write: (temporary: string) => Promise<void>,
): Promise<void> {
  installHandlers();
  const temporary = temporaryPath(target);
  pending.add(temporary);
  try {
    await write(temporary);
    const fd = openSync(temporary, "r+");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } finally {
    pending.delete(temporary);
    rmSync(temporary, { force: true });
  }
}

/**
 * Writes bytes or text to a file atomically (see `writeAtomically`).
 *
 * @example
 * await writeFileAtomically("out/report.html", "<!DOCTYPE html>…");
 */
export async function writeFileAtomically(target: string, data: string | Uint8Array): Promise<void> {
  await writeAtomically(target, async (temporary) => writeFileSync(temporary, data, { flag: "wx" }));
}

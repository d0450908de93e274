import { randomBytes } from "node:crypto";
import {
  closeSync,
  copyFileSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { FileError } from "./file-error.ts";

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

/** The system's error code (ENOSPC, EACCES, …) of a failed call; undefined for any other error. */
function errnoOf(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return /^E[A-Z]+$/.test(code) ? code : undefined;
}

function existsAsFolder(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/**
 * Creates a folder and its missing parents, one level at a time, and returns those it created
 * (outermost first). Node's own recursive mkdir spins forever where a parent exists but cannot
 * hold children (anything under /proc): here that is an error at once.
 *
 * @example
 * ensureFolder("out/reports") //=> ["/home/me/out", "/home/me/out/reports"] on a fresh checkout
 */
export function ensureFolder(folder: string): string[] {
  const missing: string[] = [];
  let dir = resolve(folder);
  for (;;) {
    const kind = existsAsFolder(dir);
    if (kind === true) break;
    if (kind === false) throw new FileError("ENOTDIR", dir, "folder");
    missing.unshift(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const created: string[] = [];
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      removeFolders(created);
      throw new FileError(errnoOf(error) ?? "EIO", dir, "folder");
    }
    created.push(dir);
  }
  return created;
}

/** Removes folders this run created, innermost first; a folder someone filled meanwhile stays. */
function removeFolders(created: readonly string[]): void {
  for (const dir of [...created].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

function flush(path: string, flags: "r" | "r+"): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the rename itself durable; some systems cannot open a folder for that, which is fine. */
function flushFolder(folder: string): void {
  try {
    flush(folder, "r");
  } catch {
    // The rename is done; only its durability across a power cut is left to the system.
  }
}

/**
 * Writes a file atomically: `write` fills a temporary file beside the target, which is flushed to
 * disk and then renamed over the target. Missing folders are created first. A failure or an
 * interruption at any point leaves the target as it was (or absent), no temporary file and no
 * folder this call created; the failure is a `FileError` naming the target.
 *
 * @example
 * await writeAtomically("out/report.html", async (tmp) => writeFileSync(tmp, html));
 */
export async function writeAtomically(
  target: string,
  write: (temporary: string) => Promise<void>,
): Promise<void> {
  if (existsAsFolder(target) === true) throw new FileError("EISDIR", target, "write");
  installHandlers();
  const created = ensureFolder(dirname(resolve(target)));
  const temporary = temporaryPath(target);
  pending.add(temporary);
  let done = false;
  try {
    await write(temporary);
    flush(temporary, "r+");
    renameSync(temporary, target);
    done = true;
    flushFolder(dirname(resolve(target)));
  } catch (error) {
    const code = errnoOf(error);
    throw code === undefined || error instanceof FileError ? error : new FileError(code, target, "write");
  } finally {
    pending.delete(temporary);
    rmSync(temporary, { force: true });
    if (!done) removeFolders(created);
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

/**
 * Copies a file atomically (see `writeAtomically`): the copy is whole or absent.
 *
 * @example
 * await copyFileAtomically("dept.xlsx", "dept.xlsx.bak");
 */
export async function copyFileAtomically(source: string, target: string): Promise<void> {
  await writeAtomically(target, async (temporary) => copyFileSync(source, temporary));
}

import { statSync } from "node:fs";
import { resolve } from "node:path";

/**
 * Whether two paths name the same file: the same path once resolved, or the same file on disk
 * (a hard link, a symbolic link, another spelling on a case-insensitive disk).
 *
 * @example
 * isSameFile("dept.xlsx", "./dept.xlsx") //=> true
 */
export function isSameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

import { dirname } from "node:path";
import type { Lang } from "../engine/labels.ts";
import { type CliLabelKey, t } from "./labels.ts";

/** What the command line was doing with a file when the system refused. */
export type FileAction = "read" | "write" | "folder";

/** A system error (ENOSPC, EACCES, …) on a file the command line reads or writes, with that file's path. */
export class FileError extends Error {
  constructor(
    readonly code: string,
    readonly path: string,
    readonly action: FileAction,
  ) {
    super(`${code}: ${action} ${path}`);
  }
}

const WRITE_KEYS: Record<string, CliLabelKey> = {
  ENOSPC: "file.noSpace",
  EDQUOT: "file.noSpace",
  EFBIG: "file.tooBig",
  EACCES: "file.denied",
  EPERM: "file.denied",
  EROFS: "file.readOnly",
  EISDIR: "file.isFolder",
  EBUSY: "file.busy",
  ETXTBSY: "file.busy",
  ENAMETOOLONG: "file.nameTooLong",
};

const READ_KEYS: Record<string, CliLabelKey> = {
  ENOENT: "cli.notFound",
  EACCES: "file.readDenied",
  EPERM: "file.readDenied",
  EISDIR: "file.readFolder",
  EBUSY: "file.busy",
  ENAMETOOLONG: "file.nameTooLong",
};

const FOLDER_KEYS: Record<string, CliLabelKey> = {
  ENOTDIR: "file.parentIsFile",
  ENOENT: "file.cannotCreateFolder",
  EACCES: "file.folderDenied",
  EPERM: "file.folderDenied",
  EROFS: "file.readOnly",
  ENOSPC: "file.noSpace",
  ENAMETOOLONG: "file.nameTooLong",
};

/**
 * A file error as one line the user can act on, in their language.
 *
 * @example
 * fileErrorMessage(new FileError("ENOSPC", "out.xlsx", "write"), "en")
 * //=> "Not enough disk space to write out.xlsx. Free some space or write elsewhere; no existing file was changed."
 */
export function fileErrorMessage(error: FileError, lang: Lang): string {
  const keys = error.action === "read" ? READ_KEYS : error.action === "folder" ? FOLDER_KEYS : WRITE_KEYS;
  const key = keys[error.code];
  const params = { path: error.path, parent: dirname(error.path), code: error.code };
  if (key) return t(lang, key, params);
  return t(lang, `file.other.${error.action}`, params);
}

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileError, fileErrorMessage } from "../../src/cli/file-error.ts";
import { ensureFolder, writeAtomically, writeFileAtomically } from "../../src/cli/write-file.ts";

const root = mkdtempSync(join(tmpdir(), "dorm-plaque-write-"));
let n = 0;
const fresh = (): string => {
  const dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  return dir;
};

function enospc(): Error {
  return Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
}

describe("writeAtomically", () => {
  it("replaces the target with the whole new file and leaves no temporary file", async () => {
    const dir = fresh();
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "old");
    await writeFileAtomically(target, "new");
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("leaves the previous file whole, and no temporary file, when the disk fills mid-write", async () => {
    const dir = fresh();
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "the department's only copy");
    const failing = writeAtomically(target, async (temporary) => {
      writeFileSync(temporary, "half a zi");
      throw enospc();
    });
    await expect(failing).rejects.toMatchObject({ code: "ENOSPC", path: target, action: "write" });
    expect(readFileSync(target, "utf8")).toBe("the department's only copy");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("removes the folders it created when the write then fails", async () => {
    const dir = fresh();
    const target = join(dir, "a", "b", "out.xlsx");
    await expect(
      writeAtomically(target, async () => {
        throw enospc();
      }),
    ).rejects.toBeInstanceOf(FileError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("creates missing folders for a new file", async () => {
    const dir = fresh();
    const target = join(dir, "out", "reports", "r.html");
    await writeFileAtomically(target, "<p>");
    expect(readFileSync(target, "utf8")).toBe("<p>");
  });

  it("refuses a target that is a folder, before writing anything", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "graded.xlsx"));
    let wrote = false;
    await expect(
      writeAtomically(join(dir, "graded.xlsx"), async () => {
        wrote = true;
      }),
    ).rejects.toMatchObject({ code: "EISDIR" });
    expect(wrote).toBe(false);
  });

  it("passes on errors that are not the system's, such as a bug in the writer", async () => {
    const dir = fresh();
    await expect(
      writeAtomically(join(dir, "x.xlsx"), async () => {
        throw new TypeError("not a file problem");
      }),
    ).rejects.toBeInstanceOf(TypeError);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("ensureFolder", () => {
  it("fails at once under /proc, where Node's recursive mkdir never returns", () => {
    const start = Date.now();
    expect(() => ensureFolder("/proc/nope/deeper")).toThrow(FileError);
    expect(Date.now() - start).toBeLessThan(1000);
    expect(existsSync("/proc/nope")).toBe(false);
  });

  it("names the file that stands where a folder should be", () => {
    const dir = fresh();
    writeFileSync(join(dir, "notes"), "");
    expect(() => ensureFolder(join(dir, "notes", "sub"))).toThrow(
      expect.objectContaining({ code: "ENOTDIR", path: join(dir, "notes") }),
    );
  });

  it("returns only the folders it created, outermost first", () => {
    const dir = fresh();
    expect(ensureFolder(join(dir, "x", "y"))).toEqual([join(dir, "x"), join(dir, "x", "y")]);
    expect(ensureFolder(join(dir, "x", "y"))).toEqual([]);
  });
});

describe("fileErrorMessage", () => {
  it("says in one line, in the user's language, what happened and what to do", () => {
    const full = new FileError("ENOSPC", "out/graded.xlsx", "write");
    expect(fileErrorMessage(full, "en")).toBe(
      "Not enough disk space to write out/graded.xlsx. Free some space or write elsewhere; no existing file was changed.",
    );
    expect(fileErrorMessage(full, "zh")).toContain("磁盘空间不足");
    for (const code of ["EACCES", "EPERM", "EROFS", "EISDIR", "EBUSY", "EIO"]) {
      for (const lang of ["zh", "en"] as const) {
        const line = fileErrorMessage(new FileError(code, "a.xlsx", "write"), lang);
        expect(line, `${code} ${lang}`).toContain("a.xlsx");
        expect(line).not.toContain("\n");
        expect(line).not.toMatch(/\{\w+\}/);
      }
    }
    expect(fileErrorMessage(new FileError("EIO", "a.xlsx", "write"), "en")).toContain("EIO");
  });

  it("tells reading from writing", () => {
    expect(fileErrorMessage(new FileError("EACCES", "in.xlsx", "read"), "en")).toMatch(
      /^No permission to read/,
    );
    expect(fileErrorMessage(new FileError("EISDIR", "in.xlsx", "read"), "en")).toContain("is a folder, not");
  });
});

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs, {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { workbookOf } from "../../../src/cli/xlsx.ts";
import { sampleWorkbook } from "../../../src/workbook/sample.ts";
import { runCli, runCliIn } from "../../support/cli.ts";

const bin = join(import.meta.dirname, "../../../bin/dorm-plaque.mjs");
const root = mkdtempSync(join(tmpdir(), "dorm-plaque-grade-"));
chmodSync(root, 0o755);
const sample = join(root, "sample.xlsx");
let n = 0;
const fresh = (): string => {
  const dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  chmodSync(dir, 0o755);
  return dir;
};

/** The files of a folder, temporary ones included: a failed write must leave none behind. */
const filesIn = (dir: string): string[] => readdirSync(dir).sort();

function run(args: string[], options: { as?: "nobody"; env?: Record<string, string> } = {}) {
  const argv = options.as
    ? ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, bin]
    : [bin];
  const command = options.as ? "setpriv" : process.execPath;
  return spawnSync(command, [...argv, ...args], {
    encoding: "utf8",
    env: { ...process.env, DORM_PLAQUE_LANG: "zh", HOME: root, ...options.env },
    timeout: 60_000,
  });
}

beforeAll(async () => {
  await workbookOf(sampleWorkbook("zh")).xlsx.writeFile(sample);
  chmodSync(sample, 0o644);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("grade --in-place", () => {
  it("keeps the original as .bak, then writes the graded workbook over it", async () => {
    const dir = fresh();
    const path = join(dir, "dept.xlsx");
    copyFileSync(sample, path);
    const r = await runCli("grade", path, "--in-place", "--today", "2026-01-20");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`${path}.bak`);
    expect(readFileSync(`${path}.bak`)).toEqual(readFileSync(sample));
    const graded = new ExcelJS.Workbook();
    await graded.xlsx.readFile(path);
    expect(graded.getWorksheet("宿舍")?.getRow(1).values).toContain("学期等级");
    expect(filesIn(dir)).toEqual(["dept.xlsx", "dept.xlsx.bak"]);
  });

  it("cannot be combined with --out", async () => {
    const r = await runCli("grade", sample, "--in-place", "--out", join(fresh(), "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe("--out 和 --in-place 只能选一个");
  });
});

describe("grade refuses to write over its input", () => {
  it("names --in-place when --out is the input file", async () => {
    const dir = fresh();
    const path = join(dir, "dept.xlsx");
    copyFileSync(sample, path);
    const r = await runCliIn("en", "grade", path, "--out", join(dir, ".", "dept.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("--in-place");
    expect(readFileSync(path)).toEqual(readFileSync(sample));
  });

  it("sees through links to the same file", async () => {
    const dir = fresh();
    const path = join(dir, "dept.xlsx");
    copyFileSync(sample, path);
    symlinkSync(path, join(dir, "link.xlsx"));
    fs.linkSync(path, join(dir, "hard.xlsx"));
    for (const other of ["link.xlsx", "hard.xlsx"]) {
      const r = await runCli("grade", path, "--out", join(dir, other));
      expect(r.code, other).toBe(2);
    }
    expect(readFileSync(path)).toEqual(readFileSync(sample));
  });

  it("names the extension it cannot write", async () => {
    const r = await runCliIn("en", "grade", sample, "--out", join(fresh(), "graded.csv"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("grade writes .xlsx files, not .csv");
  });
});

describe("grade when the system refuses the write", () => {
  it("leaves the previous output whole when the disk fills (injected write error)", async () => {
    const dir = fresh();
    const out = join(dir, "graded.xlsx");
    writeFileSync(out, "last week's graded copy");
    // exceljs writes through fs.createWriteStream: a stream that takes a few bytes, then reports a full disk.
    vi.spyOn(fs, "createWriteStream").mockImplementation((path) => {
      let written = 0;
      const stream = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          written += chunk.length;
          fs.appendFileSync(String(path), chunk);
          if (written > 4096) callback(Object.assign(new Error("ENOSPC: no space left"), { code: "ENOSPC" }));
          else callback();
        },
      });
      return stream as unknown as fs.WriteStream;
    });
    const r = await runCliIn("en", "grade", sample, "--out", out, "--today", "2026-01-20");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `Not enough disk space to write ${out}. Free some space or write elsewhere; no existing file was changed.`,
    );
    expect(readFileSync(out, "utf8")).toBe("last week's graded copy");
    expect(filesIn(dir)).toEqual(["graded.xlsx"]);
  });

  const canMount =
    spawnSync("unshare", ["-rm", "sh", "-c", "mount -t tmpfs -o size=8k tmpfs /mnt"]).status === 0;
  it.skipIf(!canMount)("leaves the previous output whole when a real disk fills (a 48 KB tmpfs)", () => {
    const dir = fresh();
    const small = join(dir, "small");
    mkdirSync(small);
    writeFileSync(join(dir, "previous"), "last week's graded copy");
    const script = [
      `mount -t tmpfs -o size=48k tmpfs '${small}'`,
      `cp '${join(dir, "previous")}' '${small}/graded.xlsx'`,
      `'${process.execPath}' '${bin}' grade '${sample}' --out '${small}/graded.xlsx' --today 2026-01-20`,
      'echo "exit=$?"',
      `ls -A '${small}'`,
      `cat '${small}/graded.xlsx'`,
    ].join("; ");
    const p = spawnSync("unshare", ["-rm", "sh", "-c", script], {
      encoding: "utf8",
      env: { ...process.env, DORM_PLAQUE_LANG: "en" },
    });
    expect(p.stdout).toBe("exit=1\ngraded.xlsx\nlast week's graded copy");
    expect(p.stderr.trim().split("\n")).toEqual([
      `Not enough disk space to write ${small}/graded.xlsx. Free some space or write elsewhere; no existing file was changed.`,
    ]);
  });

  const isRoot = process.getuid?.() === 0;
  const canDrop =
    !isRoot ||
    spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "true"]).status === 0;
  it.skipIf(!canDrop)("says in one line that the folder is not writable, and writes nothing", () => {
    const dir = fresh();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const p = run(["grade", sample, "--out", join(locked, "graded.xlsx"), "--today", "2026-01-20"], {
      ...(isRoot ? { as: "nobody" as const } : {}),
      env: { DORM_PLAQUE_LANG: "en" },
    });
    expect(p.status).toBe(1);
    expect(p.stderr.trim().split("\n")).toEqual([
      `No permission to write ${join(locked, "graded.xlsx")}. Write to a folder you may write in, or clear the file's read-only flag; no existing file was changed.`,
    ]);
    expect(filesIn(locked)).toEqual([]);
  });

  it("creates missing folders for --out", async () => {
    const dir = fresh();
    const out = join(dir, "2025", "autumn", "graded.xlsx");
    const r = await runCli("grade", sample, "--out", out, "--today", "2026-01-20");
    expect(r.code, r.err).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it("exits 1 at once for a folder that cannot exist, such as one under /proc", async () => {
    const start = Date.now();
    const r = await runCliIn("en", "grade", sample, "--out", "/proc/nope/out.xlsx", "--today", "2026-01-20");
    expect(r.code).toBe(1);
    expect(r.err).toBe("Cannot create the folder /proc/nope in /proc. Write to an ordinary folder.");
    expect(Date.now() - start).toBeLessThan(20_000);
  });

  it("says when --out is a folder", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "graded.xlsx"));
    const r = await runCliIn("en", "grade", sample, "--out", join(dir, "graded.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/graded\.xlsx is a folder\. Give a file name/);
  });

  it("says in one line that the input cannot be read", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "dept.xlsx"));
    const r = await runCliIn("en", "grade", join(dir, "dept.xlsx"), "--out", join(dir, "out.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${join(dir, "dept.xlsx")} is a folder, not an .xlsx workbook. Give the workbook file.`,
    );
  });
});

describe("grade interrupted", () => {
  /** Resolves once a temporary file appears in `dir`: the write has begun. */
  function writeBegins(dir: string, child: ChildProcess): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setInterval(() => {
        if (filesIn(dir).some((f) => f.endsWith(".tmp"))) {
          clearInterval(timer);
          resolve();
        }
      }, 5);
      child.once("exit", () => {
        clearInterval(timer);
        reject(new Error("the command ended before its write began"));
      });
    });
  }

  it("by Ctrl-C during a large write leaves the previous output whole and no temporary file", async () => {
    const dir = fresh();
    const input = join(dir, "large.xlsx");
    const grids = sampleWorkbook("zh").map((grid, i) =>
      i === 2 ? { ...grid, values: [...grid.values, ...Array(8).fill(grid.values.slice(1)).flat()] } : grid,
    );
    await workbookOf(grids).xlsx.writeFile(input);
    const out = join(dir, "graded.xlsx");
    writeFileSync(out, "last week's graded copy");
    const child = spawn(process.execPath, [bin, "grade", input, "--out", out, "--today", "2026-01-20"], {
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once("exit", (_code, s) => resolve(s)),
    );
    await writeBegins(dir, child);
    child.kill("SIGINT");
    expect(await exited).toBe("SIGINT");
    expect(readFileSync(out, "utf8")).toBe("last week's graded copy");
    expect(filesIn(dir)).toEqual(["graded.xlsx", "large.xlsx"]);
  }, 120_000);
});

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lockDataDir, lockFileName } from "./data-dir-lock.ts";

describe("lockDataDir", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "pathways-lock-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes this process's pid into the lock file and removes it on release", () => {
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, lockFileName), "utf8").trim()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(join(dir, lockFileName))).toBe(false);
  });

  it("refuses a directory locked by a live process and names its pid", () => {
    writeFileSync(join(dir, lockFileName), `${process.ppid}\n`);
    expect(() => lockDataDir(dir)).toThrow(`pid ${process.ppid}`);
    expect(() => lockDataDir(dir)).toThrow(/Stop that process first/);
  });

  it("refuses a second lock in the same process", () => {
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(`pid ${process.pid}`);
    lock.release();
  });

  it("takes over a lock left by a process that no longer runs", () => {
    const finished = spawnSync(process.execPath, ["-e", ""]);
    writeFileSync(join(dir, lockFileName), `${finished.pid}\n`);
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, lockFileName), "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });

  it("takes over a lock file that holds no pid", () => {
    writeFileSync(join(dir, lockFileName), "");
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, lockFileName), "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });

  it("leaves a lock alone on release when another process has taken it since", () => {
    const lock = lockDataDir(dir);
    writeFileSync(join(dir, lockFileName), `${process.ppid}\n`);
    lock.release();
    expect(readFileSync(join(dir, lockFileName), "utf8").trim()).toBe(String(process.ppid));
  });
});

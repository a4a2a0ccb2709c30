import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { startLockContender } from "../../test/lock/lock-contenders.ts";
import {
  DataDirLockedError,
  defaultLockMechanism,
  type LockMechanism,
  lockDataDir,
  lockFileName,
  lockSocketName,
  readLockHolder,
} from "./data-dir-lock.ts";

const stalePidFile = (dir: string, pid: number) =>
  writeFileSync(join(dir, lockFileName), `${JSON.stringify({ pid, started: "x", host: "h" })}\n`);

const mechanisms: LockMechanism[] = [...new Set([defaultLockMechanism(), "socket-file" as const])];

for (const mechanism of mechanisms) {
  describe(`lockDataDir with ${mechanism}`, () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "pathways-lock-"));
    });
    afterEach(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it("names its holder in the lock file and removes the file on release", async () => {
      const lock = await lockDataDir(dir, mechanism);
      expect(lock.mechanism).toBe(mechanism);
      expect(readLockHolder(dir)?.pid).toBe(process.pid);
      await lock.release();
      expect(existsSync(join(dir, lockFileName))).toBe(false);
      await (await lockDataDir(dir, mechanism)).release();
    });

    it("refuses a second lock while the first is held, naming the holder", async () => {
      const lock = await lockDataDir(dir, mechanism);
      const second = lockDataDir(dir, mechanism);
      await expect(second).rejects.toThrow(DataDirLockedError);
      await expect(lockDataDir(dir, mechanism)).rejects.toThrow(
        new RegExp(`pid ${process.pid}.*Stop that process first`),
      );
      await lock.release();
    });

    it("is not blocked by a lock file naming pid 1, a dead pid or a live unrelated pid", async () => {
      const finished = spawnSync(process.execPath, ["-e", ""]).pid ?? 999_999;
      for (const pid of [1, finished, process.ppid]) {
        stalePidFile(dir, pid);
        const lock = await lockDataDir(dir, mechanism);
        expect(readLockHolder(dir)?.pid).toBe(process.pid);
        await lock.release();
      }
    });

    it("is not blocked by a lock file that is garbage", async () => {
      writeFileSync(join(dir, lockFileName), "not json");
      await (await lockDataDir(dir, mechanism)).release();
    });
  });
}

describe("lockDataDir across processes", { timeout: 120_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), "pathways-lock-race-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("blocks while another process holds it and frees itself when that process is killed", async () => {
    const dir = join(root, "killed");
    mkdirSync(dir);
    const holder = startLockContender();
    expect(await holder.send("hold", dir)).toBe(`held ${dir}`);
    await expect(lockDataDir(dir)).rejects.toThrow(`pid ${holder.pid}`);
    await holder.kill();
    // SIGKILL ran no clean-up: the lock file still names the dead holder, and does not matter.
    expect(readLockHolder(dir)?.pid).toBe(holder.pid);
    const lock = await lockDataDir(dir);
    expect(readLockHolder(dir)?.pid).toBe(process.pid);
    await lock.release();
  });

  it("gives a crashed owner's directory to exactly one of several racing processes, 30 times", async () => {
    const contenders = Array.from({ length: 4 }, () => startLockContender());
    try {
      const rounds = Array.from({ length: 30 }, (_, round) => join(root, `race-${round}`));
      const winners: number[] = [];
      for (const dir of rounds) {
        mkdirSync(dir);
        stalePidFile(dir, 1);
        const answers = await Promise.all(contenders.map((c) => c.send("try", dir)));
        winners.push(answers.filter((answer) => answer.startsWith("won ")).length);
        expect(
          answers
            .filter((a) => a.startsWith("lost "))
            .every((a) => a.endsWith(" DataDirLockedError")),
        ).toBe(true);
      }
      expect(winners).toEqual(rounds.map(() => 1));
    } finally {
      await Promise.all(contenders.map((c) => c.kill()));
    }
  });
});

describe("the socket-file fallback", { timeout: 60_000 }, () => {
  it("keeps its socket in the data directory, and a crashed holder's socket does not block", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pathways-lock-"));
    try {
      const holder = startLockContender("socket-file");
      expect(await holder.send("hold", dir)).toBe(`held ${dir}`);
      expect(existsSync(join(dir, lockSocketName))).toBe(true);
      await expect(lockDataDir(dir, "socket-file")).rejects.toThrow(`pid ${holder.pid}`);
      await holder.kill();
      expect(existsSync(join(dir, lockSocketName))).toBe(true);
      const lock = await lockDataDir(dir, "socket-file");
      expect(readLockHolder(dir)?.pid).toBe(process.pid);
      await lock.release();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

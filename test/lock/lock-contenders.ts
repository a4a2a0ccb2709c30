import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { LockMechanism } from "../../src/storage/data-dir-lock.ts";

const script = fileURLToPath(new URL("./lock-contender.ts", import.meta.url));

/** A child process that takes data-directory locks when told to. */
export interface LockContender {
  pid: number;
  /** Sends "<verb> <dir>" and resolves with the answer line. */
  send(verb: "try" | "hold", dir: string): Promise<string>;
  /** Kills the process with SIGKILL: no clean-up at all. */
  kill(): Promise<void>;
}

/**
 * Starts a process running test/lock/lock-contender.ts (through tsx).
 *
 * @example
 * const contender = await startLockContender();
 * expect(await contender.send("try", dir)).toBe(`won ${dir}`);
 */
export function startLockContender(mechanism?: LockMechanism): LockContender {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", script], {
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, NODE_OPTIONS: "", LOCK_MECHANISM: mechanism ?? "" },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("Could not spawn the lock contender.");
  const waiting = new Map<string, (line: string) => void>();
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  lines.on("line", (line) => {
    const dir = line.split(" ")[1] ?? "";
    waiting.get(dir)?.(line);
    waiting.delete(dir);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    pid,
    send(verb, dir) {
      return new Promise((resolve) => {
        waiting.set(dir, resolve);
        child.stdin?.write(`${verb} ${dir}\n`);
      });
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}

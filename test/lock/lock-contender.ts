// A process that races for data-directory locks: for each line "<dir>" on stdin it tries to
// take that directory's lock, keeps it if it got it, and answers "won <dir>" or "lost <dir>".
// With "hold <dir>" it takes the lock, answers "held <dir>", and waits to be killed.
import { createInterface } from "node:readline";
import { type LockMechanism, lockDataDir } from "../../src/storage/data-dir-lock.ts";

const mechanism = (process.env.LOCK_MECHANISM || undefined) as LockMechanism | undefined;

const held: unknown[] = [];
for await (const line of createInterface({ input: process.stdin })) {
  const [verb, dir] = line.split(" ", 2);
  if (!dir) continue;
  try {
    held.push(await lockDataDir(dir, mechanism));
    process.stdout.write(`${verb === "hold" ? "held" : "won"} ${dir}\n`);
  } catch (error) {
    const code = error instanceof Error ? error.name : "Error";
    process.stdout.write(`lost ${dir} ${code}\n`);
  }
}

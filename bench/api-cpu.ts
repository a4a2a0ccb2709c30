import { readFileSync } from "node:fs";

// Linux reports process CPU time in clock ticks, 100 per second on every common kernel config.
const ticksPerSecond = 100;

/**
 * The CPU time a process has used so far (user plus system), in milliseconds, from /proc.
 *
 * @example
 * const before = readCpuMs(server.pid);
 */
export function readCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return ((user + system) * 1000) / ticksPerSecond;
}

import { readFileSync } from "node:fs";

/**
 * A process's resident memory now and at its peak, in MB, from /proc (Linux only).
 *
 * @example
 * const { rssMb, peakMb } = readRss(server.pid);
 */
export function readRss(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1]);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

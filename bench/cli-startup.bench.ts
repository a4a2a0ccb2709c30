import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// How long `pathways --help` takes against Node starting with nothing to do: the CLI loads only
// the command it runs, from the compiled build in dist/ when it is current (`npm run build`).
const runs = Number(process.env.BENCH_RUNS ?? 15);
const cli = new URL("../bin/pathways.js", import.meta.url).pathname;
const compiled = existsSync(new URL("../dist/cli/run-pathways.js", import.meta.url));

function timeRuns(args: string[], env: NodeJS.ProcessEnv = process.env): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const started = performance.now();
    execFileSync(process.execPath, args, { env, stdio: "ignore" });
    // The first two runs warm the file cache.
    if (i >= 2) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const median = (times: number[]) => times[Math.floor(times.length / 2)] ?? Number.NaN;
const baseline = median(timeRuns(["-e", "0"]));
const rows: [string, number][] = [
  ["node -e 0", baseline],
  ["pathways --help", median(timeRuns([cli, "--help"]))],
  ["pathways framework --help", median(timeRuns([cli, "framework", "--help"]))],
  [
    "pathways --help from source (tsx)",
    median(timeRuns([cli, "--help"], { ...process.env, PATHWAYS_FROM_SOURCE: "1" })),
  ],
];
console.log(
  `CLI start-up, Node ${process.version}, median of ${runs} runs; compiled build ${compiled ? "present" : "missing (run npm run build)"}`,
);
for (const [label, ms] of rows) {
  console.log(
    `${label.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / baseline).toFixed(1).padStart(5)}x node -e 0`,
  );
}

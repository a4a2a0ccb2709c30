import { cpus, loadavg } from "node:os";
import { type BenchSession, callJson, signIn } from "./api-client.ts";
import { readCpuMs } from "./api-cpu.ts";
import { type LoadResult, type LoadTarget, runLoad } from "./api-load.ts";
import { readRss } from "./api-rss.ts";
import { startBenchServer } from "./api-server.ts";

// The load generator shares the machine with the server, so connections stay modest.
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmUpSeconds = 3;

interface Row {
  name: string;
  result: LoadResult;
  /** The server's CPU time per request during the run. */
  cpuMs: number;
}

async function targetsFor(url: string, emails: Record<string, string>, password: string) {
  const { manager, member } = emails;
  if (!manager || !member) throw new Error("The server printed no manager or member login.");
  const reader = await signIn(url, manager, password);
  const { personId } = await signIn(url, member, password);
  const profilePath = `/api/v1/people/${personId}/profile`;
  const profile = await callJson<{ competencies: Record<string, unknown> }>(
    url,
    reader,
    "GET",
    profilePath,
  );
  const [competency = "product-strategy"] = Object.keys(profile.competencies);
  const draft = await callJson<{ id: string }>(url, reader, "POST", "/api/v1/assessments", {
    personId,
    raterKind: "manager",
  });
  const targets: Record<string, LoadTarget> = {
    "GET /healthz": { url, path: "/healthz" },
    "GET profile (manager reads a report)": { url, path: profilePath, headers: reader.headers },
    "PUT draft ratings (autosave)": {
      url,
      path: `/api/v1/assessments/${draft.id}/ratings`,
      method: "PUT",
      headers: reader.headers,
      body: JSON.stringify({
        ratings: [{ competency, level: 3, note: "Autosaved while typing." }],
      }),
    },
  };
  return { targets, reader, profilePath };
}

const missRounds = 200;

/**
 * The profile read right after a change elsewhere in the organisation, when nothing kept for it
 * holds: the owner renames a team, then the manager reads the profile, one at a time.
 */
async function readAfterChange(
  url: string,
  emails: Record<string, string>,
  password: string,
  profilePath: string,
  reader: BenchSession,
): Promise<{ p50: number; p99: number }> {
  if (!emails.owner) throw new Error("The server printed no owner login.");
  const owner = await signIn(url, emails.owner, password);
  const timings: number[] = [];
  for (let round = 0; round < missRounds; round++) {
    await callJson(url, owner, "PATCH", `/api/v1/people/${owner.personId}`, {
      team: `Team ${round}`,
    });
    const started = performance.now();
    await callJson(url, reader, "GET", profilePath);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (share: number) =>
    timings[Math.min(timings.length - 1, Math.floor(share * timings.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

async function benchDatabase(
  label: string,
  databaseUrl?: string,
  env?: Record<string, string>,
): Promise<void> {
  const server = await startBenchServer({ databaseUrl, env });
  try {
    const seeded = readRss(server.pid);
    const { targets, reader, profilePath } = await targetsFor(
      server.url,
      server.emails,
      server.password,
    );
    for (const target of Object.values(targets)) {
      await runLoad(target, { connections, seconds: warmUpSeconds });
    }
    const rows: Row[] = [];
    for (const [name, target] of Object.entries(targets)) {
      const cpuBefore = readCpuMs(server.pid);
      const result = await runLoad(target, { connections, seconds });
      const requests = result.rps * seconds;
      rows.push({
        name,
        result,
        cpuMs: (readCpuMs(server.pid) - cpuBefore) / Math.max(1, requests),
      });
    }
    const miss = await readAfterChange(
      server.url,
      server.emails,
      server.password,
      profilePath,
      reader,
    );
    const after = readRss(server.pid);
    const health = rows[0]?.result.rps ?? 1;
    console.log(
      `\n${label} — ${connections} connections, ${seconds} s per endpoint (load average now ${loadAverage()})`,
    );
    console.log(
      "endpoint                               req/s   p50 ms  p99 ms  vs /healthz  server CPU ms/req  failures",
    );
    for (const { name, result, cpuMs } of rows) {
      console.log(
        `${name.padEnd(37)} ${result.rps.toFixed(0).padStart(6)}  ${String(result.p50).padStart(6)}  ${String(result.p99).padStart(6)}  ${(result.rps / health).toFixed(2).padStart(11)}  ${cpuMs.toFixed(2).padStart(17)}  ${String(result.failures).padStart(8)}`,
      );
    }
    console.log(
      `profile read right after a change (nothing kept holds; ${missRounds} reads, one at a time): p50 ${miss.p50.toFixed(1)} ms, p99 ${miss.p99.toFixed(1)} ms`,
    );
    console.log(
      `server RSS: ${seeded.rssMb.toFixed(0)} MB after start and demo seeding, ${after.rssMb.toFixed(0)} MB after the runs (peak ${after.peakMb.toFixed(0)} MB)`,
    );
  } finally {
    await server.stop();
  }
}

console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadAverage()}`);
await benchDatabase("PGlite (data directory, durable: fsync on, the default)", undefined, {
  PATHWAYS_RELAXED_DURABILITY: "",
});
// The same server with fsync off, in the same run, so the cost of durability is measured under
// the same load; BENCH_DURABLE_ONLY=1 skips it.
if (!process.env.BENCH_DURABLE_ONLY) {
  await benchDatabase("PGlite (relaxed durability: fsync off)", undefined, {
    PATHWAYS_RELAXED_DURABILITY: "1",
  });
}
const postgres = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
if (postgres) await benchDatabase("PostgreSQL", postgres);
else
  console.log(
    "\nPostgreSQL: skipped (set DATABASE_URL, or run: bash scripts/with-postgres.sh npm run bench:api)",
  );

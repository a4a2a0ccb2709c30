import { cpus, loadavg } from "node:os";
import { callJson, signIn } from "./api-client.ts";
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
  return targets;
}

async function benchDatabase(label: string, databaseUrl?: string): Promise<void> {
  const server = await startBenchServer({ databaseUrl });
  try {
    const seeded = readRss(server.pid);
    const targets = await targetsFor(server.url, server.emails, server.password);
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
    const after = readRss(server.pid);
    const health = rows[0]?.result.rps ?? 1;
    console.log(`\n${label} — ${connections} connections, ${seconds} s per endpoint`);
    console.log(
      "endpoint                               req/s   p50 ms  p99 ms  vs /healthz  server CPU ms/req  failures",
    );
    for (const { name, result, cpuMs } of rows) {
      console.log(
        `${name.padEnd(37)} ${result.rps.toFixed(0).padStart(6)}  ${String(result.p50).padStart(6)}  ${String(result.p99).padStart(6)}  ${(result.rps / health).toFixed(2).padStart(11)}  ${cpuMs.toFixed(2).padStart(17)}  ${String(result.failures).padStart(8)}`,
      );
    }
    console.log(
      `server RSS: ${seeded.rssMb.toFixed(0)} MB after start and demo seeding, ${after.rssMb.toFixed(0)} MB after the runs (peak ${after.peakMb.toFixed(0)} MB)`,
    );
  } finally {
    await server.stop();
  }
}

console.log(
  `Node ${process.version}, ${cpus().length} cores, load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(" ")}`,
);
await benchDatabase("PGlite (data directory)");
const postgres = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
if (postgres) await benchDatabase("PostgreSQL", postgres);
else
  console.log(
    "\nPostgreSQL: skipped (set DATABASE_URL, or run: bash scripts/with-postgres.sh npm run bench:api)",
  );

import { cpus } from "node:os";
import { writeCsv } from "../src/framework/csv/write-csv.ts";
import { loadDefaultFramework } from "../test/default-framework.ts";
import { type BenchSession, callJson, signIn } from "./api-client.ts";
import { startBenchServer } from "./api-server.ts";
import { largeFrameworkSource } from "./large-framework.ts";

// How the embedded server answers others while heavy work runs: `/healthz` is asked every 10 ms
// while a 20,000-row people import and a 0.9 MB framework validation run, and its latency printed.
const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const validations = 3;

function peopleFile(rows: number): string {
  const titles = loadDefaultFramework().roles.map((role) => role.title);
  const lines: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const manager = i === 0 ? "" : `load-${Math.floor((i - 1) / 7)}@bench.test`;
    lines.push([`Load ${i}`, `load-${i}@bench.test`, titles[i % titles.length] ?? "", manager]);
  }
  return writeCsv([["name", "email", "job title", "manager email"], ...lines]);
}

/** Asks `/healthz` every 10 ms until stopped; returns every latency in milliseconds. */
function sampleHealth(url: string): { stop(): Promise<number[]> } {
  const timings: number[] = [];
  let running = true;
  let failures = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        await (await fetch(`${url}/healthz`)).arrayBuffer();
        timings.push(performance.now() - started);
      } catch {
        // A kept-alive connection the server closed as it was reused: counted, not fatal.
        failures += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      if (failures > 0) console.log(`  (${failures} /healthz requests failed to connect)`);
      return timings;
    },
  };
}

function describe(label: string, seconds: number, timings: number[]): string {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return `${label.padEnd(44)} ${seconds.toFixed(1).padStart(6)} s   /healthz n=${String(sorted.length).padStart(4)}  p50 ${at(0.5).toFixed(1).padStart(6)} ms  p99 ${at(0.99).toFixed(1).padStart(7)} ms  max ${(sorted.at(-1) ?? 0).toFixed(1).padStart(7)} ms`;
}

async function phase(url: string, label: string, work: () => Promise<void>): Promise<void> {
  const sampler = sampleHealth(url);
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  console.log(describe(label, seconds, await sampler.stop()));
}

async function importPeople(url: string, admin: BenchSession, csv: string): Promise<void> {
  const res = await fetch(`${url}/api/v1/imports/people`, {
    method: "POST",
    headers: { ...admin.headers, "content-type": "text/csv" },
    body: csv,
  });
  if (res.status !== 202) throw new Error(`the import answered ${res.status}: ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  for (;;) {
    const job = await callJson<{ status: string; error?: string | null }>(
      url,
      admin,
      "GET",
      `/api/v1/imports/${id}`,
    );
    if (job.status === "done") return;
    if (job.status === "failed") throw new Error(`the import failed: ${job.error}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const databaseUrl = process.env.BENCH_DATABASE_URL;
const server = await startBenchServer(databaseUrl ? { databaseUrl } : {});
try {
  const owner = server.emails.owner;
  if (!owner) throw new Error("The server printed no owner login.");
  const admin = await signIn(server.url, owner, server.password);
  const csv = peopleFile(importRows);
  const source = largeFrameworkSource();
  console.log(
    `${databaseUrl ? "PostgreSQL" : "PGlite"}, ${cpus().length} cores; people file ${(csv.length / 1024 / 1024).toFixed(1)} MB, framework ${(source.length / 1024 / 1024).toFixed(2)} MB`,
  );
  await phase(server.url, "idle (3 s)", () => new Promise((resolve) => setTimeout(resolve, 3000)));
  await phase(server.url, `framework validation ×${validations} (0.9 MB)`, async () => {
    for (let i = 0; i < validations; i++) {
      const answer = await callJson<{ valid: boolean }>(
        server.url,
        admin,
        "POST",
        "/api/v1/frameworks/validate",
        { source, fileName: "large.yaml" },
      );
      if (!answer.valid) throw new Error("the large framework did not validate");
    }
  });
  await phase(server.url, `people import (${importRows.toLocaleString("en")} rows)`, () =>
    importPeople(server.url, admin, csv),
  );
} finally {
  await server.stop();
}

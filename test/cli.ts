import { createHash, randomBytes } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";
import { main } from "../src/cli/main.ts";
import { seedDemoOrganisation } from "../src/demo/seed-demo-organisation.ts";
import type { Database } from "../src/storage/database.ts";
import { openDatabase } from "../src/storage/open-database.ts";
import {
  type AuditEntry,
  type AuditLogFilters,
  listAuditLog,
} from "../src/storage/queries/audit-log.ts";
import { loadDefaultFramework } from "./default-framework.ts";

/** The demo login CLI tests act for: a Product Manager with a profile, plan and evidence. */
export const demoMemberEmail = "quinn.becker@example.com";

/**
 * Creates an embedded database directory holding the demo organisation, runs `prepare` on it
 * (to read or add what a test needs) and closes it, so commands can open it with --data-dir.
 * The demo is seeded once into a template directory and copied for each call: seeding takes
 * most of a minute, copying well under a second.
 */
export async function seedDemoDataDir<T>(
  prepare: (db: Database, orgId: string) => Promise<T>,
): Promise<{ dataDir: string; prepared: T }> {
  const template = await demoDataDirTemplate();
  const dataDir = join(mkdtempSync(join(tmpdir(), "pathways-cli-")), "data");
  cpSync(template.dataDir, dataDir, { recursive: true });
  const handle = await openDatabase({ dataDir, relaxedDurability: true });
  try {
    return { dataDir, prepared: await prepare(handle.db, template.orgId) };
  } finally {
    await handle.close();
  }
}

let demoTemplate: Promise<{ dataDir: string; orgId: string }> | undefined;

/** The seeded demo data directory, built once per set of sources and cached on disk. */
function demoDataDirTemplate(): Promise<{ dataDir: string; orgId: string }> {
  demoTemplate ??= loadOrSeedDemoTemplate();
  return demoTemplate;
}

async function loadOrSeedDemoTemplate(): Promise<{ dataDir: string; orgId: string }> {
  const cacheDir = join(process.cwd(), "node_modules", ".cache", "pathways");
  const dir = join(cacheDir, `demo-data-${demoSourcesDigest()}`);
  const read = () => ({
    dataDir: join(dir, "data"),
    orgId: JSON.parse(readFileSync(join(dir, "org.json"), "utf8")).orgId as string,
  });
  if (existsSync(join(dir, "org.json"))) return read();
  // Parallel test files may seed at once: build aside, then rename into place atomically.
  const partial = `${dir}.${process.pid}.${randomBytes(4).toString("hex")}`;
  mkdirSync(partial, { recursive: true });
  // The template is copied, never served: durability would only slow the seeding down.
  const handle = await openDatabase({ dataDir: join(partial, "data"), relaxedDurability: true });
  try {
    const { orgId } = await seedDemoOrganisation({
      db: handle.db,
      framework: loadDefaultFramework(),
      now: new Date("2026-06-01T08:00:00.000Z"),
      hashPassword: async (password) => `plain:${password}`,
    });
    writeFileSync(join(partial, "org.json"), JSON.stringify({ orgId }));
  } finally {
    await handle.close();
  }
  try {
    renameSync(partial, dir);
  } catch {
    // Another file finished seeding first: its copy is as good as this one.
    rmSync(partial, { recursive: true, force: true });
  }
  pruneStaleDemoTemplates(cacheDir, dir);
  return read();
}

/** Removes demo templates of earlier sources, once no run can still be copying them. */
function pruneStaleDemoTemplates(cacheDir: string, current: string): void {
  const stale = Date.now() - 30 * 60_000;
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (!name.startsWith("demo-data-") || path === current) continue;
    if (statSync(path).mtimeMs < stale) rmSync(path, { recursive: true, force: true });
  }
}

/** Everything the seeded demo depends on: the sources (not tests), migrations and frameworks. */
function demoSourcesDigest(): string {
  const hash = createHash("sha256");
  for (const root of ["src", "drizzle", "frameworks"]) {
    const entries = readdirSync(root, { recursive: true }).map(String).sort();
    for (const entry of entries) {
      if (entry.includes(".test.") || entry.startsWith("web")) continue;
      if (!/\.(ts|sql|json|ya?ml)$/.test(entry)) continue;
      hash.update(`${root}/${entry}`).update(readFileSync(join(root, entry)));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/** Runs `pathways ...args` in-process, capturing standard output and error. */
export async function runCli(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(["node", "pathways", ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}

/**
 * The audit entries of a data directory's organisation that match the filters, newest first:
 * what a CLI command left on the record.
 *
 * @example expect(await auditTrail(dataDir, { orgId, action: "org:backup" })).toHaveLength(1);
 */
export async function auditTrail(dataDir: string, filters: AuditLogFilters): Promise<AuditEntry[]> {
  const handle = await openDatabase({ dataDir });
  try {
    return await listAuditLog(handle.db, filters);
  } finally {
    await handle.close();
  }
}

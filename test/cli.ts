import { mkdtempSync } from "node:fs";
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
 */
export async function seedDemoDataDir<T>(
  prepare: (db: Database, orgId: string) => Promise<T>,
): Promise<{ dataDir: string; prepared: T }> {
  const dataDir = join(mkdtempSync(join(tmpdir(), "pathways-cli-")), "data");
  const handle = await openDatabase({ dataDir });
  try {
    const { orgId } = await seedDemoOrganisation({
      db: handle.db,
      framework: loadDefaultFramework(),
      now: new Date("2026-06-01T08:00:00.000Z"),
      hashPassword: async (password) => `plain:${password}`,
    });
    return { dataDir, prepared: await prepare(handle.db, orgId) };
  } finally {
    await handle.close();
  }
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

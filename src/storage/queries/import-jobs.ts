import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { type ImportJobCounts, type ImportJobResult, importJobs } from "../schema.ts";

/** A people import as stored. */
export type StoredImportJob = typeof importJobs.$inferSelect;

/** Records a new running import of an organisation. */
export async function createImportJob(
  db: Database,
  input: { orgId: string; startedBy: string | null; counts: ImportJobCounts; total: number },
): Promise<StoredImportJob> {
  const [row] = await db.insert(importJobs).values(input).returning();
  if (!row) throw new Error("Creating the import job returned no row.");
  return row;
}

/** Finds an import of an organisation, or null. */
export async function getImportJob(
  db: Database,
  orgId: string,
  id: string,
): Promise<StoredImportJob | null> {
  const [row] = await db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.orgId, orgId), eq(importJobs.id, id)));
  return row ?? null;
}

/** Records how far a running import got; the time of the report shows it is still alive. */
export async function reportImportProgress(
  db: Database,
  input: { orgId: string; id: string; processed: number; total: number },
): Promise<void> {
  await db
    .update(importJobs)
    .set({ processed: input.processed, total: input.total, updatedAt: sql`now()` })
    .where(
      and(
        eq(importJobs.orgId, input.orgId),
        eq(importJobs.id, input.id),
        eq(importJobs.status, "running"),
      ),
    );
}

/** Records how a running import ended: what it wrote, or why it wrote nothing. */
export async function finishImportJob(
  db: Database,
  input: { orgId: string; id: string } & (
    | { result: ImportJobResult; processed: number; total: number }
    | { error: string }
  ),
): Promise<void> {
  const outcome =
    "result" in input
      ? {
          status: "done" as const,
          result: input.result,
          processed: input.processed,
          total: input.total,
        }
      : { status: "failed" as const, error: input.error };
  await db
    .update(importJobs)
    .set({ ...outcome, updatedAt: sql`now()` })
    .where(
      and(
        eq(importJobs.orgId, input.orgId),
        eq(importJobs.id, input.id),
        eq(importJobs.status, "running"),
      ),
    );
}

import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../database.ts";
import { cycleSnapshots, cycles } from "../schema.ts";

/** One snapshot to keep: what a person's profile and readiness were when a cycle closed. */
export interface NewCycleSnapshot {
  cycleId: string;
  orgId: string;
  personId: string;
  content: unknown;
}

/**
 * Keeps snapshots; one already kept for a person and cycle stays as it was (a snapshot is never
 * rewritten). Answers how many were new.
 */
export async function keepCycleSnapshots(
  db: Database,
  snapshots: readonly NewCycleSnapshot[],
): Promise<number> {
  if (snapshots.length === 0) return 0;
  const kept = await db
    .insert(cycleSnapshots)
    .values([...snapshots])
    .onConflictDoNothing()
    .returning({ personId: cycleSnapshots.personId });
  return kept.length;
}

/** A person's snapshot with the cycle it was taken at. */
export interface StoredCycleSnapshot {
  cycleId: string;
  cycleName: string;
  endsOn: string;
  takenAt: Date;
  content: unknown;
}

/** A person's snapshots, oldest cycle first. */
export async function listPersonSnapshots(
  db: Database,
  orgId: string,
  personId: string,
): Promise<StoredCycleSnapshot[]> {
  return db
    .select({
      cycleId: cycleSnapshots.cycleId,
      cycleName: cycles.name,
      endsOn: cycles.endsOn,
      takenAt: cycleSnapshots.takenAt,
      content: cycleSnapshots.content,
    })
    .from(cycleSnapshots)
    .innerJoin(cycles, eq(cycles.id, cycleSnapshots.cycleId))
    .where(and(eq(cycleSnapshots.orgId, orgId), eq(cycleSnapshots.personId, personId)))
    .orderBy(asc(cycles.endsOn), asc(cycleSnapshots.takenAt));
}

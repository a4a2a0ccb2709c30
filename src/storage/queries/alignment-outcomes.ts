import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { alignmentOutcomes, cycles, people, users } from "../schema.ts";

/** What a person and their manager agreed in one cycle, as stored. */
export interface StoredAlignmentOutcome {
  cycleId: string;
  cycleName: string;
  personId: string;
  note: string;
  /** Competency id -> agreed level. */
  agreedLevels: Record<string, number>;
  /** The name of whoever recorded it last, or null when their account is gone. */
  recordedByName: string | null;
  recordedAt: Date;
}

/** A new or revised outcome. */
export interface NewAlignmentOutcome {
  cycleId: string;
  orgId: string;
  personId: string;
  note: string;
  agreedLevels: Record<string, number>;
  recordedByUserId: string | null;
  recordedAt: Date;
}

const selected = {
  cycleId: alignmentOutcomes.cycleId,
  cycleName: cycles.name,
  personId: alignmentOutcomes.personId,
  note: alignmentOutcomes.note,
  agreedLevels: alignmentOutcomes.agreedLevels,
  recordedByName: sql<string | null>`coalesce(${people.name}, ${users.email})`,
  recordedAt: alignmentOutcomes.recordedAt,
};

function outcomes(db: Database) {
  return db
    .select(selected)
    .from(alignmentOutcomes)
    .innerJoin(cycles, eq(cycles.id, alignmentOutcomes.cycleId))
    .leftJoin(users, eq(users.id, alignmentOutcomes.recordedByUserId))
    .leftJoin(people, eq(people.id, users.personId));
}

const toOutcome = (
  row: Omit<StoredAlignmentOutcome, "agreedLevels"> & { agreedLevels: unknown },
) => ({
  ...row,
  agreedLevels: (row.agreedLevels ?? {}) as Record<string, number>,
});

/** The outcome a person and their manager recorded in a cycle, or null. */
export async function getAlignmentOutcome(
  db: Database,
  orgId: string,
  cycleId: string,
  personId: string,
): Promise<StoredAlignmentOutcome | null> {
  const [row] = await outcomes(db).where(
    and(
      eq(alignmentOutcomes.orgId, orgId),
      eq(alignmentOutcomes.cycleId, cycleId),
      eq(alignmentOutcomes.personId, personId),
    ),
  );
  return row ? toOutcome(row) : null;
}

/** The person's most recently recorded outcome in any cycle, or null: what their plan starts from. */
export async function latestAlignmentOutcome(
  db: Database,
  orgId: string,
  personId: string,
): Promise<StoredAlignmentOutcome | null> {
  const [row] = await outcomes(db)
    .where(and(eq(alignmentOutcomes.orgId, orgId), eq(alignmentOutcomes.personId, personId)))
    .orderBy(desc(alignmentOutcomes.recordedAt))
    .limit(1);
  return row ? toOutcome(row) : null;
}

/** Keeps an outcome, replacing the one already recorded for the person in the cycle. */
export async function saveAlignmentOutcome(
  db: Database,
  outcome: NewAlignmentOutcome,
): Promise<void> {
  await db
    .insert(alignmentOutcomes)
    .values(outcome)
    .onConflictDoUpdate({
      target: [alignmentOutcomes.cycleId, alignmentOutcomes.personId],
      set: {
        note: outcome.note,
        agreedLevels: outcome.agreedLevels,
        recordedByUserId: outcome.recordedByUserId,
        recordedAt: outcome.recordedAt,
      },
    });
}

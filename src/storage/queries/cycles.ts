import { and, asc, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { cycleParticipants, cycles, organisations, people } from "../schema.ts";
import { anyId } from "./any-id.ts";
import { reportIds } from "./reporting-lines.ts";

/** A cycle as stored. */
export type StoredCycle = typeof cycles.$inferSelect;

/** Who a new cycle is for: everyone, everyone under a manager, or a list of people. */
export type CyclePopulation =
  | { kind: "everyone" }
  | { kind: "team"; managerId: string }
  | { kind: "people"; personIds: string[] };

/** What a new cycle needs besides its population. */
export type NewCycle = Pick<
  typeof cycles.$inferInsert,
  | "orgId"
  | "name"
  | "startsOn"
  | "endsOn"
  | "selfRated"
  | "managerRated"
  | "peerCount"
  | "peerChooser"
> & { createdByUserId: string | null };

function populationFilter(orgId: string, population: CyclePopulation): SQL | undefined {
  switch (population.kind) {
    case "everyone":
      return undefined;
    case "team":
      return sql`${people.id} in ${reportIds(orgId, population.managerId)}`;
    case "people":
      return anyId(people.id, population.personIds);
  }
}

/**
 * Creates an open cycle and its participants (the population as it stands now, each with the
 * manager they have today), in the caller's transaction. Answers the cycle and how many joined.
 *
 * @example
 * const { cycle, participants } = await createCycle(tx, input, { kind: "everyone" });
 */
export async function createCycle(
  db: Database,
  input: NewCycle,
  population: CyclePopulation,
): Promise<{ cycle: StoredCycle; participants: number }> {
  const [cycle] = await db.insert(cycles).values(input).returning();
  if (!cycle) throw new Error("Creating the cycle returned no row.");
  const joined = await db
    .insert(cycleParticipants)
    .select(
      db
        .select({
          cycleId: sql<string>`${cycle.id}::uuid`.as("cycle_id"),
          orgId: people.orgId,
          personId: people.id,
          managerId: people.managerId,
        })
        .from(people)
        .where(and(eq(people.orgId, input.orgId), populationFilter(input.orgId, population))),
    )
    .returning({ personId: cycleParticipants.personId });
  return { cycle, participants: joined.length };
}

/** A cycle of an organisation, or null. */
export async function getCycle(
  db: Database,
  orgId: string,
  id: string,
): Promise<StoredCycle | null> {
  const [row] = await db
    .select()
    .from(cycles)
    .where(and(eq(cycles.orgId, orgId), eq(cycles.id, id)));
  return row ?? null;
}

/** A cycle with how many people are in it. */
export interface CycleWithCount extends StoredCycle {
  participants: number;
}

/** An organisation's cycles, open ones first, then the latest window first. */
export async function listCycles(db: Database, orgId: string): Promise<CycleWithCount[]> {
  const rows = await db
    .select({
      cycle: cycles,
      participants: sql<number>`(select count(*)::int from ${cycleParticipants} cp where cp.cycle_id = ${cycles.id})`,
    })
    .from(cycles)
    .where(eq(cycles.orgId, orgId))
    .orderBy(asc(cycles.status), desc(cycles.startsOn), asc(cycles.name));
  return rows.map((row) => ({ ...row.cycle, participants: Number(row.participants) }));
}

/**
 * Marks an open cycle closed at `now`; answers the closed cycle, or null when it was not open
 * (already closed, or not there), so closing twice changes nothing.
 */
export async function markCycleClosed(
  db: Database,
  orgId: string,
  id: string,
  now: Date,
): Promise<StoredCycle | null> {
  const [row] = await db
    .update(cycles)
    .set({ status: "closed", closedAt: now })
    .where(
      and(
        eq(cycles.orgId, orgId),
        eq(cycles.id, id),
        eq(cycles.status, "open"),
        isNull(cycles.closedAt),
      ),
    )
    .returning();
  return row ?? null;
}

/** The ids of a cycle's participants, in name order. */
export async function cycleParticipantIds(db: Database, cycleId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: cycleParticipants.personId })
    .from(cycleParticipants)
    .innerJoin(people, eq(people.id, cycleParticipants.personId))
    .where(eq(cycleParticipants.cycleId, cycleId))
    .orderBy(asc(people.name), asc(people.id));
  return rows.map((row) => row.personId);
}

/** An open cycle with its organisation's time zone, for the reminders every organisation gets. */
export interface OpenCycle extends StoredCycle {
  timeZone: string;
}

/** Every organisation's open cycles, soonest end first. */
export async function listOpenCycles(db: Database): Promise<OpenCycle[]> {
  const rows = await db
    .select({ cycle: cycles, timeZone: organisations.timeZone })
    .from(cycles)
    .innerJoin(organisations, eq(organisations.id, cycles.orgId))
    .where(eq(cycles.status, "open"))
    .orderBy(asc(cycles.endsOn));
  return rows.map((row) => ({ ...row.cycle, timeZone: row.timeZone }));
}

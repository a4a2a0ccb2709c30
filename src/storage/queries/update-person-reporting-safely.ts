import { sql } from "drizzle-orm";
import { ConflictError } from "../conflict-error.ts";
import type { Database } from "../database.ts";
import { type PersonPatch, type StoredPerson, updatePerson } from "./people.ts";
import { managerChain } from "./reporting-lines.ts";

// The first key of the advisory lock: which kind of lock; the second is the organisation's hash.
const reportingLinesLock = 7_391_001;

/**
 * Serialises the writes that change who reports to whom in one organisation, until the calling
 * transaction ends: a second writer waits here, then sees the first one's change. An advisory
 * lock, which PGlite supports too (where transactions run one at a time anyway).
 *
 * @example await db.transaction(async (tx) => { await lockReportingLines(tx, orgId); ... });
 */
export async function lockReportingLines(db: Database, orgId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${reportingLinesLock}, hashtext(${orgId}))`);
}

/**
 * Refuses, with a ConflictError in words, to make `managerId` the manager of `personId` when that
 * manager reports to the person (directly or through others) as the data stands now. Call it in
 * the writing transaction after {@link lockReportingLines}, so no concurrent change slips between
 * the check and the write.
 */
export async function checkNoReportingCycle(
  db: Database,
  input: { orgId: string; personId: string; managerId: string },
): Promise<void> {
  const { orgId, personId, managerId } = input;
  if (managerId === personId) {
    throw new ConflictError(
      "A person cannot be their own manager. Choose someone else as the manager, or none.",
    );
  }
  const chain = await managerChain(db, orgId, managerId);
  if (chain.includes(personId)) {
    throw new ConflictError(
      "The new manager reports to this person, directly or through others, so the reporting line would loop; the reporting lines may have changed since the page was loaded. Reload them and choose a manager outside the person's own reporting line.",
    );
  }
}

/**
 * Changes a person as {@link updatePerson} does, but a new manager is checked in the writing
 * transaction, serialised with every other change of the organisation's reporting lines, so two
 * crossing changes (X to Y, Y to X) cannot both pass: the later one is a ConflictError in words.
 *
 * @example await updatePersonReportingSafely(db, orgId, ava.id, { managerId: ben.id });
 */
export async function updatePersonReportingSafely(
  db: Database,
  orgId: string,
  id: string,
  patch: PersonPatch,
): Promise<StoredPerson | null> {
  return db.transaction(async (tx) => {
    if (patch.managerId) {
      await lockReportingLines(tx, orgId);
      await checkNoReportingCycle(tx, { orgId, personId: id, managerId: patch.managerId });
    }
    return updatePerson(tx, orgId, id, patch);
  });
}

import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { constraintProblem } from "../database-error.ts";
import { drivesEmbeddedDatabase } from "../drives-embedded-database.ts";
import { lockReportingLines } from "../queries/update-person-reporting-safely.ts";
import { people, roleHistory } from "../schema.ts";
import { yieldToEventLoop } from "../yield-to-event-loop.ts";
import type { PeopleImportPlan, PlannedRow } from "./import-plan.ts";
import { PeopleImportError } from "./people-import-error.ts";
import { readPeopleInPages } from "./read-people-in-pages.ts";
import { storedEmailConflicts, storedManagerLoops } from "./stored-conflicts.ts";

/** How an import is applied: where, what day new role stints start, and who hears of progress. */
export interface ApplyPeopleImportOptions {
  orgId: string;
  /** The date (YYYY-MM-DD) role changes take effect and new people without a start date start. */
  today: string;
  /** Called after each batch with the rows written so far and the rows to write. */
  onProgress?: (processed: number, total: number) => void;
}

/** How many people an applied import created, updated and left unchanged, and whom it created. */
export interface PeopleImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** The people the import added, so they can be invited and nobody else. */
  createdPersonIds: string[];
}

// Small enough that one statement of a batch keeps the embedded database (and with it the
// server's thread) busy for well under a tenth of a second.
const batchSize = 500;

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += batchSize) out.push(items.slice(at, at + batchSize));
  return out;
}

/**
 * A batch as one JSON parameter read back as rows: PGlite handles thousands of bind parameters
 * per statement several times slower than one parameter holding them all.
 */
function jsonRows(rows: readonly Record<string, string | null>[], columns: SQL): SQL {
  return sql`json_to_recordset(${JSON.stringify(rows)}::json) as v(${columns})`;
}

function roleChanged(row: PlannedRow): boolean {
  return row.changes.some((change) => change.startsWith("role "));
}

function needsManagerWrite(row: PlannedRow): boolean {
  return row.action === "create" ? row.managerEmail !== null : row.changes.includes("manager");
}

/**
 * Writes a problem-free plan in one transaction with multi-row statements: people first, then
 * their managers (so a manager may appear after their reports), with role history for new roles.
 * What changed since the plan was made — someone added with a file's email, a manager change that
 * closes a loop — is a PeopleImportError naming the rows in words, and nothing is written.
 *
 * @example await applyPeopleImport(db, plan, { orgId, today: "2026-11-24" })
 */
export async function applyPeopleImport(
  db: Database,
  plan: PeopleImportPlan,
  options: ApplyPeopleImportOptions,
): Promise<PeopleImportResult> {
  if (plan.problems.length > 0) {
    throw new Error("applyPeopleImport: the plan has problems; fix the file before applying it.");
  }
  const creates = plan.rows.filter((row) => row.action === "create");
  const updates = plan.rows.filter((row) => row.action === "update");
  const managerWrites = plan.rows.filter(needsManagerWrite);
  const total = creates.length + updates.length + managerWrites.length;
  let processed = 0;
  const advance = async (count: number) => {
    processed += count;
    options.onProgress?.(processed, total);
    // Between batches, other requests get their turn on the thread.
    await yieldToEventLoop();
  };
  const { orgId, today } = options;
  let createdPersonIds: string[];
  try {
    createdPersonIds = await writePlan(db, plan, {
      creates,
      updates,
      managerWrites,
      orgId,
      today,
      advance,
    });
  } catch (error) {
    if (error instanceof PeopleImportError || constraintProblem(error) !== "unique-violation") {
      throw error;
    }
    // Someone was added with one of the file's emails after the check in the transaction.
    const problems = await storedEmailConflicts(db, orgId, creates);
    if (problems.length > 0) throw new PeopleImportError(problems);
    throw error;
  }
  return {
    created: creates.length,
    updated: updates.length,
    unchanged: plan.counts.unchanged,
    createdPersonIds,
  };
}

async function writePlan(
  db: Database,
  plan: PeopleImportPlan,
  options: {
    creates: PlannedRow[];
    updates: PlannedRow[];
    managerWrites: PlannedRow[];
    orgId: string;
    today: string;
    advance: (count: number) => Promise<void>;
  },
): Promise<string[]> {
  const { creates, updates, managerWrites, orgId, today, advance } = options;
  const embedded = drivesEmbeddedDatabase(db);
  return db.transaction(async (tx) => {
    // Serialised with manager changes made elsewhere, then checked against what is stored now.
    await lockReportingLines(tx, orgId);
    if (embedded) {
      // On PGlite the revision triggers run after each statement instead of all at commit, where
      // tens of thousands of queued events would hold the server's thread for seconds in one
      // step; the revision still moves once (touch_organisation remembers the organisations
      // touched). A PostgreSQL server keeps them deferred: run at commit, they lock the
      // organisation's row only then, so other writers do not wait for the whole import.
      await tx.execute(sql`set constraints people_revision, role_history_revision immediate`);
    }
    const taken = await storedEmailConflicts(tx, orgId, creates);
    if (taken.length > 0) throw new PeopleImportError(taken);
    const idByEmail = new Map<string, string>();
    const stints = (list: { personId: string; roleId: string; from: string }[]) =>
      tx.execute(sql`
        insert into ${roleHistory} (person_id, role_id, from_date)
        select v.person_id, v.role_id, v.from_date
        from ${jsonRows(
          list.map((stint) => ({
            person_id: stint.personId,
            role_id: stint.roleId,
            from_date: stint.from,
          })),
          sql`person_id uuid, role_id text, from_date date`,
        )}`);
    for (const batch of batches(creates)) {
      const result = await tx.execute(sql`
        insert into ${people} (org_id, name, email, role_id, team)
        select ${orgId}::uuid, v.name, v.email, v.role_id, v.team
        from ${jsonRows(
          batch.map((row) => ({
            name: row.name,
            email: row.email,
            role_id: row.roleId,
            team: row.team,
          })),
          sql`name text, email text, role_id text, team text`,
        )}
        returning id, email`);
      // The result type depends on the driver; both node-postgres and PGlite return `rows`.
      for (const person of (result as unknown as { rows: { id: string; email: string }[] }).rows) {
        idByEmail.set(person.email.toLowerCase(), person.id);
      }
      await stints(
        batch.map((row) => ({
          personId: idByEmail.get(row.email.toLowerCase()) ?? "",
          roleId: row.roleId,
          from: row.startDate ?? today,
        })),
      );
      await advance(batch.length);
    }
    for (const batch of batches(updates)) {
      await tx.execute(sql`
        update ${people} as p set name = v.name, role_id = v.role_id, team = v.team, updated_at = now()
        from ${jsonRows(
          batch.map((row) => ({
            id: row.personId,
            name: row.name,
            role_id: row.roleId,
            team: row.team,
          })),
          sql`id uuid, name text, role_id text, team text`,
        )}
        where p.id = v.id and p.org_id = ${orgId}`);
      const moved = batch.filter(roleChanged);
      if (moved.length > 0) {
        await tx.execute(sql`
          update ${roleHistory} as r set to_date = ${today}::date
          from ${jsonRows(
            moved.map((row) => ({ id: row.personId })),
            sql`id uuid`,
          )}
          where r.person_id = v.id and r.to_date is null`);
        await stints(
          moved.map((row) => ({ personId: row.personId ?? "", roleId: row.roleId, from: today })),
        );
      }
      await advance(batch.length);
    }
    if (managerWrites.length > 0) {
      const everyone = await readPeopleInPages(tx, orgId);
      for (const person of everyone) {
        if (person.email !== null) idByEmail.set(person.email.toLowerCase(), person.id);
      }
    }
    const moved: string[] = [];
    for (const batch of batches(managerWrites)) {
      const pairs = batch.map((row) => ({
        id: row.personId ?? idByEmail.get(row.email.toLowerCase()) ?? null,
        manager_id:
          row.managerEmail === null
            ? null
            : (idByEmail.get(row.managerEmail.toLowerCase()) ?? null),
      }));
      await tx.execute(sql`
        update ${people} as p set manager_id = v.manager_id, updated_at = now()
        from ${jsonRows(pairs, sql`id uuid, manager_id uuid`)}
        where p.id = v.id and p.org_id = ${orgId}`);
      for (const pair of pairs)
        if (pair.id !== null && pair.manager_id !== null) moved.push(pair.id);
      await advance(batch.length);
    }
    // Only a person given a manager can close a new loop: the walk starts from them alone.
    const loops = await storedManagerLoops(tx, orgId, plan.rows, moved, idByEmail);
    if (loops.length > 0) throw new PeopleImportError(loops);
    return creates.flatMap((row) => idByEmail.get(row.email.toLowerCase()) ?? []);
  });
}

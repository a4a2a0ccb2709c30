import { sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { maxReportingDepth } from "../queries/reporting-lines.ts";
import { people } from "../schema.ts";
import { yieldToEventLoop } from "../yield-to-event-loop.ts";
import type { PlannedRow } from "./import-plan.ts";
import type { ImportProblem } from "./import-problem.ts";

const emailsPerStatement = 2000;

/**
 * The rows that would create a person whose email (ignoring case) another person of the
 * organisation already has, as stored now: someone added since the file was planned.
 */
export async function storedEmailConflicts(
  db: Database,
  orgId: string,
  creates: readonly PlannedRow[],
): Promise<ImportProblem[]> {
  const emails = creates.map((row) => row.email.toLowerCase());
  const taken = new Set<string>();
  // In slices, with the event loop let run between them (see yieldToEventLoop).
  for (let at = 0; at < emails.length; at += emailsPerStatement) {
    const slice = emails.slice(at, at + emailsPerStatement);
    const result = await db.execute(sql`
      select lower(email) as email from ${people}
      where org_id = ${orgId} and lower(email) in (select json_array_elements_text(${JSON.stringify(slice)}::json))`);
    // The result type depends on the driver; both node-postgres and PGlite return `rows`.
    for (const row of (result as unknown as { rows: { email: string }[] }).rows) {
      taken.add(row.email);
    }
    await yieldToEventLoop();
  }
  return creates
    .filter((row) => taken.has(row.email.toLowerCase()))
    .map((row) => ({
      row: row.row,
      column: "email",
      message: `another person already uses ${row.email} (added since the file was checked), and each email belongs to one person`,
      hint: "Change or remove the row, or import the file again to update that person instead.",
    }));
}

/**
 * The loops through any of `ids` in the organisation as written so far in the transaction, each
 * as its people from the changed person up their reporting line: one recursive query that walks
 * up from the people whose manager changed (any new loop passes through one of them), stopping
 * where a walk meets itself, so it reads a few rows per changed person, not the organisation.
 */
async function loopsThrough(db: Database, orgId: string, ids: readonly string[]) {
  const result = await db.execute(sql`
    with recursive walk(start, at, path) as (
      select p.id, p.manager_id, array[p.id] from ${people} p
      where p.org_id = ${orgId} and p.id = any(${sql.param([...ids])}::uuid[])
        and p.manager_id is not null
      union all
      select w.start, p.manager_id, w.path || p.id from walk w join ${people} p on p.id = w.at
      where w.at <> w.start and not p.id = any(w.path) and p.manager_id is not null
        and cardinality(w.path) < ${maxReportingDepth}
    )
    select w.path, coalesce(json_object_agg(m.id, coalesce(m.email, m.id::text)), '{}')::text as emails
    from walk w join ${people} m on m.id = any(w.path)
    where w.at = w.start
    group by w.path`);
  // The result type depends on the driver; both node-postgres and PGlite return `rows`.
  const rows = (result as unknown as { rows: { path: string[]; emails: string }[] }).rows;
  return rows.map((row) => ({
    path: row.path,
    emails: new Map(Object.entries(JSON.parse(row.emails) as Record<string, string>)),
  }));
}

/**
 * The rows of the file whose person sits on a reporting loop in the organisation as written so
 * far in the transaction: a manager change made elsewhere since the file was planned. `changed`
 * are the people whose manager the import wrote, `idOf` finds a row's person by email.
 */
export async function storedManagerLoops(
  db: Database,
  orgId: string,
  rows: readonly PlannedRow[],
  changed: readonly string[],
  idOf: ReadonlyMap<string, string>,
): Promise<ImportProblem[]> {
  if (changed.length === 0) return [];
  const loops = new Map<string, { path: string[]; emails: Map<string, string> }>();
  for (const loop of await loopsThrough(db, orgId, changed)) {
    for (const id of loop.path) if (!loops.has(id)) loops.set(id, loop);
  }
  if (loops.size === 0) return [];
  return rows.flatMap((row) => {
    const id = idOf.get(row.email.toLowerCase()) ?? "";
    const loop = loops.get(id);
    if (!loop) return [];
    // Told from this row's person round to them again, as the planner tells a loop.
    const from = loop.path.indexOf(id);
    const turn = [...loop.path.slice(from), ...loop.path.slice(0, from), id];
    const names = turn.map((member) => loop.emails.get(member) ?? member);
    return [
      {
        row: row.row,
        column: "manager email",
        message: `the reporting line would loop: ${names.join(" -> ")} (a manager changed since the file was checked)`,
        hint: "Someone in this loop must report outside it, or to nobody; fix the file or the organisation and import again.",
      },
    ];
  });
}

import { sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { people } from "../schema.ts";
import { yieldToEventLoop } from "../yield-to-event-loop.ts";
import type { PlannedRow } from "./import-plan.ts";
import type { ImportProblem } from "./import-problem.ts";
import { managerCycles } from "./manager-cycles.ts";
import { readPeopleInPages } from "./read-people-in-pages.ts";

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
 * The rows of the file whose person sits on a reporting loop in the organisation as written so
 * far in the transaction: a manager change made elsewhere since the file was planned.
 */
export async function storedManagerLoops(
  db: Database,
  orgId: string,
  rows: readonly PlannedRow[],
): Promise<ImportProblem[]> {
  const everyone = await readPeopleInPages(db, orgId);
  const loops = managerCycles(new Map(everyone.map((person) => [person.id, person.managerId])));
  if (loops.size === 0) return [];
  const emailOf = new Map(everyone.map((person) => [person.id, person.email ?? person.id]));
  const idOf = new Map(everyone.map((person) => [(person.email ?? "").toLowerCase(), person.id]));
  return rows.flatMap((row) => {
    const loop = loops.get(idOf.get(row.email.toLowerCase()) ?? "");
    if (!loop) return [];
    const names = [...loop, loop[0] ?? ""].map((id) => emailOf.get(id) ?? id);
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

import { eq, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { people } from "../schema.ts";
import type { PlannedRow } from "./import-plan.ts";
import type { ImportProblem } from "./import-problem.ts";
import { managerCycles } from "./manager-cycles.ts";

/**
 * The rows that would create a person whose email (ignoring case) another person of the
 * organisation already has, as stored now: someone added since the file was planned.
 */
export async function storedEmailConflicts(
  db: Database,
  orgId: string,
  creates: readonly PlannedRow[],
): Promise<ImportProblem[]> {
  if (creates.length === 0) return [];
  const emails = creates.map((row) => row.email.toLowerCase());
  const result = await db.execute(sql`
    select lower(email) as email from ${people}
    where org_id = ${orgId} and lower(email) in (select json_array_elements_text(${JSON.stringify(emails)}::json))`);
  // The result type depends on the driver; both node-postgres and PGlite return `rows`.
  const taken = new Set(
    (result as unknown as { rows: { email: string }[] }).rows.map((r) => r.email),
  );
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
  const everyone = await db
    .select({ id: people.id, email: people.email, managerId: people.managerId })
    .from(people)
    .where(eq(people.orgId, orgId));
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

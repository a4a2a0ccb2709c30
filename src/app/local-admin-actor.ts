import type { Actor } from "./policy.ts";

/**
 * The account id the command line acts under: no user row has it (ids are random), so the audit
 * log can tell an operator at the machine from every signed-in user.
 */
export const localAdminUserId = "00000000-0000-0000-0000-000000000000";

/**
 * Whoever runs `pathways` at the machine: they hold the database, so they act as an admin of the
 * organisation they chose, with no person record of their own.
 *
 * @example
 * await exportPeopleCsv({ db, framework }, localAdminActor(org.id));
 */
export function localAdminActor(orgId: string): Extract<Actor, { kind: "user" }> {
  return { kind: "user", userId: localAdminUserId, orgId, personId: null, role: "admin" };
}

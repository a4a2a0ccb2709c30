import { type Actor, localAdminUserId } from "./policy.ts";

/**
 * The actor the CLI acts as when it calls a use case: an owner of the organisation who is not a
 * person in it. Whoever runs the CLI holds the data directory (or the database URL) and could
 * read every row anyway, so the policy allows the local admin everything within its organisation.
 *
 * @example const report = await growthReport(deps, localAdminActor(org.id), person.id);
 */
export { localAdminUserId };

export function localAdminActor(orgId: string): Extract<Actor, { kind: "user" }> {
  return { kind: "user", userId: localAdminUserId, orgId, personId: null, role: "owner" };
}

import type { Database } from "../storage/database.ts";
import {
  type Colleague,
  findColleagues as queryColleagues,
} from "../storage/queries/find-colleagues.ts";
import type { Actor } from "./policy.ts";
import { refuseUnless, signedInActor } from "./refusal.ts";

export type { Colleague } from "../storage/queries/find-colleagues.ts";

/** How many colleagues a search answers at most: a picker, not a directory. */
export const colleagueLimit = 20;

/**
 * Colleagues the signed-in person can ask for feedback, by name: only names, never the person
 * themself. Anyone who is a person of the organisation may
 * look; seeing a name reveals nothing else about them.
 *
 * @example const colleagues = await findColleagues(db, actor, { search: "ben" });
 */
export async function findColleagues(
  db: Database,
  actor: Actor,
  input: { search?: string; limit?: number } = {},
): Promise<Colleague[]> {
  const member = signedInActor(actor);
  refuseUnless(member, "people:find-colleague", {
    orgId: member.orgId,
    ownerPersonId: null,
    managerChain: [],
  });
  if (member.personId === null) return [];
  return queryColleagues(db, {
    orgId: member.orgId,
    exceptPersonId: member.personId,
    limit: Math.min(input.limit ?? colleagueLimit, colleagueLimit),
    ...(input.search ? { search: input.search } : {}),
  });
}

import { type PersonFacts, personFactsOf } from "../app/person-facts.ts";
import type { Actor } from "../app/policy.ts";
import type { Database } from "../storage/database.ts";
import { getPersonWithManagerChain } from "../storage/queries/people.ts";
import { notFound } from "./authorize.ts";

type Member = Extract<Actor, { kind: "user" }>;

export type { PersonFacts } from "../app/person-facts.ts";

/**
 * Loads a person of the actor's organisation and the policy facts about them: their manager
 * chain and any open feedback requests addressed to the actor. Ids of other organisations are
 * simply not found (404), so their existence never leaks.
 *
 * @example
 * const { person, facts } = await loadPersonFacts(db, actor, id);
 * authorize(c, "person:read", facts);
 */
export async function loadPersonFacts(
  db: Database,
  actor: Member,
  personId: string,
): Promise<PersonFacts> {
  const found = await getPersonWithManagerChain(db, actor.orgId, personId);
  if (!found) throw notFound("person", personId);
  return personFactsOf(db, actor, found);
}

import type { Database } from "../storage/database.ts";
import { listFeedbackRequests } from "../storage/queries/feedback-requests.ts";
import { getPersonWithManagerChain, type StoredPerson } from "../storage/queries/people.ts";
import type { Actor, Resource } from "./policy.ts";
import { notFoundRefusal } from "./refusal.ts";

type Member = Extract<Actor, { kind: "user" }>;

/** A person looked up for an actor, with the facts the policy needs about them. */
export interface PersonFacts {
  person: StoredPerson;
  facts: Resource;
}

/**
 * Loads a person of the actor's organisation and the policy facts about them: their manager
 * chain (walked in SQL) and any open feedback requests addressed to the actor. Ids of other
 * organisations are simply not found, so their existence never leaks.
 *
 * @example
 * const { person, facts } = await loadPersonFacts(db, actor, id);
 * refuseUnless(actor, "person:read", facts);
 */
export async function loadPersonFacts(
  db: Database,
  actor: Member,
  personId: string,
): Promise<PersonFacts> {
  const found = await getPersonWithManagerChain(db, actor.orgId, personId);
  if (!found) throw notFoundRefusal("person", personId);
  return personFactsOf(db, actor, found);
}

/**
 * The policy facts about a person already read with their manager chain; asks for the open
 * feedback requests addressed to the actor only when the actor is not the person or a manager.
 *
 * @example
 * const { facts } = await personFactsOf(db, actor, { person, managerChain });
 */
export async function personFactsOf(
  db: Database,
  actor: Member,
  found: { person: StoredPerson; managerChain: string[] },
): Promise<PersonFacts> {
  const { person, managerChain } = found;
  const personId = person.id;
  const me = actor.personId;
  const related = me === null || me === personId || managerChain.includes(me);
  const requests = related
    ? []
    : await listFeedbackRequests(db, {
        orgId: actor.orgId,
        personId,
        addresseePersonId: me,
        status: "open",
      });
  return {
    person,
    facts: {
      orgId: person.orgId,
      ownerPersonId: person.id,
      managerChain,
      feedbackRequests: requests.map((request) => ({
        id: request.id,
        competencies: request.competencies,
      })),
    },
  };
}

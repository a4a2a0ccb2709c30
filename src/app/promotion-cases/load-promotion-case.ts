import type { Database } from "../../storage/database.ts";
import type { StoredPerson } from "../../storage/queries/people.ts";
import {
  getPromotionCase,
  type StoredPromotionCase,
} from "../../storage/queries/promotion-cases.ts";
import { loadPersonFacts } from "../person-facts.ts";
import type { Action, Actor, Resource } from "../policy.ts";
import { notFoundRefusal, refuseUnless } from "../refusal.ts";

type Member = Extract<Actor, { kind: "user" }>;

/** A case with its person and the facts the policy decided on. */
export interface LoadedPromotionCase {
  stored: StoredPromotionCase;
  person: StoredPerson;
  facts: Resource;
}

/**
 * Loads a case of the actor's organisation and refuses unless the policy allows the action on
 * it; ids of other organisations are simply not found.
 *
 * @example
 * const { stored } = await loadPromotionCase(db, actor, id, "case:write");
 */
export async function loadPromotionCase(
  db: Database,
  actor: Member,
  caseId: string,
  action: Action,
): Promise<LoadedPromotionCase> {
  const stored = await getPromotionCase(db, actor.orgId, caseId);
  if (!stored) throw notFoundRefusal("promotion case", caseId);
  const { person, facts } = await loadPersonFacts(db, actor, stored.personId);
  const caseFacts = { ...facts, sharedWithPerson: stored.sharedWithPerson };
  refuseUnless(actor, action, caseFacts);
  return { stored, person, facts: caseFacts };
}

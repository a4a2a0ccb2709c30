/**
 * The policy facts about a person, as routes load them; the loading itself is a use case shared
 * with the CLI (src/app/person-facts.ts), and its not-found refusal is answered as a 404 problem.
 *
 * @example
 * const { person, facts } = await loadPersonFacts(db, actor, id);
 * authorize(c, "person:read", facts);
 */
export { loadPersonFacts, type PersonFacts, personFactsOf } from "../app/person-facts.ts";

import type { Actor, Resource } from "../../../app/policy.ts";
import type { Database } from "../../../storage/database.ts";
import {
  type FeedbackRequest,
  getFeedbackRequest,
} from "../../../storage/queries/feedback-requests.ts";
import { notFound } from "../../authorize.ts";
import { loadPersonFacts } from "../../person-facts.ts";

/**
 * Loads a feedback request with the facts for answering or declining it: the request counts
 * only while it is open and addressed to the actor.
 */
export async function loadRequest(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  id: string,
): Promise<{ request: FeedbackRequest; facts: Resource }> {
  const request = await getFeedbackRequest(db, actor.orgId, id);
  if (!request) throw notFound("feedback request", id);
  const { facts } = await loadPersonFacts(db, actor, request.personId);
  const mine = request.status === "open" && request.addresseePersonId === actor.personId;
  return {
    request,
    facts: {
      ...facts,
      feedbackRequests: mine ? [{ id: request.id, competencies: request.competencies }] : [],
    },
  };
}

import type { Action, Actor, Resource } from "../../../app/policy.ts";
import type { Database } from "../../../storage/database.ts";
import { getAssessment, type StoredAssessment } from "../../../storage/queries/assessments.ts";
import { notFound } from "../../authorize.ts";
import { loadPersonFacts } from "../../person-facts.ts";

/** An assessment and the policy facts about it. */
export interface AssessmentFacts {
  assessment: StoredAssessment;
  facts: Resource;
}

/** Loads an assessment of the actor's organisation with its person's facts; 404 otherwise. */
export async function loadAssessment(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  id: string,
): Promise<AssessmentFacts> {
  const assessment = await getAssessment(db, actor.orgId, id);
  if (!assessment) throw notFound("assessment", id);
  const { facts } = await loadPersonFacts(db, actor, assessment.personId);
  return {
    assessment,
    facts: { ...facts, status: assessment.status, raterPersonId: assessment.raterPersonId },
  };
}

/** The action that changes a draft of this rater kind. */
export function writeActionFor(raterKind: StoredAssessment["raterKind"]): Action {
  if (raterKind === "self") return "assessment:write-self";
  if (raterKind === "manager") return "assessment:write-manager";
  return "assessment:submit";
}

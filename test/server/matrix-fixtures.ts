import type { Visibility } from "../../src/engine/types.ts";
import type { Database } from "../../src/storage/database.ts";
import { createAssessment, submitAssessment } from "../../src/storage/queries/assessments.ts";
import { createEvidence } from "../../src/storage/queries/evidence.ts";
import { createFeedbackRequest } from "../../src/storage/queries/feedback-requests.ts";
import { getPublishedFrameworkVersion } from "../../src/storage/queries/framework-versions.ts";
import { createGrowthPlan } from "../../src/storage/queries/growth-plans.ts";
import type { Cast } from "./seed-cast.ts";

/** Ava's records for the route matrix, and makers of fresh ones for destructive calls. */
export interface MatrixFixtures {
  ids: Record<
    | "ava"
    | "submittedSelf"
    | "draftSelf"
    | "draftManager"
    | "privateEvidence"
    | "managerEvidence"
    | "orgEvidence"
    | "plan",
    string
  >;
  draft(raterKind: "self" | "manager", submit?: boolean): Promise<string>;
  evidence(visibility: Visibility): Promise<string>;
  /** An open request, addressed to the peer, to rate Ava's execution. */
  feedbackRequest(): Promise<string>;
}

/**
 * Seeds Ava's assessments (submitted and draft, self and manager), evidence at every visibility
 * and a growth plan.
 */
export async function seedMatrixFixtures(db: Database, cast: Cast): Promise<MatrixFixtures> {
  async function draft(raterKind: "self" | "manager", submit = false): Promise<string> {
    const version = await getPublishedFrameworkVersion(db, cast.orgId);
    const rater = raterKind === "self" ? cast.members.self : cast.members.directManager;
    const created = await createAssessment(db, {
      orgId: cast.orgId,
      personId: cast.members.self.personId,
      raterKind,
      frameworkVersionId: version?.id ?? "",
      raterUserId: rater.userId,
      raterPersonId: rater.personId,
      ratings: [{ competency: "execution", level: 3 }],
    });
    if (submit) await submitAssessment(db, { orgId: cast.orgId, id: created.id });
    return created.id;
  }

  async function evidence(visibility: Visibility): Promise<string> {
    const entry = await createEvidence(db, {
      orgId: cast.orgId,
      personId: cast.members.self.personId,
      date: "2026-05-01",
      title: `A ${visibility} win`,
      competencies: ["execution"],
      visibility,
    });
    return entry.id;
  }

  /** An open request, addressed to the peer, to rate Ava's execution. */
  async function feedbackRequest(): Promise<string> {
    const request = await createFeedbackRequest(db, {
      orgId: cast.orgId,
      personId: cast.members.self.personId,
      addresseePersonId: cast.members.peer.personId,
      competencies: ["execution"],
    });
    return request.id;
  }

  const ava = cast.members.self.personId;
  const plan = await createGrowthPlan(db, { orgId: cast.orgId, personId: ava });
  return {
    ids: {
      ava,
      submittedSelf: await draft("self", true),
      draftSelf: await draft("self"),
      draftManager: await draft("manager"),
      privateEvidence: await evidence("private"),
      managerEvidence: await evidence("manager"),
      orgEvidence: await evidence("org"),
      plan: plan.id,
    },
    draft,
    evidence,
    feedbackRequest,
  };
}

import type { FrameworkSource } from "../src/app/framework-source.ts";
import type { Actor } from "../src/app/policy.ts";
import { singleVersionLineage } from "../src/engine/profile/framework-lineage.ts";
import type { Rating } from "../src/engine/types.ts";
import type { Database } from "../src/storage/database.ts";
import { createAssessment, submitAssessment } from "../src/storage/queries/assessments.ts";
import {
  closeFeedbackRequest,
  createFeedbackRequest,
} from "../src/storage/queries/feedback-requests.ts";
import { createPerson } from "../src/storage/queries/people.ts";
import { createUser } from "../src/storage/queries/users.ts";
import { buildTestFramework, seedOrganisation } from "./db.ts";

type Member = Extract<Actor, { kind: "user" }>;

/**
 * An organisation for cycle tests: Erin admins; Ava and Cleo report to Ben; Dev reports to
 * nobody. Each has an account; `submit` and `answerFeedback` record what a cycle counts.
 */
export async function seedCycleCast(db: Database) {
  const { organisation, framework: stored } = await seedOrganisation(db);
  const orgId = organisation.id;
  const framework = buildTestFramework();
  const frameworks: FrameworkSource = {
    current: async () => ({
      framework,
      version: framework.version,
      versionId: stored.id,
      lineage: singleVersionLineage(framework, stored.id),
    }),
    defaultFramework: { framework, source: "" },
    forget: () => {},
  };
  async function member(name: string, role: Member["role"], managerId: string | null = null) {
    const person = await createPerson(db, {
      orgId,
      name,
      email: `${name.toLowerCase()}@acme.example`,
      managerId,
      roleId: "pm",
      team: managerId ? "Payments" : "Platform",
      preferences: { tracks: [], avoidRoles: [], targetRoles: ["senior-pm"] },
    });
    const user = await createUser(db, {
      orgId,
      email: `${name.toLowerCase()}@acme.example`,
      passwordHash: "x",
      role,
      personId: person.id,
    });
    const actor: Member = { kind: "user", userId: user.id, orgId, personId: person.id, role };
    return { person, actor };
  }
  const erin = await member("Erin", "admin");
  const ben = await member("Ben", "member");
  const ava = await member("Ava", "member", ben.person.id);
  const cleo = await member("Cleo", "member", ben.person.id);
  const dev = await member("Dev", "member");

  /** Submits an assessment of `personId` by `rater` of the given kind, at `at` (now by default). */
  async function submit(
    personId: string,
    rater: { person: { id: string }; actor: Member },
    raterKind: "self" | "manager" | "peer",
    ratings: Rating[] = [{ competency: "strategy", level: 2 }],
    at = new Date(),
  ) {
    const draft = await createAssessment(db, {
      orgId,
      personId,
      raterKind,
      frameworkVersionId: stored.id,
      raterUserId: rater.actor.userId,
      raterPersonId: rater.person.id,
    });
    return submitAssessment(db, { orgId, id: draft.id, ratings, at });
  }

  /** Asks `peer` for feedback on `personId`; answers it too unless `open` is set. */
  async function askFeedback(
    personId: string,
    peer: { person: { id: string }; actor: Member },
    open = false,
  ) {
    const request = await createFeedbackRequest(db, {
      orgId,
      personId,
      addresseePersonId: peer.person.id,
      competencies: ["strategy"],
    });
    if (open) return request;
    const answer = await submit(personId, peer, "peer");
    return closeFeedbackRequest(db, {
      orgId,
      id: request.id,
      status: "answered",
      assessmentId: answer?.id ?? "",
    });
  }

  return { db, orgId, framework, frameworks, erin, ben, ava, cleo, dev, submit, askFeedback };
}

/** A date `days` from today (UTC), as YYYY-MM-DD. */
export function dayFromToday(days: number, from = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

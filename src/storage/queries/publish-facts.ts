import { and, eq } from "drizzle-orm";
import type { PublishFacts, PublishUpdates } from "../../engine/migration/publish-plan-types.ts";
import type { Database } from "../database.ts";
import { feedbackRequests, goals, growthPlans, people, titleMappings } from "../schema.ts";
import { anyId } from "./any-id.ts";
import { listAssessments } from "./assessments.ts";

// One page large enough for any single organisation this server is meant for.
const everyone = 1_000_000;

/**
 * What publishing a framework version changes is worked out from: people with their roles and
 * preferences, growth plans and their goals, title mappings, open feedback requests and every
 * submitted assessment of the organisation.
 *
 * @example planFrameworkPublish(current, next, await loadPublishFacts(tx, orgId))
 */
export async function loadPublishFacts(db: Database, orgId: string): Promise<PublishFacts> {
  const [everybody, plans, planGoals, mappings, openFeedback, assessments] = await Promise.all([
    db
      .select({
        id: people.id,
        name: people.name,
        roleId: people.roleId,
        preferences: people.preferences,
      })
      .from(people)
      .where(eq(people.orgId, orgId))
      .orderBy(people.name, people.id),
    db
      .select({
        id: growthPlans.id,
        targetRoleId: growthPlans.targetRoleId,
        focusCompetencies: growthPlans.focusCompetencies,
      })
      .from(growthPlans)
      .where(eq(growthPlans.orgId, orgId)),
    db
      .select({ id: goals.id, competency: goals.competency })
      .from(goals)
      .innerJoin(growthPlans, eq(growthPlans.id, goals.planId))
      .where(eq(growthPlans.orgId, orgId)),
    db
      .select({ id: titleMappings.id, title: titleMappings.title, roleId: titleMappings.roleId })
      .from(titleMappings)
      .where(eq(titleMappings.orgId, orgId)),
    db
      .select({ id: feedbackRequests.id, competencies: feedbackRequests.competencies })
      .from(feedbackRequests)
      .where(and(eq(feedbackRequests.orgId, orgId), eq(feedbackRequests.status, "open"))),
    listAssessments(db, { orgId, status: "submitted", limit: everyone }),
  ]);
  return {
    people: everybody,
    plans,
    goals: planGoals,
    titleMappings: mappings,
    openFeedback,
    assessments,
  };
}

/**
 * Rewrites the rows publishing moves to the new version's ids, in the caller's transaction:
 * people's roles and preferences, plans' target roles and focus, goals' competencies, title
 * mappings (dropped when their role is gone) and open feedback requests' competencies; an open
 * request left with nothing to rate is closed as withdrawn, with the reason the asker reads.
 */
export async function applyPublishUpdates(
  tx: Database,
  orgId: string,
  updates: PublishUpdates,
): Promise<void> {
  for (const person of updates.people) {
    await tx
      .update(people)
      .set({ roleId: person.roleId, preferences: person.preferences, updatedAt: new Date() })
      .where(and(eq(people.orgId, orgId), eq(people.id, person.id)));
  }
  for (const plan of updates.plans) {
    await tx
      .update(growthPlans)
      .set({ targetRoleId: plan.targetRoleId, focusCompetencies: plan.focusCompetencies })
      .where(and(eq(growthPlans.orgId, orgId), eq(growthPlans.id, plan.id)));
  }
  for (const goal of updates.goals) {
    await tx.update(goals).set({ competency: goal.competency }).where(eq(goals.id, goal.id));
  }
  const dropped = updates.titleMappings.flatMap((mapping) =>
    mapping.roleId === null ? [mapping.id] : [],
  );
  if (dropped.length > 0) {
    await tx
      .delete(titleMappings)
      .where(and(eq(titleMappings.orgId, orgId), anyId(titleMappings.id, dropped)));
  }
  for (const mapping of updates.titleMappings) {
    if (mapping.roleId === null) continue;
    await tx
      .update(titleMappings)
      .set({ roleId: mapping.roleId, updatedAt: new Date() })
      .where(and(eq(titleMappings.orgId, orgId), eq(titleMappings.id, mapping.id)));
  }
  for (const request of updates.openFeedback) {
    await tx
      .update(feedbackRequests)
      .set({ competencies: request.competencies })
      .where(and(eq(feedbackRequests.orgId, orgId), eq(feedbackRequests.id, request.id)));
  }
  for (const request of updates.withdrawnFeedback) {
    await tx
      .update(feedbackRequests)
      .set({ status: "withdrawn", closedReason: request.reason, respondedAt: new Date() })
      .where(
        and(
          eq(feedbackRequests.orgId, orgId),
          eq(feedbackRequests.id, request.id),
          eq(feedbackRequests.status, "open"),
        ),
      );
  }
}

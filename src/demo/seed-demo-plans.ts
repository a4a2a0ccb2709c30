import { randomUUID } from "node:crypto";
import { checkIns, feedbackRequests, goals, growthPlans } from "../storage/schema.ts";
import type { DemoOrganisation } from "./demo-types.ts";
import { insertInChunks } from "./insert-in-chunks.ts";
import { type SeedDemoContext, storedPersonId } from "./seed-demo-context.ts";

/** Writes the growth plans with their goals and check-ins, keeping the demo's dates. */
export async function seedDemoGrowthPlans(
  context: SeedDemoContext,
  demo: DemoOrganisation,
): Promise<void> {
  const plans = demo.growthPlans.map((plan) => ({ plan, id: randomUUID() }));
  await insertInChunks(
    context.db,
    growthPlans,
    plans.map(({ plan, id }) => ({
      id,
      orgId: context.orgId,
      personId: storedPersonId(context, plan.personId),
      targetRoleId: plan.targetRoleId,
      focusCompetencies: plan.focusCompetencies,
      actions: plan.actions,
      checkInEveryDays: plan.checkInEveryDays,
      createdAt: new Date(plan.createdAt),
      updatedAt: new Date(plan.createdAt),
    })),
  );
  await insertInChunks(
    context.db,
    goals,
    plans.flatMap(({ plan, id }) =>
      plan.goals.map((goal) => ({ ...goal, planId: id, createdAt: new Date(plan.createdAt) })),
    ),
  );
  await insertInChunks(
    context.db,
    checkIns,
    plans.flatMap(({ plan, id }) =>
      plan.checkIns.map((checkIn) => ({
        planId: id,
        date: checkIn.date,
        progress: checkIn.progress,
        notes: checkIn.notes,
        feedback: checkIn.feedback,
        authorUserId: context.userIds.get(checkIn.authorId) ?? null,
        createdAt: new Date(`${checkIn.date}T16:00:00.000Z`),
      })),
    ),
  );
}

/** Writes the open feedback requests. */
export async function seedDemoFeedbackRequests(
  context: SeedDemoContext,
  demo: DemoOrganisation,
): Promise<void> {
  await insertInChunks(
    context.db,
    feedbackRequests,
    demo.feedbackRequests.map((request) => ({
      orgId: context.orgId,
      personId: storedPersonId(context, request.personId),
      addresseePersonId: storedPersonId(context, request.addresseeId),
      requesterUserId: context.userIds.get(request.requesterId) ?? null,
      competencies: request.competencies,
      message: request.message,
      createdAt: new Date(request.createdAt),
    })),
  );
}

import { randomUUID } from "node:crypto";
import { assessments, evidence, ratings } from "../storage/schema.ts";
import type { DemoOrganisation } from "./demo-types.ts";
import { insertInChunks } from "./insert-in-chunks.ts";
import { type SeedDemoContext, storedPersonId } from "./seed-demo-context.ts";

/** Writes the impact logs, dated as the demo dates them, and returns demo -> stored ids. */
export async function seedDemoEvidence(
  context: SeedDemoContext,
  demo: DemoOrganisation,
): Promise<Map<string, string>> {
  const ids = new Map(demo.evidence.map((entry) => [entry.id, randomUUID()]));
  await insertInChunks(
    context.db,
    evidence,
    demo.evidence.map((entry) => {
      const written = new Date(`${entry.date}T17:00:00.000Z`);
      return {
        id: ids.get(entry.id),
        orgId: context.orgId,
        personId: storedPersonId(context, entry.personId),
        date: entry.date,
        title: entry.title,
        outcome: entry.outcome ?? null,
        competencies: entry.competencies,
        visibility: entry.visibility,
        createdBy: context.userIds.get(entry.personId) ?? null,
        createdAt: written,
        updatedAt: written,
      };
    }),
  );
  return ids;
}

/** Writes every assessment with its ratings; submitted ones keep their historical dates. */
export async function seedDemoAssessments(
  context: SeedDemoContext,
  demo: DemoOrganisation,
  evidenceIds: Map<string, string>,
): Promise<void> {
  const rows = demo.assessments.map((assessment) => ({ assessment, id: randomUUID() }));
  await insertInChunks(
    context.db,
    assessments,
    rows.map(({ assessment, id }) => {
      const submittedAt = assessment.submittedAt ? new Date(assessment.submittedAt) : null;
      return {
        id,
        orgId: context.orgId,
        personId: storedPersonId(context, assessment.personId),
        raterUserId: context.userIds.get(assessment.raterId) ?? null,
        raterPersonId: storedPersonId(context, assessment.raterId),
        raterKind: assessment.raterKind,
        frameworkVersionId: context.frameworkVersionId,
        status: submittedAt ? ("submitted" as const) : ("draft" as const),
        createdAt: new Date(assessment.createdAt),
        updatedAt: submittedAt ?? new Date(assessment.createdAt),
        submittedAt,
      };
    }),
  );
  await insertInChunks(
    context.db,
    ratings,
    rows.flatMap(({ assessment, id }) =>
      assessment.ratings.map((rating) => ({
        assessmentId: id,
        competencyId: rating.competency,
        level: rating.level,
        note: rating.note ?? null,
        evidenceIds: (rating.evidence ?? []).flatMap((key) => evidenceIds.get(key) ?? []),
      })),
    ),
  );
}

import { asc, eq, sql } from "drizzle-orm";
import type { Assessment, Rating } from "../../engine/types.ts";
import type { Database } from "../database.ts";
import { assessments, frameworkVersions, ratings } from "../schema.ts";
import { anyId } from "./any-id.ts";

/** An assessment as stored: the engine's Assessment plus who, where and when. */
export interface StoredAssessment extends Assessment {
  orgId: string;
  raterUserId: string | null;
  raterPersonId: string | null;
  frameworkId: string;
  frameworkVersionId: string;
  status: "draft" | "submitted";
  createdAt: string;
  updatedAt: string;
}

/** The columns every assessment query selects: the row and its framework's id and version. */
export const assessmentColumns = {
  row: assessments,
  frameworkId: frameworkVersions.frameworkId,
  frameworkVersion: frameworkVersions.version,
};

/** The framework an assessment was made against: the stored version's framework id and version. */
export interface FrameworkPin {
  frameworkId: string;
  frameworkVersion: string;
}

/** Selects assessments with their framework version; callers add the filter. */
export function selectAssessments(db: Database) {
  return db
    .select(assessmentColumns)
    .from(assessments)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, assessments.frameworkVersionId));
}

/** Inserts ratings, replacing any earlier rating of the same competency in the assessment. */
export async function upsertRatings(
  db: Database,
  assessmentId: string,
  list: Rating[],
): Promise<void> {
  if (list.length === 0) return;
  await db
    .insert(ratings)
    .values(
      list.map((rating) => ({
        assessmentId,
        competencyId: rating.competency,
        level: rating.level,
        note: rating.note ?? null,
        evidenceIds: rating.evidence ?? [],
      })),
    )
    .onConflictDoUpdate({
      target: [ratings.assessmentId, ratings.competencyId],
      set: {
        level: sql`excluded.level`,
        note: sql`excluded.note`,
        evidenceIds: sql`excluded.evidence_ids`,
      },
    });
}

/** Loads the ratings of the given assessments and builds the domain objects. */
export async function withRatings(
  db: Database,
  rows: ({ row: typeof assessments.$inferSelect } & FrameworkPin)[],
): Promise<StoredAssessment[]> {
  const ids = rows.map(({ row }) => row.id);
  const found =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(ratings)
          .where(anyId(ratings.assessmentId, ids))
          .orderBy(asc(ratings.competencyId));
  const byAssessment = new Map<string, Rating[]>();
  for (const rating of found) {
    const list = byAssessment.get(rating.assessmentId) ?? [];
    list.push(toRating(rating));
    byAssessment.set(rating.assessmentId, list);
  }
  return rows.map(({ row, ...pin }) =>
    toStoredAssessment(row, pin, byAssessment.get(row.id) ?? []),
  );
}

/** Builds the domain object of an assessment row, the framework it is pinned to and its ratings. */
export function toStoredAssessment(
  row: typeof assessments.$inferSelect,
  pin: FrameworkPin,
  list: Rating[],
): StoredAssessment {
  return {
    id: row.id,
    orgId: row.orgId,
    personId: row.personId,
    // A rater whose account and person were deleted still counts once, as themselves.
    raterId: row.raterPersonId ?? row.raterUserId ?? `former-rater:${row.id}`,
    raterUserId: row.raterUserId,
    raterPersonId: row.raterPersonId,
    raterKind: row.raterKind,
    frameworkId: pin.frameworkId,
    frameworkVersionId: row.frameworkVersionId,
    frameworkVersion: pin.frameworkVersion,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt ? row.submittedAt.toISOString() : null,
    ratings: list,
  };
}

/** A stored rating as the engine reads it. */
export function toRating(
  row: Pick<typeof ratings.$inferSelect, "competencyId" | "level" | "note" | "evidenceIds">,
): Rating {
  return {
    competency: row.competencyId,
    level: row.level,
    ...(row.note === null ? {} : { note: row.note }),
    ...(row.evidenceIds.length > 0 ? { evidence: row.evidenceIds } : {}),
  };
}

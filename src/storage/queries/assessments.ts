import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { RaterKind, Rating } from "../../engine/types.ts";
import { ConflictError } from "../conflict-error.ts";
import type { Database } from "../database.ts";
import { defaultLimit, type PageOptions } from "../page.ts";
import { assessments, frameworkVersions, ratings } from "../schema.ts";
import { anyId } from "./any-id.ts";
import {
  assessmentColumns,
  type StoredAssessment,
  selectAssessments,
  toRating,
  toStoredAssessment,
  upsertRatings,
  withRatings,
} from "./assessment-rows.ts";

export type { StoredAssessment } from "./assessment-rows.ts";

/** What a new assessment needs; it starts as a draft. */
export interface NewAssessment {
  orgId: string;
  personId: string;
  raterKind: RaterKind;
  frameworkVersionId: string;
  raterUserId?: string | null;
  raterPersonId?: string | null;
  ratings?: Rating[];
}

/** Creates a draft assessment with any first ratings, in one transaction. */
export async function createAssessment(
  db: Database,
  input: NewAssessment,
): Promise<StoredAssessment> {
  return db.transaction(async (tx) => {
    const { ratings: first = [], ...row } = input;
    const [created] = await tx.insert(assessments).values(row).returning({ id: assessments.id });
    if (!created) throw new Error("Creating the assessment returned no row.");
    await upsertRatings(tx, created.id, first);
    const stored = await getAssessment(tx, input.orgId, created.id);
    if (!stored) throw new Error("The new assessment could not be read back.");
    return stored;
  });
}

type RatingJson = Pick<
  typeof ratings.$inferSelect,
  "competencyId" | "level" | "note" | "evidenceIds"
>;

/**
 * Finds an assessment of an organisation with its ratings, or null, in one statement: every
 * autosave reads its draft twice, and on the embedded database each statement counts.
 */
export async function getAssessment(
  db: Database,
  orgId: string,
  id: string,
): Promise<StoredAssessment | null> {
  const [found] = await db
    .select({
      ...assessmentColumns,
      ratings: sql<RatingJson[]>`coalesce((
        select json_agg(json_build_object('competencyId', r.competency_id, 'level', r.level,
          'note', r.note, 'evidenceIds', r.evidence_ids) order by r.competency_id)
        from ${ratings} r where r.assessment_id = ${assessments.id}), '[]'::json)`,
    })
    .from(assessments)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, assessments.frameworkVersionId))
    .where(and(eq(assessments.orgId, orgId), eq(assessments.id, id)));
  return found ? toStoredAssessment(found.row, found, found.ratings.map(toRating)) : null;
}

/** Assessments of an organisation, newest first, filtered by person, rater or status. */
export async function listAssessments(
  db: Database,
  options: {
    orgId: string;
    personId?: string;
    personIds?: string[];
    raterUserId?: string;
    status?: StoredAssessment["status"];
    /** Only assessments made against these stored framework versions. */
    frameworkVersionIds?: readonly string[];
  } & PageOptions,
): Promise<StoredAssessment[]> {
  const rows = await selectAssessments(db)
    .where(
      and(
        eq(assessments.orgId, options.orgId),
        options.personId === undefined ? undefined : eq(assessments.personId, options.personId),
        options.personIds === undefined
          ? undefined
          : anyId(assessments.personId, options.personIds),
        options.raterUserId === undefined
          ? undefined
          : eq(assessments.raterUserId, options.raterUserId),
        options.status === undefined ? undefined : eq(assessments.status, options.status),
        options.frameworkVersionIds === undefined
          ? undefined
          : anyId(assessments.frameworkVersionId, options.frameworkVersionIds),
      ),
    )
    .orderBy(desc(assessments.createdAt), desc(assessments.id))
    .limit(options.limit ?? defaultLimit)
    .offset(options.offset ?? 0);
  return withRatings(db, rows);
}

/**
 * Autosaves a draft: upserts the given ratings and drops the competencies listed in `remove`,
 * in one transaction. Null when there is no such assessment; a ConflictError once submitted.
 */
export async function saveDraftRatings(
  db: Database,
  input: { orgId: string; id: string; ratings: Rating[]; remove?: string[] },
): Promise<StoredAssessment | null> {
  return db.transaction(async (tx) => {
    // Touching the draft first locks it for the transaction, in the same statement.
    const [touched] = await tx
      .update(assessments)
      .set({ updatedAt: new Date() })
      .where(
        and(
          eq(assessments.orgId, input.orgId),
          eq(assessments.id, input.id),
          eq(assessments.status, "draft"),
        ),
      )
      .returning({ id: assessments.id });
    if (!touched && !(await lockDraft(tx, input.orgId, input.id))) return null;
    await upsertRatings(tx, input.id, input.ratings);
    if (input.remove && input.remove.length > 0) {
      await tx
        .delete(ratings)
        .where(
          and(eq(ratings.assessmentId, input.id), inArray(ratings.competencyId, input.remove)),
        );
    }
    return getAssessment(tx, input.orgId, input.id);
  });
}

/**
 * Submits a draft with any last ratings, in one transaction, after which it counts and no longer
 * changes. Null when there is no such assessment; a ConflictError when already submitted or empty.
 */
export async function submitAssessment(
  db: Database,
  input: {
    orgId: string;
    id: string;
    ratings?: Rating[];
    at?: Date;
    /** Runs in the same transaction once submitted, e.g. to keep analytics aggregates current. */
    afterSubmit?: (tx: Database, submitted: StoredAssessment) => Promise<void>;
  },
): Promise<StoredAssessment | null> {
  return db.transaction(async (tx) => {
    if (!(await lockDraft(tx, input.orgId, input.id))) return null;
    await upsertRatings(tx, input.id, input.ratings ?? []);
    const [rated] = await tx
      .select({ id: ratings.assessmentId })
      .from(ratings)
      .where(eq(ratings.assessmentId, input.id))
      .limit(1);
    if (!rated) {
      throw new ConflictError("An assessment needs at least one rating before it is submitted.");
    }
    await tx
      .update(assessments)
      .set({ status: "submitted", submittedAt: input.at ?? new Date() })
      .where(eq(assessments.id, input.id));
    const submitted = await getAssessment(tx, input.orgId, input.id);
    if (submitted && input.afterSubmit) await input.afterSubmit(tx, submitted);
    return submitted;
  });
}

/** Deletes a draft; false when there is no such draft (submitted assessments stay). */
export async function deleteDraftAssessment(
  db: Database,
  orgId: string,
  id: string,
): Promise<boolean> {
  const rows = await db
    .delete(assessments)
    .where(
      and(eq(assessments.orgId, orgId), eq(assessments.id, id), eq(assessments.status, "draft")),
    )
    .returning({ id: assessments.id });
  return rows.length > 0;
}

/** Locks the assessment row for the transaction; false when missing, throws when submitted. */
async function lockDraft(tx: Database, orgId: string, id: string): Promise<boolean> {
  const [row] = await tx
    .select({ status: assessments.status })
    .from(assessments)
    .where(and(eq(assessments.orgId, orgId), eq(assessments.id, id)))
    .for("update");
  if (!row) return false;
  if (row.status === "submitted") {
    throw new ConflictError("This assessment is submitted and no longer changes; start a new one.");
  }
  return true;
}

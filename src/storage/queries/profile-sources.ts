import { sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import type { assessments, evidence, ratings } from "../schema.ts";
import { type StoredAssessment, toRating, toStoredAssessment } from "./assessment-rows.ts";
import { type StoredEvidence, toEvidence } from "./evidence.ts";

/** What a person's profile is aggregated from. */
export interface ProfileSources {
  /** Each rater's latest submitted assessment, with its ratings. */
  assessments: StoredAssessment[];
  /** The person's evidence, newest first, whatever its visibility (the caller filters). */
  evidence: StoredEvidence[];
}

type Timestamps<T> = Omit<T, "createdAt" | "updatedAt"> & { createdAt: string; updatedAt: string };
type AssessmentJson = Timestamps<Omit<typeof assessments.$inferSelect, "submittedAt">> & {
  submittedAt: string | null;
  frameworkVersion: string;
  ratings: Pick<typeof ratings.$inferSelect, "competencyId" | "level" | "note" | "evidenceIds">[];
};
type EvidenceJson = Timestamps<typeof evidence.$inferSelect>;

const raterKey = sql.raw(
  "a.rater_kind, coalesce(a.rater_person_id::text, a.rater_user_id::text, a.id::text)",
);

/**
 * Each rater's latest submitted assessment of a person (with ratings) and the person's evidence,
 * in one statement: on the embedded database every statement is a round trip through WASM, so a
 * profile read pays for one. Ties in submission time go to the larger id, as the engine decides.
 *
 * @example
 * const { assessments, evidence } = await loadProfileSources(db, { orgId, personId });
 */
export async function loadProfileSources(
  db: Database,
  options: { orgId: string; personId: string; evidenceLimit?: number },
): Promise<ProfileSources> {
  const { orgId, personId } = options;
  const result = await db.execute(sql`
    select
      (select coalesce(json_agg(json_build_object(
          'id', l.id, 'orgId', l.org_id, 'personId', l.person_id,
          'raterUserId', l.rater_user_id, 'raterPersonId', l.rater_person_id,
          'raterKind', l.rater_kind, 'frameworkVersionId', l.framework_version_id,
          'status', l.status, 'createdAt', l.created_at, 'updatedAt', l.updated_at,
          'submittedAt', l.submitted_at, 'frameworkVersion', l.framework_version,
          'ratings', l.ratings)), '[]'::json)
       from (
         select distinct on (${raterKey}) a.*, fv.version as framework_version,
           coalesce((select json_agg(json_build_object('competencyId', r.competency_id,
               'level', r.level, 'note', r.note, 'evidenceIds', r.evidence_ids)
               order by r.competency_id)
             from ratings r where r.assessment_id = a.id), '[]'::json) as ratings
         from assessments a join framework_versions fv on fv.id = a.framework_version_id
         where a.org_id = ${orgId} and a.person_id = ${personId} and a.status = 'submitted'
         order by ${raterKey}, date_trunc('milliseconds', a.submitted_at) desc, a.id desc
       ) l) as assessments,
      (select coalesce(json_agg(json_build_object(
          'id', e.id, 'orgId', e.org_id, 'personId', e.person_id, 'date', e.date,
          'title', e.title, 'outcome', e.outcome, 'competencies', e.competencies,
          'visibility', e.visibility, 'createdBy', e.created_by,
          'createdAt', e.created_at, 'updatedAt', e.updated_at)
          order by e.date desc, e.created_at desc, e.id desc), '[]'::json)
       from (
         select * from evidence e
         where e.org_id = ${orgId} and e.person_id = ${personId}
         order by e.date desc, e.created_at desc, e.id desc
         limit ${options.evidenceLimit ?? 500}
       ) e) as evidence`);
  // Both drivers return `rows` and parse json columns.
  const [row] = (result as unknown as { rows: { assessments: AssessmentJson[]; evidence: EvidenceJson[] }[] })
    .rows;
  return {
    assessments: (row?.assessments ?? []).map((entry) =>
      toStoredAssessment(
        {
          ...entry,
          createdAt: new Date(entry.createdAt),
          updatedAt: new Date(entry.updatedAt),
          submittedAt: entry.submittedAt === null ? null : new Date(entry.submittedAt),
        },
        entry.frameworkVersion,
        entry.ratings.map(toRating),
      ),
    ),
    evidence: (row?.evidence ?? []).map((entry) =>
      toEvidence({ ...entry, createdAt: new Date(entry.createdAt), updatedAt: new Date(entry.updatedAt) }),
    ),
  };
}

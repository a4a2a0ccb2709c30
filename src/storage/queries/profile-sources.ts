import { sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import type { assessments, evidence, people, ratings } from "../schema.ts";
import { anyId } from "./any-id.ts";
import { type StoredAssessment, toRating, toStoredAssessment } from "./assessment-rows.ts";
import { type StoredEvidence, toEvidence } from "./evidence.ts";
import { managerChainJson, type StoredPerson, toPerson } from "./people.ts";

/** A person, the facts access depends on, and what their profile is aggregated from. */
export interface ProfileSources {
  person: StoredPerson;
  /** The person's managers, direct first. */
  managerChain: string[];
  /** Each rater's latest submitted assessment, with its ratings. */
  assessments: StoredAssessment[];
  /** The person's evidence, newest first, whatever its visibility (the caller filters). */
  evidence: StoredEvidence[];
  /** Submitted assessments of the person made against versions outside the given lineage. */
  outsideLineage: number;
}

type Timestamps<T> = Omit<T, "createdAt" | "updatedAt"> & { createdAt: string; updatedAt: string };
type AssessmentJson = Timestamps<Omit<typeof assessments.$inferSelect, "submittedAt">> & {
  submittedAt: string | null;
  frameworkId: string;
  frameworkVersion: string;
  ratings: Pick<typeof ratings.$inferSelect, "competencyId" | "level" | "note" | "evidenceIds">[];
};
type EvidenceJson = Timestamps<typeof evidence.$inferSelect>;
type PersonJson = Timestamps<typeof people.$inferSelect>;
interface SourcesRow {
  person: PersonJson;
  manager_chain: string[];
  assessments: AssessmentJson[];
  evidence: EvidenceJson[];
  outside_lineage: number;
}

const raterKey = sql.raw(
  "a.rater_kind, coalesce(a.rater_person_id::text, a.rater_user_id::text, a.id::text)",
);

/**
 * A person of an organisation with their manager chain, each rater's latest submitted assessment
 * of them (with ratings) and their evidence, in one statement: on the embedded database every
 * statement is a round trip through WASM, so a profile read pays for one. Null when the person
 * is not in the organisation. Ties in submission time go to the larger id, as the engine decides.
 *
 * @example
 * const sources = await loadProfileSources(db, { orgId, personId });
 */
export async function loadProfileSources(
  db: Database,
  options: {
    orgId: string;
    personId: string;
    evidenceLimit?: number;
    /** Only assessments made against these stored framework versions (a lineage). */
    frameworkVersionIds?: readonly string[];
  },
): Promise<ProfileSources | null> {
  const { orgId, personId } = options;
  // The latest assessment per rater is chosen among the lineage's only: one made against another
  // framework must not hide an earlier one that counts.
  const versionFilter =
    options.frameworkVersionIds === undefined
      ? sql``
      : sql`and ${anyId(sql.raw("a.framework_version_id"), options.frameworkVersionIds)}`;
  // Counted, not loaded, so the profile can say that ratings of another framework are left out.
  const outsideLineage =
    options.frameworkVersionIds === undefined
      ? sql`0`
      : sql`(select count(*)::int from assessments a
          where a.org_id = p.org_id and a.person_id = p.id and a.status = 'submitted'
            and not (${anyId(sql.raw("a.framework_version_id"), options.frameworkVersionIds)}))`;
  const result = await db.execute(sql`
    select
      json_build_object('id', p.id, 'orgId', p.org_id, 'name', p.name, 'email', p.email,
        'roleId', p.role_id, 'managerId', p.manager_id, 'team', p.team,
        'background', p.background, 'preferences', p.preferences,
        'createdAt', p.created_at, 'updatedAt', p.updated_at) as person,
      ${managerChainJson(orgId)} as manager_chain,
      (select coalesce(json_agg(json_build_object(
          'id', l.id, 'orgId', l.org_id, 'personId', l.person_id,
          'raterUserId', l.rater_user_id, 'raterPersonId', l.rater_person_id,
          'raterKind', l.rater_kind, 'frameworkVersionId', l.framework_version_id,
          'status', l.status, 'createdAt', l.created_at, 'updatedAt', l.updated_at,
          'submittedAt', l.submitted_at, 'frameworkVersion', l.framework_version,
          'frameworkId', l.framework_id,
          'ratings', coalesce((select json_agg(json_build_object(
              'competencyId', r.competency_id, 'level', r.level, 'note', r.note,
              'evidenceIds', r.evidence_ids) order by r.competency_id)
            from ratings r where r.assessment_id = l.id), '[]'::json))), '[]'::json)
       from (
         -- Ratings are read in the outer query, so only the latest assessments' are built.
         select distinct on (${raterKey}) a.*, fv.version as framework_version, fv.framework_id
         from assessments a join framework_versions fv on fv.id = a.framework_version_id
         where a.org_id = p.org_id and a.person_id = p.id and a.status = 'submitted'
           ${versionFilter}
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
         where e.org_id = p.org_id and e.person_id = p.id and e.deleted_at is null
         order by e.date desc, e.created_at desc, e.id desc
         limit ${options.evidenceLimit ?? 500}
       ) e) as evidence,
      ${outsideLineage} as outside_lineage
    from people p
    where p.org_id = ${orgId} and p.id = ${personId}`);
  // Both drivers return `rows` and parse json columns.
  const [row] = (result as unknown as { rows: SourcesRow[] }).rows;
  if (!row) return null;
  const dated = <T extends { createdAt: string; updatedAt: string }>(entry: T) => ({
    ...entry,
    createdAt: new Date(entry.createdAt),
    updatedAt: new Date(entry.updatedAt),
  });
  return {
    person: toPerson(dated(row.person)),
    managerChain: row.manager_chain,
    assessments: row.assessments.map((entry) =>
      toStoredAssessment(
        {
          ...dated(entry),
          submittedAt: entry.submittedAt === null ? null : new Date(entry.submittedAt),
        },
        entry,
        entry.ratings.map(toRating),
      ),
    ),
    evidence: row.evidence.map((entry) => toEvidence(dated(entry))),
    outsideLineage: Number(row.outside_lineage),
  };
}

import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { stringify } from "yaml";
import type { Framework } from "../../src/framework/schema.ts";
import type { Database } from "../../src/storage/database.ts";
import {
  createFrameworkVersion,
  publishFrameworkVersion,
} from "../../src/storage/queries/framework-versions.ts";
import { createOrganisation } from "../../src/storage/queries/organisations.ts";
import { seededRandom } from "../../test/synthetic-org.ts";
import { type ScaleOrgShape, scaleOrgShape } from "./scale-org-shape.ts";

/** What the benchmark needs to know about the organisation it loaded. */
export interface ScaleOrg {
  orgId: string;
  adminEmail: string;
  /** Person ids, in tree order (0 is the head of the organisation and the admin). */
  personIds: string[];
  directorId: string;
  directorPeople: number;
  depth: number;
  assessments: number;
  ratings: number;
}

const rounds = ["2026-03-10T09:00:00.000Z", "2026-09-10T09:00:00.000Z"];
// People per batch of statements: each batch binds one array per column.
const batch = 5_000;

function roleFor(shape: ScaleOrgShape, p: number, draw: number): string {
  if (p === 0) return "vp-product";
  if ((shape.below[p] as number) >= 50) return "group-pm";
  if ((shape.below[p] as number) > 0) return "senior-pm";
  if (draw < 0.1) return draw < 0.05 ? "principal-pm" : "product-architect";
  if (draw < 0.15) return "operations-program";
  return ["apm", "pm", "pm", "senior-pm"][Math.floor(draw * 40) % 4] as string;
}

/** Column arrays for one batch of assessments and their ratings. */
class Rows {
  ids: string[] = [];
  person: string[] = [];
  rater: string[] = [];
  kind: string[] = [];
  submitted: string[] = [];
  ratingAssessment: string[] = [];
  ratingCompetency: string[] = [];
  ratingLevel: number[] = [];
}

async function insertPeople(
  db: Database,
  orgId: string,
  shape: ScaleOrgShape,
  ids: string[],
  roles: string[],
) {
  for (let start = 0; start < ids.length; start += batch) {
    const end = Math.min(ids.length, start + batch);
    const slice = ids.slice(start, end);
    const managers = slice.map((_, i) => {
      const m = shape.managerOf[start + i] as number;
      return m < 0 ? null : (ids[m] as string);
    });
    const names = slice.map((_, i) => `Person ${start + i}`);
    const emails = slice.map((_, i) => `person-${start + i}@scale.test`);
    const teams = slice.map((_, i) => {
      const m = shape.managerOf[start + i] as number;
      return m < 0 ? "Leadership" : `Team ${m}`;
    });
    await db.execute(sql`insert into people (id, org_id, name, email, role_id, manager_id, team)
      select id, ${orgId}::uuid, name, email, role_id, manager_id, team from unnest(
        ${sql.param(slice)}::uuid[], ${sql.param(names)}::text[], ${sql.param(emails)}::text[],
        ${sql.param(roles.slice(start, end))}::text[], ${sql.param(managers)}::uuid[],
        ${sql.param(teams)}::text[]) as t(id, name, email, role_id, manager_id, team)`);
  }
}

async function insertAssessments(db: Database, orgId: string, versionId: string, rows: Rows) {
  await db.execute(sql`insert into assessments
      (id, org_id, person_id, rater_person_id, rater_kind, framework_version_id, status, submitted_at, created_at)
    select id, ${orgId}::uuid, person_id, rater_id, kind, ${versionId}::uuid, 'submitted', at, at
    from unnest(${sql.param(rows.ids)}::uuid[], ${sql.param(rows.person)}::uuid[],
      ${sql.param(rows.rater)}::uuid[], ${sql.param(rows.kind)}::text[],
      ${sql.param(rows.submitted)}::timestamptz[]) as t(id, person_id, rater_id, kind, at)`);
  await db.execute(sql`insert into ratings (assessment_id, competency_id, level)
    select * from unnest(${sql.param(rows.ratingAssessment)}::uuid[],
      ${sql.param(rows.ratingCompetency)}::text[], ${sql.param(rows.ratingLevel)}::int[])`);
}

/**
 * Loads an organisation of `count` people into the real schema with the published default
 * framework: a reporting tree of spans 5–10, and two rounds of self, manager and peer assessments
 * per person. Triggers are switched off while loading (the revision moves once at the end), so
 * the load takes seconds, not minutes; the rows are what the app itself would have written.
 *
 * @example const org = await buildScaleOrg(handle.db, { framework, source, count: 10_000 });
 */
export async function buildScaleOrg(
  db: Database,
  input: { framework: Framework; count: number; passwordHash: string },
): Promise<ScaleOrg> {
  const { framework, count } = input;
  const random = seededRandom(count);
  const shape = scaleOrgShape(count);
  const scaleMax = Math.max(...framework.scale.map((step) => step.level));
  const competencies = framework.competencies.map((competency) => competency.id);
  const expectations = new Map(framework.roles.map((role) => [role.id, role.expectations]));
  const ids = Array.from({ length: count }, () => randomUUID());
  const roles = ids.map((_, p) => roleFor(shape, p, random()));
  let assessments = 0;
  let ratings = 0;
  const orgId = await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    const organisation = await createOrganisation(tx, { name: `Scale ${count}` });
    const version = await createFrameworkVersion(tx, {
      orgId: organisation.id,
      document: framework,
      source: stringify(framework),
    });
    await publishFrameworkVersion(tx, organisation.id, version.id);
    await insertPeople(tx, organisation.id, shape, ids, roles);
    await tx.execute(sql`insert into users (org_id, email, password_hash, role, person_id)
      values (${organisation.id}, 'admin@scale.test', ${input.passwordHash}, 'owner', ${ids[0]})`);
    let rows = new Rows();
    const assess = (
      subject: number,
      rater: number,
      kind: string,
      round: number,
      base: number[],
    ) => {
      const id = randomUUID();
      rows.ids.push(id);
      rows.person.push(ids[subject] as string);
      rows.rater.push(ids[rater] as string);
      rows.kind.push(kind);
      rows.submitted.push(rounds[round] as string);
      for (let c = 0; c < competencies.length; c++) {
        if (random() < 0.04) continue;
        const level = Math.round((base[c] ?? 3) + (random() - 0.5) * 1.4 + round * 0.25);
        rows.ratingAssessment.push(id);
        rows.ratingCompetency.push(competencies[c] as string);
        rows.ratingLevel.push(Math.min(scaleMax, Math.max(1, level)));
      }
    };
    for (let p = 0; p < count; p++) {
      const expected = expectations.get(roles[p] as string) ?? {};
      const base = competencies.map((id) => (expected[id] ?? 2) + (random() - 0.6) * 1.5);
      const manager = shape.managerOf[p] as number;
      for (let round = 0; round < rounds.length; round++) {
        assess(p, p, "self", round, base);
        if (manager >= 0) {
          assess(p, manager, "manager", round, base);
          // A peer: someone else with the same manager, else the manager's manager.
          const peer = Math.min(count - 1, p + 1 + Math.floor(random() * 3));
          const colleague = shape.managerOf[peer] === manager && peer !== p ? peer : -1;
          const fallback = shape.managerOf[manager] as number;
          if (colleague >= 0) assess(p, colleague, "peer", round, base);
          else if (fallback >= 0) assess(p, fallback, "peer", round, base);
        }
      }
      if ((p + 1) % batch === 0 || p === count - 1) {
        assessments += rows.ids.length;
        ratings += rows.ratingAssessment.length;
        await insertAssessments(tx, organisation.id, version.id, rows);
        rows = new Rows();
      }
    }
    return organisation.id;
  });
  // One revision move for the whole load, as one import transaction would make.
  await db.execute(
    sql`update organisations set revision = nextval('organisation_revisions') where id = ${orgId}`,
  );
  return {
    orgId,
    adminEmail: "admin@scale.test",
    personIds: ids,
    directorId: ids[shape.director] as string,
    directorPeople: shape.below[shape.director] as number,
    depth: shape.depth,
    assessments,
    ratings,
  };
}

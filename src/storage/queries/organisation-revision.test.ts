import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { schemaTables } from "../backup/backup-tables.ts";
import type { Database } from "../database.ts";
import { ratings, roleHistory } from "../schema.ts";
import {
  createAssessment,
  deleteDraftAssessment,
  saveDraftRatings,
  submitAssessment,
} from "./assessments.ts";
import { recordAudit } from "./audit-log.ts";
import { addCheckIn } from "./check-ins.ts";
import { createEvidence } from "./evidence.ts";
import { createFeedbackRequest } from "./feedback-requests.ts";
import { addGoal } from "./goals.ts";
import { createGrowthPlan } from "./growth-plans.ts";
import { getOrganisation } from "./organisations.ts";
import { createPerson, updatePerson } from "./people.ts";
import { changeRole } from "./role-history.ts";
import { createSession, findUserBySession } from "./sessions.ts";
import { createUser } from "./users.ts";

async function revisionOf(db: Database, orgId: string): Promise<number> {
  const organisation = await getOrganisation(db, orgId);
  if (!organisation) throw new Error(`No organisation ${orgId}.`);
  return organisation.revision;
}

/** Runs a change and tells whether it moved the organisation's revision on. */
async function moves(db: Database, orgId: string, change: () => Promise<unknown>) {
  const before = await revisionOf(db, orgId);
  await change();
  const after = await revisionOf(db, orgId);
  expect(after).toBeGreaterThanOrEqual(before);
  return after > before;
}

async function seed(db: Database) {
  const { organisation, framework } = await seedOrganisation(db);
  const orgId = organisation.id;
  const person = await createPerson(db, { orgId, name: "Ada", roleId: "pm" });
  const draft = () =>
    createAssessment(db, {
      orgId,
      personId: person.id,
      raterKind: "self",
      frameworkVersionId: framework.id,
      raterPersonId: person.id,
    });
  return { orgId, person, draft };
}

describeOnEachDatabase("organisation revision", (database) => {
  it("moves with each change to people, evidence, plans, requests and frameworks", async () => {
    const { db } = database();
    const { orgId, person } = await seed(db);
    const personId = person.id;
    expect(await moves(db, orgId, () => createPerson(db, { orgId, name: "Ben" }))).toBe(true);
    expect(
      await moves(db, orgId, () => updatePerson(db, orgId, personId, { team: "Growth" })),
    ).toBe(true);
    expect(
      await moves(db, orgId, () =>
        changeRole(db, { orgId, personId, roleId: "senior-pm", from: "2026-01-01" }),
      ),
    ).toBe(true);
    expect(
      await moves(db, orgId, () =>
        db
          .update(roleHistory)
          .set({ from: "2025-12-01" })
          .where(eq(roleHistory.personId, personId)),
      ),
    ).toBe(true);
    expect(
      await moves(db, orgId, () =>
        createEvidence(db, {
          orgId,
          personId,
          date: "2026-02-01",
          title: "Shipped",
          competencies: [],
        }),
      ),
    ).toBe(true);
    const plan = await createGrowthPlan(db, { orgId, personId });
    expect(
      await moves(db, orgId, () =>
        addGoal(db, { orgId, planId: plan.id, goal: { title: "Run discovery" } }),
      ),
    ).toBe(true);
    expect(
      await moves(db, orgId, () =>
        addCheckIn(db, { orgId, planId: plan.id, checkIn: { date: "2026-02-02" } }),
      ),
    ).toBe(true);
    expect(
      await moves(db, orgId, () =>
        createFeedbackRequest(db, {
          orgId,
          personId,
          addresseePersonId: personId,
          competencies: [],
        }),
      ),
    ).toBe(true);
    expect(
      await moves(db, orgId, () =>
        createUser(db, { orgId, email: "ben@acme.example", passwordHash: "h" }),
      ),
    ).toBe(true);
  });

  it("moves when an assessment is submitted or a submitted rating changes, not while a draft is edited", async () => {
    const { db } = database();
    const { orgId, draft } = await seed(db);
    let assessment = await draft();
    const id = assessment.id;
    expect(await moves(db, orgId, draft)).toBe(false);
    expect(
      await moves(db, orgId, () =>
        saveDraftRatings(db, { orgId, id, ratings: [{ competency: "strategy", level: 1 }] }),
      ),
    ).toBe(false);
    expect(await moves(db, orgId, () => deleteDraftAssessment(db, orgId, id))).toBe(false);
    assessment = await draft();
    expect(
      await moves(db, orgId, () =>
        submitAssessment(db, {
          orgId,
          id: assessment.id,
          ratings: [{ competency: "strategy", level: 2 }],
        }),
      ),
    ).toBe(true);
    expect(
      await moves(db, orgId, () =>
        db
          .update(ratings)
          .set({ note: "Corrected" })
          .where(eq(ratings.assessmentId, assessment.id)),
      ),
    ).toBe(true);
  });

  it("stays put for sign-ins, the audit log and changes that roll back", async () => {
    const { db } = database();
    const { orgId } = await seed(db);
    const user = await createUser(db, { orgId, email: "ada@acme.example", passwordHash: "h" });
    const expiresAt = new Date(Date.now() + 60_000);
    expect(
      await moves(db, orgId, () =>
        createSession(db, { tokenDigest: "d", userId: user.id, expiresAt }),
      ),
    ).toBe(false);
    expect(
      await moves(db, orgId, () =>
        recordAudit(db, {
          orgId,
          actorUserId: user.id,
          action: "person:read",
          targetType: "person",
          targetId: user.id,
          detail: null,
        }),
      ),
    ).toBe(false);
    const rolledBack = () =>
      db
        .transaction(async (tx) => {
          await createPerson(tx, { orgId, name: "Never" });
          throw new Error("changed my mind");
        })
        .catch(() => undefined);
    expect(await moves(db, orgId, rolledBack)).toBe(false);
  });

  it("moves once per transaction, however many rows it writes, and only for its organisation", async () => {
    const { db } = database();
    const { orgId } = await seed(db);
    const other = await seed(db);
    const otherBefore = await revisionOf(db, other.orgId);
    const before = await revisionOf(db, orgId);
    const [{ next } = { next: 0 }] = (
      (await db.execute(
        sql`select last_value::int as next from organisation_revisions`,
      )) as unknown as {
        rows: { next: number }[];
      }
    ).rows;
    await db.transaction(async (tx) => {
      for (let index = 0; index < 20; index++) await createPerson(tx, { orgId, name: `P${index}` });
    });
    expect(await revisionOf(db, orgId)).toBe(next + 1);
    expect(before).toBeLessThan(next + 1);
    expect(await revisionOf(db, other.orgId)).toBe(otherBefore);
  });

  it("has a trigger on every table but the few that hold no data answers are computed from", async () => {
    const { db } = database();
    const result = (await db.execute(sql`
      select c.relname as table, count(t.oid)::int as triggers
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      left join pg_trigger t on t.tgrelid = c.oid and t.tgname = c.relname || '_revision'
      where c.relkind = 'r' and c.relname not like '__drizzle%'
      group by c.relname`)) as unknown as { rows: { table: string; triggers: number }[] };
    const without = result.rows.filter((row) => row.triggers === 0).map((row) => row.table);
    // A new table must either move the revision (a trigger in its migration) or join this list.
    // Accounts, sign-on and mail feed no kept answer; the analytics tables are kept answers,
    // computed from assessments whose changes move the revision themselves.
    expect(without.sort()).toEqual([
      "analytics_person_levels",
      "analytics_rater_leniency",
      "analytics_rebuilds",
      "analytics_stale_people",
      "api_tokens",
      "audit_log",
      "import_jobs",
      "invitations",
      "login_throttles",
      "organisations",
      "outbox_mails",
      "password_resets",
      "scim_tokens",
      "sessions",
      "sso_configs",
      "sso_identities",
    ]);
    expect(result.rows.map((row) => row.table).sort()).toEqual([...schemaTables().keys()].sort());
  });

  it("is read with the session, so every request knows the revision it saw", async () => {
    const { db } = database();
    const { orgId } = await seed(db);
    const user = await createUser(db, { orgId, email: "ada@acme.example", passwordHash: "h" });
    const expiresAt = new Date(Date.now() + 60_000);
    await createSession(db, { tokenDigest: "d", userId: user.id, expiresAt });
    const found = await findUserBySession(db, "d", new Date());
    expect(found?.orgRevision).toBe(await revisionOf(db, orgId));
    await createPerson(db, { orgId, name: "Ben" });
    const later = await findUserBySession(db, "d", new Date());
    expect(later?.orgRevision).toBeGreaterThan(found?.orgRevision ?? Number.POSITIVE_INFINITY);
  });
});

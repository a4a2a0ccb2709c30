import { count, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../test/db.ts";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { hashPassword, verifyPassword } from "../server/auth/password.ts";
import type { Database } from "../storage/database.ts";
import { createOrganisation } from "../storage/queries/organisations.ts";
import { createUser, findUserByEmail } from "../storage/queries/users.ts";
import {
  assessments,
  checkIns,
  evidence,
  feedbackRequests,
  frameworkVersions,
  goals,
  growthPlans,
  organisations,
  people,
  ratings,
  roleHistory,
  users,
} from "../storage/schema.ts";
import { buildDemoOrganisation } from "./build-demo-organisation.ts";
import { seedDemoOrganisation } from "./seed-demo-organisation.ts";

const framework = loadDefaultFramework();
const now = new Date("2026-06-01T08:00:00.000Z");
const demo = buildDemoOrganisation({ framework, now });
const quickHash = async (password: string) => `plain:${password}`;

const tables = {
  organisations,
  users,
  people,
  roleHistory,
  frameworkVersions,
  assessments,
  ratings,
  evidence,
  growthPlans,
  goals,
  checkIns,
  feedbackRequests,
};

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

describeOnEachDatabase("seedDemoOrganisation", (database) => {
  it("writes the people, accounts, history, assessments, evidence, plans and requests", async () => {
    const { db } = database();
    const seeded = await seedDemoOrganisation({ db, framework, now, hashPassword });
    expect(seeded.created).toBe(true);
    const counts = await rowCounts(db);
    expect(counts).toMatchObject({
      organisations: 1,
      users: 3,
      people: demo.people.length,
      roleHistory: demo.roleHistory.length,
      frameworkVersions: 1,
      assessments: demo.assessments.length,
      ratings: demo.assessments.reduce((sum, a) => sum + a.ratings.length, 0),
      evidence: demo.evidence.length,
      growthPlans: demo.growthPlans.length,
      checkIns: demo.growthPlans.reduce((sum, plan) => sum + plan.checkIns.length, 0),
      feedbackRequests: demo.feedbackRequests.length,
    });
    const submitted = await db
      .select({ n: count() })
      .from(assessments)
      .where(eq(assessments.status, "submitted"));
    expect(submitted[0]?.n).toBe(demo.assessments.filter((a) => a.submittedAt).length);
    const [published] = await db
      .select()
      .from(frameworkVersions)
      .where(eq(frameworkVersions.status, "published"));
    expect(published?.orgId).toBe(seeded.orgId);
    for (const login of seeded.logins) {
      const account = await findUserByEmail(db, login.email);
      expect(account?.role).toBe(login.orgRole);
      expect(account?.personId).not.toBeNull();
      expect(await verifyPassword(account?.passwordHash ?? "", login.password)).toBe(true);
    }
  }, 120_000);

  it("keeps the history's dates so older assessments and evidence read as older", async () => {
    const { db } = database();
    await seedDemoOrganisation({ db, framework, now, hashPassword: quickHash });
    const [oldest] = await db.select().from(assessments).orderBy(assessments.submittedAt).limit(1);
    expect(oldest?.submittedAt?.toISOString()).toBe(
      demo.assessments.flatMap((a) => a.submittedAt ?? []).sort()[0],
    );
    const linked = await db.select().from(ratings);
    const evidenceIds = new Set((await db.select().from(evidence)).map((entry) => entry.id));
    const links = linked.flatMap((rating) => rating.evidenceIds);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((id) => evidenceIds.has(id))).toBe(true);
  }, 120_000);

  it("changes nothing when seeded again, even days later, and returns the same logins", async () => {
    const { db } = database();
    const first = await seedDemoOrganisation({ db, framework, now, hashPassword: quickHash });
    const before = await rowCounts(db);
    const later = new Date(now.getTime() + 30 * 86_400_000);
    const second = await seedDemoOrganisation({
      db,
      framework,
      now: later,
      hashPassword: quickHash,
    });
    expect(second).toEqual({ ...first, created: false });
    expect(await rowCounts(db)).toEqual(before);
  }, 120_000);

  it("refuses, changing nothing, when the owner's email belongs to another organisation", async () => {
    const { db } = database();
    const other = await createOrganisation(db, { name: "Acme" });
    const owner = demo.logins[0];
    await createUser(db, { orgId: other.id, email: owner?.email ?? "", passwordHash: "x" });
    const before = await rowCounts(db);
    await expect(
      seedDemoOrganisation({ db, framework, now, hashPassword: quickHash }),
    ).rejects.toThrow(/another organisation/);
    expect(await rowCounts(db)).toEqual(before);
  }, 120_000);
});

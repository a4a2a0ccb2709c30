import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../test/db.ts";
import { seedAdminAndMember } from "../../test/framework-actors.ts";
import {
  lineageV1,
  lineageV2,
  lineageV2WithoutExecution,
  lineageV2WithoutGroupPm,
  otherFramework,
} from "../../test/migration-frameworks.ts";
import type { Framework } from "../framework/schema.ts";
import type { Database } from "../storage/database.ts";
import { createAssessment, submitAssessment } from "../storage/queries/assessments.ts";
import { createFeedbackRequest } from "../storage/queries/feedback-requests.ts";
import {
  createFrameworkVersion,
  listFrameworkVersions,
  publishFrameworkVersion,
} from "../storage/queries/framework-versions.ts";
import { createGrowthPlan } from "../storage/queries/growth-plans.ts";
import { createOrganisation, getOrganisation } from "../storage/queries/organisations.ts";
import { createPerson, getPerson } from "../storage/queries/people.ts";
import { listTitleMappings, setTitleMapping } from "../storage/queries/title-mappings.ts";
import { feedbackRequests, goals, growthPlans } from "../storage/schema.ts";
import { exportOrganisationCsv } from "./export-organisation-csv.ts";
import { growthReport } from "./growth-report.ts";
import { loadPublishedFramework } from "./load-published-framework.ts";
import { localAdminActor } from "./local-admin-actor.ts";
import { previewFrameworkPublish } from "./preview-framework-publish.ts";
import { publishFramework } from "./publish-framework.ts";
import { readProfile } from "./read-profile.ts";

async function store(db: Database, orgId: string, document: Framework) {
  return createFrameworkVersion(db, { orgId, document, source: `id: ${document.id}` });
}

describeOnEachDatabase("publishing a version applies its migration once", (database) => {
  async function seed() {
    const { db } = database();
    const organisation = await createOrganisation(db, { name: "Acme" });
    const orgId = organisation.id;
    const v1 = await store(db, orgId, lineageV1());
    await publishFrameworkVersion(db, orgId, v1.id);
    const actors = await seedAdminAndMember(db, orgId);
    const dana = await createPerson(db, {
      orgId,
      name: "Dana Director",
      roleId: "group-pm",
      preferences: { tracks: [], avoidRoles: [], targetRoles: ["group-pm"] },
    });
    const sam = await createPerson(db, { orgId, name: "Sam Senior", roleId: "senior-pm" });
    const plan = await createGrowthPlan(db, {
      orgId,
      personId: sam.id,
      targetRoleId: "group-pm",
      focusCompetencies: ["execution"],
      goals: [{ title: "Ship the beta", competency: "execution" }],
    });
    await setTitleMapping(db, { orgId, title: "Lead PM", roleId: "group-pm" });
    await createFeedbackRequest(db, {
      orgId,
      personId: sam.id,
      addresseePersonId: dana.id,
      competencies: ["execution", "strategy"],
    });
    const draft = await createAssessment(db, {
      orgId,
      personId: sam.id,
      raterKind: "manager",
      raterPersonId: dana.id,
      frameworkVersionId: v1.id,
      ratings: [
        { competency: "strategy", level: 2 },
        { competency: "execution", level: 2 },
      ],
    });
    await submitAssessment(db, { orgId, id: draft.id });
    const frameworks = {
      current: async (id: string) => {
        const inUse = await loadPublishedFramework(db, id);
        if (!inUse) throw new Error("nothing published");
        return inUse;
      },
      forget: () => {},
    };
    return { db, orgId, v1, dana, sam, plan, frameworks, ...actors };
  }

  it("previews the impact in words and numbers, changing nothing", async () => {
    const { db, orgId, admin, dana } = await seed();
    const v2 = await store(db, orgId, lineageV2());
    const preview = await previewFrameworkPublish({ db }, admin, v2.id);
    expect(preview.historyCarriesOver).toBe(true);
    expect(preview.roleChanges).toMatchObject([
      {
        name: "Dana Director",
        fromTitle: "Group Product Manager",
        toTitle: "Lead Product Manager",
        kind: "renamed",
      },
    ]);
    expect(preview.competencies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          competencyId: "execution",
          fate: "renamed",
          into: ["Delivery"],
          ratings: 1,
        }),
        expect.objectContaining({ competencyId: "strategy", fate: "carried", ratings: 1 }),
        expect.objectContaining({ competencyId: "ai-fluency", fate: "new", ratings: 0 }),
      ]),
    );
    expect(preview.summary).toContain(
      "Group Product Manager is renamed into Lead Product Manager: Dana Director holds it.",
    );
    expect(preview.canPublish).toBe(true);
    expect((await getPerson(db, orgId, dana.id))?.roleId).toBe("group-pm");
  });

  it("moves people, plans, goals, title mappings, open requests and preferences with the renames", async () => {
    const { db, orgId, admin, dana, sam, plan, frameworks } = await seed();
    const before = (await getOrganisation(db, orgId))?.revision ?? 0;
    const v2 = await store(db, orgId, lineageV2());
    await publishFramework({ db, frameworks }, admin, v2.id);
    const movedDana = await getPerson(db, orgId, dana.id);
    expect(movedDana?.roleId).toBe("lead-pm");
    expect(movedDana?.preferences?.targetRoles).toEqual(["lead-pm"]);
    const [movedPlan] = await db.select().from(growthPlans).where(eq(growthPlans.id, plan.id));
    expect(movedPlan).toMatchObject({ targetRoleId: "lead-pm", focusCompetencies: ["delivery"] });
    const [goal] = await db.select().from(goals).where(eq(goals.planId, plan.id));
    expect(goal?.competency).toBe("delivery");
    expect(await listTitleMappings(db, orgId)).toEqual([{ title: "Lead PM", roleId: "lead-pm" }]);
    const [request] = await db.select().from(feedbackRequests);
    expect(request?.competencies).toEqual(["delivery", "strategy"]);
    expect((await getOrganisation(db, orgId))?.revision).toBeGreaterThan(before);
    const { profile } = await readProfile({ db, frameworks }, admin, sam.id);
    expect(profile.competencies.delivery?.level).toBe(2);
    expect(profile.competencies.strategy?.level).toBe(2);
    expect(profile.competencies["ai-fluency"]?.level).toBeNull();
    expect(profile.notAssessedYet).toEqual(["ai-fluency"]);
    expect(profile.history).toBe(
      "Ratings made against version 1.0.0 carry over into 2.0.0 through its migration mapping.",
    );
  });

  it("refuses while anyone would be left without a role, then publishes with the admin's mapping", async () => {
    const { db, orgId, admin, dana, v1, frameworks } = await seed();
    const v2 = await store(db, orgId, lineageV2WithoutGroupPm());
    const preview = await previewFrameworkPublish({ db }, admin, v2.id);
    expect(preview.canPublish).toBe(false);
    expect(preview.unmappedRoles).toMatchObject([
      { roleId: "group-pm", people: ["Dana Director"] },
    ]);
    await expect(publishFramework({ db, frameworks }, admin, v2.id)).rejects.toMatchObject({
      kind: "validation",
      fields: [expect.objectContaining({ path: "roleMapping.group-pm" })],
    });
    const statuses = new Map((await listFrameworkVersions(db, orgId)).map((v) => [v.id, v.status]));
    expect(statuses.get(v1.id)).toBe("published");
    expect((await getPerson(db, orgId, dana.id))?.roleId).toBe("group-pm");
    await publishFramework({ db, frameworks }, admin, v2.id, {
      roleMapping: { "group-pm": "senior-pm" },
    });
    expect((await getPerson(db, orgId, dana.id))?.roleId).toBe("senior-pm");
    expect(await listTitleMappings(db, orgId)).toEqual([{ title: "Lead PM", roleId: "senior-pm" }]);
  });

  it("starts another framework with no history: no old rating in profiles, reports, heatmaps or exports", async () => {
    const { db, orgId, admin, sam, frameworks } = await seed();
    const other = await store(db, orgId, otherFramework());
    const preview = await previewFrameworkPublish({ db }, admin, other.id);
    expect(preview.historyCarriesOver).toBe(false);
    expect(preview.competencies.map((c) => c.fate)).toEqual(["dropped", "dropped", "new", "new"]);
    await publishFramework({ db, frameworks }, admin, other.id);
    const { profile } = await readProfile({ db, frameworks }, admin, sam.id);
    for (const score of Object.values(profile.competencies)) expect(score.level).toBeNull();
    expect(profile.history).toBe(
      "One assessment made against another framework is left out: Other ladder starts without its ratings.",
    );
    const reportDeps = { db, frameworks, now: () => new Date() };
    const report = await growthReport(reportDeps, localAdminActor(orgId), sam.id);
    for (const score of Object.values(report.profile.competencies)) expect(score.level).toBeNull();
    const deps = { db, framework: frameworks.current };
    const ratings = await exportOrganisationCsv(deps, admin, "ratings");
    expect(ratings.trim().split("\n")).toHaveLength(1);
    const heatmap = await exportOrganisationCsv(deps, admin, "team-analytics");
    expect(heatmap).not.toMatch(/,2\.00,/);
  });

  it("closes an open request left with nothing to rate, telling the asker why, and keeps the others open", async () => {
    const { db, orgId, admin, dana, sam, frameworks } = await seed();
    const onlyExecution = await createFeedbackRequest(db, {
      orgId,
      personId: sam.id,
      addresseePersonId: dana.id,
      competencies: ["execution"],
    });
    const v2 = await store(db, orgId, lineageV2WithoutExecution());
    const preview = await previewFrameworkPublish({ db }, admin, v2.id);
    expect(preview.summary).toContain(
      "1 open feedback request asks only about competencies this version retires; publishing closes it and tells the asker why.",
    );
    const [before] = await db
      .select()
      .from(feedbackRequests)
      .where(eq(feedbackRequests.id, onlyExecution.id));
    expect(before?.status).toBe("open");

    await publishFramework({ db, frameworks }, admin, v2.id);
    const requests = await db.select().from(feedbackRequests);
    const closed = requests.find((request) => request.id === onlyExecution.id);
    expect(closed).toMatchObject({
      status: "withdrawn",
      competencies: ["execution"],
      closedReason:
        "Closed when Test framework 2.0.0 was published: Execution is no longer in the framework, so nothing was left to rate.",
    });
    expect(closed?.respondedAt).toBeInstanceOf(Date);
    const other = requests.find((request) => request.id !== onlyExecution.id);
    expect(other).toMatchObject({ status: "open", competencies: ["strategy"], closedReason: null });
  });
});

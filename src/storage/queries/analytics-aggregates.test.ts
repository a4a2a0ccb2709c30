import fc from "fast-check";
import { expect, it } from "vitest";
import { buildTestFramework, describeOnEachDatabase } from "../../../test/db.ts";
import { orgAnalytics } from "../../engine/analytics/org-analytics.ts";
import { teamAnalytics } from "../../engine/analytics/team-analytics.ts";
import { frameworkLineage } from "../../engine/profile/framework-lineage.ts";
import type { RaterKind } from "../../engine/types.ts";
import type { Database } from "../database.ts";
import { analyticsPersonLevels, analyticsRaterLeniency, analyticsStalePeople } from "../schema.ts";
import { type AnalyticsFramework, refreshStaleAnalytics } from "./analytics-aggregates.ts";
import { analyticsFromAggregates } from "./analytics-from-aggregates.ts";
import { createAssessment, submitAssessment } from "./assessments.ts";
import { listAssessmentsInLineage } from "./assessments-in-lineage.ts";
import {
  createFrameworkVersion,
  listFrameworkDocuments,
  publishFrameworkVersion,
} from "./framework-versions.ts";
import { keepAnalyticsCurrent } from "./keep-analytics-current.ts";
import { createOrganisation } from "./organisations.ts";
import { createPerson, listPeople } from "./people.ts";
import { rebuildAnalyticsAggregates } from "./rebuild-analytics-aggregates.ts";
import { teamRecords } from "./team-records.ts";

/** One step of a random history: an assessment given, and how it reached the database. */
interface Step {
  person: number;
  rater: number;
  kind: RaterKind;
  ratings: { competency: "strategy" | "execution"; level: number }[];
  day: number;
  /** Left as a draft: it never counts. */
  draft: boolean;
  /** Submitted by a writer that does not keep the aggregates (the triggers mark the person). */
  bare: boolean;
  /** The framework's second version is published before this step. */
  publishBefore: boolean;
}

const step: fc.Arbitrary<Step> = fc.record({
  person: fc.integer({ min: 0, max: 5 }),
  rater: fc.integer({ min: 0, max: 5 }),
  kind: fc.constantFrom<RaterKind>("self", "manager", "peer"),
  ratings: fc.uniqueArray(
    fc.record({
      competency: fc.constantFrom("strategy" as const, "execution" as const),
      level: fc.integer({ min: 1, max: 2 }),
    }),
    { minLength: 1, maxLength: 2, selector: (rating) => rating.competency },
  ),
  day: fc.integer({ min: 1, max: 4 }),
  draft: fc.boolean(),
  bare: fc.boolean(),
  publishBefore: fc.boolean(),
});

async function published(db: Database, orgId: string): Promise<AnalyticsFramework> {
  const rows = await listFrameworkDocuments(db, orgId);
  const current = rows.find((row) => row.status === "published");
  if (!current) throw new Error("nothing published");
  const steps = rows.map((row) => ({ versionId: row.id, framework: row.document }));
  const lineage = frameworkLineage({ versionId: current.id, framework: current.document }, steps);
  return { framework: current.document, versionId: current.id, lineage };
}

async function replay(db: Database, steps: readonly Step[]) {
  const org = await createOrganisation(db, { name: "Random history" });
  const orgId = org.id;
  const first = await createFrameworkVersion(db, {
    orgId,
    document: buildTestFramework("1.0.0"),
    source: "v1",
  });
  const second = await createFrameworkVersion(db, {
    orgId,
    document: buildTestFramework("1.1.0"),
    source: "v2",
  });
  await publishFrameworkVersion(db, orgId, first.id);
  // A small tree: 0 leads 1 and 2; 1 leads 3 and 4; 2 leads 5.
  const managers = [-1, 0, 0, 1, 1, 2];
  const ids: string[] = [];
  for (let p = 0; p < managers.length; p++) {
    const manager = managers[p] as number;
    const person = await createPerson(db, {
      orgId,
      name: `Person ${p}`,
      roleId: p % 2 === 0 ? "pm" : "senior-pm",
      team: manager < 0 ? null : `team-${manager}`,
      managerId: manager < 0 ? null : (ids[manager] as string),
    });
    ids.push(person.id);
  }
  let version = first.id;
  for (const [at, given] of steps.entries()) {
    if (given.publishBefore && version === first.id) {
      await publishFrameworkVersion(db, orgId, second.id);
      version = second.id;
    }
    const draft = await createAssessment(db, {
      orgId,
      personId: ids[given.person] as string,
      raterKind: given.kind,
      raterPersonId: given.kind === "self" ? ids[given.person] : ids[given.rater],
      frameworkVersionId: version,
      ratings: given.ratings,
    });
    if (given.draft) continue;
    const inUse = await published(db, orgId);
    await submitAssessment(db, {
      orgId,
      id: draft.id,
      at: new Date(Date.UTC(2026, 0, given.day, 9, 0, at % 3)),
      ...(given.bare ? {} : { afterSubmit: keepAnalyticsCurrent(orgId, inUse) }),
    });
  }
  return { orgId, ids, inUse: await published(db, orgId) };
}

async function recomputed(db: Database, orgId: string, inUse: AnalyticsFramework, manager: string) {
  const everyone = await listPeople(db, { orgId, limit: 1000 });
  const assessments = await listAssessmentsInLineage(db, inUse.lineage, {
    orgId,
    status: "submitted",
    limit: 100_000,
  });
  const team = await teamRecords(db, orgId, manager, inUse.lineage);
  return {
    org: orgAnalytics(inUse.framework, { people: everyone, assessments }),
    team: teamAnalytics(inUse.framework, { ...team, managerId: manager }),
  };
}

describeOnEachDatabase("analytics aggregates", (database) => {
  it("answer what the engine answers from the whole rating history, over random histories", async () => {
    const { db } = database();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        const { orgId, ids, inUse } = await replay(db, steps);
        const manager = ids[1] as string;
        const expected = await recomputed(db, orgId, inUse, manager);
        const fromAggregates = async () => ({
          org: await analyticsFromAggregates(db, orgId, inUse),
          team: {
            ...(await analyticsFromAggregates(db, orgId, inUse, manager)),
            managerId: manager,
          },
        });
        expect(await fromAggregates()).toEqual(expected);
        // Nobody is left to compute, and a rebuild (run twice) changes no answer.
        const [stale] = await db.select().from(analyticsStalePeople).limit(1);
        expect(stale).toBeUndefined();
        await rebuildAnalyticsAggregates(db, orgId, inUse);
        await rebuildAnalyticsAggregates(db, orgId, inUse);
        expect(await fromAggregates()).toEqual(expected);
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it("keeps the assessed person current in the submitting transaction, with nobody left stale", async () => {
    const { db } = database();
    const { orgId, ids, inUse } = await replay(db, []);
    const draft = await createAssessment(db, {
      orgId,
      personId: ids[3] as string,
      raterKind: "manager",
      raterPersonId: ids[1] as string,
      frameworkVersionId: inUse.versionId,
      ratings: [{ competency: "strategy", level: 2 }],
    });
    await submitAssessment(db, {
      orgId,
      id: draft.id,
      afterSubmit: keepAnalyticsCurrent(orgId, inUse),
    });
    expect(await db.select().from(analyticsStalePeople)).toEqual([]);
    const [row] = await db.select().from(analyticsPersonLevels);
    expect(row).toMatchObject({ personId: ids[3], levels: [2, null], compared: 0, aligned: 0 });
    expect(await refreshStaleAnalytics(db, orgId, inUse)).toBe(0);
  });

  it("resumes a stopped rebuild where it stopped, computing only the people left", async () => {
    const { db } = database();
    const { orgId, ids, inUse } = await replay(db, [
      {
        person: 3,
        rater: 1,
        kind: "manager",
        ratings: [{ competency: "execution", level: 2 }],
        day: 1,
        draft: false,
        bare: true,
        publishBefore: false,
      },
    ]);
    const full = await rebuildAnalyticsAggregates(db, orgId, inUse);
    expect(full).toEqual({ computed: ids.length, resumed: false });
    // A rebuild stopped after its first batch: its record is open and two people are left.
    await db.execute(`update analytics_rebuilds set finished_at = null`);
    await db.insert(analyticsStalePeople).values([
      { personId: ids[3] as string, orgId },
      { personId: ids[4] as string, orgId },
    ]);
    await db.delete(analyticsRaterLeniency);
    expect(await rebuildAnalyticsAggregates(db, orgId, inUse)).toEqual({
      computed: 2,
      resumed: true,
    });
    expect(await db.select().from(analyticsPersonLevels)).toHaveLength(ids.length);
  });
});

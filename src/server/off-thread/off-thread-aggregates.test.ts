import { afterAll, expect, it } from "vitest";
import { buildTestFramework, describeOnEachDatabase } from "../../../test/db.ts";
import { loadPublishedFramework } from "../../app/load-published-framework.ts";
import { orgAnalytics } from "../../engine/analytics/org-analytics.ts";
import type { RaterKind } from "../../engine/types.ts";
import {
  countStaleAnalytics,
  refreshStaleAnalytics,
} from "../../storage/queries/analytics-aggregates.ts";
import { analyticsFromAggregates } from "../../storage/queries/analytics-from-aggregates.ts";
import { createAssessment, submitAssessment } from "../../storage/queries/assessments.ts";
import { listAssessmentsInLineage } from "../../storage/queries/assessments-in-lineage.ts";
import {
  createFrameworkVersion,
  publishFrameworkVersion,
} from "../../storage/queries/framework-versions.ts";
import { createOrganisation } from "../../storage/queries/organisations.ts";
import { createPerson, listPeople } from "../../storage/queries/people.ts";
import { createOffThread, type OffThread } from "./off-thread.ts";
import { offThreadAggregates } from "./off-thread-aggregates.ts";

const pool = createOffThread({ workers: 1 });
afterAll(() => pool.close());

/** The pool, noting the name of each task it is given. */
function noting(tasks: string[]): OffThread {
  return {
    ...pool,
    run(task, input) {
      tasks.push(task);
      return pool.run(task, input);
    },
  };
}

describeOnEachDatabase("analytics aggregates computed on a worker thread", (database) => {
  it("writes, in the caller's transaction, what the engine answers from the whole history", async () => {
    const { db } = database();
    const { id: orgId } = await createOrganisation(db, { name: "Off thread" });
    const version = await createFrameworkVersion(db, {
      orgId,
      document: buildTestFramework(),
      source: "v1",
    });
    await publishFrameworkVersion(db, orgId, version.id);
    const lead = await createPerson(db, { orgId, name: "Lead", roleId: "senior-pm", team: "a" });
    const ids = [lead.id];
    for (const name of ["Ava", "Ben", "Cleo"]) {
      const person = await createPerson(db, {
        orgId,
        name,
        roleId: "pm",
        team: "b",
        managerId: lead.id,
      });
      ids.push(person.id);
    }
    const rate = async (personId: string, kind: RaterKind, rater: string, level: number) => {
      const draft = await createAssessment(db, {
        orgId,
        personId,
        raterKind: kind,
        raterPersonId: rater,
        frameworkVersionId: version.id,
        ratings: [
          { competency: "strategy", level },
          { competency: "execution", level: 3 - level },
        ],
      });
      // Submitted without keeping the aggregates: the database's triggers mark the person.
      await submitAssessment(db, { orgId, id: draft.id });
    };
    for (const [p, id] of ids.slice(1).entries()) {
      await rate(id, "self", id, 2);
      await rate(id, "manager", lead.id, 1 + (p % 2));
    }
    const found = await loadPublishedFramework(db, orgId);
    if (!found?.versionId) throw new Error("nothing published");
    const inUse = { ...found, versionId: found.versionId };
    expect(await countStaleAnalytics(db, orgId, inUse.versionId)).toBe(3);

    const tasks: string[] = [];
    const computed = await refreshStaleAnalytics(db, orgId, inUse, {
      compute: offThreadAggregates(noting(tasks)),
    });
    expect(computed).toBe(3);
    expect(tasks).toEqual(["personAggregates"]);
    expect(await countStaleAnalytics(db, orgId, inUse.versionId)).toBe(0);
    const assessments = await listAssessmentsInLineage(db, inUse.lineage, {
      orgId,
      status: "submitted",
      limit: 1000,
    });
    const people = await listPeople(db, { orgId, limit: 1000 });
    expect(await analyticsFromAggregates(db, orgId, inUse)).toEqual(
      orgAnalytics(inUse.framework, { people, assessments }),
    );
  });
});

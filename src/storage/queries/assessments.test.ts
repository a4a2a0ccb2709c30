import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { ConflictError } from "../conflict-error.ts";
import type { Database } from "../database.ts";
import {
  createAssessment,
  deleteDraftAssessment,
  getAssessment,
  listAssessments,
  saveDraftRatings,
  submitAssessment,
} from "./assessments.ts";
import { createPerson } from "./people.ts";

async function seedPair(db: Database) {
  const { organisation, framework } = await seedOrganisation(db);
  const manager = await createPerson(db, { orgId: organisation.id, name: "Mia" });
  const person = await createPerson(db, {
    orgId: organisation.id,
    name: "Ada",
    managerId: manager.id,
  });
  return { orgId: organisation.id, frameworkVersionId: framework.id, manager, person };
}

describeOnEachDatabase("assessments", (database) => {
  it("creates a draft pinned to its framework version, shaped as the engine's Assessment", async () => {
    const { db } = database();
    const { orgId, frameworkVersionId, person } = await seedPair(db);
    const draft = await createAssessment(db, {
      orgId,
      personId: person.id,
      raterPersonId: person.id,
      raterKind: "self",
      frameworkVersionId,
      ratings: [{ competency: "strategy", level: 2, note: "Set the Q3 bets", evidence: ["e1"] }],
    });
    expect(draft).toMatchObject({
      personId: person.id,
      raterId: person.id,
      raterKind: "self",
      frameworkVersion: "1.0.0",
      status: "draft",
      submittedAt: null,
      ratings: [{ competency: "strategy", level: 2, note: "Set the Q3 bets", evidence: ["e1"] }],
    });
    expect(await getAssessment(db, orgId, draft.id)).toEqual(draft);
  });

  it("autosaves a draft by upserting ratings and removing the ones taken back", async () => {
    const { db } = database();
    const { orgId, frameworkVersionId, person } = await seedPair(db);
    const draft = await createAssessment(db, {
      orgId,
      personId: person.id,
      raterKind: "self",
      frameworkVersionId,
      ratings: [
        { competency: "strategy", level: 1 },
        { competency: "execution", level: 1 },
      ],
    });
    const saved = await saveDraftRatings(db, {
      orgId,
      id: draft.id,
      ratings: [{ competency: "strategy", level: 2, note: "Better now" }],
      remove: ["execution"],
    });
    expect(saved?.ratings).toEqual([{ competency: "strategy", level: 2, note: "Better now" }]);
  });

  it("submits with last ratings, after which the assessment no longer changes", async () => {
    const { db } = database();
    const { orgId, frameworkVersionId, person, manager } = await seedPair(db);
    const draft = await createAssessment(db, {
      orgId,
      personId: person.id,
      raterPersonId: manager.id,
      raterKind: "manager",
      frameworkVersionId,
    });
    const at = new Date("2026-05-01T10:00:00.000Z");
    const submitted = await submitAssessment(db, {
      orgId,
      id: draft.id,
      ratings: [{ competency: "execution", level: 2 }],
      at,
    });
    expect(submitted).toMatchObject({ status: "submitted", submittedAt: at.toISOString() });
    expect(submitted?.ratings).toEqual([{ competency: "execution", level: 2 }]);
    await expect(
      saveDraftRatings(db, {
        orgId,
        id: draft.id,
        ratings: [{ competency: "strategy", level: 1 }],
      }),
    ).rejects.toThrow(ConflictError);
    await expect(submitAssessment(db, { orgId, id: draft.id })).rejects.toThrow(ConflictError);
    expect(await deleteDraftAssessment(db, orgId, draft.id)).toBe(false);
    expect((await getAssessment(db, orgId, draft.id))?.ratings).toEqual(submitted?.ratings);
  });

  it("refuses to submit an assessment without ratings and leaves it a draft", async () => {
    const { db } = database();
    const { orgId, frameworkVersionId, person } = await seedPair(db);
    const draft = await createAssessment(db, {
      orgId,
      personId: person.id,
      raterKind: "self",
      frameworkVersionId,
    });
    await expect(submitAssessment(db, { orgId, id: draft.id })).rejects.toThrow(
      /at least one rating/,
    );
    expect((await getAssessment(db, orgId, draft.id))?.status).toBe("draft");
  });

  it("rolls the whole submit back when one rating is invalid", async () => {
    const { db } = database();
    const { orgId, frameworkVersionId, person } = await seedPair(db);
    const draft = await createAssessment(db, {
      orgId,
      personId: person.id,
      raterKind: "self",
      frameworkVersionId,
      ratings: [{ competency: "strategy", level: 1 }],
    });
    await expect(
      submitAssessment(db, {
        orgId,
        id: draft.id,
        ratings: [
          { competency: "strategy", level: 2 },
          { competency: "execution", level: -1 },
        ],
      }),
    ).rejects.toThrow();
    expect(await getAssessment(db, orgId, draft.id)).toEqual(draft);
  });

  it("answers null, not an error, for an assessment of another organisation", async () => {
    const { db } = database();
    const { orgId, frameworkVersionId, person } = await seedPair(db);
    const other = await seedOrganisation(db, "Other");
    const draft = await createAssessment(db, {
      orgId,
      personId: person.id,
      raterKind: "self",
      frameworkVersionId,
    });
    const otherOrg = other.organisation.id;
    expect(await getAssessment(db, otherOrg, draft.id)).toBeNull();
    expect(await saveDraftRatings(db, { orgId: otherOrg, id: draft.id, ratings: [] })).toBeNull();
    expect(await submitAssessment(db, { orgId: otherOrg, id: draft.id })).toBeNull();
    expect(await listAssessments(db, { orgId: otherOrg })).toEqual([]);
  });

  it("lists a person's assessments by status, each with its own ratings", async () => {
    const { db } = database();
    const { orgId, frameworkVersionId, person, manager } = await seedPair(db);
    const self = await createAssessment(db, {
      orgId,
      personId: person.id,
      raterKind: "self",
      frameworkVersionId,
      ratings: [{ competency: "strategy", level: 1 }],
    });
    await submitAssessment(db, { orgId, id: self.id });
    await createAssessment(db, {
      orgId,
      personId: person.id,
      raterPersonId: manager.id,
      raterKind: "manager",
      frameworkVersionId,
      ratings: [{ competency: "execution", level: 2 }],
    });
    const submitted = await listAssessments(db, {
      orgId,
      personId: person.id,
      status: "submitted",
    });
    expect(submitted.map((a) => [a.raterKind, a.ratings])).toEqual([
      ["self", [{ competency: "strategy", level: 1 }]],
    ]);
    expect(await listAssessments(db, { orgId, personIds: [person.id] })).toHaveLength(2);
    expect(await listAssessments(db, { orgId, personId: manager.id })).toEqual([]);
  });

  it("deletes a draft with its ratings", async () => {
    const { db } = database();
    const { orgId, frameworkVersionId, person } = await seedPair(db);
    const draft = await createAssessment(db, {
      orgId,
      personId: person.id,
      raterKind: "self",
      frameworkVersionId,
      ratings: [{ competency: "strategy", level: 1 }],
    });
    expect(await deleteDraftAssessment(db, orgId, draft.id)).toBe(true);
    expect(await getAssessment(db, orgId, draft.id)).toBeNull();
  });
});

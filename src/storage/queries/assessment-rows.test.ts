import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { assessments } from "../schema.ts";
import { selectAssessments, withRatings } from "./assessment-rows.ts";
import { createAssessment, submitAssessment } from "./assessments.ts";
import { createPerson } from "./people.ts";
import { userNames } from "./users.ts";

// PostgreSQL's protocol counts bind parameters in 16 bits: past 65,535 one per id cannot work.
const beyondParameterLimit = 72_000;

describeOnEachDatabase("assessment rows", (database) => {
  it("reads the ratings of more assessments than PostgreSQL binds parameters, in one statement", {
    timeout: 120_000,
  }, async () => {
    const { db } = database();
    const { organisation, framework } = await seedOrganisation(db);
    const orgId = organisation.id;
    const person = await createPerson(db, { orgId, name: "Max" });
    const draft = await createAssessment(db, {
      orgId,
      personId: person.id,
      raterKind: "self",
      frameworkVersionId: framework.id,
      ratings: [
        { competency: "strategy", level: 3 },
        { competency: "execution", level: 2 },
      ],
    });
    await submitAssessment(db, { orgId, id: draft.id });
    const [stored] = await selectAssessments(db).where(eq(assessments.id, draft.id));
    if (!stored) throw new Error("the assessment was not stored");
    const others = Array.from({ length: beyondParameterLimit }, () => ({
      ...stored,
      row: { ...stored.row, id: randomUUID() },
    }));
    const found = await withRatings(db, [stored, ...others]);
    expect(found).toHaveLength(beyondParameterLimit + 1);
    expect(found[0]?.ratings).toEqual([
      { competency: "execution", level: 2 },
      { competency: "strategy", level: 3 },
    ]);
    expect(found.slice(1).every((assessment) => assessment.ratings.length === 0)).toBe(true);
  });

  it("names more accounts than PostgreSQL binds parameters", { timeout: 120_000 }, async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const ids = Array.from({ length: beyondParameterLimit }, () => randomUUID());
    expect((await userNames(db, organisation.id, ids)).size).toBe(0);
  });
});

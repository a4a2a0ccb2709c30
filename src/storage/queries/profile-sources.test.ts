import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { latestSubmitted } from "../../engine/profile/latest-submitted.ts";
import type { Database } from "../database.ts";
import { createAssessment, listAssessments, submitAssessment } from "./assessments.ts";
import { createEvidence, listEvidence } from "./evidence.ts";
import { createPerson, getPerson, listManagerChain } from "./people.ts";
import { loadProfileSources } from "./profile-sources.ts";

async function seedHistory(db: Database) {
  const { organisation, framework } = await seedOrganisation(db);
  const orgId = organisation.id;
  const manager = await createPerson(db, { orgId, name: "Mia" });
  const person = await createPerson(db, { orgId, name: "Ada", managerId: manager.id });
  const rate = async (
    raterPersonId: string,
    raterKind: "self" | "manager",
    level: number,
    at: string,
  ) => {
    const draft = await createAssessment(db, {
      orgId,
      personId: person.id,
      raterPersonId,
      raterKind,
      frameworkVersionId: framework.id,
      ratings: [
        { competency: "strategy", level, note: "Wrote the bets", evidence: ["e1"] },
        { competency: "execution", level },
      ],
    });
    return submitAssessment(db, { orgId, id: draft.id, at: new Date(at) });
  };
  await rate(person.id, "self", 1, "2025-01-10T09:00:00.000Z");
  await rate(person.id, "self", 2, "2025-04-10T09:00:00.000Z");
  await rate(manager.id, "manager", 3, "2025-04-11T09:00:00.000Z");
  await createAssessment(db, {
    orgId,
    personId: person.id,
    raterPersonId: manager.id,
    raterKind: "manager",
    frameworkVersionId: framework.id,
    ratings: [{ competency: "strategy", level: 4 }],
  });
  await createEvidence(db, {
    orgId,
    personId: person.id,
    date: "2025-02-01",
    title: "Ran the pricing test",
    competencies: ["strategy"],
  });
  await createEvidence(db, {
    orgId,
    personId: person.id,
    date: "2025-03-01",
    title: "Shipped onboarding",
    outcome: "Activation up",
    competencies: ["execution"],
    visibility: "manager",
  });
  return { orgId, person };
}

describeOnEachDatabase("loadProfileSources", (database) => {
  it("returns each rater's latest submitted assessment, as the engine would pick it", async () => {
    const { db } = database();
    const { orgId, person } = await seedHistory(db);
    const sources = await loadProfileSources(db, { orgId, personId: person.id });
    const assessments = sources?.assessments ?? [];
    const all = await listAssessments(db, { orgId, personId: person.id, status: "submitted" });
    expect(latestSubmitted(person.id, assessments)).toEqual(latestSubmitted(person.id, all));
    expect(assessments.map((entry) => entry.ratings[1]?.level).sort()).toEqual([2, 3]);
  });

  it("leaves out drafts and keeps ratings with their notes and evidence links", async () => {
    const { db } = database();
    const { orgId, person } = await seedHistory(db);
    const assessments = (await loadProfileSources(db, { orgId, personId: person.id }))?.assessments;
    expect(assessments?.length).toBe(2);
    expect(assessments?.every((entry) => entry.status === "submitted")).toBe(true);
    expect(assessments?.[0]?.ratings).toContainEqual({
      competency: "strategy",
      level: expect.any(Number),
      note: "Wrote the bets",
      evidence: ["e1"],
    });
  });

  it("returns the person's evidence of every visibility, newest first, as listEvidence does", async () => {
    const { db } = database();
    const { orgId, person } = await seedHistory(db);
    const evidence = (await loadProfileSources(db, { orgId, personId: person.id }))?.evidence;
    expect(evidence).toEqual(await listEvidence(db, { orgId, personId: person.id }));
    expect(evidence?.map((entry) => entry.title)).toEqual([
      "Shipped onboarding",
      "Ran the pricing test",
    ]);
  });

  it("reads the person and their manager chain as the separate queries do", async () => {
    const { db } = database();
    const { orgId, person } = await seedHistory(db);
    const sources = await loadProfileSources(db, { orgId, personId: person.id });
    expect(sources?.person).toEqual(await getPerson(db, orgId, person.id));
    expect(sources?.managerChain).toEqual(await listManagerChain(db, orgId, person.id));
    expect(sources?.managerChain).toHaveLength(1);
  });

  it("finds nothing for a person of another organisation", async () => {
    const { db } = database();
    const { person } = await seedHistory(db);
    const other = await seedOrganisation(db, "Globex");
    expect(
      await loadProfileSources(db, { orgId: other.organisation.id, personId: person.id }),
    ).toBeNull();
  });
});

import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import {
  createEvidence,
  deleteEvidence,
  getEvidence,
  listEvidence,
  updateEvidence,
} from "./evidence.ts";
import { createPerson } from "./people.ts";

describeOnEachDatabase("evidence", (database) => {
  it("logs evidence, private by default, shaped as the engine's Evidence", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const person = await createPerson(db, { orgId: organisation.id, name: "Ada" });
    const entry = await createEvidence(db, {
      orgId: organisation.id,
      personId: person.id,
      date: "2026-03-14",
      title: "Shipped the onboarding rework",
      outcome: "Activation up 12%",
      competencies: ["execution"],
    });
    expect(entry).toMatchObject({
      date: "2026-03-14",
      visibility: "private",
      competencies: ["execution"],
      outcome: "Activation up 12%",
    });
    expect(await getEvidence(db, organisation.id, entry.id)).toEqual(entry);
  });

  it("lists a person's evidence newest first, filtered by visibility", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const person = await createPerson(db, { orgId, name: "Ada" });
    const base = { orgId, personId: person.id, competencies: [] };
    await createEvidence(db, { ...base, date: "2026-01-01", title: "Old", visibility: "manager" });
    await createEvidence(db, { ...base, date: "2026-02-01", title: "Private" });
    await createEvidence(db, { ...base, date: "2026-03-01", title: "New", visibility: "org" });
    const all = await listEvidence(db, { orgId, personId: person.id });
    expect(all.map((e) => e.title)).toEqual(["New", "Private", "Old"]);
    const shared = await listEvidence(db, {
      orgId,
      personId: person.id,
      visibilities: ["manager", "org"],
    });
    expect(shared.map((e) => e.title)).toEqual(["New", "Old"]);
  });

  it("updates and deletes evidence only inside its organisation", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const other = await seedOrganisation(db, "Other");
    const person = await createPerson(db, { orgId: organisation.id, name: "Ada" });
    const entry = await createEvidence(db, {
      orgId: organisation.id,
      personId: person.id,
      date: "2026-03-14",
      title: "Draft",
      competencies: [],
    });
    expect(await updateEvidence(db, other.organisation.id, entry.id, { title: "X" })).toBeNull();
    expect(await deleteEvidence(db, other.organisation.id, entry.id)).toBe(false);
    const updated = await updateEvidence(db, organisation.id, entry.id, {
      visibility: "manager",
      competencies: ["strategy"],
    });
    expect(updated).toMatchObject({
      title: "Draft",
      visibility: "manager",
      competencies: ["strategy"],
    });
    expect(await deleteEvidence(db, organisation.id, entry.id)).toBe(true);
    expect(await getEvidence(db, organisation.id, entry.id)).toBeNull();
  });
});

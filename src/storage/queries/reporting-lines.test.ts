import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { singleVersionLineage } from "../../engine/profile/framework-lineage.ts";
import type { Database } from "../database.ts";
import { people } from "../schema.ts";
import { createAssessment, listAssessments, submitAssessment } from "./assessments.ts";
import { createPerson, updatePerson } from "./people.ts";
import { managerChain, reportsTo, reportsUnder } from "./reporting-lines.ts";
import { teamRecords } from "./team-records.ts";

/** Inserts people in slices, so even thousands stay far below the parameter limit per insert. */
async function insertPeople(
  db: Database,
  rows: { id: string; orgId: string; name: string; managerId: string | null }[],
): Promise<void> {
  for (let at = 0; at < rows.length; at += 1000) {
    await db.insert(people).values(rows.slice(at, at + 1000));
  }
}

const names = (found: { name: string }[]) => found.map((person) => person.name);

describeOnEachDatabase("reporting lines", (database) => {
  async function smallOrg() {
    const { db } = database();
    const { organisation, framework } = await seedOrganisation(db);
    const orgId = organisation.id;
    const vp = await createPerson(db, { orgId, name: "Vera" });
    const lee = await createPerson(db, { orgId, name: "Lee", managerId: vp.id });
    const max = await createPerson(db, { orgId, name: "Max", managerId: lee.id });
    const noa = await createPerson(db, { orgId, name: "Noa", managerId: lee.id });
    const oz = await createPerson(db, { orgId, name: "Oz", managerId: vp.id });
    const lineage = singleVersionLineage(framework.document, framework.id);
    return { db, orgId, frameworkId: framework.id, lineage, vp, lee, max, noa, oz };
  }

  it("finds everyone under a manager, directly or through others, in name order, never the manager", async () => {
    const { db, orgId, vp, lee } = await smallOrg();
    expect(names(await reportsUnder(db, orgId, vp.id))).toEqual(["Lee", "Max", "Noa", "Oz"]);
    expect(names(await reportsUnder(db, orgId, lee.id))).toEqual(["Max", "Noa"]);
    expect(names(await reportsUnder(db, orgId, vp.id, { depth: "direct" }))).toEqual(["Lee", "Oz"]);
  });

  it("pages through a team", async () => {
    const { db, orgId, vp } = await smallOrg();
    const first = await reportsUnder(db, orgId, vp.id, { limit: 3 });
    const rest = await reportsUnder(db, orgId, vp.id, { limit: 3, offset: 3 });
    expect([...names(first), ...names(rest)]).toEqual(["Lee", "Max", "Noa", "Oz"]);
  });

  it("walks up the manager chain, nearest first, and answers whether someone reports to someone", async () => {
    const { db, orgId, vp, lee, max, oz } = await smallOrg();
    expect(await managerChain(db, orgId, max.id)).toEqual([lee.id, vp.id]);
    expect(await managerChain(db, orgId, vp.id)).toEqual([]);
    expect(await reportsTo(db, orgId, max.id, vp.id)).toBe(true);
    expect(await reportsTo(db, orgId, oz.id, lee.id)).toBe(false);
  });

  it("keeps each organisation's reporting lines to itself", async () => {
    const { db, vp, max } = await smallOrg();
    const other = await seedOrganisation(db, "Globex");
    expect(await reportsUnder(db, other.organisation.id, vp.id)).toEqual([]);
    expect(await managerChain(db, other.organisation.id, max.id)).toEqual([]);
  });

  it("stops both walks at a cycle instead of looping", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const a = await createPerson(db, { orgId, name: "A" });
    const b = await createPerson(db, { orgId, name: "B", managerId: a.id });
    const c = await createPerson(db, { orgId, name: "C", managerId: b.id });
    await updatePerson(db, orgId, a.id, { managerId: c.id });
    expect(names(await reportsUnder(db, orgId, a.id))).toEqual(["B", "C"]);
    expect(await managerChain(db, orgId, a.id)).toEqual([c.id, b.id]);
  });

  it("gives team analytics the team's people and only their submitted assessments", async () => {
    const { db, orgId, frameworkId, lineage, lee, max, oz } = await smallOrg();
    for (const person of [max, oz]) {
      const draft = await createAssessment(db, {
        orgId,
        personId: person.id,
        raterKind: "self",
        frameworkVersionId: frameworkId,
        ratings: [{ competency: "execution", level: 2 }],
      });
      await submitAssessment(db, { orgId, id: draft.id });
    }
    const team = await teamRecords(db, orgId, lee.id, lineage);
    expect(names(team.people)).toEqual(["Max", "Noa"]);
    expect(team.assessments.map((assessment) => assessment.personId)).toEqual([max.id]);
  });

  it("walks a chain 2,000 levels deep both ways", { timeout: 120_000 }, async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const ids = Array.from({ length: 2000 }, () => randomUUID());
    await insertPeople(
      db,
      ids.map((id, level) => ({
        id,
        orgId,
        name: `Level ${String(level).padStart(4, "0")}`,
        managerId: level === 0 ? null : (ids[level - 1] as string),
      })),
    );
    const top = ids[0] as string;
    const bottom = ids[1999] as string;
    const under = await reportsUnder(db, orgId, top);
    expect(under).toHaveLength(1999);
    expect(under[0]?.name).toBe("Level 0001");
    expect(under[1998]?.id).toBe(bottom);
    const chain = await managerChain(db, orgId, bottom);
    expect(chain).toEqual(ids.slice(0, 1999).reverse());
    expect(await reportsTo(db, orgId, bottom, top)).toBe(true);
  });

  it("finds a wide team and reads its assessments with far more ids than PostgreSQL binds parameters", {
    timeout: 120_000,
  }, async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const head = randomUUID();
    const leads = Array.from({ length: 50 }, () => randomUUID());
    const rows = [
      { id: head, orgId, name: "Head", managerId: null },
      ...leads.map((id, index) => ({ id, orgId, name: `Lead ${index}`, managerId: head })),
      ...Array.from({ length: 5000 }, (_, index) => ({
        id: randomUUID(),
        orgId,
        name: `Report ${String(index).padStart(4, "0")}`,
        managerId: leads[index % leads.length] as string,
      })),
    ];
    await insertPeople(db, rows);
    expect(await reportsUnder(db, orgId, head)).toHaveLength(5050);
    expect(await reportsUnder(db, orgId, head, { depth: "direct" })).toHaveLength(50);
    const unknown = Array.from({ length: 70_000 }, () => randomUUID());
    expect(await listAssessments(db, { orgId, personIds: unknown })).toEqual([]);
  });
});

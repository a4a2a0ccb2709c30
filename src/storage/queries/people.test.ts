import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { constraintProblem } from "../database-error.ts";
import {
  createPerson,
  deletePerson,
  findPersonByEmail,
  getPerson,
  getPersonWithManagerChain,
  listManagerChain,
  listPeople,
  updatePerson,
} from "./people.ts";
import { changeRole, listRoleHistory } from "./role-history.ts";

describeOnEachDatabase("people", (database) => {
  it("stores a person with background and preferences and reads them back as the engine expects", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const created = await createPerson(db, {
      orgId: organisation.id,
      name: "Ada",
      email: "ada@example.com",
      roleId: "pm",
      team: "Growth",
      background: {
        yearsExperience: 4,
        yearsInProductAdjacent: 2,
        domainExpertise: true,
        startupExperience: false,
        peopleLeadership: false,
      },
      preferences: { tracks: ["ic"], avoidRoles: [], targetRoles: ["senior-pm"] },
    });
    const found = await getPerson(db, organisation.id, created.id);
    expect(found).toEqual(created);
    expect(found).toMatchObject({ roleId: "pm", managerId: null, team: "Growth" });
    expect(found?.preferences?.tracks).toEqual(["ic"]);
  });

  it("finds a person by email whatever its case, and only in their own organisation", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const other = await seedOrganisation(db);
    const ada = await createPerson(db, {
      orgId: organisation.id,
      name: "Ada",
      email: "Ada@Example.com",
    });
    expect((await findPersonByEmail(db, organisation.id, " ada@example.COM "))?.id).toBe(ada.id);
    expect(await findPersonByEmail(db, other.organisation.id, "ada@example.com")).toBeNull();
    expect(await findPersonByEmail(db, organisation.id, "bob@example.com")).toBeNull();
  });

  it("leaves background and preferences out when they were never given", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const person = await createPerson(db, { orgId: organisation.id, name: "Bo" });
    expect("background" in person).toBe(false);
    expect("preferences" in person).toBe(false);
  });

  it("hides a person from another organisation, which cannot update or delete them either", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const other = await seedOrganisation(db, "Other");
    const person = await createPerson(db, { orgId: organisation.id, name: "Ada" });
    expect(await getPerson(db, other.organisation.id, person.id)).toBeNull();
    expect(await updatePerson(db, other.organisation.id, person.id, { name: "X" })).toBeNull();
    expect(await deletePerson(db, other.organisation.id, person.id)).toBe(false);
    expect((await getPerson(db, organisation.id, person.id))?.name).toBe("Ada");
  });

  it("lists people by name and pages through them", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    for (const name of ["Cy", "Ada", "Bo"])
      await createPerson(db, { orgId: organisation.id, name });
    const first = await listPeople(db, { orgId: organisation.id, limit: 2 });
    const rest = await listPeople(db, { orgId: organisation.id, limit: 2, offset: 2 });
    expect([...first, ...rest].map((p) => p.name)).toEqual(["Ada", "Bo", "Cy"]);
  });

  it("lists a manager's direct reports and the whole manager chain, nearest first", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const vp = await createPerson(db, { orgId, name: "Vi" });
    const director = await createPerson(db, { orgId, name: "Di", managerId: vp.id });
    const pm = await createPerson(db, { orgId, name: "Pa", managerId: director.id });
    expect((await listPeople(db, { orgId, managerId: director.id })).map((p) => p.id)).toEqual([
      pm.id,
    ]);
    expect(await listManagerChain(db, orgId, pm.id)).toEqual([director.id, vp.id]);
    expect(await listManagerChain(db, orgId, vp.id)).toEqual([]);
  });

  it("stops the manager chain at a cycle instead of looping", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const a = await createPerson(db, { orgId, name: "A" });
    const b = await createPerson(db, { orgId, name: "B", managerId: a.id });
    await updatePerson(db, orgId, a.id, { managerId: b.id });
    expect(await listManagerChain(db, orgId, b.id)).toEqual([a.id]);
  });

  it("reads a person and their manager chain in one query, as the two separate reads would", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const vp = await createPerson(db, { orgId, name: "Vera" });
    const director = await createPerson(db, { orgId, name: "Dan", managerId: vp.id });
    const pm = await createPerson(db, { orgId, name: "Pia", managerId: director.id });
    expect(await getPersonWithManagerChain(db, orgId, pm.id)).toEqual({
      person: await getPerson(db, orgId, pm.id),
      managerChain: [director.id, vp.id],
    });
    expect(await getPersonWithManagerChain(db, orgId, vp.id)).toMatchObject({ managerChain: [] });
    const other = await seedOrganisation(db, "Globex");
    expect(await getPersonWithManagerChain(db, other.organisation.id, pm.id)).toBeNull();
  });

  it("stops the combined manager chain at a cycle too", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const a = await createPerson(db, { orgId, name: "A" });
    const b = await createPerson(db, { orgId, name: "B", managerId: a.id });
    await updatePerson(db, orgId, a.id, { managerId: b.id });
    expect((await getPersonWithManagerChain(db, orgId, b.id))?.managerChain).toEqual([a.id]);
  });

  it("refuses a person as their own manager", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const a = await createPerson(db, { orgId: organisation.id, name: "A" });
    const error = await updatePerson(db, organisation.id, a.id, { managerId: a.id }).catch(
      (e: unknown) => e,
    );
    expect(constraintProblem(error)).toBe("check-violation");
  });

  it("keeps reports when their manager is deleted, with no manager", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const manager = await createPerson(db, { orgId, name: "M" });
    const report = await createPerson(db, { orgId, name: "R", managerId: manager.id });
    expect(await deletePerson(db, orgId, manager.id)).toBe(true);
    expect((await getPerson(db, orgId, report.id))?.managerId).toBeNull();
  });

  it("refuses two people with one email in an organisation", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    await createPerson(db, { orgId: organisation.id, name: "A", email: "a@example.com" });
    const error = await createPerson(db, {
      orgId: organisation.id,
      name: "B",
      email: "a@example.com",
    }).catch((e: unknown) => e);
    expect(constraintProblem(error)).toBe("unique-violation");
  });

  it("records role changes as closed and open stints in the role history", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const person = await createPerson(
      db,
      { orgId, name: "Ada", roleId: "pm" },
      {
        roleSince: "2022-01-10",
      },
    );
    const moved = await changeRole(db, {
      orgId,
      personId: person.id,
      roleId: "senior-pm",
      from: "2024-03-01",
    });
    expect(moved?.roleId).toBe("senior-pm");
    expect(await listRoleHistory(db, orgId, person.id)).toEqual([
      { personId: person.id, roleId: "pm", from: "2022-01-10", to: "2024-03-01" },
      { personId: person.id, roleId: "senior-pm", from: "2024-03-01", to: null },
    ]);
    const other = await seedOrganisation(db, "Other");
    expect(await listRoleHistory(db, other.organisation.id, person.id)).toEqual([]);
    expect(
      await changeRole(db, {
        orgId: other.organisation.id,
        personId: person.id,
        roleId: "pm",
        from: "2025-01-01",
      }),
    ).toBeNull();
  });
});

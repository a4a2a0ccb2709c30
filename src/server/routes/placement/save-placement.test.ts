import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";
import { createPerson } from "../../../storage/queries/people.ts";
import { listRoleHistory } from "../../../storage/queries/role-history.ts";

const background = {
  yearsExperience: 9,
  yearsInProductAdjacent: 9,
  domainExpertise: true,
  startupExperience: false,
  peopleLeadership: true,
};

describe.each(testDatabaseKinds())("POST /api/v1/people/{id}/placement on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
  });
  afterAll(() => test.close());

  async function newHire(name: string) {
    return createPerson(test.db, { orgId: cast.orgId, name });
  }

  const save = (personId: string, body: unknown, as: "admin" | "self" = "admin") =>
    test.app.request(
      `/api/v1/people/${personId}/placement`,
      jsonRequest("POST", body, cast.headers(as)),
    );

  it("saves the first-ranked option and the background as a new hire's starting point", async () => {
    const hire = await newHire("Mia");
    const res = await save(hire.id, { background });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.person.roleId).toBe("senior-pm");
    expect(body.person.background).toMatchObject(background);
    expect(body.placement.options.map((option: { roleId: string }) => option.roleId)).toEqual([
      "senior-pm",
      "pm",
    ]);
    const history = await listRoleHistory(test.db, cast.orgId, hire.id);
    expect(history.map((stint) => stint.roleId)).toEqual(["senior-pm"]);
    const audit = await (
      await test.app.request("/api/v1/audit?action=placement:save", {
        headers: cast.headers("admin"),
      })
    ).json();
    expect(JSON.stringify(audit)).toContain("saved where");
  });

  it("starts the person in another offered role when one is chosen", async () => {
    const hire = await newHire("Noor");
    const res = await save(hire.id, { background, roleId: "pm" });
    expect(res.status).toBe(200);
    expect((await res.json()).person.roleId).toBe("pm");
  });

  it("refuses a role the placement does not offer, naming the ones it does", async () => {
    const hire = await newHire("Omar");
    const res = await save(hire.id, { background, roleId: "apm" });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.errors[0].path).toBe("roleId");
    expect(problem.errors[0].hint).toContain("Senior Product Manager");
    const history = await listRoleHistory(test.db, cast.orgId, hire.id);
    expect(history).toEqual([]);
  });

  it("refuses anyone but an admin, in words", async () => {
    const res = await save(cast.members.self.personId, { background }, "self");
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toContain("Only organisation admins");
  });

  it("refuses self-ratings that do not fit the framework, with the field path", async () => {
    const hire = await newHire("Pia");
    const res = await save(hire.id, {
      background,
      ratings: [{ competency: "charisma", level: 3 }],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].path).toBe("ratings.0.competency");
  });
});

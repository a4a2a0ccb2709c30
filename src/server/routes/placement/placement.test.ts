import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/server/test-app.ts";

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
});
afterAll(() => test.close());

const background = {
  yearsExperience: 9,
  yearsInProductAdjacent: 9,
  domainExpertise: true,
  startupExperience: false,
  peopleLeadership: true,
};

const place = (body: unknown) =>
  test.app.request("/api/v1/placement", {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });

describe("POST /api/v1/placement", () => {
  it("places a career changer with long adjacent leadership at Senior PM without an account", async () => {
    const res = await place({ background });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.recommended.map((entry: { roleId: string }) => entry.roleId)).toEqual([
      "senior-pm",
    ]);
    expect(body.options.map((entry: { roleTitle: string }) => entry.roleTitle)).toEqual([
      "Senior Product Manager",
      "Product Manager",
    ]);
    expect(body.recommended[0].roleTitle).toBe("Senior Product Manager");
    expect(body.frameworkVersion).toBe("1.0.0");
  });

  it("explains every entry route it considered", async () => {
    const body = await (await place({ background: { ...background, newGraduate: false } })).json();
    const matched = Object.fromEntries(
      body.considered.map((route: { routeId: string; matched: boolean }) => [
        route.routeId,
        route.matched,
      ]),
    );
    expect(matched).toEqual({ "new-graduate": false, "career-changer": true });
  });

  it("weighs optional self-ratings: far below Senior PM, they rank PM first, with a reason", async () => {
    const competencies = ["product-strategy", "execution", "customer-insight", "influence"];
    const ratings = competencies.map((competency) => ({ competency, level: 1 }));
    const body = await (await place({ background, ratings })).json();
    expect(body.options.map((entry: { roleId: string }) => entry.roleId)).toEqual([
      "pm",
      "senior-pm",
    ]);
    expect(body.options[1].reason).toContain("where your background alone points");
  });

  it("rejects a self-rating for a competency the framework does not have", async () => {
    const res = await place({ background, ratings: [{ competency: "charisma", level: 3 }] });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].path).toBe("ratings.0.competency");
    expect(body.errors[0].hint).toContain("execution");
  });

  it("rejects a negative number of years with the field path", async () => {
    const res = await place({ background: { ...background, yearsExperience: -1 } });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].path).toBe("background.yearsExperience");
  });

  it("is described in the OpenAPI document", async () => {
    const document = await (await test.app.request("/api/openapi.json")).json();
    expect(document.paths["/api/v1/placement"].post.summary).toContain("newcomer");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/server/test-app.ts";

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
});
afterAll(() => test.close());

describe("GET /api/v1/roles/compare", () => {
  it("says what rises from Product Manager to Senior Product Manager, without an account", async () => {
    const res = await test.app.request("/api/v1/roles/compare?from=pm&to=senior-pm");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.rising).toContainEqual({ competency: "product-strategy", from: 2, to: 3 });
    expect(body.summary).toContain("Senior Product Manager");
  });

  it("names each unknown role and lists the known ones", async () => {
    const res = await test.app.request("/api/v1/roles/compare?from=pm&to=astronaut");
    expect(res.status).toBe(400);
    const [error] = (await res.json()).errors;
    expect(error.path).toBe("query.to");
    expect(error.hint).toContain("senior-pm");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/server/test-app.ts";

describe("the OpenAPI document's security", () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  const publicOperations = [
    "GET /api/v1/setup",
    "POST /api/v1/setup",
    "GET /api/v1/session",
    "POST /api/v1/session/login",
    "POST /api/v1/session/logout",
    "GET /api/v1/roles/compare",
    "POST /api/v1/placement",
    "GET /api/v1/frameworks/current",
  ];

  it("declares the session cookie and bearer token schemes", async () => {
    const doc = await (await test.app.request("/api/openapi.json")).json();
    expect(doc.components.securitySchemes.session).toMatchObject({ type: "apiKey", in: "cookie" });
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("gives every operation a security entry: both schemes, or none for public ones", async () => {
    const doc = await (await test.app.request("/api/openapi.json")).json();
    const missing: string[] = [];
    const wrong: string[] = [];
    for (const [path, item] of Object.entries<Record<string, { security?: unknown[] }>>(
      doc.paths,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (!Array.isArray(operation.security)) missing.push(name);
        else if (
          publicOperations.includes(name)
            ? operation.security.length > 0
            : operation.security.length !== 2
        )
          wrong.push(name);
      }
    }
    expect(missing).toEqual([]);
    expect(wrong).toEqual([]);
  });
});

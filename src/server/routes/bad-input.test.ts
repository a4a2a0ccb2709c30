import { count } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../test/db.ts";
import { type Cast, seedCast } from "../../../test/server/seed-cast.ts";
import { createTestApp, type TestApp } from "../../../test/server/test-app.ts";
import { auditLog } from "../../storage/schema.ts";

describe.each(testDatabaseKinds())("on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;
  let operations: { method: string; path: string }[] = [];

  beforeAll(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
    const document = await (await test.app.request("/api/openapi.json")).json();
    // Signing out would end the cast's sessions and leave the rest of the run anonymous.
    operations = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path !== "/api/v1/session/logout")
      .flatMap(([path, item]) =>
        Object.keys(item).map((method) => ({ method: method.toUpperCase(), path })),
      );
  });
  afterAll(() => test.close());

  async function auditCount(): Promise<number> {
    const [row] = await test.db.select({ n: count() }).from(auditLog);
    return row?.n ?? 0;
  }

  const pathValue = fc.oneof(
    fc.uuid(),
    fc.string({ maxLength: 40 }).map(encodeURIComponent),
    fc.constantFrom("00000000-0000-0000-0000-000000000000", "%00", "..", "-1"),
  );
  const body = fc.oneof(
    fc.json({ maxDepth: 3 }),
    fc.string({ maxLength: 200 }),
    fc.constantFrom("", "{", "null", "[]", '{"__proto__":{"x":1}}'),
  );

  describe("bad input on every route", () => {
    it("never produces a server error and never changes data when refused", async () => {
      expect(operations.length).toBeGreaterThan(30);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...operations),
          fc.constantFrom("admin" as const, "self" as const, "anonymous" as const),
          pathValue,
          body,
          fc.string({ maxLength: 30 }).map(encodeURIComponent),
          async (operation, kind, id, payload, query) => {
            const path = operation.path.replace(/\{[^}]+\}/g, id);
            const before = await auditCount();
            const init: RequestInit = {
              method: operation.method,
              headers: { ...cast.headers(kind), "content-type": "application/json" },
            };
            if (operation.method !== "GET") init.body = payload;
            const res = await test.app.request(`${path}?limit=${query}&target=${query}`, init);
            expect(res.status, `${operation.method} ${path} -> ${res.status}`).toBeLessThan(500);
            if (res.status >= 400) {
              expect(res.headers.get("content-type")).toBe("application/problem+json");
              expect(await auditCount()).toBe(before);
            }
          },
        ),
        { numRuns: 400 },
      );
    });
  });
});

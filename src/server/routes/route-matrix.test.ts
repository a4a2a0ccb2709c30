import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../test/db.ts";
import { type MatrixFixtures, seedMatrixFixtures } from "../../../test/server/matrix-fixtures.ts";
import { type Row, routeMatrixRows } from "../../../test/server/route-matrix-rows.ts";
import { type Cast, type CastKind, castKinds, seedCast } from "../../../test/server/seed-cast.ts";
import {
  type CredentialKind,
  credentialKinds,
  seedCredentials,
} from "../../../test/server/seed-credentials.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../test/server/test-app.ts";
import type { DatabaseKind } from "../../storage/database.ts";

function matrixSuite(kind: DatabaseKind): void {
  let test: TestApp;
  let cast: Cast;
  let fixtures: MatrixFixtures;
  let credentials: Record<CredentialKind, Record<string, string>>;
  const rows: Row[] = routeMatrixRows(() => ({ db: test.db, cast, fixtures }));

  beforeAll(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
    fixtures = await seedMatrixFixtures(test.db, cast);
    credentials = await seedCredentials(test.db, cast);
  });
  afterAll(() => test.close());

  const cells = rows.flatMap((row) =>
    castKinds.map((kind, index) => ({
      row: row.name,
      kind,
      request: row.request,
      expected: row.expected[index],
      after: row.after,
    })),
  );

  describe(`every route as every actor on ${kind}`, () => {
    it.each(cells)("$kind: $row -> $expected", async ({ kind, request, expected, after }) => {
      const { path, method = "GET", body } = await request();
      const headers = cast.headers(kind as CastKind);
      const init = body === undefined ? { method, headers } : jsonRequest(method, body, headers);
      const res = await test.app.request(path, init);
      await after?.();
      expect(res.status).toBe(expected);
      if (res.status >= 400)
        expect(res.headers.get("content-type")).toBe("application/problem+json");
    });

    // Setup, login and logout decide who the actor is, so they have their own suites instead.
    const outsideMatrix = new Set([
      "GET /api/v1/setup",
      "POST /api/v1/setup",
      "POST /api/v1/session/login",
      "POST /api/v1/session/logout",
      // Single sign-on: the provider's answer decides who signs in (src/server/routes/sso/sso.test.ts).
      "GET /api/v1/sso/start",
      "GET /api/v1/sso/callback",
    ]);

    it("has a row for every operation in the OpenAPI document", async () => {
      const doc = await (await test.app.request("/api/openapi.json")).json();
      const called = await Promise.all(rows.map((row) => row.request()));
      const missing: string[] = [];
      for (const [template, operations] of Object.entries<Record<string, unknown>>(doc.paths)) {
        const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}(\\?.*)?$`);
        for (const method of Object.keys(operations)) {
          const covered = called.some(
            (call) => (call.method ?? "GET") === method.toUpperCase() && pattern.test(call.path),
          );
          const operation = `${method.toUpperCase()} ${template}`;
          if (!covered && !outsideMatrix.has(operation)) missing.push(operation);
        }
      }
      expect(missing).toEqual([]);
    });

    it("shows each viewer only the evidence shared with them", async () => {
      const count = async (kind: CastKind) => {
        const res = await test.app.request(
          `/api/v1/people/${fixtures.ids.ava}/evidence?limit=100`,
          {
            headers: cast.headers(kind),
          },
        );
        const titles: string[] = (await res.json()).items.map(
          (entry: { title: string }) => entry.title,
        );
        return titles.some((title) => title.includes("private"))
          ? "with private"
          : titles.length > 0
            ? "shared only"
            : "none";
      };
      expect(await count("self")).toBe("with private");
      for (const kind of ["peer", "directManager", "skipManager", "admin"] as const) {
        expect(await count(kind)).toBe("shared only");
      }
    });

    it("never shows a peer a colleague's promotion case, in the list or in calibration", async () => {
      const cases = async (kind: CastKind) => {
        const res = await test.app.request("/api/v1/promotion-cases", {
          headers: cast.headers(kind),
        });
        return (await res.json()).items.map(
          (item: { person: { name: string } }) => item.person.name,
        );
      };
      const opened = await test.app.request(
        "/api/v1/promotion-cases",
        jsonRequest(
          "POST",
          { personId: fixtures.ids.ava, targetRoleId: "group-pm" },
          cast.headers("directManager"),
        ),
      );
      expect(opened.status).toBe(201);
      expect(await cases("peer")).not.toContain("Ava");
      expect(await cases("directManager")).toContain("Ava");
      const cycles = await (
        await test.app.request("/api/v1/cycles", { headers: cast.headers("admin") })
      ).json();
      const cycleId: string = cycles.items[0].id;
      const calibration = async (kind: CastKind) =>
        test.app.request(`/api/v1/cycles/${cycleId}/calibration`, {
          headers: cast.headers(kind),
        });
      expect((await calibration("peer")).status).toBe(403);
      const bens = await (await calibration("directManager")).json();
      const names = bens.roles.flatMap((group: { candidates: { person: { name: string } }[] }) =>
        group.candidates.map((item) => item.person.name),
      );
      expect(names).toContain("Ava");
      expect(bens.managers.map((manager: { name: string }) => manager.name)).toEqual(["Ben"]);
    });
  });

  // Tokens and deactivated accounts: what each answers follows from the cast's columns.
  const credentialCells = rows.flatMap((row) =>
    credentialKinds.map((kind) => ({ row: row.name, kind, source: row })),
  );

  function expectedFor(kind: CredentialKind, row: Row, method: string): number {
    const reads = method === "GET" || method === "HEAD";
    switch (kind) {
      case "selfToken":
        return row.byToken ?? row.expected[1];
      case "adminReadToken":
        return reads ? (row.byToken ?? row.expected[5]) : 403;
      case "deactivatedCookie":
        return row.expected[0];
      default:
        return 401;
    }
  }

  describe(`every route with tokens and deactivated accounts on ${kind}`, () => {
    it.each(credentialCells)("$kind: $row", async ({ kind, source }) => {
      const { path, method = "GET", body } = await source.request();
      const headers = credentials[kind];
      const init = body === undefined ? { method, headers } : jsonRequest(method, body, headers);
      const res = await test.app.request(path, init);
      await source.after?.();
      expect(res.status).toBe(expectedFor(kind, source, method));
      if (res.status >= 400)
        expect(res.headers.get("content-type")).toBe("application/problem+json");
    });
  });
}

for (const kind of testDatabaseKinds()) matrixSuite(kind);

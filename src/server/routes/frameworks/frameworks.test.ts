import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { fixtureText } from "../../../../test/fixtures/frameworks/fixture-text.ts";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";

describe.each(testDatabaseKinds())("on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
  });
  afterAll(() => test.close());

  const post = (path: string, name: string, kind: "admin" | "self" = "admin") =>
    test.app.request(
      path,
      jsonRequest("POST", { source: fixtureText(name), fileName: name }, cast.headers(kind)),
    );

  describe("frameworks", () => {
    it("reports every problem of a broken file with its line, and stores nothing", async () => {
      const checked = await (await post("/api/v1/frameworks/validate", "broken.yaml")).json();
      expect(checked.valid).toBe(false);
      expect(checked.issues.length).toBeGreaterThan(1);
      expect(checked.issues.every((issue: { line: number | null }) => issue.line !== null)).toBe(
        true,
      );
      const imported = await post("/api/v1/frameworks", "broken.yaml");
      expect(imported.status).toBe(400);
      expect((await imported.json()).errors[0].path).toMatch(/^source/);
      const versions = await (
        await test.app.request("/api/v1/frameworks", { headers: cast.headers("admin") })
      ).json();
      expect(versions.items).toHaveLength(1);
    });

    it("checks an XLSX ladder sent as base64 and says what it assumed, storing nothing", async () => {
      const workbook = readFileSync("test/fixtures/frameworks/imports/ladder-matrix.xlsx");
      const body = {
        source: workbook.toString("base64"),
        fileName: "ladder.xlsx",
        encoding: "base64",
      };
      const res = await test.app.request(
        "/api/v1/frameworks/validate",
        jsonRequest("POST", body, cast.headers("admin")),
      );
      const checked = await res.json();
      expect(checked).toMatchObject({ valid: true, shape: "matrix-xlsx", issues: [] });
      expect(checked.assumed).toContain("Each level leads to the next by promotion.");
    });

    it("lets only admins import", async () => {
      expect((await post("/api/v1/frameworks", "minimal.yaml", "self")).status).toBe(403);
    });

    it("imports a draft, diffs it against the published version, and publishes it", async () => {
      const imported = await post("/api/v1/frameworks", "minimal.yaml");
      expect(imported.status).toBe(201);
      const draft = await imported.json();
      expect(draft).toMatchObject({ frameworkId: "minimal", version: "1.0.0", status: "draft" });
      const headers = cast.headers("admin");
      const diff = await (
        await test.app.request(`/api/v1/frameworks/${draft.id}/diff`, { headers })
      ).json();
      expect(diff.to).toEqual({ id: "minimal", version: "1.0.0" });

      // The cast's Group PM is not in the minimal framework: publishing waits for a mapping.
      const publish = (body: unknown) =>
        test.app.request(
          `/api/v1/frameworks/${draft.id}/publish`,
          jsonRequest("POST", body, headers),
        );
      const refused = await publish({});
      expect(refused.status).toBe(400);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
      const problem = await refused.json();
      expect(problem.errors[0]).toMatchObject({ path: "roleMapping.group-pm" });
      expect(problem.errors[0].hint).toContain("role mapping");
      const preview = await (
        await test.app.request(
          `/api/v1/frameworks/${draft.id}/publish-preview`,
          jsonRequest("POST", { roleMapping: { "group-pm": "senior-pm" } }, headers),
        )
      ).json();
      expect(preview).toMatchObject({ historyCarriesOver: false, canPublish: true });
      expect(preview.roleChanges[0]).toMatchObject({ kind: "mapped", toTitle: expect.any(String) });
      const published = await publish({ roleMapping: { "group-pm": "senior-pm" } });
      expect((await published.json()).status).toBe("published");
      const current = await (
        await test.app.request("/api/v1/frameworks/current", { headers: cast.headers("self") })
      ).json();
      expect(current.framework.id).toBe("minimal");
      const versions = await (await test.app.request("/api/v1/frameworks", { headers })).json();
      expect(versions.items.map((item: { status: string }) => item.status).sort()).toEqual([
        "published",
        "retired",
      ]);
    });

    it("refuses to import the same version twice with a 409", async () => {
      expect((await post("/api/v1/frameworks", "minimal-v2.yaml")).status).toBe(201);
      const again = await post("/api/v1/frameworks", "minimal-v2.yaml");
      expect(again.status).toBe(409);
    });
    it("edits a draft of the published framework: problems by path, stale saves refused, downloads", async () => {
      const headers = cast.headers("admin");
      const call = (path: string, method = "GET", body?: unknown) =>
        test.app.request(
          path,
          body === undefined ? { method, headers } : jsonRequest(method, body, headers),
        );
      expect(
        (
          await test.app.request("/api/v1/framework-drafts", {
            method: "POST",
            headers: cast.headers("self"),
          })
        ).status,
      ).toBe(403);
      const started = await call("/api/v1/framework-drafts", "POST");
      expect(started.status).toBe(201);
      const draft = await started.json();
      const current = await (await call("/api/v1/frameworks/current")).json();
      expect(draft).toMatchObject({
        revision: 1,
        sound: true,
        frameworkId: current.framework.id,
        assumed: [],
      });
      expect(draft.version).not.toBe(current.version);
      expect(draft.document.migration).toMatchObject({ fromVersion: current.version, roles: {} });

      const path = `/api/v1/framework-drafts/${draft.id}`;
      const roles = draft.document.roles as { title: string }[];
      const blank = {
        ...draft.document,
        roles: roles.map((role, i) => (i === 0 ? { ...role, title: "" } : role)),
      };
      const broken = await (await call(path, "PUT", { revision: 1, document: blank })).json();
      expect(broken).toMatchObject({ revision: 2, sound: false });
      expect(broken.issues.map((issue: { path: string }) => issue.path)).toContain("roles.0.title");
      expect((await (await call(path)).json()).document.roles[0].title).toBe("");
      const refused = await call(`/api/v1/frameworks/${draft.id}/publish`, "POST", {});
      expect(refused.status).toBe(400);

      const stale = await call(path, "PUT", { revision: 1, document: draft.document });
      expect(stale.status).toBe(409);
      expect((await stale.json()).detail).toMatch(
        /saved this draft on .* UTC, after you opened it/,
      );

      const renamed = {
        ...draft.document,
        roles: roles.map((role, i) => (i === 0 ? { ...role, title: "Renamed role" } : role)),
      };
      const saved = await (await call(path, "PUT", { revision: 2, document: renamed })).json();
      expect(saved).toMatchObject({ revision: 3, sound: true });
      const yaml = await (await call(`/api/v1/frameworks/${draft.id}/export?format=yaml`)).json();
      expect(yaml.files[0].text).toContain("Renamed role");
      const csv = await (await call(`/api/v1/frameworks/${draft.id}/export?format=csv`)).json();
      expect(csv.files.length).toBeGreaterThan(1);
    });

    it("opens an imported spreadsheet's draft with what the import filled in", async () => {
      const headers = cast.headers("admin");
      const workbook = readFileSync("test/fixtures/frameworks/imports/ladder-matrix.xlsx");
      const body = {
        source: workbook.toString("base64"),
        fileName: "ladder-matrix.xlsx",
        encoding: "base64",
      };
      const imported = await test.app.request(
        "/api/v1/frameworks",
        jsonRequest("POST", body, headers),
      );
      expect(imported.status).toBe(201);
      const { id } = await imported.json();
      const draft = await (
        await test.app.request(`/api/v1/framework-drafts/${id}`, { headers })
      ).json();
      expect(draft.assumed).toContain("Each level leads to the next by promotion.");
      const audit = await (await test.app.request("/api/v1/audit", { headers })).json();
      expect(JSON.stringify(audit)).toContain("from ladder-matrix.xlsx");
    });
  });
});

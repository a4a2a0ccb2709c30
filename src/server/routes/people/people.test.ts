import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";
import { listRoleHistory } from "../../../storage/queries/role-history.ts";

describe.each(testDatabaseKinds())("on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
  });
  afterAll(() => test.close());

  const names = (body: { items: { name: string }[] }) => body.items.map((person) => person.name);

  describe("GET /api/v1/people", () => {
    it("shows an admin everyone in their organisation and no one else", async () => {
      const res = await test.app.request("/api/v1/people", { headers: cast.headers("admin") });
      expect(res.status).toBe(200);
      expect(names(await res.json())).toEqual(["Ava", "Ben", "Cleo", "Dev", "Erin"]);
    });

    it("shows a manager themself and everyone in their reporting line", async () => {
      const res = await test.app.request("/api/v1/people", {
        headers: cast.headers("skipManager"),
      });
      expect(names(await res.json())).toEqual(["Ava", "Ben", "Cleo", "Dev"]);
    });

    it("lists one manager's team, everyone under them or only their direct reports", async () => {
      const headers = cast.headers("skipManager");
      const list = async (query: string) =>
        names(await (await test.app.request(`/api/v1/people?${query}`, { headers })).json());
      const { skipManager, directManager } = cast.members;
      expect(await list(`reportsTo=${skipManager.personId}`)).toEqual(["Ava", "Ben", "Dev"]);
      expect(await list(`reportsTo=${skipManager.personId}&depth=direct`)).toEqual(["Ben"]);
      expect(await list(`reportsTo=${directManager.personId}&depth=direct`)).toEqual([
        "Ava",
        "Dev",
      ]);
    });

    it("refuses someone else's team to a person outside it, in words", async () => {
      const res = await test.app.request(
        `/api/v1/people?reportsTo=${cast.members.directManager.personId}`,
        { headers: cast.headers("self") },
      );
      expect(res.status).toBe(403);
      expect((await res.json()).detail).toBe(
        "Only this manager, the managers above them and admins can list their team.",
      );
    });

    it("pages with a cursor until the last page", async () => {
      const headers = cast.headers("admin");
      const first = await (await test.app.request("/api/v1/people?limit=3", { headers })).json();
      expect(names(first)).toEqual(["Ava", "Ben", "Cleo"]);
      const second = await (
        await test.app.request(`/api/v1/people?limit=3&cursor=${first.nextCursor}`, { headers })
      ).json();
      expect(names(second)).toEqual(["Dev", "Erin"]);
      expect(second.nextCursor).toBeNull();
    });

    it("refuses a page size over the maximum with a hint", async () => {
      const res = await test.app.request("/api/v1/people?limit=1000", {
        headers: cast.headers("admin"),
      });
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0]).toMatchObject({
        path: "query.limit",
        hint: "Use at most 100.",
      });
    });
  });

  describe("POST /api/v1/people", () => {
    const newcomer = { name: "Finn", roleId: "apm", team: "Payments" };

    it("lets an admin add a person, checking the role against the framework", async () => {
      const headers = cast.headers("admin");
      const bad = await test.app.request(
        "/api/v1/people",
        jsonRequest("POST", { ...newcomer, roleId: "wizard" }, headers),
      );
      expect(bad.status).toBe(400);
      expect((await bad.json()).errors[0].path).toBe("roleId");
      const res = await test.app.request(
        "/api/v1/people",
        jsonRequest(
          "POST",
          { ...newcomer, managerId: cast.members.directManager.personId },
          headers,
        ),
      );
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({
        name: "Finn",
        roleId: "apm",
        managerId: cast.members.directManager.personId,
      });
    });

    it("refuses members and anonymous callers", async () => {
      const member = await test.app.request(
        "/api/v1/people",
        jsonRequest("POST", newcomer, cast.headers("self")),
      );
      expect(member.status).toBe(403);
      const anonymous = await test.app.request("/api/v1/people", jsonRequest("POST", newcomer));
      expect(anonymous.status).toBe(401);
    });
  });

  describe("PATCH /api/v1/people/{id}", () => {
    it("lets a person change their own preferences but not their role", async () => {
      const url = `/api/v1/people/${cast.members.self.personId}`;
      const headers = cast.headers("self");
      const prefs = {
        preferences: { tracks: ["ic"], avoidRoles: [], targetRoles: ["principal-pm"] },
      };
      const ok = await test.app.request(url, jsonRequest("PATCH", prefs, headers));
      expect(ok.status).toBe(200);
      expect((await ok.json()).preferences.tracks).toEqual(["ic"]);
      const promoted = await test.app.request(
        url,
        jsonRequest("PATCH", { roleId: "senior-pm" }, headers),
      );
      expect(promoted.status).toBe(403);
    });

    it("records an admin's role change in the role history", async () => {
      const id = cast.members.peer.personId;
      const res = await test.app.request(
        `/api/v1/people/${id}`,
        jsonRequest("PATCH", { roleId: "senior-pm" }, cast.headers("admin")),
      );
      expect(res.status).toBe(200);
      const history = await listRoleHistory(test.db, cast.orgId, id);
      expect(history.map((entry) => entry.roleId).sort()).toEqual(["pm", "senior-pm"]);
      expect(history.find((entry) => entry.to === null)?.roleId).toBe("senior-pm");
    });

    it("refuses a manager who reports to the person", async () => {
      const res = await test.app.request(
        `/api/v1/people/${cast.members.skipManager.personId}`,
        jsonRequest("PATCH", { managerId: cast.members.self.personId }, cast.headers("admin")),
      );
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].path).toBe("managerId");
    });
  });

  describe("GET and DELETE /api/v1/people/{id}", () => {
    it("answers 404 to another organisation, exactly as for an id that does not exist", async () => {
      const url = `/api/v1/people/${cast.members.self.personId}`;
      const other = await test.app.request(url, { headers: cast.headers("otherOrgAdmin") });
      const missing = await test.app.request(
        "/api/v1/people/00000000-0000-4000-8000-000000000000",
        {
          headers: cast.headers("otherOrgAdmin"),
        },
      );
      expect(other.status).toBe(404);
      expect(missing.status).toBe(404);
      expect((await other.json()).title).toBe((await missing.json()).title);
    });

    it("answers a malformed id with 400, never a server error", async () => {
      const res = await test.app.request("/api/v1/people/not-a-uuid", {
        headers: cast.headers("admin"),
      });
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].path).toBe("path.id");
    });

    it("lets an admin remove a person", async () => {
      const headers = cast.headers("admin");
      const created = await (
        await test.app.request("/api/v1/people", jsonRequest("POST", { name: "Gus" }, headers))
      ).json();
      const url = `/api/v1/people/${created.id}`;
      expect((await test.app.request(url, { method: "DELETE", headers })).status).toBe(204);
      expect((await test.app.request(url, { headers })).status).toBe(404);
    });
  });
});

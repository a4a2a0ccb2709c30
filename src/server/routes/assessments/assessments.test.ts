import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
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

  async function startDraft(kind: "self" | "directManager", raterKind: "self" | "manager") {
    const res = await test.app.request(
      "/api/v1/assessments",
      jsonRequest("POST", { personId: cast.members.self.personId, raterKind }, cast.headers(kind)),
    );
    expect(res.status).toBe(201);
    return (await res.json()).id as string;
  }

  describe("assessments", () => {
    it("autosaves a self-assessment draft that only its author sees, then submits it", async () => {
      const id = await startDraft("self", "self");
      const url = `/api/v1/assessments/${id}`;
      const saved = await test.app.request(
        `${url}/ratings`,
        jsonRequest(
          "PUT",
          { ratings: [{ competency: "execution", level: 3, note: "Shipped checkout" }] },
          cast.headers("self"),
        ),
      );
      expect(saved.status).toBe(200);
      expect((await saved.json()).ratings).toEqual([
        { competency: "execution", level: 3, note: "Shipped checkout" },
      ]);
      expect((await test.app.request(url, { headers: cast.headers("directManager") })).status).toBe(
        403,
      );
      expect((await test.app.request(url, { headers: cast.headers("admin") })).status).toBe(403);

      const submitted = await test.app.request(
        `${url}/submit`,
        jsonRequest(
          "POST",
          { ratings: [{ competency: "product-strategy", level: 2 }] },
          cast.headers("self"),
        ),
      );
      expect(submitted.status).toBe(200);
      expect((await submitted.json()).status).toBe("submitted");
      expect((await test.app.request(url, { headers: cast.headers("directManager") })).status).toBe(
        200,
      );
      expect((await test.app.request(url, { headers: cast.headers("skipManager") })).status).toBe(
        200,
      );
      expect((await test.app.request(url, { headers: cast.headers("peer") })).status).toBe(403);
      expect((await test.app.request(url, { headers: cast.headers("otherOrgAdmin") })).status).toBe(
        404,
      );
    });

    it("refuses to change a submitted assessment with a 409", async () => {
      const id = await startDraft("self", "self");
      const headers = cast.headers("self");
      const ratings = [{ competency: "execution", level: 2 }];
      expect(
        (
          await test.app.request(
            `/api/v1/assessments/${id}/submit`,
            jsonRequest("POST", { ratings }, headers),
          )
        ).status,
      ).toBe(200);
      const again = await test.app.request(
        `/api/v1/assessments/${id}/ratings`,
        jsonRequest("PUT", { ratings }, headers),
      );
      expect(again.status).toBe(409);
      expect((await again.json()).detail).toContain("submitted");
    });

    it("names ratings that do not fit the framework", async () => {
      const id = await startDraft("self", "self");
      const res = await test.app.request(
        `/api/v1/assessments/${id}/ratings`,
        jsonRequest(
          "PUT",
          {
            ratings: [
              { competency: "juggling", level: 2 },
              { competency: "execution", level: 7 },
            ],
          },
          cast.headers("self"),
        ),
      );
      expect(res.status).toBe(400);
      const paths = (await res.json()).errors.map((error: { path: string }) => error.path);
      expect(paths).toEqual(["ratings.0.competency", "ratings.1.level"]);
    });

    it("lets the manager chain write manager assessments and no one else", async () => {
      await startDraft("directManager", "manager");
      const body = { personId: cast.members.self.personId, raterKind: "manager" };
      for (const kind of ["self", "peer", "admin"] as const) {
        const res = await test.app.request(
          "/api/v1/assessments",
          jsonRequest("POST", body, cast.headers(kind)),
        );
        expect(res.status).toBe(403);
      }
    });

    it("feeds submitted assessments into the person's profile, fits and standing", async () => {
      const id = await startDraft("directManager", "manager");
      const ratings = [
        { competency: "execution", level: 4 },
        { competency: "product-strategy", level: 3 },
      ];
      const headers = cast.headers("directManager");
      await test.app.request(
        `/api/v1/assessments/${id}/submit`,
        jsonRequest("POST", { ratings }, headers),
      );
      const base = `/api/v1/people/${cast.members.self.personId}`;
      const profile = await (await test.app.request(`${base}/profile`, { headers })).json();
      expect(profile.competencies.execution.byRater.manager).toBe(4);
      expect(profile.competencies["customer-insight"].level).toBeNull();
      const fits = await (await test.app.request(`${base}/role-fits`, { headers })).json();
      expect(fits.fits.map((fit: { roleId: string }) => fit.roleId)).toContain("senior-pm");
      const standing = await test.app.request(`${base}/standing`, {
        headers: cast.headers("self"),
      });
      expect(standing.status).toBe(200);
      expect((await standing.json()).summary).toEqual(expect.any(String));
      expect(
        (await test.app.request(`${base}/profile`, { headers: cast.headers("peer") })).status,
      ).toBe(403);
    });

    it("lists only the assessments the caller may see", async () => {
      const url = `/api/v1/people/${cast.members.self.personId}/assessments`;
      const own = await (await test.app.request(url, { headers: cast.headers("self") })).json();
      const manager = await (
        await test.app.request(url, { headers: cast.headers("directManager") })
      ).json();
      const drafts = (body: { items: { status: string }[] }) =>
        body.items.filter((item) => item.status === "draft").length;
      expect(drafts(own)).toBeGreaterThan(0);
      expect(
        manager.items.every(
          (item: { status: string; raterKind: string }) =>
            item.status === "submitted" || item.raterKind === "manager",
        ),
      ).toBe(true);
    });
  });
});

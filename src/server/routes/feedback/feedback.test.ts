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

  async function ask(
    kind: "self" | "directManager" | "admin",
    competencies = ["execution", "influence"],
  ) {
    return test.app.request(
      `/api/v1/people/${cast.members.self.personId}/feedback-requests`,
      jsonRequest(
        "POST",
        { addresseePersonId: cast.members.peer.personId, competencies },
        cast.headers(kind),
      ),
    );
  }

  const answer = (id: string, competencies: string[]) =>
    test.app.request(
      `/api/v1/feedback-requests/${id}/answer`,
      jsonRequest(
        "POST",
        { ratings: competencies.map((competency) => ({ competency, level: 3 })) },
        cast.headers("peer"),
      ),
    );

  describe("feedback requests", () => {
    it("lets a peer see and rate a person only while a request is open, and only what was asked", async () => {
      const person = `/api/v1/people/${cast.members.self.personId}`;
      expect((await test.app.request(person, { headers: cast.headers("peer") })).status).toBe(403);
      const asked = await ask("self");
      expect(asked.status).toBe(201);
      const { id } = await asked.json();
      const inbox = await (
        await test.app.request("/api/v1/feedback-requests", { headers: cast.headers("peer") })
      ).json();
      expect(inbox.items.map((item: { id: string }) => item.id)).toEqual([id]);
      // The peer sees who asked.
      expect(inbox.items[0].requesterName).toBe("Ava");
      expect((await test.app.request(person, { headers: cast.headers("peer") })).status).toBe(200);

      const tooMuch = await answer(id, ["execution", "product-strategy"]);
      expect(tooMuch.status).toBe(403);
      expect((await tooMuch.json()).detail).toContain("product-strategy");
      const answered = await answer(id, ["execution"]);
      expect(answered.status).toBe(200);
      expect((await answered.json()).status).toBe("answered");

      expect((await answer(id, ["execution"])).status).toBe(409);
      expect((await test.app.request(person, { headers: cast.headers("peer") })).status).toBe(403);
      const profile = await (
        await test.app.request(`${person}/profile`, { headers: cast.headers("self") })
      ).json();
      expect(profile.competencies.execution.byRater.peer).toBe(3);
    });

    it("lets the person and their managers ask, but not an admin outside the chain", async () => {
      expect((await ask("directManager")).status).toBe(201);
      expect((await ask("admin")).status).toBe(403);
    });

    it("lets only the addressee decline", async () => {
      const { id } = await (await ask("self")).json();
      const url = `/api/v1/feedback-requests/${id}/decline`;
      expect(
        (await test.app.request(url, { method: "POST", headers: cast.headers("directManager") }))
          .status,
      ).toBe(403);
      const declined = await test.app.request(url, {
        method: "POST",
        headers: cast.headers("peer"),
      });
      expect((await declined.json()).status).toBe("declined");
    });

    it("refuses to ask about competencies the framework does not have", async () => {
      const res = await ask("self", ["telepathy"]);
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].path).toBe("competencies.0");
    });
  });
});

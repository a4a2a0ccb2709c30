import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { type Cast, type CastKind, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";
import { listOutboxMails } from "../../../storage/queries/outbox-listing.ts";

interface Request {
  id: string;
  personId: string;
  addresseePersonId: string;
  competencies: string[];
}

describe.each(testDatabaseKinds())("asking people to rate themselves on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
  });
  afterAll(() => test.close());

  const ask = (body: unknown, as: CastKind = "admin") =>
    test.app.request("/api/v1/rating-requests", jsonRequest("POST", body, cast.headers(as)));

  async function inbox(as: CastKind): Promise<Request[]> {
    const res = await test.app.request("/api/v1/feedback-requests", { headers: cast.headers(as) });
    return (await res.json()).items;
  }

  async function latestSelfRatings(as: CastKind) {
    const personId = cast.members[as as Exclude<CastKind, "anonymous">].personId;
    const res = await test.app.request(`/api/v1/people/${personId}/assessments?limit=50`, {
      headers: cast.headers(as),
    });
    const items: {
      raterKind: string;
      status: string;
      submittedAt: string | null;
      ratings: { competency: string; level: number }[];
    }[] = (await res.json()).items;
    const own = items
      .filter((item) => item.raterKind === "self" && item.status === "submitted")
      .sort((a, b) => String(b.submittedAt).localeCompare(String(a.submittedAt)));
    return Object.fromEntries((own[0]?.ratings ?? []).map((r) => [r.competency, r.level]));
  }

  it("asks everyone who can sign in once, and says so; asking again asks nobody twice", async () => {
    const first = await ask({ competencies: ["execution"], message: "New in this version" });
    expect(first.status).toBe(201);
    const result = await first.json();
    // Ava, Dev, Ben, Cleo and Erin of Acme; nobody of Globex.
    expect(result).toMatchObject({ asked: 5, alreadyAsked: 0, withoutAccount: 0 });
    expect(result.sentence).toContain("Asked 5 people across the organisation");
    expect(result.sentence).toContain("Execution");
    const [mine] = await inbox("self");
    expect(mine).toMatchObject({
      personId: cast.members.self.personId,
      addresseePersonId: cast.members.self.personId,
      competencies: ["execution"],
    });
    expect(await inbox("otherOrgAdmin")).toEqual([]);
    const mails = await listOutboxMails(test.db, { orgId: cast.orgId });
    expect(mails.filter((mail) => mail.subject === "Rate yourself on Execution")).toHaveLength(5);

    const again = await (await ask({ competencies: ["execution"] })).json();
    expect(again).toMatchObject({ asked: 0, alreadyAsked: 5 });
    expect(again.sentence).toContain("already had the same request open");
    expect(await inbox("self")).toHaveLength(1);
  });

  it("asks only the people under a manager when a manager is named", async () => {
    const result = await (
      await ask({ competencies: ["influence"], managerId: cast.members.skipManager.personId })
    ).json();
    // Ben, Ava and Dev report to Cleo; Cleo and Erin are not asked.
    expect(result).toMatchObject({ asked: 3 });
    expect(result.sentence).toContain("under Cleo");
    expect((await inbox("admin")).map((request) => request.competencies)).toEqual([["execution"]]);
  });

  it("answers by adding the new rating to the person's latest self-assessment", async () => {
    const headers = cast.headers("peer");
    const draft = await (
      await test.app.request(
        "/api/v1/assessments",
        jsonRequest(
          "POST",
          { personId: cast.members.peer.personId, raterKind: "self", ratings: [] },
          headers,
        ),
      )
    ).json();
    // It rates neither competency asked, so both requests stay open.
    const ratings = [{ competency: "product-strategy", level: 3 }];
    const submitted = await test.app.request(
      `/api/v1/assessments/${draft.id}/submit`,
      jsonRequest("POST", { ratings }, headers),
    );
    expect(submitted.status).toBe(200);
    const request = (await inbox("peer")).find((r) => r.competencies.includes("execution"));
    const answered = await test.app.request(
      `/api/v1/feedback-requests/${request?.id}/answer`,
      jsonRequest("POST", { ratings: [{ competency: "execution", level: 4 }] }, headers),
    );
    expect(answered.status).toBe(200);
    expect(await latestSelfRatings("peer")).toEqual({ execution: 4, "product-strategy": 3 });
    expect((await inbox("peer")).map((r) => r.competencies)).toEqual([["influence"]]);
  });

  it("closes the requests a whole self-assessment answers, and keeps the others open", async () => {
    const headers = cast.headers("directManager");
    const personId = cast.members.directManager.personId;
    expect((await inbox("directManager")).map((r) => r.competencies).sort()).toEqual([
      ["execution"],
      ["influence"],
    ]);
    const draft = await (
      await test.app.request(
        "/api/v1/assessments",
        jsonRequest("POST", { personId, raterKind: "self", ratings: [] }, headers),
      )
    ).json();
    const submitted = await test.app.request(
      `/api/v1/assessments/${draft.id}/submit`,
      jsonRequest("POST", { ratings: [{ competency: "execution", level: 3 }] }, headers),
    );
    expect(submitted.status).toBe(200);
    expect((await inbox("directManager")).map((r) => r.competencies)).toEqual([["influence"]]);
  });

  it("refuses an unknown competency or manager, asking nobody", async () => {
    const before = (await listOutboxMails(test.db, { orgId: cast.orgId, limit: 100 })).length;
    const unknown = await ask({ competencies: ["jazz"] });
    expect(unknown.status).toBe(400);
    const problem = await unknown.json();
    expect(problem.errors[0]).toMatchObject({ path: "competencies.0" });
    const stranger = await ask({
      competencies: ["execution"],
      managerId: cast.members.otherOrgAdmin.personId,
    });
    expect(stranger.status).toBe(404);
    expect((await listOutboxMails(test.db, { orgId: cast.orgId, limit: 100 })).length).toBe(before);
  });

  it("lets only admins ask", async () => {
    const res = await ask({ competencies: ["execution"] }, "directManager");
    expect(res.status).toBe(403);
  });
});

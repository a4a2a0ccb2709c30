import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../test/db.ts";
import { type Cast, seedCast } from "../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../test/server/test-app.ts";
import { queueCheckInReminders } from "../../app/mail/queue-check-in-reminders.ts";
import { createAssessment } from "../../storage/queries/assessments.ts";
import { getPublishedFrameworkVersion } from "../../storage/queries/framework-versions.ts";
import { createGrowthPlan } from "../../storage/queries/growth-plans.ts";
import { outboxMails } from "../../storage/schema.ts";

const publicUrl = "https://pathways.example.com";

describe.each(testDatabaseKinds())("notification mails on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    test = await createTestApp({ publicUrl }, kind);
    cast = await seedCast(test.db);
  });
  afterAll(() => test.close());
  beforeEach(async () => {
    await test.db.delete(outboxMails);
  });

  const mailsTo = (personId: string) =>
    test.db
      .select()
      .from(outboxMails)
      .where(and(eq(outboxMails.orgId, cast.orgId), eq(outboxMails.toPersonId, personId)));

  const askPeer = () =>
    test.app.request(
      `/api/v1/people/${cast.members.self.personId}/feedback-requests`,
      jsonRequest(
        "POST",
        { addresseePersonId: cast.members.peer.personId, competencies: ["execution"] },
        cast.headers("self"),
      ),
    );

  const setOff = (who: "peer" | "self", off: string[]) =>
    test.app.request("/api/v1/me/mail-preferences", jsonRequest("PUT", { off }, cast.headers(who)));

  it("mails the colleague asked for feedback, with the link to answer it", async () => {
    const asked = await askPeer();
    expect(asked.status).toBe(201);
    const { id } = await asked.json();
    const [mail, ...more] = await mailsTo(cast.members.peer.personId);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({
      kind: "feedback-request",
      idempotencyKey: `feedback-request:${id}`,
      subject: "Ava asked for your feedback",
      status: "pending",
    });
    expect(mail?.toAddress).toMatch(/^dev@/);
    expect(mail?.textBody.split("\n")).toContain(`${publicUrl}/feedback`);
    expect(mail?.textBody).toContain("Hello Dev,");
    expect(mail?.textBody).toContain("Execution");
  });

  it("sends no feedback mail to a colleague who turned them off, and again once turned on", async () => {
    expect((await setOff("peer", ["feedback-request"])).status).toBe(200);
    expect(
      await (
        await test.app.request("/api/v1/me/mail-preferences", { headers: cast.headers("peer") })
      ).json(),
    ).toEqual({ off: ["feedback-request"] });
    expect((await askPeer()).status).toBe(201);
    expect(await mailsTo(cast.members.peer.personId)).toEqual([]);
    expect((await setOff("peer", [])).status).toBe(200);
    expect((await askPeer()).status).toBe(201);
    expect(await mailsTo(cast.members.peer.personId)).toHaveLength(1);
  });

  it("refuses an unknown kind of mail, changing nothing", async () => {
    const refused = await setOff("peer", ["invitation"]);
    expect(refused.status).toBe(400);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(
      await (
        await test.app.request("/api/v1/me/mail-preferences", { headers: cast.headers("peer") })
      ).json(),
    ).toEqual({ off: [] });
  });

  async function managerDraft(): Promise<string> {
    const version = await getPublishedFrameworkVersion(test.db, cast.orgId);
    const draft = await createAssessment(test.db, {
      orgId: cast.orgId,
      personId: cast.members.self.personId,
      raterKind: "manager",
      frameworkVersionId: version?.id ?? "",
      raterUserId: cast.members.directManager.userId,
      raterPersonId: cast.members.directManager.personId,
      ratings: [{ competency: "execution", level: 3 }],
    });
    return draft.id;
  }

  it("tells a person their manager submitted an assessment of them, unless they turned it off", async () => {
    const submit = (id: string) =>
      test.app.request(
        `/api/v1/assessments/${id}/submit`,
        jsonRequest("POST", {}, cast.headers("directManager")),
      );
    const first = await managerDraft();
    expect((await submit(first)).status).toBe(200);
    const [mail, ...more] = await mailsTo(cast.members.self.personId);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({
      kind: "assessment-submitted",
      idempotencyKey: `assessment-submitted:${first}`,
      subject: "Your manager submitted an assessment of you",
    });
    expect(mail?.textBody).toContain("Your manager, Ben, submitted an assessment of your work.");
    expect(mail?.textBody.split("\n")).toContain(`${publicUrl}/profile`);

    expect((await setOff("self", ["assessment-submitted"])).status).toBe(200);
    expect((await submit(await managerDraft())).status).toBe(200);
    expect(await mailsTo(cast.members.self.personId)).toHaveLength(1);
    await setOff("self", []);
  });

  it("reminds a person once when their plan's check-in comes due", async () => {
    const plan = await createGrowthPlan(test.db, {
      orgId: cast.orgId,
      personId: cast.members.self.personId,
    });
    const day = 24 * 60 * 60 * 1000;
    const run = (days: number) =>
      queueCheckInReminders({ db: test.db, now: new Date(Date.now() + days * day), publicUrl });
    expect(await run(3)).toBe(0);
    expect(await run(15)).toBeGreaterThanOrEqual(1);
    expect(await run(15)).toBe(0);
    const reminders = (await mailsTo(cast.members.self.personId)).filter(
      (mail) => mail.kind === "check-in-due",
    );
    const mine = reminders.filter((mail) =>
      mail.idempotencyKey.startsWith(`check-in-due:${plan.id}:`),
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]?.subject).toBe("Time for a check-in on your growth plan");
    expect(mine[0]?.textBody.split("\n")).toContain(`${publicUrl}/plan`);
    expect(mine[0]?.textBody).not.toMatch(/late|behind/i);
  });
});

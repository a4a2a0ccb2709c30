import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../../../test/db.ts";
import { latestMailLink } from "../../../../test/server/outbox-link.ts";
import { seedCast } from "../../../../test/server/seed-cast.ts";
import { createAppOnDatabase, jsonRequest } from "../../../../test/server/test-app.ts";
import { listAuditLog } from "../../../storage/queries/audit-log.ts";
import { createPerson } from "../../../storage/queries/people.ts";
import { putSsoConfig } from "../../../storage/queries/sso-configs.ts";
import { findUserByEmail } from "../../../storage/queries/users.ts";
import { outboxMails } from "../../../storage/schema.ts";

const password = "river otter under the bridge";

describeOnEachDatabase("invitations", (database) => {
  async function setUp() {
    const { db } = database();
    const cast = await seedCast(db);
    let now = new Date("2026-06-01T09:00:00Z");
    const app = createAppOnDatabase(db, {
      now: () => now,
      publicUrl: "https://pathways.example.com",
    });
    const admin = cast.members.admin.headers;
    const newcomer = (name: string, email: string | null = `${name.toLowerCase()}@acme.example`) =>
      createPerson(db, {
        orgId: cast.orgId,
        name,
        email,
        managerId: cast.members.directManager.personId,
        roleId: "pm",
        team: "Payments",
      });
    const invite = (body: unknown, headers = admin) =>
      app.request("/api/v1/invitations", jsonRequest("POST", body, headers));
    const readLink = (token: string) =>
      app.request(`/api/v1/invitation-links/${encodeURIComponent(token)}`);
    const accept = (token: string, body: unknown) =>
      app.request(
        `/api/v1/invitation-links/${encodeURIComponent(token)}/accept`,
        jsonRequest("POST", body),
      );
    const later = (ms: number) => {
      now = new Date(now.getTime() + ms);
    };
    return { db, cast, app, admin, newcomer, invite, readLink, accept, later };
  }

  it("invites a person by mail, and the link creates their account and signs them in", async () => {
    const { db, cast, newcomer, invite, readLink, accept } = await setUp();
    const fay = await newcomer("Fay");
    const res = await invite({ personIds: [fay.id] });
    expect(res.status).toBe(200);
    const outcome = await res.json();
    expect(outcome.invited).toEqual([
      expect.objectContaining({ personId: fay.id, expiresAt: "2026-06-08T09:00:00.000Z" }),
    ]);

    const mail = await latestMailLink(db, "invitation", "fay@acme.example");
    expect(mail.url.startsWith("https://pathways.example.com/invitation?token=")).toBe(true);
    expect(mail.subject).toContain("Acme");

    const view = await (await readLink(mail.token)).json();
    expect(view).toMatchObject({
      state: "open",
      organisationName: "Acme",
      personName: "Fay",
      email: "fay@acme.example",
      ssoStartUrl: null,
    });

    const weak = await accept(mail.token, { password: "password1234" });
    expect(weak.status).toBe(400);
    expect((await weak.json()).errors[0]).toMatchObject({ path: "password" });
    expect(await findUserByEmail(db, "fay@acme.example")).toBeNull();

    const accepted = await accept(mail.token, { password });
    expect(accepted.status).toBe(201);
    expect(accepted.headers.get("set-cookie")).toContain("HttpOnly");
    const session = await accepted.json();
    expect(session.user).toMatchObject({ personId: fay.id, role: "member", orgId: cast.orgId });

    const again = await accept(mail.token, { password });
    expect(again.status).toBe(400);
    expect((await (await readLink(mail.token)).json()).state).toBe("accepted");
    const actions = (await listAuditLog(db, { orgId: cast.orgId })).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["invitation:send", "invitation:accept"]));
  });

  it("sets no password where the organisation requires single sign-on", async () => {
    const { db, cast, newcomer, invite, accept } = await setUp();
    await putSsoConfig(db, {
      orgId: cast.orgId,
      issuer: "https://id.acme.example",
      clientId: "pathways",
      clientSecret: "secret",
      allowJustInTime: false,
      requireSso: true,
      breakGlassUserId: null,
    });
    const gil = await newcomer("Gil");
    expect((await invite({ personIds: [gil.id] })).status).toBe(200);
    const mail = await latestMailLink(db, "invitation", "gil@acme.example");
    const refused = await accept(mail.token, { password });
    expect(refused.status).toBe(403);
    expect((await refused.json()).detail).toContain("single sign-on");
    expect(await findUserByEmail(db, "gil@acme.example")).toBeNull();
  });

  it("keeps only the token's digest in the database", async () => {
    const { db, newcomer, invite } = await setUp();
    const fay = await newcomer("Fay");
    await invite({ personIds: [fay.id] });
    const { token } = await latestMailLink(db, "invitation", "fay@acme.example");
    const stored = await db.query.invitations.findMany();
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("resends with a new link that replaces the old one, and counts the sends", async () => {
    const { db, admin, app, newcomer, invite, readLink, accept } = await setUp();
    const fay = await newcomer("Fay");
    await invite({ personIds: [fay.id] });
    const first = await latestMailLink(db, "invitation", "fay@acme.example");
    const [invitation] = await db.query.invitations.findMany();
    const res = await app.request(
      `/api/v1/invitations/${invitation?.id}/resend`,
      jsonRequest("POST", {}, admin),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ sendCount: 2, status: "open" });
    const second = await latestMailLink(db, "invitation", "fay@acme.example");
    expect(second.token).not.toBe(first.token);
    expect((await (await readLink(first.token)).json()).state).toBe("unknown");
    expect((await accept(first.token, { password })).status).toBe(400);
    expect((await accept(second.token, { password })).status).toBe(201);
  });

  it("says an expired or revoked link has ended and what to do", async () => {
    const { db, admin, app, newcomer, invite, readLink, accept, later } = await setUp();
    const fay = await newcomer("Fay");
    const gus = await newcomer("Gus");
    await invite({ personIds: [fay.id, gus.id] });
    const fayLink = await latestMailLink(db, "invitation", "fay@acme.example");
    const gusLink = await latestMailLink(db, "invitation", "gus@acme.example");
    const gusInvitation = (await db.query.invitations.findMany()).find(
      (row) => row.personId === gus.id,
    );
    const revoked = await app.request(
      `/api/v1/invitations/${gusInvitation?.id}/revoke`,
      jsonRequest("POST", {}, admin),
    );
    expect(await revoked.json()).toMatchObject({ status: "revoked" });
    const gusView = await (await readLink(gusLink.token)).json();
    expect(gusView).toMatchObject({ state: "revoked", personName: null });
    expect(gusView.advice).toContain("ask an admin");

    later(7 * 24 * 3_600_000 + 1);
    const fayView = await (await readLink(fayLink.token)).json();
    expect(fayView.state).toBe("expired");
    expect(fayView.advice).toContain("send it again");
    const refused = await accept(fayLink.token, { password });
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors[0].path).toBe("token");

    const reinvited = await (await invite({ personIds: [fay.id] })).json();
    expect(reinvited.invited).toHaveLength(1);
  });

  it("invites everyone new, skipping who has an account, a working link or no email", async () => {
    const { newcomer, invite, cast } = await setUp();
    const fay = await newcomer("Fay");
    await newcomer("Gus");
    const hal = await newcomer("Hal", null);
    await invite({ personIds: [fay.id] });
    const outcome = await (await invite({ everyoneUninvited: true })).json();
    expect(outcome.invited.map((one: { name: string }) => one.name)).toEqual(["Gus"]);

    const picked = await (
      await invite({ personIds: [fay.id, hal.id, cast.members.self.personId] })
    ).json();
    expect(picked.invited).toEqual([]);
    expect(picked.skipped.map((one: { name: string; reason: string }) => one.reason)).toEqual([
      "already has an account.",
      "is already invited and the link still works; resend it to send a new one.",
      "has no email yet; add one on their page, then invite them.",
    ]);
  });

  it("refuses non-admins, other organisations' people and bad input, changing nothing", async () => {
    const { db, cast, newcomer, invite } = await setUp();
    const fay = await newcomer("Fay");
    expect((await invite({ personIds: [fay.id] }, cast.members.directManager.headers)).status).toBe(
      403,
    );
    expect((await invite({ personIds: [fay.id] }, cast.members.otherOrgAdmin.headers)).status).toBe(
      404,
    );
    const bad = await invite({ personIds: [] });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    expect(await db.select().from(outboxMails)).toEqual([]);
  });
});

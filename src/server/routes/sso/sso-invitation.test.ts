import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeOnEachDatabase } from "../../../../test/db.ts";
import {
  startOidcProvider,
  type TestOidcProvider,
} from "../../../../test/oidc/start-oidc-provider.ts";
import { latestMailLink } from "../../../../test/server/outbox-link.ts";
import { seedCast } from "../../../../test/server/seed-cast.ts";
import { createAppOnDatabase, jsonRequest } from "../../../../test/server/test-app.ts";
import { listAuditLog } from "../../../storage/queries/audit-log.ts";
import { createPerson } from "../../../storage/queries/people.ts";
import { putSsoConfig } from "../../../storage/queries/sso-configs.ts";
import { findUserByEmail } from "../../../storage/queries/users.ts";
import { ssoIdentities } from "../../../storage/schema.ts";

const callback = "http://localhost/api/v1/sso/callback";

function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

describeOnEachDatabase("accepting an invitation with single sign-on", (database) => {
  let idp: TestOidcProvider;
  beforeAll(async () => {
    idp = await startOidcProvider({ redirectUris: [callback] });
  });
  afterAll(() => idp.close());

  async function setUp() {
    const { db } = database();
    const cast = await seedCast(db);
    const app = createAppOnDatabase(db, { publicUrl: "https://pathways.example.com" });
    await putSsoConfig(db, {
      orgId: cast.orgId,
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      allowJustInTime: false,
      requireSso: false,
      breakGlassUserId: null,
    });
    /** Adds a person, invites them as the admin and answers the link of their mail. */
    async function invited(name: string) {
      const email = `${name.toLowerCase()}@acme.example`;
      const person = await createPerson(db, { orgId: cast.orgId, name, email });
      const res = await app.request(
        "/api/v1/invitations",
        jsonRequest("POST", { personIds: [person.id] }, cast.members.admin.headers),
      );
      expect(res.status).toBe(200);
      const { token } = await latestMailLink(db, "invitation", email);
      return { person, email, token };
    }
    const readLink = async (token: string) =>
      (await app.request(`/api/v1/invitation-links/${encodeURIComponent(token)}`)).json();
    /** Opens the invitation's SSO start URL, signs in at the provider and comes back. */
    async function signInFrom(token: string, subject: string) {
      const { ssoStartUrl } = await readLink(token);
      expect(ssoStartUrl).toBe(`/api/v1/sso/start?invitation=${encodeURIComponent(token)}`);
      const start = await app.request(ssoStartUrl);
      expect(start.status).toBe(302);
      const back = await idp.completeLogin(start.headers.get("location") ?? "", subject);
      return app.request(`${back.pathname}${back.search}`, {
        headers: { cookie: cookiesOf(start) },
      });
    }
    return { db, cast, invited, readLink, signInFrom };
  }

  it("accepts the invitation, links the account to the invited person and audits it", async () => {
    const { db, cast, invited, readLink, signInFrom } = await setUp();
    const ivy = await invited("Ivy");
    expect((await readLink(ivy.token)).state).toBe("open");
    idp.addAccount({ subject: "ivy-at-idp", email: ivy.email });

    const res = await signInFrom(ivy.token, "ivy-at-idp");
    expect(res.status).toBe(302);
    expect(cookiesOf(res)).toContain("pathways_session=");

    expect((await readLink(ivy.token)).state).toBe("accepted");
    const user = await findUserByEmail(db, ivy.email);
    expect(user?.personId).toBe(ivy.person.id);
    expect(user?.passwordHash).toBeNull();
    const [link] = await db
      .select()
      .from(ssoIdentities)
      .where(eq(ssoIdentities.subject, "ivy-at-idp"));
    expect(link?.userId).toBe(user?.id);
    const [accepted] = await listAuditLog(db, { orgId: cast.orgId, action: "invitation:accept" });
    expect(accepted).toMatchObject({
      actorUserId: user?.id,
      targetType: "person",
      targetId: ivy.person.id,
      detail: { via: "sso" },
    });
  });

  it("leaves the invitation open when someone else signs in from its link", async () => {
    const { db, cast, invited, readLink, signInFrom } = await setUp();
    const ivy = await invited("Ivy");
    await createPerson(db, { orgId: cast.orgId, name: "Jo", email: "jo@acme.example" });
    idp.addAccount({ subject: "jo-at-idp", email: "jo@acme.example" });

    const res = await signInFrom(ivy.token, "jo-at-idp");
    expect(res.status).toBe(302);
    expect((await readLink(ivy.token)).state).toBe("open");
    expect(await findUserByEmail(db, ivy.email)).toBeNull();
    expect(await listAuditLog(db, { orgId: cast.orgId, action: "invitation:accept" })).toEqual([]);
  });
});

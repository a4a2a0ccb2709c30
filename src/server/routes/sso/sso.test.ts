import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedOrganisation, testDatabaseKinds } from "../../../../test/db.ts";
import {
  startOidcProvider,
  type TestOidcProvider,
} from "../../../../test/oidc/start-oidc-provider.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";
import { deactivateAccount } from "../../../storage/queries/deactivate-account.ts";
import { createPerson } from "../../../storage/queries/people.ts";
import { putSsoConfig } from "../../../storage/queries/sso-configs.ts";
import { createUser, findUserByEmail } from "../../../storage/queries/users.ts";
import { auditLog, people, sessions, ssoIdentities } from "../../../storage/schema.ts";
import { hashPassword } from "../../auth/password.ts";

const callback = "http://localhost/api/v1/sso/callback";

function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

describe.each(testDatabaseKinds())("single sign-on with a real OpenID provider on %s", (kind) => {
  let idp: TestOidcProvider;
  let test: TestApp;
  let orgId: string;

  beforeAll(async () => {
    idp = await startOidcProvider({ redirectUris: [callback] });
    test = await createTestApp({}, kind);
    orgId = (await seedOrganisation(test.db, "Acme")).organisation.id;
  }, 120_000);
  afterAll(async () => {
    await test.close();
    await idp.close();
  });
  beforeEach(async () => {
    idp.setCodeTtlSeconds(60);
    await configure({});
  });

  async function configure(choices: { allowJustInTime?: boolean; issuer?: string }) {
    await putSsoConfig(test.db, {
      orgId,
      issuer: choices.issuer ?? idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      allowJustInTime: choices.allowJustInTime ?? false,
      requireSso: false,
      breakGlassUserId: null,
    });
  }

  /** Starts a sign-in, logs in at the provider and answers the provider's way back. */
  async function signIn(
    subject: string,
    options: { tamper?: (back: URL) => void; wait?: number; accept?: string } = {},
  ) {
    const start = await test.app.request("/api/v1/sso/start?returnTo=/people");
    expect(start.status).toBe(302);
    const location = start.headers.get("location") ?? "";
    const authorization = new URL(location);
    expect(authorization.origin).toBe(idp.issuer);
    expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorization.searchParams.get("nonce")).toBeTruthy();
    const back = await idp.completeLogin(location, subject);
    options.tamper?.(back);
    if (options.wait) await new Promise((resolve) => setTimeout(resolve, options.wait));
    return test.app.request(`${back.pathname}${back.search}`, {
      headers: { cookie: cookiesOf(start), ...(options.accept ? { accept: options.accept } : {}) },
    });
  }

  async function auditActions(): Promise<string[]> {
    const rows = await test.db.select({ action: auditLog.action }).from(auditLog);
    return rows.map((row) => row.action).filter((action) => action.startsWith("sso:"));
  }

  it("says whether single sign-on is set up", async () => {
    const res = await test.app.request("/api/v1/sso");
    expect(await res.json()).toEqual({
      enabled: true,
      label: "single sign-on",
      passwordsOff: false,
    });
  });

  it("links a verified email to the person, creates their account and signs them in", async () => {
    const person = await createPerson(test.db, { orgId, name: "Ada", email: "Ada@Acme.test" });
    idp.addAccount({ subject: "ada-sub", email: "ada@acme.test" });
    const res = await signIn("ada-sub");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/people");
    const cookie = cookiesOf(res);
    expect(cookie).toContain("pathways_session=");
    const me = await test.app.request("/api/v1/session/me", { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()).user.email).toBe("ada@acme.test");
    const user = await findUserByEmail(test.db, "ada@acme.test");
    expect(user?.personId).toBe(person.id);
    expect(user?.passwordHash).toBeNull();
    const links = await test.db
      .select()
      .from(ssoIdentities)
      .where(eq(ssoIdentities.subject, "ada-sub"));
    expect(links).toHaveLength(1);
    expect(await auditActions()).toEqual(expect.arrayContaining(["sso:link", "sso:sign-in"]));

    // The second time the identity itself finds the account.
    const again = await signIn("ada-sub");
    expect(again.status).toBe(302);
    const actions = await auditActions();
    expect(actions.filter((action) => action === "sso:link")).toHaveLength(1);
  });

  it("links an existing password account by its email", async () => {
    const person = await createPerson(test.db, { orgId, name: "Bo", email: "bo@acme.test" });
    const user = await createUser(test.db, {
      orgId,
      email: "bo@acme.test",
      passwordHash: "x",
      personId: person.id,
    });
    idp.addAccount({ subject: "bo-sub", email: "BO@acme.test" });
    const res = await signIn("bo-sub");
    expect(res.status).toBe(302);
    const [link] = await test.db
      .select()
      .from(ssoIdentities)
      .where(eq(ssoIdentities.subject, "bo-sub"));
    expect(link?.userId).toBe(user.id);
  });

  it("refuses a person not in the organisation, in words, as a page for a browser", async () => {
    idp.addAccount({ subject: "stranger", email: "stranger@elsewhere.test" });
    const res = await signIn("stranger");
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect((await res.json()).detail).toContain(
      "stranger@elsewhere.test is not in Acme yet; ask an admin of Acme to add you",
    );
    const page = await signIn("stranger", { accept: "text/html" });
    expect(page.status).toBe(403);
    const html = await page.text();
    expect(html).toContain("stranger@elsewhere.test is not in Acme yet");
    expect(html).not.toMatch(/at .*\.ts:\d+/);
    expect(cookiesOf(page)).not.toContain("pathways_session=");
    expect(await findUserByEmail(test.db, "stranger@elsewhere.test")).toBeNull();
  });

  it("creates the person and account just in time when the organisation allows it", async () => {
    await configure({ allowJustInTime: true });
    idp.addAccount({ subject: "jit-sub", email: "new@acme.test", name: "Nia New" });
    const res = await signIn("jit-sub");
    expect(res.status).toBe(302);
    const [person] = await test.db.select().from(people).where(eq(people.email, "new@acme.test"));
    expect(person?.name).toBe("Nia New");
    expect((await findUserByEmail(test.db, "new@acme.test"))?.personId).toBe(person?.id);
  });

  it("refuses an email the provider has not verified", async () => {
    await createPerson(test.db, { orgId, name: "Una", email: "una@acme.test" });
    idp.addAccount({ subject: "una-sub", email: "una@acme.test", emailVerified: false });
    const res = await signIn("una-sub");
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toContain("has not confirmed that una@acme.test is yours");
  });

  it("refuses an answer whose state is not the one this browser started", async () => {
    await createPerson(test.db, { orgId, name: "Cy", email: "cy@acme.test" });
    idp.addAccount({ subject: "cy-sub", email: "cy@acme.test" });
    const res = await signIn("cy-sub", {
      tamper: (back) => back.searchParams.set("state", "forged"),
    });
    expect(res.status).toBe(401);
    expect((await res.json()).detail).toContain("its state differs");
    expect(await findUserByEmail(test.db, "cy@acme.test")).toBeNull();
  });

  it("refuses a callback without the browser's sign-in cookie", async () => {
    const res = await test.app.request("/api/v1/sso/callback?code=x&state=y");
    expect(res.status).toBe(401);
    expect((await res.json()).detail).toContain("start again from the sign-in page");
  });

  it("refuses an expired code", async () => {
    await createPerson(test.db, { orgId, name: "Di", email: "di@acme.test" });
    idp.addAccount({ subject: "di-sub", email: "di@acme.test" });
    idp.setCodeTtlSeconds(1);
    const res = await signIn("di-sub", { wait: 2100 });
    expect(res.status).toBe(401);
    expect((await res.json()).detail).toContain("took too long");
    expect(await findUserByEmail(test.db, "di@acme.test")).toBeNull();
  });

  it("refuses a deactivated account", async () => {
    const person = await createPerson(test.db, { orgId, name: "Ed", email: "ed@acme.test" });
    const user = await createUser(test.db, {
      orgId,
      email: "ed@acme.test",
      passwordHash: null,
      personId: person.id,
    });
    await deactivateAccount(test.db, orgId, user.id, new Date());
    idp.addAccount({ subject: "ed-sub", email: "ed@acme.test" });
    const res = await signIn("ed-sub");
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toContain("deactivated");
    const live = await test.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(live).toHaveLength(0);
  });

  it("says when the provider does not answer", async () => {
    await configure({ issuer: "http://127.0.0.1:9" });
    const res = await test.app.request("/api/v1/sso/start");
    expect(res.status).toBe(503);
    expect((await res.json()).detail).toContain("did not answer");
  });

  it("turns passwords off when the organisation requires SSO, except the break-glass owner's", async () => {
    const hash = await hashPassword("correct horse battery");
    const member = await createUser(test.db, {
      orgId,
      email: "pat@acme.test",
      passwordHash: hash,
    });
    const owner = await createUser(test.db, {
      orgId,
      email: "owner@acme.test",
      passwordHash: hash,
      role: "owner",
    });
    await putSsoConfig(test.db, {
      orgId,
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      allowJustInTime: false,
      requireSso: true,
      breakGlassUserId: owner.id,
    });
    const login = (email: string) =>
      test.app.request(
        "/api/v1/session/login",
        jsonRequest("POST", { email, password: "correct horse battery" }),
      );
    const refused = await login(member.email);
    expect(refused.status).toBe(403);
    expect((await refused.json()).detail).toContain("passwords are off");
    expect(cookiesOf(refused)).not.toContain("pathways_session=");
    expect((await login(owner.email)).status).toBe(200);
    const status = await (await test.app.request("/api/v1/sso")).json();
    expect(status.passwordsOff).toBe(true);
  });

  it("refuses a return path of another site", async () => {
    const res = await test.app.request("/api/v1/sso/start?returnTo=//evil.test/");
    expect(res.status).toBe(400);
  });
});

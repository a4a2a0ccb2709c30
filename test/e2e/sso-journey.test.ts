import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemoOrganisation } from "../../src/demo/seed-demo-organisation.ts";
import { hashPassword } from "../../src/server/auth/password.ts";
import { createPerson } from "../../src/storage/queries/people.ts";
import { putSsoConfig } from "../../src/storage/queries/sso-configs.ts";
import { findUserByEmail } from "../../src/storage/queries/users.ts";
import { readFrameworkFile } from "../../src/storage/read-framework-file.ts";
import { people, ssoIdentities } from "../../src/storage/schema.ts";
import { startOidcProvider, type TestOidcProvider } from "../oidc/start-oidc-provider.ts";
import { type BrowserSession, openBrowserSession } from "./browser-session.ts";
import { accessibilityProblems } from "./check-accessibility.ts";

const frameworkPath = "frameworks/product-management.yaml";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const refusedHeading = "Single sign-on did not sign you in";
const callbackPath = "/api/v1/sso/callback";

/** From the sign-in page, clicks single sign-on and logs in at the provider with an email. */
async function signInAtProvider(page: Page, appUrl: string, idp: TestOidcProvider, email: string) {
  await page.goto(`${appUrl}/start`);
  await page.getByRole("link", { name: "Sign in with single sign-on" }).click();
  await page.waitForURL((url) => url.origin === idp.issuer);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Whether the browser holds a session: the status of `GET /api/v1/session/me` with its cookies. */
async function sessionStatus(page: Page, appUrl: string): Promise<number> {
  // Asked outside the page: the refusal page's content security policy allows it no requests.
  return (await page.context().request.get(`${appUrl}/api/v1/session/me`)).status();
}

describe("people sign in with single sign-on, or are told in words why not", () => {
  let session: BrowserSession;
  let idp: TestOidcProvider;
  let email: string;
  let orgId: string;
  let orgName: string;

  beforeAll(async () => {
    const port = await freePort();
    idp = await startOidcProvider({
      redirectUris: [`http://127.0.0.1:${port}/api/v1/sso/callback`],
    });
    session = await openBrowserSession({ port });
    const loaded = await readFrameworkFile(frameworkPath);
    if (!loaded.ok) throw new Error(`${frameworkPath} is not a valid framework.`);
    const db = session.server.database.db;
    const { logins } = await seedDemoOrganisation({
      db,
      framework: loaded.framework,
      source: await readFile(frameworkPath, "utf8"),
      hashPassword,
    });
    const member = logins.find((login) => login.kind === "member");
    if (!member) throw new Error("The demo organisation has no member account.");
    email = member.email;
    idp.addAccount({ subject: "member-at-idp", email });
    const [org] = await db.query.organisations.findMany();
    if (!org) throw new Error("The demo organisation is missing.");
    orgId = org.id;
    orgName = org.name;
    await putSsoConfig(db, {
      orgId: org.id,
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      allowJustInTime: false,
      requireSso: false,
      breakGlassUserId: null,
    });
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await idp?.close();
  });

  beforeEach(async () => {
    // Signed out of Pathways and of the provider, as someone new at this browser.
    await session.context.clearCookies();
    idp.setCodeTtlSeconds(60);
  });

  /** Whether anything was made for an email: a person, an account or a link to the provider. */
  async function madeFor(address: string) {
    const db = session.server.database.db;
    const user = await findUserByEmail(db, address);
    const persons = await db.select().from(people).where(eq(people.email, address));
    const links = await db.select().from(ssoIdentities).where(eq(ssoIdentities.email, address));
    return { user, persons: persons.length, links: links.length };
  }

  /** The refusal page's words, once the browser is back from the provider. */
  async function refusal(): Promise<string> {
    const { page } = session;
    await page.getByRole("heading", { name: refusedHeading, level: 1 }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    return (await page.getByRole("alert").textContent()) ?? "";
  }

  /**
   * Starts a sign-in with this browser's cookies, logs in at the provider as the account and
   * answers the URL the provider sends the browser back to, unopened. Chromium follows the
   * provider's redirect chain itself and page.route sees only a chain's first request, so the
   * way back is held here for the test to alter or delay, then opened in the page.
   */
  async function wayBackFromProvider(subject: string): Promise<URL> {
    const { context, server } = session;
    const start = await context.request.get(`${server.url}/api/v1/sso/start`, { maxRedirects: 0 });
    expect(start.status()).toBe(302);
    const back = await idp.completeLogin(start.headers().location ?? "", subject);
    expect(back.pathname).toBe(callbackPath);
    return back;
  }

  async function newcomer(name: string, address: string) {
    const db = session.server.database.db;
    return createPerson(db, { orgId, name, email: address });
  }

  it("clicks Sign in with single sign-on, logs in at the provider and comes back signed in", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/start`);
    const button = page.getByRole("link", { name: "Sign in with single sign-on" });
    await button.waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await button.click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.origin === server.url && url.pathname === "/");
    const me = await page.evaluate(async () => {
      const res = await fetch("/api/v1/session/me");
      return { status: res.status, body: await res.json() };
    });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email);
  });

  it("links a person who has no account yet by their verified email, creating it and signing in", async () => {
    const { page, server } = session;
    const address = "nell.newton@example.com";
    const nell = await newcomer("Nell Newton", address);
    expect((await madeFor(address)).user).toBeNull();
    idp.addAccount({ subject: "nell-at-idp", email: address });
    await signInAtProvider(page, server.url, idp, address);
    await page.waitForURL((url) => url.origin === server.url && url.pathname === "/");
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(await page.getByText(refusedHeading).count()).toBe(0);
    expect(await sessionStatus(page, server.url)).toBe(200);
    const made = await madeFor(address);
    expect(made.user?.personId).toBe(nell.id);
    expect(made.user?.passwordHash).toBeNull();
    expect(made).toMatchObject({ persons: 1, links: 1 });
  });

  it("refuses someone who is not in the organisation, telling them to ask an admin", async () => {
    const { page, server } = session;
    const address = "stranger@elsewhere.example";
    idp.addAccount({ subject: "stranger-at-idp", email: address });
    await signInAtProvider(page, server.url, idp, address);
    expect(await refusal()).toBe(
      `${address} is not in ${orgName} yet; ask an admin of ${orgName} to add you, then sign in again.`,
    );
    expect(await sessionStatus(page, server.url)).toBe(401);
    expect(await madeFor(address)).toEqual({ user: null, persons: 0, links: 0 });
  });

  it("refuses a way back from the provider whose state was tampered with", async () => {
    const { page, server } = session;
    const address = "tara.tamper@example.com";
    await newcomer("Tara Tamper", address);
    idp.addAccount({ subject: "tara-at-idp", email: address });
    const back = await wayBackFromProvider("tara-at-idp");
    back.searchParams.set("state", "forged-by-someone-else");
    await page.goto(back.href);
    expect(await refusal()).toContain(
      "does not belong to the sign-in this browser started (its state differs), so nobody was signed in",
    );
    expect(await sessionStatus(page, server.url)).toBe(401);
    expect(await madeFor(address)).toEqual({ user: null, persons: 1, links: 0 });
  });

  it("refuses a code that expired before the browser came back", async () => {
    const { page, server } = session;
    const address = "sol.slow@example.com";
    await newcomer("Sol Slow", address);
    idp.addAccount({ subject: "sol-at-idp", email: address });
    idp.setCodeTtlSeconds(1);
    const back = await wayBackFromProvider("sol-at-idp");
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await page.goto(back.href);
    expect(await refusal()).toBe(
      "The sign-in took too long or its link was already used; start again from the sign-in page.",
    );
    expect(await sessionStatus(page, server.url)).toBe(401);
    expect(await madeFor(address)).toEqual({ user: null, persons: 1, links: 0 });
  });
});

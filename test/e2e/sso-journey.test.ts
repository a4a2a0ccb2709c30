import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoOrganisation } from "../../src/demo/seed-demo-organisation.ts";
import { hashPassword } from "../../src/server/auth/password.ts";
import { putSsoConfig } from "../../src/storage/queries/sso-configs.ts";
import { readFrameworkFile } from "../../src/storage/read-framework-file.ts";
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

describe("a member signs in with single sign-on", () => {
  let session: BrowserSession;
  let idp: TestOidcProvider;
  let email: string;

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
});

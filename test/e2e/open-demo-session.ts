import { readFile } from "node:fs/promises";
import type { DemoLogin, DemoLoginKind } from "../../src/demo/demo-types.ts";
import { seedDemoOrganisation } from "../../src/demo/seed-demo-organisation.ts";
import { hashPassword } from "../../src/server/auth/password.ts";
import { readFrameworkFile } from "../../src/storage/read-framework-file.ts";
import { type BrowserSession, openBrowserSession } from "./browser-session.ts";

const frameworkPath = "frameworks/product-management.yaml";

/** A browser session whose server holds the demo organisation, signed in as one demo account. */
export interface DemoSession extends BrowserSession {
  login: DemoLogin;
  /** Every demo account, to sign in as another one later. */
  logins: DemoLogin[];
}

/**
 * Opens a browser session, seeds the demo organisation into its server's database and signs in
 * through the sign-in page as the demo account of the given kind.
 *
 * @example
 * const session = await openDemoSession("manager");
 * await session.page.goto(`${session.server.url}/team`);
 */
export async function openDemoSession(kind: DemoLoginKind): Promise<DemoSession> {
  const session = await openBrowserSession();
  const loaded = await readFrameworkFile(frameworkPath);
  if (!loaded.ok) throw new Error(`${frameworkPath} is not a valid framework.`);
  const { logins } = await seedDemoOrganisation({
    db: session.server.database.db,
    framework: loaded.framework,
    source: await readFile(frameworkPath, "utf8"),
    hashPassword,
  });
  const login = logins.find((candidate) => candidate.kind === kind);
  if (!login) throw new Error(`The demo organisation has no ${kind} account.`);
  const { page, server } = session;
  await page.goto(`${server.url}/start`);
  await page.getByLabel("Email").fill(login.email);
  await page.getByLabel("Password").fill(login.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/start");
  return { ...session, login, logins };
}

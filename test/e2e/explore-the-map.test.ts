import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, openBrowserSession } from "./browser-session.ts";
import { capturePage, screenshotDir } from "./capture-page.ts";
import { accessibilityProblems } from "./check-accessibility.ts";

describe("a new PM sets up Pathways and explores the career map", () => {
  let session: BrowserSession;
  const owner = { email: "ava@example.com", password: "correct horse battery" };

  beforeAll(async () => {
    session = await openBrowserSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  it("creates the organisation and its owner from the setup link", async () => {
    const { page, server } = session;
    const token = new URL(server.setupUrl ?? "http://x").searchParams.get("token");
    expect(token).toBeTruthy();
    // /setup answers with the server's own fallback form while setup is open; /start is the app's.
    await page.goto(`${server.url}/start?token=${token}`);
    await page.getByRole("heading", { name: "Set up Pathways" }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "setup");
    await page.getByLabel("Organisation name").fill("Acme Product");
    await page.getByLabel("Your name").fill("Ava Lindqvist");
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Create organisation" }).click();
    // Signed in, people land on Home; the career map has its own address.
    await page.getByRole("heading", { name: "Welcome, Ava", level: 1 }).waitFor();
    expect(await page.getByText(owner.email).isVisible()).toBe(true);
    await page.getByRole("link", { name: "Career map" }).click();
    await page.getByRole("heading", { name: "Career map", level: 1 }).waitFor();
  });

  it("shows every role on the map with a legend and a guide", async () => {
    const { page } = session;
    await page.locator("svg.career-map a.map-node").first().waitFor();
    expect(await page.locator("svg.career-map a.map-node").count()).toBe(12);
    const guide = page.getByRole("complementary", { name: "How to read the map" });
    expect(await guide.getByText("no fixed timeline").isVisible()).toBe(true);
    const principles = page.getByRole("heading", { name: "Principles of this framework" });
    expect(await principles.isVisible()).toBe(true);
    expect(
      await page.getByRole("heading", { name: "There is no fixed timeline" }).isVisible(),
    ).toBe(true);
    expect(await page.getByRole("heading", { name: "Kinds of move" }).isVisible()).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "career-map");
  });

  it("opens a role's page from the map with the keyboard", async () => {
    const { page } = session;
    await page.locator('svg.career-map a.map-node[href="/roles/apm"]').focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(
      "/roles/pm",
    );
    await page.screenshot({ path: `${screenshotDir}/career-map-focused-1280.png` });
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Product Manager", level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/roles\/pm$/);
    expect(await page.getByRole("heading", { name: "Expectations per competency" }).count()).toBe(
      1,
    );
    // The move on to Senior PM with the framework's note on it, its duration as context only.
    const moves = page.getByRole("region", { name: "Moves into and on from this role" });
    await moves.getByText(/Comes with owning outcomes/).waitFor();
    expect(await moves.getByText(/as context and never a deadline/).count()).toBeGreaterThan(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "role");
  });

  it("compares the role with the next one, highlighting only what is new", async () => {
    const { page } = session;
    await page.getByRole("link", { name: "What changes for Senior Product Manager" }).click();
    await page.getByRole("heading", { name: "Compare roles" }).waitFor();
    await page.locator(".tag-new").first().waitFor();
    expect(page.url()).toContain("from=pm&to=senior-pm");
    // Only levels that differ are marked: organisation design stays at 1 and is left plain.
    const marked = page.locator("tbody mark.is-new");
    expect(await marked.count()).toBeGreaterThan(0);
    expect(await page.locator("tbody tr").count()).toBeGreaterThan(await marked.count());
    const steady = page.locator("tbody tr", { hasText: "Organisation design" });
    expect(await steady.locator("mark").count()).toBe(0);
    await page.getByText(/expectations differ; only those are highlighted/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "compare");
  });

  it("signs out and back in", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "sign-in");
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "Email or password is wrong" }).waitFor();
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "Welcome, Ava", level: 1 }).waitFor();
    expect(session.consoleErrors).toEqual([]);
  });
});

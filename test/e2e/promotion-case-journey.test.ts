import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblems } from "./check-accessibility.ts";
import { type DemoSession, openDemoSession } from "./open-demo-session.ts";

type Page = DemoSession["page"];

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe("a manager of the demo organisation argues a report's promotion, decided in calibration", () => {
  let session: DemoSession;
  /** The case the manager opened: its page, whom it is about and toward which role. */
  const opened = { url: "", person: "", role: "" };

  async function signInAs(kind: "owner" | "manager"): Promise<void> {
    const { page, server, context, logins } = session;
    const login = logins.find((candidate) => candidate.kind === kind);
    if (!login) throw new Error(`The demo organisation has no ${kind} account.`);
    await context.clearCookies();
    await page.goto(`${server.url}/start`);
    await page.getByLabel("Email").fill(login.email);
    await page.getByLabel("Password").fill(login.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/start");
  }

  beforeAll(async () => {
    session = await openDemoSession("manager");
  });

  afterAll(async () => {
    await session?.close();
  });

  it("opens a case from the report's profile, reads it filled and saves a narrative, at 390 px", async () => {
    const { page, server } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/team`);
    // A Senior PM of the demo, close for Group PM like her colleague Vera: calibration compares them.
    const report = page.locator(".reports-table a[href$='/profile']", { hasText: "Maya Vasquez" });
    await report.waitFor();
    await report.click();
    await page.getByRole("button", { name: "Open a promotion case" }).click();
    const heading = page.getByRole("heading", { name: /^Promotion case: / });
    await heading.waitFor();
    const [, person = "", role = ""] =
      /^Promotion case: (.+) toward (.+)$/.exec((await heading.textContent()) ?? "") ?? [];
    Object.assign(opened, { url: page.url(), person, role });
    await page.getByRole("table").first().waitFor();
    expect(await page.getByRole("row").count()).toBeGreaterThan(2);
    await page
      .getByText(/confidence/i)
      .first()
      .waitFor();
    await page
      .getByLabel("Why they are ready: impact, evidence and what remains")
      .fill("Led the checkout relaunch end to end and coached two associate PMs.");
    await page.getByRole("button", { name: "Save narrative" }).click();
    await page.getByText("Saved.").waitFor();
    await page.getByLabel(/^Shared with /).check();
    await expect.poll(() => page.getByLabel(/^Shared with /).isChecked()).toBe(true);
    await expectNoSidewaysScroll(page);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it("lists the case, sets it beside another candidate in calibration, where an admin promotes now; the manager reads it", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/promotion-cases`);
    await page.getByRole("heading", { name: "Promotion cases", level: 1 }).waitFor();
    await page.getByRole("link", { name: opened.person }).waitFor();
    await expectNoSidewaysScroll(page);
    expect(await accessibilityProblems(page)).toEqual([]);

    await signInAs("owner");
    await page.goto(`${server.url}/admin/cycles`);
    await page.getByRole("link", { name: "H2 2026 career check-in" }).click();
    await page.getByRole("link", { name: "Calibration" }).last().click();
    const group = page.getByRole("region", { name: `Candidates for ${opened.role}` });
    const card = group.getByRole("listitem", { name: opened.person });
    await card.getByText("Promotion case open").waitFor();
    expect(await group.locator(".calibration-candidate").count()).toBeGreaterThan(1);
    await page.getByRole("heading", { name: "How each manager rates" }).waitFor();
    await expectNoSidewaysScroll(page);
    expect(await accessibilityProblems(page)).toEqual([]);
    await card.getByRole("radio", { name: "Promote now" }).check();
    await card.getByRole("button", { name: "Record decision" }).click();
    await card.getByText("Decided: Promote now").waitFor();

    await signInAs("manager");
    await page.goto(opened.url);
    await page.getByText(/^Promote now, decided by /).waitFor();
    expect(session.consoleErrors).toEqual([]);
  });
});

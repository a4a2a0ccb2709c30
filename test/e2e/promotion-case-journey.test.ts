import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblems } from "./check-accessibility.ts";
import { type DemoSession, openDemoSession } from "./open-demo-session.ts";

describe("a manager of the demo organisation argues a report's promotion", () => {
  let session: DemoSession;

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
    const report = page.locator(".reports-table a[href$='/profile']").first();
    await report.waitFor();
    await report.click();
    await page.getByRole("button", { name: "Open a promotion case" }).click();
    await page.getByRole("heading", { name: /^Promotion case: / }).waitFor();
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
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});

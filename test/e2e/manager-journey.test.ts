import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturePage } from "./capture-page.ts";
import { accessibilityProblems } from "./check-accessibility.ts";
import { type DemoSession, openDemoSession } from "./open-demo-session.ts";
import { rateAsManager } from "./rate-as-manager.ts";

describe("a manager of the demo organisation looks after their team", () => {
  let session: DemoSession;

  beforeAll(async () => {
    session = await openDemoSession("manager");
  });

  afterAll(async () => {
    await session?.close();
  });

  it("sees each report against their own role's expectations in words as well as colours, and the span of control", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/team`);
    await page.getByRole("heading", { name: "Gaps against each person's role" }).waitFor();
    const heatmap = page.locator("table.heatmap");
    await heatmap.locator("tbody td").first().waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll("table.heatmap tbody td")].some((cell) =>
        /^(Meets|Up to a level short|More than a level short)/.test(cell.textContent ?? ""),
      ),
    );
    expect(await heatmap.locator("tbody tr").count()).toBeGreaterThan(1);
    expect(
      await heatmap
        .locator("tbody td")
        .filter({ hasText: /^\d\.\d$/ })
        .count(),
    ).toBe(0);
    await page.getByRole("heading", { name: "Bench per role" }).waitFor();
    await page.getByRole("heading", { name: "Span of control" }).waitFor();
    await page.getByRole("rowheader", { name: "You" }).waitFor();
    await page.locator(".reports-table .tag").first().waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "team");
  });

  it("assesses a report, which updates the self-vs-manager column", async () => {
    const { page } = session;
    const report = page.getByLabel("Report to assess");
    const option = report.locator("option").nth(1);
    const name = (await option.textContent()) ?? "";
    const alignment = page.getByRole("row").filter({ hasText: name }).locator("td").nth(2);
    const before = await alignment.textContent();
    await report.selectOption((await option.getAttribute("value")) ?? "");
    await rateAsManager(page, 3);
    await page.getByText("Draft saved.").waitFor();
    await page.getByRole("button", { name: "Submit manager assessment" }).click();
    await page.getByText(/your view now counts/).waitFor();
    await expect.poll(() => alignment.textContent()).not.toBe(before);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it("asks a colleague to rate chosen competencies of a report", async () => {
    const { page } = session;
    const about = page.getByLabel("Feedback about");
    const someone = await about.locator("option").nth(1).getAttribute("value");
    await about.selectOption(someone ?? "");
    const colleague = page.getByLabel("Ask this colleague");
    const peer = await colleague.locator("option").nth(2).getAttribute("value");
    await colleague.selectOption(peer ?? "");
    const form = page.locator("form").filter({ has: page.getByLabel("Feedback about") });
    await form.locator('input[name="competencies"]').first().check();
    await page.getByRole("button", { name: "Request feedback" }).click();
    await page.getByText("Request sent").waitFor();
    expect(session.consoleErrors).toEqual([]);
  });

  it("drafts a growth plan towards a target role and adds a check-in", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/plan`);
    await page.getByRole("heading", { name: "Growth plan", level: 1 }).waitFor();
    const startAnother = page.getByRole("button", { name: "Start a new plan" });
    await Promise.race([startAnother.waitFor(), page.getByLabel("Target role").waitFor()]);
    if (await startAnother.isVisible()) await startAnother.click();
    await page.getByLabel("Target role").selectOption("vp-product");
    await page.getByRole("heading", { name: "Focus competencies" }).waitFor();
    await page.getByRole("button", { name: "Create this plan" }).click();
    await page.getByRole("heading", { name: "Check-ins" }).waitFor();
    await page.getByLabel("Progress (0–100)").fill("40");
    await page.getByLabel("Notes").fill("Ran the first discovery interviews with the new team.");
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByText("Ran the first discovery interviews with the new team.").waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "growth-plan");
  });

  it("logs evidence visible to their managers, with the visibility explained", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/evidence`);
    await page.getByRole("heading", { name: "Evidence log", level: 1 }).waitFor();
    await page.getByLabel("What happened").fill("Shipped the pricing experiment");
    await page.getByLabel("Outcome or metric").fill("Trial conversion up from 4% to 5.1%");
    await page.locator('input[name="competencies"]').first().check();
    await page.getByLabel(/Me and my managers/).check();
    expect(await page.getByText("Nobody but you can read it.").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Add to my log" }).click();
    await page.getByRole("heading", { name: "Shipped the pricing experiment" }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "evidence");
    expect(session.consoleErrors).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../default-framework.ts";
import { type BrowserSession, openBrowserSession } from "./browser-session.ts";
import { capturePage } from "./capture-page.ts";
import { accessibilityProblems } from "./check-accessibility.ts";

const competencyCount = loadDefaultFramework().competencies.length;
const firstNote = "Shipped the onboarding revamp across three squads.";

/** The level chosen for the competency at `index`: varied, so the profile has shape. */
const levelFor = (index: number) => (index % 3) + 2;

describe("a PM assesses themself, then sees their profile and paths", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession();
    const { page, server } = session;
    const token = new URL(server.setupUrl ?? "http://x").searchParams.get("token");
    await page.goto(`${server.url}/start?token=${token}`);
    await page.getByLabel("Organisation name").fill("Acme Product");
    await page.getByLabel("Your name").fill("Noor Haddad");
    await page.getByLabel("Email").fill("noor@example.com");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create organisation" }).click();
    await page.getByRole("heading", { name: "Welcome, Noor", level: 1 }).waitFor();
    // The owner is also a Product Manager: an admin records their role once.
    const status = await page.evaluate(async () => {
      const me = await (await fetch("/api/v1/session/me")).json();
      const response = await fetch(`/api/v1/people/${me.user.personId}`, {
        method: "PATCH",
        headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
        body: JSON.stringify({ roleId: "pm" }),
      });
      return response.status;
    });
    expect(status).toBe(200);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("self-assesses every competency by keyboard and mouse, losing nothing on reload", async () => {
    const { page } = session;
    await page.getByRole("link", { name: "Assess", exact: true }).click();
    await page.getByRole("heading", { name: "Self-assessment", level: 1 }).waitFor();
    await page.getByText(`Competency 1 of ${competencyCount}`).waitFor();
    expect(await page.locator(".level-choice input[type=radio]").count()).toBe(5);
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "assess");

    // Keyboard: focus the group's first level, arrow down twice to choose level 3.
    await page.locator(".level-choice input").first().focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.locator(".level-choice input:checked").getAttribute("value")).toBe("3");
    await page.getByLabel("Note (optional)").fill(firstNote);
    await page.getByRole("button", { name: "Next" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(`Competency 2 of ${competencyCount}`).waitFor();

    for (let index = 1; index < competencyCount; index += 1) {
      if (index === 6) {
        await page.getByText("Draft saved.").waitFor();
        await page.reload();
        await page
          .getByText(`Competency 7 of ${competencyCount} · 6 of ${competencyCount} answered`)
          .waitFor();
      }
      await page.locator(`.level-choice input[value="${levelFor(index)}"]`).check();
      await page
        .getByRole("button", { name: index === competencyCount - 1 ? "Review answers" : "Next" })
        .click();
    }

    await page.getByRole("heading", { name: "Review and submit" }).waitFor();
    expect(await page.getByText("You rated every competency.").isVisible()).toBe(true);
    expect(await page.locator(".assessment-summary").getByText(firstNote).isVisible()).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "assess-summary");
    await page.getByRole("button", { name: "Submit self-assessment" }).click();
    await page.getByRole("heading", { name: "Self-assessment submitted" }).waitFor();
  });

  it("shows the profile with a radar chart, its table, fits and a self-only warning", async () => {
    const { page } = session;
    await page.getByRole("link", { name: "See my profile" }).click();
    await page.getByRole("heading", { name: "My profile", level: 1 }).waitFor();
    await page.locator(".radar > svg").waitFor();
    expect(await page.getByText("only from your own ratings").isVisible()).toBe(true);
    expect(await page.locator(".radar-legend li").count()).toBe(3);
    expect(await page.locator(".fit-bars li").count()).toBe(12);
    expect(await page.locator(".radar-table tbody tr").count()).toBe(competencyCount);
    // The next role on each track comes with the framework's note for the move there.
    expect(await page.getByText("Promotion: Comes with owning outcomes").isVisible()).toBe(true);

    // The growth report leaves "Only me" evidence out unless the PM asks for it at download.
    const privateTitle = "Private retro on the pricing misstep";
    const created = await page.evaluate(async (title) => {
      const me = await (await fetch("/api/v1/session/me")).json();
      const response = await fetch(`/api/v1/people/${me.user.personId}/evidence`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
        body: JSON.stringify({ date: "2026-05-02", title, visibility: "private" }),
      });
      return response.status;
    }, privateTitle);
    expect(created).toBe(201);
    const markdownLink = page.getByRole("link", { name: "Download growth report (Markdown)" });
    const include = page.getByLabel("Include my “Only me” evidence in the growth report");
    expect(await include.isChecked()).toBe(false);
    const download = (href: string | null) =>
      page.evaluate(async (url) => (await fetch(url)).text(), href ?? "");
    const shared = await download(await markdownLink.getAttribute("href"));
    expect(shared).not.toContain(privateTitle);
    expect(shared).toContain("private entries are left out");
    await include.check();
    await page.getByText("This copy is for you alone").waitFor();
    const ownHref = await markdownLink.getAttribute("href");
    expect(ownHref).toContain("includePrivate=true");
    expect(
      await page.getByRole("link", { name: "Download growth report (PDF)" }).getAttribute("href"),
    ).toContain("includePrivate=true");
    const own = await download(ownHref);
    expect(own).toContain(privateTitle);
    expect(own).toContain("Includes private evidence");
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "profile");
  });

  it("lists paths by track and saves what success means", async () => {
    const { page } = session;
    await page.getByRole("link", { name: "Paths", exact: true }).click();
    await page.getByRole("heading", { name: "Paths", level: 1 }).waitFor();
    await page.locator(".path-card").first().waitFor();
    expect(await page.locator(".path-step").count()).toBeGreaterThan(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "paths");

    const all = await page.locator(".path-card").count();
    await page.getByLabel("Management", { exact: true }).check();
    expect(await page.locator(".path-card").count()).toBeLessThanOrEqual(all);
    await page.getByLabel("All", { exact: true }).check();

    const success = "Products that small teams love, and time to mentor.";
    await page.getByLabel("What success means to me").fill(success);
    await page
      .locator(".choice-list")
      .getByLabel("Individual contributor", { exact: false })
      .check();
    await page.getByRole("button", { name: "Save preferences" }).click();
    await page.getByText("Preferences saved").waitFor();
    await page.reload();
    await page.getByLabel("What success means to me").waitFor();
    expect(await page.getByLabel("What success means to me").inputValue()).toBe(success);
    expect(session.consoleErrors).toEqual([]);
  });
});

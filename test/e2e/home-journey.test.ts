import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFeedbackRequest } from "../../src/storage/queries/feedback-requests.ts";
import { getPerson } from "../../src/storage/queries/people.ts";
import { findUserByEmail, listUsers } from "../../src/storage/queries/users.ts";
import { capturePage } from "./capture-page.ts";
import { accessibilityProblems } from "./check-accessibility.ts";
import { type DemoSession, openDemoSession } from "./open-demo-session.ts";

interface Colleague {
  userId: string;
  personId: string;
  name: string;
}

/** A colleague of the signed-in PM who can sign in: not the PM, not their manager. */
async function colleagueOf(session: DemoSession): Promise<{ me: string; colleague: Colleague }> {
  const { db } = session.server.database;
  const user = await findUserByEmail(db, session.login.email);
  if (!user?.personId) throw new Error("The demo PM has no person.");
  const me = await getPerson(db, user.orgId, user.personId);
  for (const other of await listUsers(db, { orgId: user.orgId })) {
    if (other.personId === null || other.personId === user.personId) continue;
    if (other.personId === me?.managerId) continue;
    const person = await getPerson(db, user.orgId, other.personId);
    if (person)
      return {
        me: user.personId,
        colleague: { userId: other.id, personId: person.id, name: person.name },
      };
  }
  throw new Error("The demo PM has no colleague with an account.");
}

async function signInAs(page: Page, url: string, email: string, password: string) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((at) => at.pathname === "/start");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((at) => at.pathname !== "/start");
  await page.goto(url);
}

describe("Home answers where am I and what do I do next", () => {
  let session: DemoSession;
  let colleague: Colleague;

  beforeAll(async () => {
    session = await openDemoSession("member");
    const found = await colleagueOf(session);
    colleague = found.colleague;
    const user = await findUserByEmail(session.server.database.db, session.login.email);
    // A colleague asks the PM for feedback about themselves: a task for the PM's Home.
    await createFeedbackRequest(session.server.database.db, {
      orgId: user?.orgId ?? "",
      personId: colleague.personId,
      addresseePersonId: found.me,
      requesterUserId: colleague.userId,
      competencies: ["product-thinking"],
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it("lands a PM on Home with their verdict first and a feedback task", async () => {
    const { page, server } = session;
    expect(new URL(page.url()).pathname).toBe("/");
    await page.goto(`${server.url}/`);
    await page.getByRole("heading", { name: /^Welcome, /, level: 1 }).waitFor();
    const standing = page.getByRole("region", { name: "Where you stand" });
    await standing.waitFor();
    expect(await standing.locator(".verdict-line").textContent()).toMatch(/You are a .+\./);
    const task = page.getByRole("link", { name: `Give feedback on ${colleague.name}` });
    await task.waitFor();
    await page.getByText(`Asked by ${colleague.name}: Product thinking & discovery`).waitFor();
    // Sections come in the order of the question: verdict, then tasks, then the plan.
    const headings = await page.locator("main h2").allTextContents();
    expect(headings.slice(0, 2)).toEqual(["Where you stand", "What to do next"]);
    expect(headings).toContain("Your growth plan");
    expect(await page.locator("main").textContent()).not.toMatch(/\b(late|overdue|behind)\b/i);
    // A PM without reports is offered no team pages, and no organisation pages.
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link", { name: "Team", exact: true }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "People", exact: true }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "home");
  });

  it("opens and closes the navigation with the menu button at 390 px, with axe clean", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.waitFor();
    const profile = page.getByRole("link", { name: "My profile" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await profile.isVisible()).toBe(false);
    expect(await accessibilityProblems(page)).toEqual([]);
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await profile.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Home");
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.keyboard.press("Escape");
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Menu");
    expect(await profile.isVisible()).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("asks a colleague for feedback from Home, as anyone can", async () => {
    const { page } = session;
    const form = page.getByRole("form", { name: "Ask for feedback" });
    await form.getByLabel("Find a colleague by name").fill(colleague.name);
    await form.locator(`option[value="${colleague.personId}"]`).waitFor({ state: "attached" });
    await form.getByLabel("Ask this colleague").selectOption(colleague.personId);
    const boxes = form.locator('input[name="competencies"]');
    if ((await form.locator('input[name="competencies"]:checked').count()) === 0)
      await boxes.first().check();
    await form.getByRole("button", { name: "Ask for feedback" }).click();
    await form.getByText(`Asked ${colleague.name}`).waitFor();
  });

  it("follows the feedback task to where it is done", async () => {
    const { page } = session;
    await page.getByRole("link", { name: `Give feedback on ${colleague.name}` }).click();
    await page.waitForURL((at) => at.pathname === "/feedback");
    await page.getByRole("heading", { name: "Feedback requests", level: 1 }).waitFor();
    await page.getByRole("heading", { name: `Feedback about ${colleague.name}` }).waitFor();
    expect(session.consoleErrors).toEqual([]);
  });

  it("shows a manager what their team has open, and the My team pages", async () => {
    const { page, server } = session;
    const manager = session.logins.find((login) => login.kind === "manager");
    if (!manager) throw new Error("The demo organisation has no manager account.");
    await signInAs(page, `${server.url}/`, manager.email, manager.password);
    const team = page.getByRole("region", { name: "Your team" });
    await team.waitFor();
    expect(await team.textContent()).toMatch(
      /Across your team: |Nothing is waiting across your team\./,
    );
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByText("My team", { exact: true }).isVisible()).toBe(true);
    await nav.getByRole("link", { name: "Team", exact: true }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPerson } from "../../src/storage/queries/people.ts";
import { findUserByEmail, listUsers } from "../../src/storage/queries/users.ts";
import { capturePage } from "./capture-page.ts";
import { accessibilityProblems } from "./check-accessibility.ts";
import { type DemoSession, openDemoSession } from "./open-demo-session.ts";

interface Account {
  email: string;
  personId: string;
  name: string;
}

/** The demo account of someone reporting to the manager: the colleague asked for feedback. */
async function colleagueAccount(session: DemoSession): Promise<Account> {
  const { db } = session.server.database;
  const manager = await findUserByEmail(db, session.login.email);
  if (!manager) throw new Error("The demo manager has no account.");
  for (const user of await listUsers(db, { orgId: manager.orgId })) {
    if (user.personId === null) continue;
    const person = await getPerson(db, manager.orgId, user.personId);
    if (person?.managerId === manager.personId)
      return { email: user.email, personId: person.id, name: person.name };
  }
  throw new Error("No demo account reports to the demo manager.");
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

/** The first competency's trend line, as the profile page words it. */
const firstTrend = (page: Page) => page.locator(".trend-item").first();

describe("a manager asks for peer feedback and the answer reaches the report's profile", () => {
  let session: DemoSession;
  let colleague: Account;
  let report = { id: "", name: "" };
  let trendBefore = "";
  const asked: string[] = [];

  beforeAll(async () => {
    session = await openDemoSession("manager");
    colleague = await colleagueAccount(session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("opens a report's profile from the team page, with its trend in words", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/team`);
    const links = page.locator(".reports-table tbody th a");
    await links.first().waitFor();
    const count = await links.count();
    for (let at = 0; at < count; at++) {
      const href = (await links.nth(at).getAttribute("href")) ?? "";
      if (href.includes(colleague.personId)) continue;
      report = { id: href.split("/")[2] ?? "", name: (await links.nth(at).textContent()) ?? "" };
      await links.nth(at).click();
      break;
    }
    await page.getByRole("heading", { name: `${report.name}'s profile`, level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Trend over time" }).waitFor();
    trendBefore = (await firstTrend(page).textContent()) ?? "";
    expect(trendBefore).toMatch(/assessment|trend/);
    expect(trendBefore).not.toMatch(/behind|late/i);
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "report-profile");
  });

  it("asks the colleague to rate two competencies of the report", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/team`);
    await page.getByLabel("Feedback about").selectOption(report.id);
    await page.getByLabel("Find a colleague by name").fill(colleague.name);
    await page
      .getByLabel("Ask this colleague")
      .locator(`option[value="${colleague.personId}"]`)
      .waitFor({ state: "attached" });
    await page.getByLabel("Ask this colleague").selectOption(colleague.personId);
    const boxes = page.locator('input[name="competencies"]');
    for (let at = 0; at < 2; at++) {
      await boxes.nth(at).check();
      asked.push((await boxes.nth(at).getAttribute("value")) ?? "");
    }
    await page.getByRole("button", { name: "Request feedback" }).click();
    await page.getByText("Request sent").waitFor();
  });

  it("lets the colleague answer on the feedback page, rating only what was asked", async () => {
    const { page, server } = session;
    await signInAs(page, `${server.url}/feedback`, colleague.email, session.login.password);
    await page.getByRole("heading", { name: "Feedback requests", level: 1 }).waitFor();
    await page.locator(".nav-count").waitFor();
    const card = page.locator("article.feedback-request").filter({
      has: page.getByRole("heading", { name: `Feedback about ${report.name}` }),
    });
    const answer = card.getByRole("button", { name: "Answer or decline" });
    await Promise.race([answer.waitFor(), card.locator("form").waitFor()]);
    if (await answer.isVisible()) await answer.click();
    await card.getByText(/Asked by \S/).waitFor();
    const groups = card.locator("fieldset.level-choice");
    expect(await groups.count()).toBe(2);
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "feedback-inbox");
    for (let at = 0; at < 2; at++) await groups.nth(at).locator("label").nth(4).click();
    await card.getByLabel(/Note for/).fill("Ran the discovery interviews with real care.");
    await card.getByRole("button", { name: "Send feedback" }).click();
    await card.waitFor({ state: "detached" });
    expect(session.consoleErrors).toEqual([]);
  });

  it("shows the manager the report's profile with the peer's view counted", async () => {
    const { page, server } = session;
    await signInAs(
      page,
      `${server.url}/people/${report.id}/profile`,
      session.login.email,
      session.login.password,
    );
    await page.getByRole("heading", { name: "Trend over time" }).waitFor();
    await expect.poll(async () => firstTrend(page).textContent()).not.toBe(trendBefore);
    const peer = await page.evaluate(
      async ({ id, competencies }) => {
        const profile = await (await fetch(`/api/v1/people/${id}/profile`)).json();
        const scores = profile.competencies as Record<string, { byRater: { peer?: number } }>;
        return competencies.map((competency) => scores[competency]?.byRater.peer ?? null);
      },
      { id: report.id, competencies: asked },
    );
    expect(peer.every((level) => level !== null)).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});

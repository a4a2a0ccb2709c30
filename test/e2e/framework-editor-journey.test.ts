import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, openBrowserSession } from "./browser-session.ts";
import { accessibilityProblems } from "./check-accessibility.ts";

const owner = { name: "Noor Haddad", email: "noor@example.com", password: "noor keeps the ladder" };
const pm = { name: "Pia Park", email: "pia@example.com", password: "pia ships the checkout flow" };
// The workbook's levels are Level 1 to Level 3, each expecting its own level of every competency.
const renamed = { from: "Level 2", to: "Product Manager" };
const raised = { before: "Roadmapping", competency: "Stakeholders", from: 2, to: 3 };

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((at) => at.pathname === "/start");
}

describe("an admin with only a spreadsheet of their ladder publishes it, and a PM assesses against it", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  it("sets up the organisation, uploads a one-sheet XLSX ladder and reads what was filled in", async () => {
    const { page, server } = session;
    await page.goto(server.setupUrl ?? "");
    await page.getByLabel("Organisation name").fill("Acme Product");
    await page.getByLabel("Your name").fill(owner.name);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Create organisation" }).click();
    await page.getByRole("heading", { name: "Welcome, Noor", level: 1 }).waitFor();

    await page.goto(`${server.url}/organisation`);
    await page.getByRole("heading", { name: "Framework versions" }).waitFor();
    await page
      .getByLabel("Upload a framework file")
      .setInputFiles("test/fixtures/frameworks/imports/ladder-matrix.xlsx");
    await page.getByText("The workbook ladder-matrix.xlsx is ready to check.").waitFor();
    await page.getByRole("button", { name: "Check and import as a draft" }).click();
    const filled = page.getByRole("region", { name: "Filled in for you" });
    await filled.getByText(/Each level leads to the next by promotion/).waitFor();
    await filled.getByText(/Stakeholders at Level 2/).waitFor();
    await page.getByRole("heading", { name: "What publishing changes" }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole("link", { name: "Edit this draft in the app" }).click();
  });

  it("opens the draft in the editor with what was assumed, renames a role and raises an expectation by keyboard", async () => {
    const { page } = session;
    await page.getByRole("heading", { name: /^Draft 1\.0\.0 of Ladder matrix/ }).waitFor();
    const filled = page.getByRole("region", { name: "Filled in for you" });
    await filled.getByText(/Each level leads to the next by promotion/).waitFor();

    const roles = page.getByRole("region", { name: "Roles" });
    await roles.getByLabel("Role to edit").selectOption({ label: renamed.from });
    await roles.getByLabel("Title", { exact: true }).fill("");
    await roles.getByText('"title" is empty').waitFor();
    await roles.getByLabel("Title", { exact: true }).fill(renamed.to);

    const grid = page.getByRole("region", { name: "Expectations" });
    const cell = (competency: string, level: number) =>
      grid.getByRole("button", {
        name: new RegExp(`^${renamed.to}, ${competency}: level ${level}(, mandatory)?$`),
      });
    await cell(raised.before, raised.from).click();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press(String(raised.to));
    await cell(raised.competency, raised.to).waitFor();
    expect(
      await cell(raised.competency, raised.to).evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.getByRole("status").filter({ hasText: "All changes saved" }).waitFor();
  });

  it("keeps the draft and what was assumed through a reload, on a wide and a narrow screen", async () => {
    const { page } = session;
    await page.reload();
    const grid = page.getByRole("region", { name: "Expectations" });
    await grid
      .getByRole("button", { name: `${renamed.to}, ${raised.competency}: level ${raised.to}` })
      .waitFor();
    await page
      .getByRole("region", { name: "Filled in for you" })
      .getByText(/Each level leads to the next by promotion/)
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    const sideways = await grid
      .locator(".table-scroll")
      .first()
      .evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(sideways).toBeGreaterThan(0);
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth)
        .filter((el) => !el.closest(".table-scroll"))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(wider).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("reads the diff and the preview, publishes, and can start the next draft", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Review changes and publish" }).click();
    const review = page.getByRole("region", { name: "Changes against the published version" });
    await review.getByText(`Added the competency ${raised.competency}`, { exact: true }).waitFor();
    const raisedLine = `${renamed.to} expects ${raised.competency} at level ${raised.to}`;
    await review.getByText(new RegExp(`^${raisedLine} \\(was `)).waitFor();
    // Names, never ids or raw JSON.
    expect(await review.locator(".framework-diff").textContent()).not.toMatch(/[[\]{}]/);
    await page.getByRole("heading", { name: "What publishing changes" }).waitFor();
    // The organisation still had the default framework: nothing of it carries over, and it says so.
    await page.getByText(/^Ladder matrix 1\.0\.0 is another framework than /).waitFor();
    await page.waitForFunction(
      () =>
        !(
          [...document.querySelectorAll("button")].find(
            (button) => button.textContent === "Publish this version",
          ) as HTMLButtonElement | undefined
        )?.disabled,
    );
    await page.getByRole("button", { name: "Publish this version" }).click();
    await page.getByRole("heading", { name: "What the new version changed" }).waitFor();
    await page.getByRole("button", { name: "Start another draft" }).click();
    await page.getByRole("heading", { name: /^Draft 1\.1\.0 of Ladder matrix/ }).waitFor();
    expect(await page.getByRole("region", { name: "Filled in for you" }).count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
  });

  it("adds a PM on the new ladder, who accepts, assesses and sees the raised expectation", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/organisation`);
    const csv = `name,email,job title,manager email\n${pm.name},${pm.email},${renamed.to},${owner.email}`;
    await page.getByLabel("People file (CSV)").setInputFiles({
      name: "people.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    await page.getByRole("button", { name: "Check people.csv" }).click();
    await page.getByRole("button", { name: /Import 1 changed/ }).click();
    await page.getByText(/Done: 1 created/).waitFor();
    await page.getByRole("button", { name: "Invite everyone new" }).click();
    await page.getByText(/Invited 1 person/).waitFor();

    // Without a mail server the invitation is kept in the Outbox, for the admin to pass on.
    await page.goto(`${server.url}/admin/outbox`);
    const mail = page.getByRole("row").filter({ hasText: pm.email });
    const link = await mail.getByRole("link").getAttribute("href");
    if (!link) throw new Error(`No invitation link for ${pm.email} in the Outbox.`);
    await signOut(page);
    await page.goto(link);
    await page.getByRole("heading", { name: `Welcome to Pathways, ${pm.name}` }).waitFor();
    await page.getByLabel("Choose a password").fill(pm.password);
    await page.getByRole("button", { name: "Create my account" }).click();
    await page.getByRole("heading", { name: "My profile", level: 1 }).waitFor();

    await page.getByRole("link", { name: "Assess yourself", exact: true }).click();
    await page.getByRole("heading", { name: "Self-assessment", level: 1 }).waitFor();
    for (;;) {
      await page.locator('.level-choice input[value="2"]').check();
      const review = page.getByRole("button", { name: "Review answers" });
      if (await review.isVisible()) {
        await review.click();
        break;
      }
      await page.getByRole("button", { name: "Next" }).click();
    }
    await page.getByRole("button", { name: "Submit self-assessment" }).click();
    await page.getByRole("heading", { name: "Self-assessment submitted" }).waitFor();

    await page.goto(`${server.url}/profile`);
    await page.getByText("Show the chart as a table").click();
    const table = page.getByRole("table", { name: /Levels per competency/ });
    const headers = await table.getByRole("columnheader").allTextContents();
    const column = headers.indexOf(`Your role: ${renamed.to}`);
    expect(column).toBeGreaterThan(0);
    const row = table.getByRole("row").filter({
      has: page.getByRole("rowheader", { name: raised.competency, exact: true }),
    });
    expect(
      await row
        .getByRole("cell")
        .nth(column - 1)
        .textContent(),
    ).toBe(String(raised.to));
    expect(session.consoleErrors).toEqual([]);
  });
});

import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoOrganisation } from "../../src/demo/seed-demo-organisation.ts";
import { hashPassword } from "../../src/server/auth/password.ts";
import { readFrameworkFile } from "../../src/storage/read-framework-file.ts";
import { type SmtpInbox, startSmtpInbox } from "../smtp-inbox.ts";
import { type BrowserSession, openBrowserSession } from "./browser-session.ts";
import { accessibilityProblems } from "./check-accessibility.ts";

const frameworkPath = "frameworks/product-management.yaml";

describe("an admin runs a check-in cycle for three people, with a reminder by real mail", () => {
  let inbox: SmtpInbox;
  let session: BrowserSession;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    session = await openBrowserSession({
      mail: { smtpUrl: inbox.url, from: "Pathways <pathways@example.com>" },
    });
    const loaded = await readFrameworkFile(frameworkPath);
    if (!loaded.ok) throw new Error(`${frameworkPath} is not a valid framework.`);
    const { logins } = await seedDemoOrganisation({
      db: session.server.database.db,
      framework: loaded.framework,
      source: await readFile(frameworkPath, "utf8"),
      hashPassword,
    });
    const owner = logins.find((login) => login.kind === "owner");
    if (!owner) throw new Error("The demo organisation has no owner.");
    const { page, server } = session;
    await page.goto(`${server.url}/start`);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/start");
  });

  afterAll(async () => {
    await session?.close();
    await inbox?.close();
  });

  it("shows the demo's cycle in progress, with who is done", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/admin/cycles`);
    await page.getByRole("heading", { name: "Check-in cycles", level: 1 }).waitFor();
    await page.getByRole("link", { name: "H2 2026 career check-in" }).click();
    await page.getByRole("heading", { name: "H2 2026 career check-in", level: 1 }).waitFor();
    await page.getByText(/of \d+ shown have done everything the cycle asks/).waitFor();
    expect(await page.getByText("· all done").count()).toBeGreaterThan(0);
    expect(await page.getByRole("cell", { name: "Not yet" }).count()).toBeGreaterThan(0);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it("walks one person's alignment conversation and records what was agreed, at 390 px too", async () => {
    const { page } = session;
    await page
      .getByRole("link", { name: /^(Talk it through|Agreed) with / })
      .first()
      .click();
    await page.getByRole("heading", { name: /^Alignment with /, level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Per competency" }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page
      .getByLabel("What you agreed")
      .fill("Strategy is where to focus until the next cycle.");
    await page.getByRole("button", { name: "Record the outcome" }).click();
    await page.getByText(/^Outcome recorded/).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("opens a cycle for three chosen people from the form", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/admin/cycles`);
    await page.getByLabel("Name").fill("Journey check-in");
    await page.getByLabel("Chosen people").check();
    const people = page.getByRole("group", { name: "People" }).getByRole("checkbox");
    for (const index of [0, 1, 2]) await people.nth(index).check();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "Open the cycle" }).click();
    await page.getByRole("heading", { name: "Journey check-in", level: 1 }).waitFor();
    await page.getByText("0 of 3 shown have done everything the cycle asks.").waitFor();
  });

  it("reminds one person, whose mail arrives at the SMTP server, and reads well at 390 px", async () => {
    const { page } = session;
    const remind = page.getByRole("button", { name: /^Remind / }).first();
    const label = (await remind.getAttribute("aria-label")) ?? "";
    await remind.click();
    await page.getByText(/will get a reminder by email/).waitFor();
    const [mail] = await inbox.waitFor(1);
    expect(mail?.subject).toContain("Journey check-in");
    expect(mail?.text).toContain(`${label.replace("Remind ", "")},`);

    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("closes the cycle after confirming", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Close cycle" }).click();
    await page.getByRole("button", { name: "Yes, close the cycle" }).click();
    await page.getByText(/· closed ·/).waitFor();
    expect(await page.getByRole("button", { name: /^Remind / }).count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
  });
});

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailLink } from "../../src/app/mail/mail-link.ts";
import { type SmtpInbox, startSmtpInbox } from "../smtp-inbox.ts";
import { type BrowserSession, openBrowserSession } from "./browser-session.ts";
import { accessibilityProblems } from "./check-accessibility.ts";
import { rateAsManager } from "./rate-as-manager.ts";

const owner = {
  name: "Noor Haddad",
  email: "noor@example.com",
  password: "owner keeps a long passphrase",
};
const people = {
  manager: {
    name: "Max Moreau",
    email: "max@example.com",
    password: "max leads the payments team",
  },
  pm: { name: "Pia Park", email: "pia@example.com", password: "pia ships the checkout flow" },
  peer: { name: "Pete Pane", email: "pete@example.com", password: "pete builds the billing api" },
};
const csv = [
  "name,email,job title,manager email,team,start date",
  `${people.manager.name},${people.manager.email},Senior Product Manager,${owner.email},Payments,2024-01-15`,
  `${people.pm.name},${people.pm.email},Product Manager,${people.manager.email},Payments,2025-03-01`,
  `${people.peer.name},${people.peer.email},Product Manager,${people.manager.email},Payments,2025-05-01`,
].join("\n");

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((at) => at.pathname === "/start");
}

describe("an owner imports and invites people, who accept by mail and assess", () => {
  let inbox: SmtpInbox;
  let session: BrowserSession;

  /** The invitation link of the mail the real SMTP server received for an address. */
  const linkFor = async (email: string) => {
    const mails = await inbox.waitFor(3);
    const mail = mails.find((one) => one.to.includes(email));
    const link = mail ? mailLink(mail.text) : null;
    if (!link) throw new Error(`No invitation mail with a link reached ${email}.`);
    return link;
  };

  /** The link of the first mail to an address whose subject fits, waiting for it to arrive. */
  const mailedLinkFor = async (email: string, subject: RegExp) => {
    for (let waited = 0; waited < 30_000; waited += 250) {
      const mail = inbox.received.find(
        (one) => one.to.includes(email) && subject.test(one.subject),
      );
      const link = mail ? mailLink(mail.text) : null;
      if (link) return link;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`No mail about ${subject} reached ${email}.`);
  };

  /** Opens an invitation mail's link, refuses a common password, then creates the account. */
  const accept = async (person: { name: string; email: string; password: string }) => {
    const { page } = session;
    await page.goto(await linkFor(person.email));
    await page.getByRole("heading", { name: `Welcome to Pathways, ${person.name}` }).waitFor();
    await page.getByLabel("Choose a password").fill("qwerty123456");
    await page.getByRole("button", { name: "Create my account" }).click();
    await page
      .getByText(/most commonly used/)
      .first()
      .waitFor();
    await page.getByLabel("Choose a password").fill(person.password);
    await page.getByRole("button", { name: "Create my account" }).click();
    await page.getByRole("heading", { name: "My profile", level: 1 }).waitFor();
  };

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    session = await openBrowserSession({
      mail: { smtpUrl: inbox.url, from: "Pathways <pathways@example.com>" },
    });
  });

  afterAll(async () => {
    await session?.close();
    await inbox?.close();
  });

  it("sets up the organisation and imports three people", async () => {
    const { page, server } = session;
    await page.goto(server.setupUrl ?? "");
    await page.getByLabel("Organisation name").fill("Acme Product");
    await page.getByLabel("Your name").fill(owner.name);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Create organisation" }).click();
    await page.getByRole("heading", { name: "Welcome, Noor", level: 1 }).waitFor();

    await page.goto(`${server.url}/organisation`);
    await page.getByLabel("People file (CSV)").setInputFiles({
      name: "people.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    await page.getByRole("button", { name: "Check people.csv" }).click();
    await page.getByRole("button", { name: /Import 3 changed people/ }).click();
    await page.getByText(/Done: 3 created/).waitFor();
  });

  it("invites everyone new at the end of the import, by real mail", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Invite everyone new" }).click();
    await page.getByText(/Invited 3 people/).waitFor();
    const mails = await inbox.waitFor(3);
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual(
      [people.manager.email, people.peer.email, people.pm.email].sort(),
    );
    expect(mails[0]?.subject).toContain("Acme Product");
    expect(mails[0]?.text).toContain("/invitation?token=");

    await page.getByRole("link", { name: "People", exact: true }).click();
    await page.getByRole("heading", { name: "People", level: 1 }).waitFor();
    await page.getByLabel("Account").selectOption("invited");
    await page.getByRole("link", { name: people.pm.name }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await signOut(page);
  });

  it("lets the PM accept through the mail's link and self-assess", async () => {
    const { page } = session;
    await accept(people.pm);
    await page.getByRole("link", { name: "Assess", exact: true }).click();
    await page.getByRole("heading", { name: "Self-assessment", level: 1 }).waitFor();
    for (;;) {
      await page.locator('.level-choice input[value="3"]').check();
      const review = page.getByRole("button", { name: "Review answers" });
      if (await review.isVisible()) {
        await review.click();
        break;
      }
      await page.getByRole("button", { name: "Next" }).click();
    }
    await page.getByRole("button", { name: "Submit self-assessment" }).click();
    await page.getByRole("heading", { name: "Self-assessment submitted" }).waitFor();
    await signOut(page);
  });

  it("lets the manager accept, assess the PM and ask the peer for feedback", async () => {
    const { page, server } = session;
    await accept(people.manager);
    await page.goto(`${server.url}/team`);
    const report = page.getByLabel("Report to assess");
    const option = report.locator("option").filter({ hasText: people.pm.name });
    await report.selectOption((await option.getAttribute("value")) ?? "");
    await rateAsManager(page, 3);
    await page.getByText("Draft saved.").waitFor();
    await page.getByRole("button", { name: "Submit manager assessment" }).click();
    await page.getByText(/your view now counts/).waitFor();

    const about = page.getByLabel("Feedback about");
    await about.selectOption(
      (await about.locator("option").filter({ hasText: people.pm.name }).getAttribute("value")) ??
        "",
    );
    const colleague = page.getByLabel("Ask this colleague");
    await colleague.selectOption(
      (await colleague
        .locator("option")
        .filter({ hasText: people.peer.name })
        .getAttribute("value")) ?? "",
    );
    const form = page.locator("form").filter({ has: page.getByLabel("Feedback about") });
    await form.locator('input[name="competencies"]').first().check();
    await page.getByRole("button", { name: "Request feedback" }).click();
    await page.getByText("Request sent").waitFor();
    await signOut(page);
  });

  it("lets the peer accept and answer the feedback request", async () => {
    const { page, server } = session;
    await accept(people.peer);
    // The request reached the peer as a mail of its own; its link opens the request.
    const requestLink = await mailedLinkFor(people.peer.email, /feedback/i);
    expect(requestLink.startsWith(`${server.url}/feedback`)).toBe(true);
    await page.goto(requestLink);
    const card = page.locator("article.feedback-request").filter({
      has: page.getByRole("heading", { name: `Feedback about ${people.pm.name}` }),
    });
    const answer = card.getByRole("button", { name: "Answer or decline" });
    await Promise.race([answer.waitFor(), card.locator("form").waitFor()]);
    if (await answer.isVisible()) await answer.click();
    await card.locator("fieldset.level-choice").first().locator("label").nth(3).click();
    await card.getByRole("button", { name: "Send feedback" }).click();
    await card.waitFor({ state: "detached" });
    expect(session.consoleErrors).toEqual([]);
  });
});

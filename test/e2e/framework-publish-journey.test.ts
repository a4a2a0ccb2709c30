import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { demoPassword } from "../../src/demo/demo-logins.ts";
import { people } from "../../src/storage/schema.ts";
import { capturePage } from "./capture-page.ts";
import { accessibilityProblems } from "./check-accessibility.ts";
import { type DemoSession, openDemoSession } from "./open-demo-session.ts";

interface Transition {
  from: string;
  to: string;
}
interface Role {
  id: string;
  title: string;
  expectations: Record<string, number>;
}

/**
 * Version 2.0.0 of the default framework: Group Product Manager is renamed Product Group Lead (a
 * new id, carried by the migration mapping), the Innovation, R&D & Incubation role is gone, and a
 * new competency, AI product fluency, is expected of PMs.
 */
function versionTwo(): string {
  const current = parse(readFileSync("frameworks/product-management.yaml", "utf8"));
  const document = JSON.parse(
    JSON.stringify(current).replaceAll('"group-pm"', '"product-group-lead"'),
  );
  document.version = "2.0.0";
  document.migration = {
    fromVersion: current.version,
    competencies: {},
    roles: { "group-pm": "product-group-lead" },
  };
  const lead = document.roles.find((role: Role) => role.id === "product-group-lead");
  lead.title = "Product Group Lead";
  document.roles = document.roles.filter((role: Role) => role.id !== "innovation-rnd");
  document.transitions = document.transitions.filter(
    (transition: Transition) =>
      transition.from !== "innovation-rnd" && transition.to !== "innovation-rnd",
  );
  document.competencies.push({
    id: "ai-product-fluency",
    name: "AI product fluency",
    area: "Craft",
    description: "Knowing where machine learning helps a product, and where it does not.",
    levels: {
      "1": "Uses AI tools in their own work and can say what they got wrong.",
      "2": "Scopes a small feature that uses a model, with its failure cases written down.",
      "3": "Ships an AI feature with an evaluation the team trusts and a fallback users accept.",
      "4": "Sets how several teams evaluate and release AI features.",
      "5": "Shapes the organisation's bets on AI and how their risks are governed.",
    },
  });
  const pm = document.roles.find((role: Role) => role.id === "pm");
  pm.expectations["ai-product-fluency"] = 2;
  return stringify(document);
}

async function signInAs(page: Page, url: string, email: string) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((at) => at.pathname === "/start");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((at) => at.pathname !== "/start");
  await page.goto(url);
}

describe("an admin publishes a version that renames a role, drops one and adds a competency", () => {
  let session: DemoSession;
  let memberEmail: string;

  beforeAll(async () => {
    session = await openDemoSession("owner");
    const member = session.logins.find((login) => login.kind === "member");
    if (!member) throw new Error("The demo organisation has no member account.");
    memberEmail = member.email;
  });

  afterAll(async () => {
    await session?.close();
  });

  it("edits moves from the draft's career map and an entry route's backgrounds", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/admin/framework`);
    await page.getByRole("button", { name: "Start a draft from the published framework" }).click();
    await page.getByRole("heading", { name: /^Draft \d+\.\d+\.\d+ of / }).waitFor();

    const moves = page.getByRole("region", { name: "Transitions", exact: true });
    const senior = moves.getByRole("button", { name: "Senior Product Manager", exact: true });
    await senior.focus();
    await page.keyboard.press("Enter");
    expect(await senior.getAttribute("aria-pressed")).toBe("true");
    const promotion = moves.getByRole("button", {
      name: "Senior Product Manager → Group Product Manager / Director of Product, promotion, usually 2–6 years",
    });
    await promotion.click();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    await expect.poll(focused).toMatch(/^Move \d+: to$/);

    const rows = moves.locator("tbody tr");
    const before = await rows.count();
    await moves.getByRole("button", { name: "Add a move from here" }).click();
    expect(await rows.count()).toBe(before + 1);
    await expect.poll(focused).toBe(`Move ${before + 1}: to`);
    await moves.getByLabel(`Move ${before + 1}: at least, in years`).fill("1");
    await moves.getByRole("button", { name: /, usually 1 year$/ }).waitFor();

    const routes = page.getByRole("region", { name: "Entry routes" });
    expect(await routes.getByText("kept from the file").count()).toBe(0);
    await routes.getByRole("button", { name: "Add an entry route" }).click();
    await routes
      .getByText(/is empty/)
      .first()
      .waitFor();
    const added = routes.getByRole("group", { name: /^Entry route \d+$/ });
    await added.getByLabel("Name", { exact: true }).fill("Returning to product");
    const route = routes.getByRole("group", { name: "Returning to product", exact: true });
    await route
      .getByRole("button", {
        name: "Add a condition that must hold for Returning to product",
        exact: true,
      })
      .click();
    const condition = route.getByRole("group", { name: "Required condition 1" });
    await condition.getByLabel("Background").selectOption({ label: "Years as a product manager" });
    await condition.getByLabel("At least, in years").fill("2");
    await route
      .getByLabel("Description", { exact: true })
      .fill("People coming back to product after a break.");
    await page.getByRole("status").filter({ hasText: "All changes saved" }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await route.getByRole("button", { name: "Remove the route Returning to product" }).click();
    expect(await routes.getByRole("group", { name: "Returning to product" }).count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
  });

  it("adds a competency, writes it, and removes a role after confirming", async () => {
    const { page } = session;
    const status = page.getByRole("status");
    const competencies = page.getByRole("region", { name: "Competencies", exact: true });
    await competencies.getByRole("button", { name: "Add a competency" }).click();
    await competencies.getByLabel("Name of the new competency").fill("Pricing");
    await competencies.getByRole("button", { name: "Add the competency" }).click();
    const picked = competencies.getByLabel("Competency to edit");
    await expect
      .poll(() => picked.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text))
      .toBe("Pricing");
    await competencies
      .getByText(/is empty/)
      .first()
      .waitFor();
    await competencies
      .getByLabel("Description", { exact: true })
      .fill("Sets prices customers pay gladly.");
    const levels = competencies.getByLabel(/^What level \d+ looks like$/);
    for (let at = 0; at < (await levels.count()); at += 1) {
      await levels.nth(at).fill(`Prices work at step ${at + 1}.`);
    }
    await status.filter({ hasText: "All changes saved" }).waitFor();
    expect(await competencies.getByText(/is empty/).count()).toBe(0);

    const roles = page.getByRole("region", { name: "Roles" });
    await roles.getByLabel("Role to edit").selectOption({ label: "Product Architect" });
    await roles.getByRole("button", { name: "Remove this role: Product Architect" }).click();
    const question = roles.getByRole("group", { name: "Remove Product Architect from the draft?" });
    await question.getByText(/moves to and from other roles go with it/).waitFor();
    await question.getByText(/you choose the role each of them moves to/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await question.getByRole("button", { name: "Yes, remove the role" }).click();
    expect(await roles.locator("option", { hasText: "Product Architect" }).count()).toBe(0);
    await status.filter({ hasText: "Editing" }).waitFor();
    await status.filter({ hasText: "All changes saved" }).waitFor();
    await page.getByText("The draft passes every check of a framework file.").waitFor();
    expect(session.consoleErrors).toEqual([]);
  });

  it("reads the preview, naming the people whose role is renamed or would go, and maps them", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/organisation`);
    await page.getByRole("heading", { name: "Framework versions" }).waitFor();
    // A whole framework is a long text: on a busy machine typing it in takes more than the default.
    await page.getByLabel("Or paste it here").fill(versionTwo(), { timeout: 60_000 });
    await page.getByRole("button", { name: "Check and import as a draft" }).click();
    await page.getByRole("heading", { name: "What publishing changes" }).waitFor();
    const publish = page.getByRole("button", { name: "Publish this version" });
    expect(await publish.isDisabled()).toBe(true);
    const choice = page.getByLabel(/Where do the 2 people who are Innovation, R&D & Incubation go/);
    await choice.waitFor();
    await page
      .getByText(/AI product fluency/)
      .first()
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "framework-publish-preview");

    const changes = page.getByRole("region", { name: "People whose role changes" });
    const renamed = changes.getByRole("row").filter({ hasText: "Role renamed" });
    const groupPms = await server.database.db
      .select({ name: people.name })
      .from(people)
      .where(eq(people.roleId, "group-pm"));
    expect(groupPms.length).toBeGreaterThan(0);
    const named = await renamed.getByRole("rowheader").allTextContents();
    expect(named.sort()).toEqual(groupPms.map((person) => person.name).sort());
    for (const row of await renamed.all()) {
      expect(await row.getByRole("cell").first().textContent()).toBe(
        "Group Product Manager / Director of Product",
      );
      expect(await row.getByRole("cell").nth(1).textContent()).toBe("Product Group Lead");
    }

    await choice.selectOption({ label: "Founder / GM / CEO" });
    const moved = changes.getByRole("row").filter({ hasText: "Moved by your choice" });
    await moved.first().waitFor();
    expect(await moved.count()).toBe(2);
    await page.waitForFunction(
      () =>
        !(
          [...document.querySelectorAll("button")].find(
            (button) => button.textContent === "Publish this version",
          ) as HTMLButtonElement | undefined
        )?.disabled,
    );
  });

  it("publishes, then asks everyone to rate the new competency", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Publish this version" }).click();
    await page.getByRole("heading", { name: "What the new version changed" }).waitFor();
    await page.getByRole("heading", { name: "Ask people to rate the new competencies" }).waitFor();
    expect(await page.getByLabel("AI product fluency").isChecked()).toBe(true);
    await page.getByRole("button", { name: "Ask them to rate" }).click();
    const said = page.getByRole("status").filter({ hasText: /Asked \d+ people across/ });
    await said.waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "framework-ask-to-rate");
    expect(session.consoleErrors).toEqual([]);
  });

  it("lets a PM see the request, rate themselves and read what carried over", async () => {
    const { page, server } = session;
    await signInAs(page, `${server.url}/feedback`, memberEmail);
    const card = page.locator("article.feedback-request").filter({
      has: page.getByRole("heading", { name: "Rate yourself" }),
    });
    await card.waitFor();
    const open = card.getByRole("button", { name: "Rate or decline" });
    await Promise.race([open.waitFor(), card.locator("form").waitFor()]);
    if (await open.isVisible()) await open.click();
    const groups = card.locator("fieldset.level-choice");
    expect(await groups.count()).toBe(1);
    await groups.first().locator("label").nth(1).click();
    expect(await accessibilityProblems(page)).toEqual([]);
    await card.getByRole("button", { name: "Send your rating" }).click();
    await card.waitFor({ state: "detached" });

    await page.goto(`${server.url}/profile`);
    await page.getByRole("heading", { name: "How certain this picture is" }).waitFor();
    await page.getByText(/carry over into 2\.0\.0 through its migration mapping/).waitFor();
    expect(session.consoleErrors).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { demoPassword } from "../../src/demo/demo-logins.ts";
import { people } from "../../src/storage/schema.ts";
import { accessibilityProblems } from "./check-accessibility.ts";
import { type DemoSession, openDemoSession } from "./open-demo-session.ts";

interface Role {
  id: string;
  title: string;
  track: string;
  rank: number;
  expectations: Record<string, number>;
}
interface Competency {
  id: string;
  name: string;
}

/** A competency the member's role can ask one level more of without passing the next rank's. */
function raisable(roleId: string) {
  const framework = parse(readFileSync("frameworks/product-management.yaml", "utf8"));
  const roles = framework.roles as Role[];
  const role = roles.find((candidate) => candidate.id === roleId);
  if (!role) throw new Error(`The framework has no role ${roleId}.`);
  const next = roles.find((r) => r.track === role.track && r.rank === role.rank + 1);
  const competencies = framework.competencies as Competency[];
  const index = competencies.findIndex((c, at) => {
    const level = role.expectations[c.id];
    return level !== undefined && at > 0 && level < (next?.expectations[c.id] ?? 5);
  });
  const competency = competencies[index];
  const before = competencies[index - 1];
  const level = competency ? role.expectations[competency.id] : undefined;
  if (!competency || !before || level === undefined) throw new Error("Nothing to raise.");
  return { role, competency, before, level };
}

describe("an admin changes the framework in the editor and a PM sees it on their profile", () => {
  let session: DemoSession;
  let memberEmail: string;
  let change: ReturnType<typeof raisable>;
  const newTitle = "Product Manager, Core";

  beforeAll(async () => {
    session = await openDemoSession("owner");
    const member = session.logins.find((login) => login.kind === "member");
    if (!member) throw new Error("The demo organisation has no member account.");
    memberEmail = member.email;
    const [person] = await session.server.database.db
      .select({ roleId: people.roleId })
      .from(people)
      .where(eq(people.email, memberEmail));
    change = raisable(person?.roleId ?? "");
  });

  afterAll(async () => {
    await session?.close();
  });

  it("renames a role, raises an expectation by keyboard, and the draft survives a reload", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/admin/framework`);
    await page.getByRole("button", { name: "Start a draft from the published framework" }).click();
    await page.getByRole("heading", { name: /^Draft 1\.1\.0 of / }).waitFor();

    const roles = page.getByRole("region", { name: "Roles" });
    await roles.getByLabel("Role to edit").selectOption({ label: change.role.title });
    await roles.getByLabel("Title", { exact: true }).fill("");
    await roles.getByText("must not be empty").waitFor();
    await roles.getByLabel("Title", { exact: true }).fill(newTitle);

    const grid = page.getByRole("region", { name: "Expectations" });
    const cell = (competency: Competency, level: number) =>
      grid.getByRole("button", {
        name: new RegExp(`^${newTitle}, ${competency.name}: level ${level}(, mandatory)?$`),
      });
    const start = grid.getByRole("button", {
      name: new RegExp(`^${newTitle}, ${change.before.name}: `),
    });
    await start.click();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press(String(change.level + 1));
    await cell(change.competency, change.level + 1).waitFor();
    expect(
      await cell(change.competency, change.level + 1).evaluate(
        (el) => el === document.activeElement,
      ),
    ).toBe(true);
    await page.getByRole("status").filter({ hasText: "All changes saved" }).waitFor();

    await page.reload();
    await cell(change.competency, change.level + 1).waitFor();
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

  it("reads the diff and the preview, then publishes", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Review changes and publish" }).click();
    const review = page.getByRole("region", { name: "Changes against the published version" });
    await review.getByText(newTitle).first().waitFor();
    await page.getByRole("heading", { name: "What publishing changes" }).waitFor();
    const publish = page.getByRole("button", { name: "Publish this version" });
    await page.waitForFunction(
      () =>
        !(
          [...document.querySelectorAll("button")].find(
            (button) => button.textContent === "Publish this version",
          ) as HTMLButtonElement | undefined
        )?.disabled,
    );
    await publish.click();
    await page.getByRole("heading", { name: "What the new version changed" }).waitFor();
    expect(session.consoleErrors).toEqual([]);
  });

  it("shows the PM the raised expectation under the new title", async () => {
    const { page, server } = session;
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((at) => at.pathname === "/start");
    await page.getByLabel("Email").fill(memberEmail);
    await page.getByLabel("Password").fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((at) => at.pathname !== "/start");
    await page.goto(`${server.url}/profile`);
    await page.getByText("Show the chart as a table").click();
    const table = page.getByRole("table", { name: /Levels per competency/ });
    const headers = await table.getByRole("columnheader").allTextContents();
    const column = headers.indexOf(`Your role: ${newTitle}`);
    expect(column).toBeGreaterThan(0);
    const row = table.getByRole("row").filter({
      has: page.getByRole("rowheader", { name: change.competency.name, exact: true }),
    });
    expect(
      await row
        .getByRole("cell")
        .nth(column - 1)
        .textContent(),
    ).toBe(String(change.level + 1));
    expect(session.consoleErrors).toEqual([]);
  });

  it("edits moves from the draft's career map and an entry route's backgrounds", async () => {
    const { page, server, login } = session;
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((at) => at.pathname === "/start");
    await page.getByLabel("Email").fill(login.email);
    await page.getByLabel("Password").fill(login.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((at) => at.pathname !== "/start");
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
    await routes.getByText("must not be empty").first().waitFor();
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
    await competencies.getByText("must not be empty").first().waitFor();
    await competencies
      .getByLabel("Description", { exact: true })
      .fill("Sets prices customers pay gladly.");
    const levels = competencies.getByLabel(/^What level \d+ looks like$/);
    for (let at = 0; at < (await levels.count()); at += 1) {
      await levels.nth(at).fill(`Prices work at step ${at + 1}.`);
    }
    await status.filter({ hasText: "All changes saved" }).waitFor();
    expect(await competencies.getByText("must not be empty").count()).toBe(0);

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
});

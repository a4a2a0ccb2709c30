import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblems } from "./check-accessibility.ts";
import { type DemoSession, openDemoSession } from "./open-demo-session.ts";

describe("a manager co-edits a report's growth plan and the report sees who changed it", () => {
  let session: DemoSession;

  beforeAll(async () => {
    session = await openDemoSession("manager");
  });

  afterAll(async () => {
    await session?.close();
  });

  it("adds a goal on the report's profile, moves it along and comments, and the report reads whose change and comment it was", async () => {
    const { page, server, logins } = session;
    const member = logins.find((candidate) => candidate.kind === "member");
    if (!member) throw new Error("The demo organisation has no member account.");
    // The login names the person by the demo's own id; the database's id comes from the API.
    const people = await (await page.request.get(`${server.url}/api/v1/people?limit=100`)).json();
    const report = people.items.find(
      (person: { email: string | null }) => person.email === member.email,
    );
    await page.goto(`${server.url}/people/${report.id}/profile`);
    const planHeading = page.getByRole("heading", { name: /'s growth plan$/ });
    await planHeading.waitFor({ timeout: 30_000 });
    await page.getByRole("heading", { name: "Add a goal" }).waitFor();
    await page.getByRole("heading", { name: /^Assessments of / }).waitFor();
    const goalForm = page.locator("form.goal-form").last();
    await goalForm.getByLabel("Goal", { exact: true }).fill("Run the pricing discovery");
    await goalForm.getByLabel("Actions, one a line").fill("Interview five customers\nShare notes");
    await goalForm.getByRole("button", { name: "Add goal" }).click();
    const goal = page.locator("li.goal").filter({ hasText: "Run the pricing discovery" });
    await goal.getByText("Not started").waitFor();
    await goal.getByLabel("Interview five customers").click();
    await expect.poll(() => goal.getByLabel("Interview five customers").isChecked()).toBe(true);
    await goal.getByText(/^You changed this goal on /).waitFor();
    await goal
      .getByLabel("Comment on “Run the pricing discovery”")
      .fill("Bring two customer quotes to our one-to-one.");
    await goal.getByRole("button", { name: "Add comment" }).click();
    await goal.getByText("Bring two customer quotes to our one-to-one.").waitFor();
    await goal.getByText(/^You on /).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.context().clearCookies();
    await page.goto(`${server.url}/start`);
    await page.getByLabel("Email").fill(member.email);
    await page.getByLabel("Password").fill(member.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/start");
    await page.goto(`${server.url}/plan`);
    const seen = page.locator("li.goal").filter({ hasText: "Run the pricing discovery" });
    // The report sees the manager's name, never "You", on the change the manager made.
    await seen.getByText(/^(?!You ).+ changed this goal on /).waitFor();
    expect(await seen.getByLabel("Interview five customers").isChecked()).toBe(true);
    // The manager's comment reads under the goal with their name, never "You".
    await seen.getByText("Bring two customer quotes to our one-to-one.").waitFor();
    expect(await seen.getByText(/^You on /).count()).toBe(0);
    await seen.getByRole("button", { name: "Remove goal: Run the pricing discovery" }).click();
    await seen.getByRole("button", { name: "Yes, remove it" }).click();
    await expect.poll(() => seen.count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
  });
});

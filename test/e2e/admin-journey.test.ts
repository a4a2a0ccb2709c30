import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturePage } from "./capture-page.ts";
import { accessibilityProblems } from "./check-accessibility.ts";
import { type DemoSession, openDemoSession } from "./open-demo-session.ts";

const published = readFileSync("frameworks/product-management.yaml", "utf8");
const fixed = published
  .replace("version: 1.0.0", "version: 1.1.0")
  .replace("title: Associate Product Manager\n", "title: Associate Product Manager (APM)\n");
const broken = fixed.replace("    track: management\n", "    track: managment\n");
const brokenLine = broken.split("\n").indexOf("    track: managment") + 1;

describe("an admin of the demo organisation changes the framework", () => {
  let session: DemoSession;

  beforeAll(async () => {
    session = await openDemoSession("owner");
  });

  afterAll(async () => {
    await session?.close();
  });

  it("sees the organisation's roles and span of control against the guideline", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/organisation`);
    await page.getByRole("heading", { name: "Span of control" }).waitFor();
    await page.getByText(/suggests 3 to 8 direct reports/).waitFor();
    await page.getByRole("heading", { name: "Framework versions" }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "organisation");
  });

  it("shows an uploaded file's problem with its line, and stores nothing", async () => {
    const { page } = session;
    await page.getByLabel("Upload a framework file").setInputFiles({
      name: "framework.yaml",
      mimeType: "application/yaml",
      buffer: Buffer.from(broken),
    });
    await page.getByRole("button", { name: "Check and import as a draft" }).click();
    const problem = page.locator(".problem-list li").first();
    await problem.waitFor();
    expect(await problem.textContent()).toContain(`Line ${brokenLine}`);
    expect(await problem.textContent()).toContain("managment");
    expect(await page.getByRole("button", { name: /Review draft/ }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "framework-import-error");
  });

  it("imports the fixed file, shows what changed and publishes it", async () => {
    const { page } = session;
    // A whole framework is a long text: on a busy machine typing it in takes more than the default.
    await page.getByLabel("Or paste it here").fill(fixed, { timeout: 60_000 });
    await page.getByRole("button", { name: "Check and import as a draft" }).click();
    await page.getByRole("heading", { name: "Changes against the published version" }).waitFor();
    await page
      .getByText(/Associate Product Manager \(APM\)/)
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Publish this version" }).click();
    await page.getByRole("heading", { name: "What the new version changed" }).waitFor();
    await page
      .getByText(/Associate Product Manager \(APM\)/)
      .first()
      .waitFor();
    const row = page.getByRole("row").filter({ hasText: "1.1.0" });
    await row.getByText("published").waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "framework-published");
    expect(session.consoleErrors).toEqual([]);
  });

  it("reads the API documentation with request and response shapes", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/api/docs`);
    await page.getByRole("heading", { name: /Pathways API/, level: 1 }).waitFor();
    const addPerson = page.locator("#postPeople");
    await addPerson.getByText("Parameters, request and responses").click();
    await addPerson.getByRole("link", { name: "PersonInput" }).first().click();
    const input = page.locator("#schema-PersonInput");
    await input.getByText("Fields and example").click();
    await input.getByRole("heading", { name: "Example" }).waitFor();
    expect(await page.getByText("$ref").count()).toBe(0);
    // Every operation and schema comes from the same template: axe checks the header, one tag's
    // operations (all five methods' badges) and two schemas, opened, rather than all of the page.
    const parts = ["header", "#tag-people", "#schema-PersonInput", "#schema-Person"];
    await page.evaluate((selectors) => {
      for (const selector of selectors)
        for (const details of document.querySelectorAll(`${selector} details`))
          (details as HTMLDetailsElement).open = true;
    }, parts);
    expect(await accessibilityProblems(page, parts)).toEqual([]);
  });
});

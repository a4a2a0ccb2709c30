import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, openBrowserSession } from "./browser-session.ts";
import { capturePage } from "./capture-page.ts";
import { accessibilityProblems } from "./check-accessibility.ts";

describe("someone not yet a PM finds where to start, without an account", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  it("shows the server's explanation next to a field it refused", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/placement`);
    await page.getByRole("heading", { name: "Where to start in product management" }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "placement");
    await page.getByLabel("Years of work experience").fill("99");
    await page.getByRole("button", { name: "Suggest where to start" }).click();
    await page.locator(".field-error").first().waitFor();
    expect(await page.locator(".field-error").first().textContent()).toContain("60");
    expect(await page.getByLabel("Years of work experience").getAttribute("aria-invalid")).toBe(
      "true",
    );
  });

  it("suggests an entry role with the reason, linking to the role's page", async () => {
    const { page } = session;
    await page.getByLabel("Years of work experience").fill("6");
    await page.getByLabel("Years in a product-adjacent role").fill("4");
    await page.getByLabel("I have deep expertise in a domain").check();
    await page.getByRole("button", { name: "Suggest where to start" }).click();
    await page.getByRole("heading", { name: "Where you might start" }).waitFor();
    const first = page.locator(".recommendations a").first();
    expect(await first.textContent()).toMatch(/Product Manager/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "placement-result");
    await first.click();
    await page.locator("h1").filter({ hasText: "Product Manager" }).waitFor();
    expect(session.consoleErrors).toEqual([]);
  });
});

import type { Page } from "playwright-core";

/**
 * Rates every competency at one level in the team page's manager assessment: opens each
 * competency and chooses that level's descriptor, as a manager does.
 *
 * @example await rateAsManager(page, 3);
 */
export async function rateAsManager(page: Page, level: number): Promise<void> {
  const competencies = page.locator("details.manager-level");
  await competencies.first().waitFor();
  const count = await competencies.count();
  for (let at = 0; at < count; at++) {
    const competency = competencies.nth(at);
    await competency.locator("summary").click();
    await competency.locator(`input[type="radio"][value="${level}"]`).check();
  }
}

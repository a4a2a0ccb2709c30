import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";

/** Where the journeys leave their screenshots for a reviewer. */
export const screenshotDir = "test-results/screenshots";

/** The widths every page is checked and photographed at. */
export const widths = [1280, 390] as const;

/**
 * Screenshots the whole page at each width into test-results/screenshots/<name>-<width>.png,
 * checking nothing overflows sideways (and running `atEachWidth`, when given, at each width),
 * then returns to the desktop width.
 *
 * @example
 * await capturePage(page, "career-map");
 */
export async function capturePage(
  page: Page,
  name: string,
  atEachWidth?: (width: number) => Promise<void>,
): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${screenshotDir}/${name}-${width}.png`, fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) throw new Error(`${name} is ${overflow}px wider than a ${width}px screen.`);
    await atEachWidth?.(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

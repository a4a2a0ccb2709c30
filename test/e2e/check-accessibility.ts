import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/**
 * Runs axe-core on the page and returns its serious and critical violations, one line each.
 * The script is evaluated through the DevTools protocol, which the page's CSP does not govern.
 *
 * On a very long generated page, `include` narrows the check to representative parts (CSS
 * selectors), as axe's context does.
 *
 * @example
 * expect(await accessibilityProblems(page)).toEqual([]);
 */
export async function accessibilityProblems(page: Page, include?: string[]): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (parts) => {
    const axe = (
      window as unknown as {
        axe: { run: (context?: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    return (await axe.run(parts ? { include: parts.map((part) => [part]) } : undefined)).violations;
  }, include);
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(" "))
          .join(", ")})`,
    );
}

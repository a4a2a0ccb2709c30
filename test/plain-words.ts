import { expect } from "vitest";
import type { Framework } from "../src/framework/schema.ts";

/**
 * Asserts that every text reads as a PM would say it: no role or competency ids, no raw costs,
 * no "behind" or "late", and numbers only as levels ("at 3", "(2 of 4)"), percentages or years.
 */
export function expectPlainWords(framework: Framework, texts: readonly string[]): void {
  const ids = [...framework.roles, ...framework.competencies]
    .map((item) => item.id)
    .filter((id) => id.includes("-"));
  for (const text of texts) {
    for (const id of ids) expect(text, text).not.toContain(id);
    expect(text).not.toMatch(/\bcost\b/i);
    expect(text).not.toMatch(/\b(behind|late)\b/i);
    const bare = text.replace(
      /\d+%|\d+(\.\d)? levels?|\d+(\.\d)? (now|expected)|(self|manager|peers?|averaging|at|expects) \d(\.\d)?|\(\d(\.\d)?( of \d)?\)|\d+(–\d+)? years?( of experience)?|needs at least \d+|\d+ of them/g,
      "",
    );
    expect(bare, text).not.toMatch(/\d/);
  }
}

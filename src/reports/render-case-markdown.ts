import type { PromotionCase } from "../app/promotion-cases/promotion-case-types.ts";
import { blocks, bullets, table } from "../framework/markdown.ts";
import {
  caseEvidenceTable,
  caseFitLine,
  caseSubtitle,
  decisionLine,
  expectationsTable,
} from "./case-lines.ts";

/**
 * Renders a promotion case as Markdown a committee can read: fit, expectations with the ratings
 * behind them, evidence, gaps, confidence, the manager's narrative and the decision.
 *
 * @example
 * const markdown = renderCaseMarkdown(await readPromotionCase(deps, actor, caseId));
 */
export function renderCaseMarkdown(item: PromotionCase): string {
  const expectations = expectationsTable(item);
  const evidence = caseEvidenceTable(item);
  return `${blocks(
    `# Promotion case: ${item.person.name} toward ${item.targetRole.title}`,
    `_${caseSubtitle(item)}_`,
    "## Fit",
    caseFitLine(item),
    item.confidence.summary,
    "## Expectations",
    table(expectations.header, expectations.rows),
    "## Gaps that remain",
    item.gaps.length === 0 ? "None: every expectation is met." : bullets(item.gaps),
    "## Evidence",
    `_${item.evidenceNote}_`,
    evidence.rows.length === 0
      ? "No shared evidence supports these competencies yet."
      : table(evidence.header, evidence.rows),
    "## The manager's case",
    item.narrative.trim() === "" ? "_No narrative written yet._" : item.narrative.trim(),
    "## Decision",
    decisionLine(item),
  )}\n`;
}

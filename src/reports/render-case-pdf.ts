import type { PromotionCase } from "../app/promotion-cases/promotion-case-types.ts";
import {
  caseEvidenceTable,
  caseFitLine,
  caseSubtitle,
  decisionLine,
  expectationsTable,
} from "./case-lines.ts";
import { openReportPdf } from "./report-pdf-document.ts";

/** Options of {@link renderCasePdf}. */
export interface RenderCasePdfOptions {
  /** Deflate page contents (default true); tests turn it off to read the text. */
  compress?: boolean;
}

/**
 * Renders a promotion case as an A4 PDF a committee can read: the fit with a bar per
 * expectation, the expectations table, the gaps, the evidence, the narrative and the decision.
 *
 * @example
 * const bytes = await renderCasePdf(await readPromotionCase(deps, actor, caseId));
 */
export function renderCasePdf(
  item: PromotionCase,
  options: RenderCasePdfOptions = {},
): Promise<Uint8Array> {
  const title = `Promotion case: ${item.person.name} toward ${item.targetRole.title}`;
  const { layout, finish } = openReportPdf({
    title,
    subject: `Framework ${item.frameworkVersion}`,
    createdAt: new Date(item.updatedAt),
    footer: `Promotion case · ${item.person.name}`,
    ...(options.compress === undefined ? {} : { compress: options.compress }),
  });
  layout.heading(title, 1);
  layout.paragraph(caseSubtitle(item), { muted: true });
  layout.heading("Fit");
  layout.paragraph(caseFitLine(item));
  layout.paragraph(item.confidence.summary, { muted: true });
  for (const expectation of item.expectations) {
    layout.bar(
      expectation.competency.name,
      expectation.level,
      item.scaleMax,
      `${expectation.verdict === "unknown" ? "not rated" : expectation.verdict} · expects ${expectation.expected}`,
    );
  }
  layout.heading("Expectations");
  layout.table(expectationsTable(item), [2.4, 1.3, 1, 2.3, 1.3, 3.6]);
  layout.heading("Gaps that remain");
  if (item.gaps.length === 0) layout.paragraph("None: every expectation is met.");
  layout.list(item.gaps);
  layout.heading("Evidence");
  layout.paragraph(item.evidenceNote, { muted: true });
  const evidence = caseEvidenceTable(item);
  if (evidence.rows.length === 0) {
    layout.paragraph("No shared evidence supports these competencies yet.");
  } else layout.table(evidence, [1.3, 2, 4, 3]);
  layout.heading("The manager's case");
  layout.paragraph(item.narrative.trim() === "" ? "No narrative written yet." : item.narrative);
  layout.heading("Decision");
  layout.paragraph(decisionLine(item));
  return finish();
}

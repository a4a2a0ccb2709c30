import type { GrowthReport } from "../app/growth-report.ts";
import { formatLevel, readinessWords } from "../engine/words.ts";
import { guidanceFor } from "../framework/guidance-for.ts";
import { pathLines } from "./path-lines.ts";
import type { PdfLayout } from "./pdf-layout.ts";
import { actionLine, planLines } from "./plan-lines.ts";
import {
  evidenceScopeNote,
  evidenceTable,
  fitsTable,
  focusLevelLines,
  nextRoleLine,
  profileTable,
  reportSubtitle,
  standingTable,
} from "./report-lines.ts";
import { percent, roleTitle } from "./report-names.ts";
import { openReportPdf } from "./report-pdf-document.ts";

/** Options of {@link renderReportPdf}. */
export interface RenderReportPdfOptions {
  /** Deflate page contents (default true); tests turn it off to read the text. */
  compress?: boolean;
}

function profileSection(layout: PdfLayout, report: GrowthReport): void {
  const { framework, profile } = report;
  const max = Math.max(...framework.scale.map((step) => step.level));
  layout.heading("Profile");
  layout.paragraph(profile.reason);
  for (const competency of framework.competencies) {
    const level = profile.competencies[competency.id]?.level ?? null;
    layout.bar(
      competency.name,
      level,
      max,
      level === null ? "not rated" : `${formatLevel(level)} of ${max}`,
    );
  }
  layout.gap(6);
  layout.table(profileTable(report), [3, 1.2, 3, 2.2, 1.2]);
}

function fitsSection(layout: PdfLayout, report: GrowthReport): void {
  layout.heading("Fit for every role");
  for (const fit of report.fits) {
    layout.bar(
      roleTitle(report.framework, fit.roleId),
      fit.fit,
      1,
      `${percent(fit.fit)} · ${readinessWords[fit.readiness]}`,
    );
  }
  layout.gap(6);
  layout.table(fitsTable(report), [2.4, 1.6, 0.9, 1.3, 6]);
}

function pathsSection(layout: PdfLayout, report: GrowthReport): void {
  layout.heading("Paths");
  if (report.paths.length === 0) {
    layout.paragraph("No route leads on from the current role in this framework.");
    return;
  }
  pathLines(report).forEach((path, index) => {
    layout.heading(`${index + 1}. ${path.title}`, 3);
    layout.paragraph(path.reason);
    if (path.track) layout.paragraph(path.track, { size: 9 });
    for (const step of path.steps) {
      layout.paragraph(step.line, { muted: true, size: 9 });
      if (step.note)
        layout.paragraph(`Why this move works: ${step.note}`, { muted: true, size: 9 });
    }
  });
}

function planSection(layout: PdfLayout, report: GrowthReport): void {
  const lines = planLines(report.framework, report.plan);
  layout.heading("Growth plan");
  layout.paragraph(lines.intro.join(" "));
  if (lines.focus.length > 0) {
    layout.heading("Focus competencies", 3);
    layout.list(lines.focus);
  }
  const levels = focusLevelLines(report);
  if (levels.length > 0) {
    layout.heading("What the level aimed at looks like", 3);
    for (const { title, criteria } of levels) {
      layout.paragraph(title, { size: 9 });
      layout.list(criteria, { size: 9 });
    }
  }
  if (lines.goals) {
    layout.heading("Goals", 3);
    layout.table(
      lines.goals,
      lines.goals.header.map((_, index) => (index === 0 ? 3 : 1.4)),
    );
  }
  if (lines.actions.length > 0) {
    layout.heading("Actions", 3);
    layout.list(
      lines.actions.map((action) => actionLine(action, "words")),
      { size: 9 },
    );
  }
  if (lines.checkIns) {
    layout.heading("Check-ins", 3);
    layout.table(lines.checkIns, [1.2, 1, 3, 3]);
  }
}

/**
 * Renders a growth report as a multi-page A4 PDF: title, person, date, then the sections with
 * bars and tables drawn with pdfkit primitives, and a numbered footer on every page.
 *
 * @example
 * const bytes = await renderReportPdf(report);
 * await writeFile("report.pdf", bytes);
 */
export function renderReportPdf(
  report: GrowthReport,
  options: RenderReportPdfOptions = {},
): Promise<Uint8Array> {
  const { layout, finish } = openReportPdf({
    title: `Growth report: ${report.person.name}`,
    subject: `${report.framework.name} ${report.framework.version}`,
    createdAt: new Date(`${report.generatedOn}T00:00:00Z`),
    footer: `Growth report · ${report.person.name}`,
    ...(options.compress === undefined ? {} : { compress: options.compress }),
  });
  layout.heading(`Growth report: ${report.person.name}`, 1);
  layout.paragraph(reportSubtitle(report), { muted: true });
  const successMeans = report.person.preferences?.successMeans;
  if (successMeans)
    layout.paragraph(`What success means to ${report.person.name}: ${successMeans}`);
  layout.heading("Where they stand");
  layout.paragraph(report.standing.summary);
  layout.paragraph(nextRoleLine(report));
  layout.table(standingTable(report), [2, 3, 3]);
  profileSection(layout, report);
  fitsSection(layout, report);
  pathsSection(layout, report);
  planSection(layout, report);
  layout.heading("Evidence");
  layout.paragraph(evidenceScopeNote(report), { muted: true });
  if (report.evidence.length === 0) layout.paragraph("No evidence logged yet.");
  else layout.table(evidenceTable(report), [1.3, 3.5, 3, 2.4]);
  const notes = guidanceFor(report.framework, "report");
  if (notes.length > 0) {
    layout.heading("Worth keeping in mind");
    for (const note of notes) layout.paragraph(`${note.title}. ${note.body}`);
  }
  layout.paragraph(
    "Durations in a career are context, not deadlines: each step is taken when the impact is there.",
    { muted: true, size: 8.5 },
  );
  return finish();
}

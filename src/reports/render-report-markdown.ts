import type { GrowthReport } from "../app/growth-report.ts";
import { guidanceFor } from "../framework/guidance-for.ts";
import { blocks, bullets, table } from "../framework/markdown.ts";
import { pathLines } from "./path-lines.ts";
import { actionLine, planLines } from "./plan-lines.ts";
import {
  evidenceScopeNote,
  evidenceTable,
  type FocusLevelLines,
  fitsTable,
  focusLevelLines,
  nextRoleLine,
  profileTable,
  type ReportTable,
  reportSubtitle,
  standingTable,
} from "./report-lines.ts";

const md = (section: ReportTable) => table(section.header, section.rows);

function pathsMarkdown(report: GrowthReport): string {
  if (report.paths.length === 0)
    return "No route leads on from the current role in this framework.";
  return pathLines(report)
    .map((path, index) => {
      const steps = path.steps.flatMap((step) => [
        `   - ${step.line}`,
        ...(step.note ? [`     _Why this move works: ${step.note}_`] : []),
      ]);
      return [
        `${index + 1}. **${path.title}**: ${path.reason}`,
        ...(path.track ? [`   ${path.track}`] : []),
        ...steps,
      ].join("\n");
    })
    .join("\n");
}

// A criterion per line under its competency; a one-sentence descriptor stays on the line.
function focusLevelMarkdown(levels: readonly FocusLevelLines[]): string {
  if (levels.length === 0) return "";
  const items = levels.map(({ title, criteria }) =>
    criteria.length === 1
      ? `- ${title}: ${criteria[0]}`
      : [`- ${title}:`, ...criteria.map((criterion) => `  - ${criterion}`)].join("\n"),
  );
  return `**What the level aimed at looks like**\n\n${items.join("\n")}`;
}

function planMarkdown(report: GrowthReport): string {
  const lines = planLines(report.framework, report.plan);
  return blocks(
    lines.intro.join(" "),
    lines.focus.length > 0 ? `**Focus competencies**\n\n${bullets(lines.focus)}` : "",
    focusLevelMarkdown(focusLevelLines(report)),
    lines.goals ? `**Goals**\n\n${md(lines.goals)}` : "",
    lines.actions.length > 0
      ? `**Actions**\n\n${bullets(lines.actions.map((action) => actionLine(action, "task-list")))}`
      : "",
    lines.checkIns ? `**Check-ins**\n\n${md(lines.checkIns)}` : "",
  );
}

function evidenceMarkdown(report: GrowthReport): string {
  if (report.evidence.length === 0) {
    return `${evidenceScopeNote(report)}\n\nNo evidence logged yet.`;
  }
  return blocks(evidenceScopeNote(report), md(evidenceTable(report)));
}

function guidanceMarkdown(report: GrowthReport): string {
  const notes = guidanceFor(report.framework, "report");
  if (notes.length === 0) return "";
  return blocks(
    "## Worth keeping in mind",
    ...notes.map((note) => `**${note.title}.** ${note.body}`),
  );
}

/**
 * Renders a growth report as Markdown fit to attach to a promotion discussion: headings and
 * tables, and no fixed timelines.
 *
 * @example
 * const markdown = renderReportMarkdown(await loadGrowthReport({ db, framework, person }));
 */
export function renderReportMarkdown(report: GrowthReport): string {
  const successMeans = report.person.preferences?.successMeans;
  return `${blocks(
    `# Growth report: ${report.person.name}`,
    `_${reportSubtitle(report)}_`,
    successMeans ? `> What success means to ${report.person.name}: ${successMeans}` : "",
    "## Where they stand",
    report.standing.summary,
    nextRoleLine(report),
    md(standingTable(report)),
    "## Profile",
    report.profile.reason,
    md(profileTable(report)),
    "## Fit for every role",
    md(fitsTable(report)),
    "## Paths",
    pathsMarkdown(report),
    "## Growth plan",
    planMarkdown(report),
    "## Evidence",
    evidenceMarkdown(report),
    guidanceMarkdown(report),
    "---",
    "_Durations in a career are context, not deadlines: each step is taken when the impact is there._",
  )}\n`;
}

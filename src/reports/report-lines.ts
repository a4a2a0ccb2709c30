import type { GrowthReport } from "../app/growth-report.ts";
import { formatLevel, readinessWords } from "../engine/words.ts";
import { competencyName, percent, roleTitle, trackName } from "./report-names.ts";

/** Rows of a report section as plain text cells, shared by the Markdown and PDF renderers. */
export interface ReportTable {
  header: string[];
  rows: string[][];
}

/** The subtitle line: role, team, manager, framework and date. */
export function reportSubtitle(report: GrowthReport): string {
  const { person, framework } = report;
  return [
    roleTitle(framework, person.roleId),
    person.team ? `team ${person.team}` : "",
    report.managerName ? `manager ${report.managerName}` : "",
    `${framework.name} ${framework.version}`,
    `made on ${report.generatedOn}`,
  ]
    .filter((part) => part !== "")
    .join(" · ");
}

/** The role the person is working towards and why, in one line; or that there is none yet. */
export function nextRoleLine(report: GrowthReport): string {
  const next = report.nextRole;
  if (next === null) return "Next role: none yet. Choose a target role to work towards one.";
  return `Next role: ${next.reason}`;
}

/** The highest role a track's standing is ready for, saying so when it is the role already held. */
function highestReadyCell(report: GrowthReport, roleId: string | undefined): string {
  if (roleId === undefined) return "None yet";
  const title = roleTitle(report.framework, roleId);
  return roleId === report.person.roleId ? `${title} (their current role)` : title;
}

/** Per track, the highest role the person is ready for and the role after it. */
export function standingTable(report: GrowthReport): ReportTable {
  const { framework } = report;
  return {
    header: ["Track", "Highest role they are ready for", "Next role"],
    rows: report.standing.tracks.map((track) => [
      trackName(framework, track.track),
      highestReadyCell(report, track.highestReady?.roleId),
      track.next ? roleTitle(framework, track.next) : "—",
    ]),
  };
}

/** Per competency: level, the role level it matches, confidence and evidence count. */
export function profileTable(report: GrowthReport): ReportTable {
  const { framework, profile } = report;
  const matches = new Map(report.standing.competencies.map((item) => [item.competency, item]));
  return {
    header: ["Competency", "Level", "At the level of", "Confidence", "Evidence"],
    rows: framework.competencies.map((competency) => {
      const score = profile.competencies[competency.id];
      const matched = matches.get(competency.id)?.matchesRole ?? null;
      return [
        competency.name,
        score?.level == null ? "not rated" : formatLevel(score.level),
        matched ? roleTitle(framework, matched) : "—",
        score && score.raters > 0 ? `${score.confidenceLevel} (${score.raters} raters)` : "—",
        String(score?.evidenceCount ?? 0),
      ];
    }),
  };
}

/** The fit for every role, with readiness and the engine's reason. */
export function fitsTable(report: GrowthReport): ReportTable {
  const { framework } = report;
  return {
    header: ["Role", "Track", "Fit", "Readiness", "Why"],
    rows: report.fits.map((fit) => {
      const role = framework.roles.find((item) => item.id === fit.roleId);
      return [
        roleTitle(framework, fit.roleId),
        role ? trackName(framework, role.track) : "",
        percent(fit.fit),
        readinessWords[fit.readiness],
        fit.reason,
      ];
    }),
  };
}

/** The chosen evidence, newest first. */
export function evidenceTable(report: GrowthReport): ReportTable {
  const { framework } = report;
  return {
    header: ["Date", "What happened", "Outcome", "Competencies"],
    rows: report.evidence.map((entry) => [
      entry.date,
      entry.title,
      entry.outcome ?? "",
      entry.competencies.map((id) => competencyName(framework, id)).join(", "),
    ]),
  };
}

/** One sentence saying which evidence the report includes. */
export function evidenceScopeNote(report: GrowthReport): string {
  return report.evidenceScope === "all"
    ? "Includes private evidence: this copy is for the person themself."
    : "Evidence shared with the person's managers or the organisation; private entries are left out.";
}

/** One focus competency's target level: a title and the criteria that show it, one per line. */
export interface FocusLevelLines {
  title: string;
  criteria: string[];
}

/** Per focus competency of the plan, "Execution at level 3 (Proficient)" and its criteria. */
export function focusLevelLines(report: GrowthReport): FocusLevelLines[] {
  const { framework } = report;
  return report.focusLevels.map((focus) => {
    const label = framework.scale.find((step) => step.level === focus.level)?.label;
    const level = label ? `level ${focus.level} (${label})` : `level ${focus.level}`;
    return {
      title: `${competencyName(framework, focus.competency)} at ${level}`,
      criteria: focus.criteria,
    };
  });
}

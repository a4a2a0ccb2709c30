import { actionLine, type PlanLines } from "../reports/plan-lines.ts";
import type { ReportTable } from "../reports/report-lines.ts";

/** Each row as its first cell, then the other filled cells labelled: "Goal (measure: ... · status: open)". */
function tableText(section: ReportTable): string[] {
  return section.rows.map(([first = "", ...rest]) => {
    const details = rest
      .map((cell, index) =>
        cell === "" ? "" : `${section.header[index + 1]?.toLowerCase()}: ${cell}`,
      )
      .filter((cell) => cell !== "");
    return details.length === 0 ? first : `${first} (${details.join(" · ")})`;
  });
}

function block(title: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : ["", title, ...items.map((item) => `  - ${item}`)];
}

/**
 * A growth plan as terminal text: a title, the plan's intro, then focus, goals, actions and
 * check-ins as indented lists.
 *
 * @example writeOut(terminalPlanText("Growth plan for Ava", planLines(framework, plan)));
 */
export function terminalPlanText(title: string, lines: PlanLines): string {
  return [
    title,
    ...lines.intro.map((line) => `  ${line}`),
    ...block("Focus competencies", lines.focus),
    ...block("Goals", lines.goals ? tableText(lines.goals) : []),
    ...block(
      "Actions",
      lines.actions.map((action) => actionLine(action, "words")),
    ),
    ...block("Check-ins", lines.checkIns ? tableText(lines.checkIns) : []),
  ].join("\n");
}

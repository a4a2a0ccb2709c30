import type { GrowthPlan, ReportPlan } from "../app/growth-report.ts";
import type { Framework } from "../framework/schema.ts";
import type { ReportTable } from "./report-lines.ts";
import { competencyName, roleTitle } from "./report-names.ts";

/** One action of a plan: its line, and whether it is done (null for a draft's suggestion). */
export interface PlanAction {
  text: string;
  done: boolean | null;
}

/** A growth plan laid out for reading: the same parts for a current plan and a draft. */
export interface PlanLines {
  /** Plain sentences introducing the plan (or saying why there is none). */
  intro: string[];
  focus: string[];
  goals: ReportTable | null;
  actions: PlanAction[];
  checkIns: ReportTable | null;
}

function currentPlanLines(framework: Framework, plan: GrowthPlan): PlanLines {
  const name = (id: string | null) => competencyName(framework, id);
  const dated = plan.goals.some((goal) => goal.dueDate !== null);
  return {
    intro: [
      `Working towards ${roleTitle(framework, plan.targetRoleId)} (plan ${plan.status}).`,
      `Check-ins every ${plan.checkInEveryDays} days.`,
    ],
    focus: plan.focusCompetencies.map(name),
    goals:
      plan.goals.length === 0
        ? null
        : {
            header: ["Goal", "Competency", "Measure", ...(dated ? ["Aimed for"] : []), "Status"],
            rows: plan.goals.map((goal) => [
              goal.title,
              name(goal.competency),
              goal.measure ?? "",
              ...(dated ? [goal.dueDate ?? ""] : []),
              goal.status,
            ]),
          },
    actions: plan.actions.map((action) => ({
      text: `${action.text} (${name(action.competency)})`,
      done: action.done,
    })),
    checkIns:
      plan.checkIns.length === 0
        ? null
        : {
            header: ["Date", "Progress", "Notes", "Feedback"],
            rows: plan.checkIns.map((checkIn) => [
              checkIn.date,
              checkIn.progress === null ? "" : `${checkIn.progress}%`,
              checkIn.notes ?? "",
              checkIn.feedback ?? "",
            ]),
          },
  };
}

/**
 * Lays out the plan part of a report: the current plan with its goals, actions and check-ins,
 * or the engine's draft for the next role, or why there is neither.
 *
 * @example planLines(framework, { kind: "none", reason: "No next role." }).intro // ["No next role."]
 */
export function planLines(framework: Framework, plan: ReportPlan): PlanLines {
  if (plan.kind === "current") return currentPlanLines(framework, plan.plan);
  if (plan.kind === "none") {
    return { intro: [plan.reason], focus: [], goals: null, actions: [], checkIns: null };
  }
  const { draft } = plan;
  const name = (id: string) => competencyName(framework, id);
  return {
    intro: [
      `No growth plan yet. A draft towards ${roleTitle(framework, draft.targetRoleId)}, from the gaps to close:`,
      draft.reason,
      `Suggested check-ins every ${draft.checkInCadenceDays} days.`,
    ],
    focus: draft.focus.map((item) => item.reason),
    goals:
      draft.goals.length === 0
        ? null
        : {
            header: ["Goal", "Competency"],
            rows: draft.goals.map((goal) => [goal.text, name(goal.competency)]),
          },
    actions: draft.actions.map((action) => ({
      text: `${action.text} (${name(action.competency)})`,
      done: null,
    })),
    checkIns: null,
  };
}

/**
 * An action as a line of text: Markdown's task list ("[x] ...") where a reader renders it as a
 * checkbox, otherwise in words ("Done: ...", "To do: ..."), as print and terminals show them.
 *
 * @example actionLine({ text: "Run a pricing test", done: true }, "words") // "Done: Run a pricing test"
 */
export function actionLine(action: PlanAction, style: "task-list" | "words"): string {
  if (action.done === null) return action.text;
  if (style === "task-list") return `${action.done ? "[x]" : "[ ]"} ${action.text}`;
  return `${action.done ? "Done" : "To do"}: ${action.text}`;
}

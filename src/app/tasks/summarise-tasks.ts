import type { Database } from "../../storage/database.ts";
import { listCheckInSchedules } from "../../storage/queries/check-in-schedule.ts";
import { countOpenFeedbackRequests } from "../../storage/queries/feedback-requests.ts";
import { countPeopleUnder } from "../../storage/queries/reporting-lines.ts";
import { selfAssessmentsToReview } from "../../storage/queries/self-assessments-to-review.ts";
import { planCheckInDue } from "../plan-check-in-due.ts";

/** What a team or an organisation has open, counted, with the counts in a sentence. */
export interface TaskSummary {
  /** How many people the summary covers. */
  people: number;
  /** Feedback requests addressed to these people and not yet answered or declined. */
  openFeedback: number;
  /** Growth plans whose check-in has come up. */
  checkInsDue: number;
  /** Self-assessments with no manager's view since. */
  awaitingManagerView: number;
  sentence: string;
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function sentenceOf(where: string, summary: Omit<TaskSummary, "sentence">): string {
  const parts = [
    summary.openFeedback > 0
      ? counted(summary.openFeedback, "feedback request open", "feedback requests open")
      : "",
    summary.checkInsDue > 0
      ? `${counted(summary.checkInsDue, "check-in has", "check-ins have")} come up`
      : "",
    summary.awaitingManagerView > 0
      ? `${counted(summary.awaitingManagerView, "self-assessment waits", "self-assessments wait")} for a manager's view`
      : "",
  ].filter((part) => part !== "");
  if (parts.length === 0) return `Nothing is waiting ${where}.`;
  const [first, ...rest] = parts;
  const text = rest.length === 0 ? first : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${text}.`;
}

/**
 * What is open across everyone under a manager (directly or not), or across an organisation:
 * counts only, so a manager sees how their team is doing without anyone's details.
 *
 * @example
 * const team = await summariseTasks({ db, today }, { orgId, managerId: ben.id });
 * team.sentence // "Across your team: 2 feedback requests open and 1 check-in has come up."
 */
export async function summariseTasks(
  context: { db: Database; today: string },
  scope: { orgId: string; managerId?: string },
): Promise<TaskSummary> {
  const { db, today } = context;
  const { orgId, managerId } = scope;
  const [headcount, openFeedback, plans, waiting] = await Promise.all([
    countPeopleUnder(db, scope),
    countOpenFeedbackRequests(db, scope),
    listCheckInSchedules(db, managerId === undefined ? { orgId } : { orgId, managerId }),
    selfAssessmentsToReview(
      db,
      managerId === undefined ? { orgId } : { orgId, managerId, depth: "all" },
    ),
  ]);
  const summary = {
    people: headcount,
    openFeedback,
    checkInsDue: plans.filter((plan) => planCheckInDue(plan) <= today).length,
    awaitingManagerView: waiting.length,
  };
  const where = managerId === undefined ? "across the organisation" : "across your team";
  return { ...summary, sentence: sentenceOf(where, summary) };
}

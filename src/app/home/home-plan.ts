import type { GrowthPlan } from "../../storage/queries/growth-plans.ts";

/** The active growth plan's progress as Home shows it. */
export interface HomePlan {
  planId: string;
  targetRoleId: string | null;
  targetTitle: string | null;
  /** Goals done out of those not dropped. */
  goalsDone: number;
  goalsTotal: number;
  /** The progress given at the latest check-in (0–100), or null before the first. */
  progress: number | null;
  /** The day of the latest check-in, or null. */
  lastCheckIn: string | null;
  /** The day the next check-in comes up (YYYY-MM-DD), as context. */
  nextCheckIn: string;
  /** The progress in a sentence. */
  sentence: string;
}

/**
 * The plan's progress from its goals and latest check-in, told in a sentence.
 *
 * @example homePlan(plan, "Senior Product Manager", "2026-06-15").sentence
 * // "Towards Senior Product Manager: 1 of 3 goals done; 40% at the latest check-in."
 */
export function homePlan(
  plan: GrowthPlan,
  targetTitle: string | null,
  nextCheckIn: string,
): HomePlan {
  const goals = plan.goals.filter((goal) => goal.status !== "dropped");
  const done = goals.filter((goal) => goal.status === "done").length;
  const latest = [...plan.checkIns].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  const parts = [
    goals.length === 0
      ? "no goals yet"
      : `${done} of ${goals.length} ${goals.length === 1 ? "goal" : "goals"} done`,
    latest?.progress != null ? `${latest.progress}% at the latest check-in` : "",
  ].filter((part) => part !== "");
  const towards = targetTitle ? `Towards ${targetTitle}` : "Your plan";
  return {
    planId: plan.id,
    targetRoleId: plan.targetRoleId,
    targetTitle,
    goalsDone: done,
    goalsTotal: goals.length,
    progress: latest?.progress ?? null,
    lastCheckIn: latest?.date ?? null,
    nextCheckIn,
    sentence: `${towards}: ${parts.join("; ")}.`,
  };
}

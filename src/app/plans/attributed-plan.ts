import type { Database } from "../../storage/database.ts";
import type { Goal, GrowthPlanRow } from "../../storage/queries/growth-plans.ts";
import { type UserName, userNames } from "../../storage/queries/user-names.ts";

/** Who last changed a plan or goal, and when; null when nobody who still has an account did. */
export interface Attribution {
  name: string;
  personId: string | null;
  at: string;
}

/** A goal with who last changed it. */
export type AttributedGoal = Goal & { lastChange: Attribution | null };

function attribution(
  names: Map<string, UserName>,
  row: { changedBy: string | null; updatedAt: Date },
): Attribution | null {
  const who = row.changedBy === null ? undefined : names.get(row.changedBy);
  return who ? { ...who, at: row.updatedAt.toISOString() } : null;
}

/**
 * Adds to a plan and its goals who last changed each and when, named in one query, so the person
 * sees "Ben Ortiz changed this goal on 3 March".
 *
 * @example
 * const shown = await attributePlan(db, orgId, plan);
 */
export async function attributePlan<P extends GrowthPlanRow & { goals?: Goal[] }>(
  db: Database,
  orgId: string,
  plan: P,
): Promise<Omit<P, "goals"> & { lastChange: Attribution | null; goals?: AttributedGoal[] }> {
  const goals = plan.goals ?? [];
  const names = await userNames(db, orgId, [plan.changedBy, ...goals.map((g) => g.changedBy)]);
  return {
    ...plan,
    lastChange: attribution(names, plan),
    ...(plan.goals
      ? { goals: plan.goals.map((goal) => ({ ...goal, lastChange: attribution(names, goal) })) }
      : {}),
  };
}

/**
 * A single goal with who last changed it.
 *
 * @example
 * const shown = await attributeGoal(db, orgId, goal);
 */
export async function attributeGoal(
  db: Database,
  orgId: string,
  goal: Goal,
): Promise<AttributedGoal> {
  const names = await userNames(db, orgId, [goal.changedBy]);
  return { ...goal, lastChange: attribution(names, goal) };
}

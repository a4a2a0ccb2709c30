import type { Database } from "../../storage/database.ts";
import { type GoalComment, listGoalComments } from "../../storage/queries/goals.ts";
import type { Goal, GrowthPlanRow } from "../../storage/queries/growth-plans.ts";
import { type UserName, userNames } from "../../storage/queries/user-names.ts";

/** Who last changed a plan or goal, and when; null when nobody who still has an account did. */
export interface Attribution {
  name: string;
  personId: string | null;
  at: string;
}

/** A comment on a goal with who wrote it (null once their account is gone) and when. */
export interface AttributedComment {
  id: string;
  text: string;
  author: UserName | null;
  at: string;
}

/** A goal with who last changed it and the comments on it, oldest first. */
export type AttributedGoal = Goal & {
  lastChange: Attribution | null;
  comments: AttributedComment[];
};

function attribution(
  names: Map<string, UserName>,
  row: { changedBy: string | null; updatedAt: Date },
): Attribution | null {
  const who = row.changedBy === null ? undefined : names.get(row.changedBy);
  return who ? { ...who, at: row.updatedAt.toISOString() } : null;
}

/** A stored comment as shown, its author named from `names`. */
export function attributeComment(
  names: Map<string, UserName>,
  comment: GoalComment,
): AttributedComment {
  const author = comment.authorUserId === null ? undefined : names.get(comment.authorUserId);
  return {
    id: comment.id,
    text: comment.text,
    author: author ?? null,
    at: comment.createdAt.toISOString(),
  };
}

/** Goals with who last changed each and their comments, every account named in one query. */
async function attributeGoals(
  db: Database,
  orgId: string,
  goals: readonly Goal[],
  extraUsers: readonly (string | null)[] = [],
): Promise<{ goals: AttributedGoal[]; names: Map<string, UserName> }> {
  const comments = await listGoalComments(
    db,
    goals.map((goal) => goal.id),
  );
  const names = await userNames(db, orgId, [
    ...extraUsers,
    ...goals.map((goal) => goal.changedBy),
    ...comments.map((comment) => comment.authorUserId),
  ]);
  const byGoal = new Map<string, AttributedComment[]>();
  for (const comment of comments) {
    const list = byGoal.get(comment.goalId) ?? [];
    list.push(attributeComment(names, comment));
    byGoal.set(comment.goalId, list);
  }
  return {
    names,
    goals: goals.map((goal) => ({
      ...goal,
      lastChange: attribution(names, goal),
      comments: byGoal.get(goal.id) ?? [],
    })),
  };
}

/**
 * Adds to a plan and its goals who last changed each and when, who started the plan, and the
 * comments on each goal, so the person sees "Ben Ortiz changed this goal on 3 March", "started
 * by Ben Ortiz" and what was said about it.
 *
 * @example
 * const shown = await attributePlan(db, orgId, plan);
 */
export async function attributePlan<P extends GrowthPlanRow & { goals?: Goal[] }>(
  db: Database,
  orgId: string,
  plan: P,
): Promise<
  Omit<P, "goals"> & {
    lastChange: Attribution | null;
    started: Attribution | null;
    goals?: AttributedGoal[];
  }
> {
  const { goals, names } = await attributeGoals(db, orgId, plan.goals ?? [], [
    plan.changedBy,
    plan.startedBy,
  ]);
  return {
    ...plan,
    lastChange: attribution(names, plan),
    started: attribution(names, { changedBy: plan.startedBy, updatedAt: plan.createdAt }),
    ...(plan.goals ? { goals } : {}),
  };
}

/**
 * A single goal with who last changed it and its comments.
 *
 * @example
 * const shown = await attributeGoal(db, orgId, goal);
 */
export async function attributeGoal(
  db: Database,
  orgId: string,
  goal: Goal,
): Promise<AttributedGoal> {
  const { goals } = await attributeGoals(db, orgId, [goal]);
  return goals[0] as AttributedGoal;
}

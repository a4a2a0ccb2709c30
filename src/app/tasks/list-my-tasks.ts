import { checkInTasks } from "./check-in-tasks.ts";
import { cycleTasks } from "./cycle-tasks.ts";
import { feedbackAskedTasks } from "./feedback-asked-tasks.ts";
import { reviewAssessmentTasks } from "./review-assessment-tasks.ts";
import type { Task, TaskKind } from "./task.ts";
import type { TaskContext, TaskSource } from "./task-source.ts";

/**
 * Every place tasks come from. A new source (a check-in cycle's assessments, say) is one more
 * entry here: it gets the same context and its tasks sort in with the rest.
 */
export const taskSources: readonly TaskSource[] = [
  cycleTasks,
  feedbackAskedTasks,
  checkInTasks,
  reviewAssessmentTasks,
];

/** How many tasks Home lists unless asked otherwise. */
export const defaultTaskLimit = 8;

// Among tasks without a date, what the person is asked for comes before what they may offer.
const kindOrder: readonly TaskKind[] = [
  "self-assessment",
  "manager-assessment",
  "choose-peers",
  "alignment-conversation",
  "check-in",
  "review-assessment",
  "peer-feedback",
  "rate-new-competencies",
];

/** Soonest first; tasks with a date before open-ended ones, then by kind and title. */
export function compareTasks(a: Task, b: Task): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  const byKind = kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind);
  return byKind !== 0 ? byKind : a.title.localeCompare(b.title);
}

/**
 * A cycle's peer-feedback task stands for the open request about the same colleague, which the
 * feedback source also lists: keep the cycle's, which says by when.
 */
function withoutRepeats(tasks: readonly Task[]): Task[] {
  const inCycle = new Set(
    tasks
      .filter((task) => task.kind === "peer-feedback" && task.cycleId !== null)
      .map((task) => task.personId),
  );
  return tasks.filter(
    (task) =>
      !(task.kind === "peer-feedback" && task.cycleId === null && inCycle.has(task.personId)),
  );
}

/** My tasks, and how many there are in all when the list is cut short. */
export interface MyTasks {
  items: Task[];
  total: number;
}

/**
 * What the person is asked to do, from every task source, soonest first and at most `limit`
 * of them. Each source answers only for the context's person, so a colleague's tasks never
 * show up here.
 *
 * @example
 * const { items } = await listMyTasks({ db, orgId, personId, framework, today });
 */
export async function listMyTasks(
  context: TaskContext,
  options: { limit?: number; sources?: readonly TaskSource[] } = {},
): Promise<MyTasks> {
  const sources = options.sources ?? taskSources;
  const found = await Promise.all(sources.map((source) => source(context)));
  const all = withoutRepeats(found.flat()).sort(compareTasks);
  return { items: all.slice(0, options.limit ?? defaultTaskLimit), total: all.length };
}

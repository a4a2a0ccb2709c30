import { cycleTasksOf } from "../cycles/list-cycle-tasks.ts";
import type { TaskSource } from "./task-source.ts";

/**
 * What open check-in cycles ask of the person: their self-assessment, their reports' manager
 * assessments and the peer feedback asked of them in a cycle, each due when its cycle ends.
 *
 * @example const tasks = await cycleTasks({ db, orgId, personId, framework, today });
 */
export const cycleTasks: TaskSource = (context) =>
  cycleTasksOf(context.db, {
    orgId: context.orgId,
    personId: context.personId,
    today: context.today,
  });

import { listSome } from "../../engine/words.ts";
import type { Framework } from "../../framework/schema.ts";
import type { Database } from "../../storage/database.ts";
import type { Task } from "./task.ts";

/** What every source of tasks is given: who is asking, as a person, and what day it is. */
export interface TaskContext {
  db: Database;
  orgId: string;
  /** The person the tasks are for: the signed-in user's own person record. */
  personId: string;
  /** The framework in use, to name competencies and roles. */
  framework: Framework;
  /** Today on the organisation's calendar (YYYY-MM-DD). */
  today: string;
}

/**
 * One place tasks come from (feedback asked of me, a check-in coming up, …): it answers only
 * tasks for the context's person, never about people they may not see.
 */
export type TaskSource = (context: TaskContext) => Promise<Task[]>;

/** The competencies' names in framework words, for a sentence: "Strategy, Execution and 2 more". */
export function competencyNames(framework: Framework, ids: readonly string[]): string {
  const names = new Map(
    framework.competencies.map((competency) => [competency.id, competency.name]),
  );
  return listSome(ids.map((id) => names.get(id) ?? id));
}

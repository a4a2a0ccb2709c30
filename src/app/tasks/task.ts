/** What a task asks of the person who sees it on Home. */
export type TaskKind =
  | "self-assessment"
  | "manager-assessment"
  | "peer-feedback"
  | "rate-new-competencies"
  | "check-in"
  | "review-assessment"
  | "choose-peers"
  | "alignment-conversation";

/**
 * One thing someone is asked to do, in words they can act on: a self-assessment a cycle asks for,
 * feedback a colleague requested, a check-in coming up. Every source of tasks returns these, and
 * Home lists them together, soonest first.
 */
export interface Task {
  kind: TaskKind;
  /** What to do, in a sentence: "Assess yourself for H1 2027 career check-in". */
  title: string;
  /** Why, or what it covers: "Asked by Ben Ortiz: strategy and communication". */
  detail: string;
  /** The page of the web app where the task is done, e.g. "/assess" or "/feedback". */
  href: string;
  /** The organisation's date by which it is wanted (YYYY-MM-DD), as context; null when open. */
  due: string | null;
  /** The person the task is about, when it is about someone other than the viewer. */
  personId: string | null;
  personName: string | null;
  /** The cycle that created the task, when one did. */
  cycleId: string | null;
}

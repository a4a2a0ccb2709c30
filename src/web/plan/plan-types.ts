/** The engine's growth plan draft, as `GET /api/v1/people/{id}/plan-draft` answers it. */
export type { GrowthPlanDraft } from "../../engine/plans/draft-growth-plan.ts";

/** Where a goal stands. */
export type GoalStatus = "open" | "done" | "dropped";

/** A measurable goal of a growth plan; the date is context, never a deadline. */
export interface Goal {
  id: string;
  title: string;
  competency: string | null;
  measure: string | null;
  dueDate: string | null;
  status: GoalStatus;
}

/** One check-in on a growth plan. */
export interface CheckIn {
  id: string;
  date: string;
  progress: number | null;
  notes: string | null;
  feedback: string | null;
}

/** A growth plan as the API shows it (goals and check-ins only when fetched one by one). */
export interface GrowthPlan {
  id: string;
  personId: string;
  targetRoleId: string | null;
  focusCompetencies: string[];
  actions: { competency: string; text: string; done: boolean }[];
  status: "active" | "completed" | "archived";
  checkInEveryDays: number;
  goals?: Goal[];
  checkIns?: CheckIn[];
}

/** What a new growth plan is created with. */
export interface PlanInput {
  targetRoleId: string | null;
  focusCompetencies: string[];
  actions: { competency: string; text: string; done: boolean }[];
  checkInEveryDays: number;
  goals: { title: string; competency?: string; status: GoalStatus }[];
}

/** A check-in as the form sends it. */
export interface CheckInInput {
  date: string;
  progress?: number;
  notes?: string;
}

import type { Assessment, Evidence, Person, RoleHistoryEntry } from "../engine/types.ts";

/** A demo person: the engine's Person plus the email they sign in or are reached with. */
export interface DemoPerson extends Person {
  email: string;
}

/** A demo assessment; `createdAt` dates drafts too, which have no `submittedAt`. */
export interface DemoAssessment extends Assessment {
  createdAt: string;
}

/** A dated, measurable goal inside a demo growth plan. */
export interface DemoGoal {
  title: string;
  competency: string | null;
  measure: string;
  /** ISO date. */
  dueDate: string;
  status: "open" | "done";
}

/** One check-in on a demo growth plan. */
export interface DemoCheckIn {
  /** ISO date. */
  date: string;
  /** Percent of the plan done, 0 to 100. */
  progress: number;
  notes: string;
  feedback: string | null;
  /** The person who wrote it: the plan's owner or their manager. */
  authorId: string;
}

/** A demo growth plan towards a target role, with goals, actions and check-ins. */
export interface DemoGrowthPlan {
  id: string;
  personId: string;
  targetRoleId: string;
  focusCompetencies: string[];
  actions: { competency: string; text: string; done: boolean }[];
  checkInEveryDays: number;
  /** ISO timestamp. */
  createdAt: string;
  goals: DemoGoal[];
  checkIns: DemoCheckIn[];
}

/** An open request that a colleague rate chosen competencies of a person. */
export interface DemoFeedbackRequest {
  id: string;
  personId: string;
  requesterId: string;
  addresseeId: string;
  competencies: string[];
  message: string;
  /** ISO timestamp. */
  createdAt: string;
}

/** Which demo account this is, and what it lets someone try. */
export type DemoLoginKind = "owner" | "manager" | "member";

/** A demo account: local demo use only, the password is public. */
export interface DemoLogin {
  kind: DemoLoginKind;
  email: string;
  password: string;
  orgRole: "owner" | "admin" | "member";
  personId: string;
  /** What the account shows, e.g. "Group Product Manager with a team of six". */
  description: string;
}

/** A whole demo organisation as plain data, with local ids that seeding maps to stored ids. */
export interface DemoOrganisation {
  name: string;
  frameworkId: string;
  frameworkVersion: string;
  people: DemoPerson[];
  roleHistory: RoleHistoryEntry[];
  assessments: DemoAssessment[];
  evidence: Evidence[];
  growthPlans: DemoGrowthPlan[];
  feedbackRequests: DemoFeedbackRequest[];
  logins: DemoLogin[];
  /** The check-in cycle in progress. */
  cycle: DemoCycle;
}

/** The check-in cycle the demo organisation is part-way through. */
export interface DemoCycle {
  name: string;
  startsOn: string;
  endsOn: string;
  /** The demo manager: the cycle is for everyone under them. */
  managerId: string;
}

import type { Framework } from "../framework/schema.ts";
import { createRandom } from "./create-random.ts";
import { demoAssessments } from "./demo-assessments.ts";
import { demoCycle } from "./demo-cycle.ts";
import { demoEvidence } from "./demo-evidence.ts";
import { demoFeedbackRequests } from "./demo-feedback-requests.ts";
import { demoGrowthPlans } from "./demo-growth-plans.ts";
import { demoLogins } from "./demo-logins.ts";
import { demoPeople } from "./demo-people.ts";
import type { DemoOrganisation } from "./demo-types.ts";

/** The demo organisation's name; seeding looks it up to stay idempotent. */
export const demoOrganisationName = "Northwind Labs";

/** What the demo organisation is built from. */
export interface BuildDemoOrganisationOptions {
  /** The framework whose roles and competencies the organisation uses. */
  framework: Framework;
  /** The reference "today": assessments, evidence and plans are dated before it. */
  now: Date;
  /** Same seed, same organisation. */
  seed?: number;
}

/**
 * Builds a fictional product organisation as plain data: about 64 people across every role of
 * the framework with managers and teams, role history, two years of assessments, evidence,
 * growth plans, open feedback requests and three demo logins. Pure and deterministic.
 *
 * @example
 * const demo = buildDemoOrganisation({ framework, now: new Date("2026-06-01T00:00:00Z") });
 * demo.people.length; // 64
 */
export function buildDemoOrganisation(options: BuildDemoOrganisationOptions): DemoOrganisation {
  const { framework, now } = options;
  if (Number.isNaN(now.getTime())) {
    throw new Error("The demo organisation needs a valid `now` date to date its history.");
  }
  const random = createRandom(options.seed ?? 2026);
  const staff = demoPeople({ framework, now, random });
  const { people, traits } = staff;
  const evidence = demoEvidence({ framework, people, traits, now, random });
  const earlier = demoAssessments({ framework, people, traits, evidence, now, random });
  const logins = demoLogins(framework, people);
  const inCycle = demoCycle({ people, logins, assessments: earlier, now });
  const assessments = [...earlier, ...inCycle.assessments];
  const growthPlans = demoGrowthPlans({
    framework,
    people,
    assessments,
    evidence,
    now,
    random,
    first: logins.filter((login) => login.kind === "member").map((login) => login.personId),
  });
  const feedbackRequests = demoFeedbackRequests({
    framework,
    people,
    plans: growthPlans,
    now,
    random,
  });
  return {
    name: demoOrganisationName,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    people,
    roleHistory: staff.roleHistory,
    assessments,
    evidence,
    growthPlans,
    feedbackRequests,
    logins,
    cycle: inCycle.cycle,
  };
}

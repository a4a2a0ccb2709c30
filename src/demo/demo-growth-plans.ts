import { draftGrowthPlan } from "../engine/plans/draft-growth-plan.ts";
import { aggregateProfile } from "../engine/profile/aggregate-profile.ts";
import type { Evidence } from "../engine/types.ts";
import type { Framework } from "../framework/schema.ts";
import type { Random } from "./create-random.ts";
import { addDays, isoDate, workdayTimestamp } from "./demo-dates.ts";
import type { DemoAssessment, DemoCheckIn, DemoGrowthPlan, DemoPerson } from "./demo-types.ts";

const checkInNotes = [
  "Picked the first stretch project and agreed what good looks like.",
  "Ran the first experiment; results are mixed but the learning is clear.",
  "Presented the work to the wider team and got useful challenge.",
  "Paired with a senior colleague on the hardest part; more confident now.",
  "Logged two new evidence entries for the focus competencies.",
];
const managerFeedback = [
  "Good progress; next time bring the trade-offs to me earlier.",
  "The write-up was excellent. Share it with the other groups.",
  "Let us find a bigger stage for this in the next quarter.",
  null,
];

function checkInsFor(options: {
  person: DemoPerson;
  created: Date;
  cadence: number;
  now: Date;
  random: Random;
}): DemoCheckIn[] {
  const { person, created, cadence, now, random } = options;
  const checkIns: DemoCheckIn[] = [];
  for (let step = 1; step <= 3; step++) {
    const date = addDays(created, step * cadence + random.int(-4, 4));
    if (date > now) break;
    const byManager = step % 2 === 0 && person.managerId !== null;
    checkIns.push({
      date: isoDate(date),
      progress: Math.min(100, step * 20 + random.int(0, 15)),
      notes: checkInNotes[(step + random.int(0, 2)) % checkInNotes.length] as string,
      feedback: person.managerId ? random.pick(managerFeedback) : null,
      authorId: byManager && person.managerId ? person.managerId : person.id,
    });
  }
  return checkIns;
}

/**
 * Growth plans for about twenty people towards the role they aim at, drafted by the engine
 * from their current profile, with dated goals, some actions done and a few check-ins.
 */
export function demoGrowthPlans(options: {
  framework: Framework;
  people: DemoPerson[];
  assessments: DemoAssessment[];
  evidence: Evidence[];
  now: Date;
  random: Random;
  /** People considered before everyone else, e.g. the demo logins, so their plans show. */
  first?: string[];
  count?: number;
}): DemoGrowthPlan[] {
  const { framework, now, random } = options;
  const names = new Map(framework.competencies.map((c) => [c.id, c.name]));
  const plans: DemoGrowthPlan[] = [];
  const wanted = options.count ?? 20;
  const first = new Set(options.first ?? []);
  const ordered = [
    ...options.people.filter((person) => first.has(person.id)),
    ...random.shuffle(options.people.filter((person) => !first.has(person.id))),
  ];
  for (const person of ordered) {
    if (plans.length >= wanted) break;
    const target = person.preferences?.targetRoles[0];
    if (!target) continue;
    const own = options.assessments.filter((a) => a.personId === person.id);
    const evidence = options.evidence.filter((e) => e.personId === person.id);
    const profile = aggregateProfile(framework, person.id, own, evidence);
    const draft = draftGrowthPlan(framework, profile, target, {}, person.roleId);
    if (draft.focus.length === 0) continue;
    const created = addDays(now, -random.int(45, 200));
    const checkIns = checkInsFor({
      person,
      created,
      cadence: draft.checkInCadenceDays,
      now,
      random,
    });
    const progress = checkIns[checkIns.length - 1]?.progress ?? 0;
    const firstActions = new Map<string, number>();
    plans.push({
      id: `plan-${String(plans.length + 1).padStart(2, "0")}`,
      personId: person.id,
      targetRoleId: target,
      focusCompetencies: draft.focus.map((item) => item.competency),
      actions: draft.actions
        .filter((action) => {
          const seen = firstActions.get(action.competency) ?? 0;
          firstActions.set(action.competency, seen + 1);
          return seen < 2;
        })
        .map((action, index) => ({
          competency: action.competency,
          text: action.text,
          done: index * 25 < progress,
        })),
      checkInEveryDays: draft.checkInCadenceDays,
      createdAt: workdayTimestamp(created, 10),
      goals: draft.focus.map((item, index) => ({
        title: `Reach level ${item.expected} in ${names.get(item.competency) ?? item.competency}`,
        competency: item.competency,
        measure: "Two evidence entries that show it, confirmed in the next manager assessment",
        dueDate: isoDate(addDays(created, random.int(120, 270))),
        status: index === 0 && progress >= 60 ? "done" : "open",
      })),
      checkIns,
    });
  }
  return plans;
}

import type { Framework } from "../framework/schema.ts";
import type { Random } from "./create-random.ts";
import { addDays, workdayTimestamp } from "./demo-dates.ts";
import type { DemoFeedbackRequest, DemoGrowthPlan, DemoPerson } from "./demo-types.ts";

const messages = [
  "Could you rate these from what you saw on our last project together?",
  "I am working on these for my growth plan; your honest view would help a lot.",
  "You worked closely with them this quarter: how do these look from where you sit?",
  "Quick one before my next check-in: where do you see me on these?",
];

/**
 * A few open feedback requests, mostly from people with a growth plan asking a colleague about
 * their focus competencies; some are asked by the person's manager.
 */
export function demoFeedbackRequests(options: {
  framework: Framework;
  people: DemoPerson[];
  plans: DemoGrowthPlan[];
  now: Date;
  random: Random;
  count?: number;
}): DemoFeedbackRequest[] {
  const { framework, people, now, random } = options;
  const competencies = framework.competencies.map((competency) => competency.id);
  const requests: DemoFeedbackRequest[] = [];
  const subjects = [...options.plans.map((plan) => plan.personId), ...people.map((p) => p.id)];
  for (const personId of subjects) {
    if (requests.length >= (options.count ?? 6)) break;
    const person = people.find((p) => p.id === personId);
    if (!person || requests.some((request) => request.personId === personId)) continue;
    const colleagues = people.filter(
      (p) => p.id !== person.id && p.id !== person.managerId && p.team === person.team,
    );
    if (colleagues.length === 0) continue;
    const plan = options.plans.find((p) => p.personId === person.id);
    const asked = plan?.focusCompetencies ?? random.shuffle(competencies).slice(0, 3);
    const byManager = person.managerId !== null && random.chance(0.3);
    requests.push({
      id: `feedback-${String(requests.length + 1).padStart(2, "0")}`,
      personId: person.id,
      requesterId: byManager && person.managerId ? person.managerId : person.id,
      addresseeId: random.pick(colleagues).id,
      competencies: asked,
      message: random.pick(messages),
      createdAt: workdayTimestamp(addDays(now, -random.int(1, 14)), 14),
    });
  }
  return requests;
}

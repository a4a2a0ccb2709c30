import { selfAssessmentsToReview } from "../../storage/queries/self-assessments-to-review.ts";
import type { Task } from "./task.ts";
import type { TaskContext, TaskSource } from "./task-source.ts";

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/**
 * For managers: each direct report whose latest self-assessment has no manager's view since, so
 * the two can be compared in a conversation. Nobody else's people appear.
 *
 * @example const reviews = await reviewAssessmentTasks({ db, orgId, personId, framework, today });
 */
export const reviewAssessmentTasks: TaskSource = async (context: TaskContext): Promise<Task[]> => {
  const waiting = await selfAssessmentsToReview(context.db, {
    orgId: context.orgId,
    managerId: context.personId,
    depth: "direct",
  });
  return waiting.map(
    (report): Task => ({
      kind: "review-assessment",
      title: `Add your view to ${report.name}'s self-assessment`,
      detail: `${report.name} submitted a self-assessment on ${longDate.format(new Date(`${report.submittedOn}T00:00:00Z`))}; your view makes the picture more certain and gives you both a topic for your next one-to-one.`,
      href: "/team",
      due: null,
      personId: report.personId,
      personName: report.name,
      cycleId: null,
    }),
  );
};

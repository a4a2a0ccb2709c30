import { listFeedbackRequests } from "../../storage/queries/feedback-requests.ts";
import { personNames } from "../../storage/queries/person-names.ts";
import { userNames } from "../../storage/queries/users.ts";
import type { Task } from "./task.ts";
import { competencyNames, type TaskContext, type TaskSource } from "./task-source.ts";

// More open requests than anyone answers in a sitting; Home shows the soonest few anyway.
const requestLimit = 50;

/**
 * Open requests addressed to me: feedback a colleague asked me to give about someone (only the
 * people I was asked about), and requests to rate myself on competencies, such as those a new
 * framework version added.
 *
 * @example const tasks = await feedbackAskedTasks({ db, orgId, personId, framework, today });
 */
export const feedbackAskedTasks: TaskSource = async (context: TaskContext): Promise<Task[]> => {
  const { db, orgId, personId, framework } = context;
  const requests = await listFeedbackRequests(db, {
    orgId,
    addresseePersonId: personId,
    status: "open",
    limit: requestLimit,
  });
  const [askers, people] = await Promise.all([
    userNames(
      db,
      orgId,
      requests.map((request) => request.requesterUserId),
    ),
    personNames(
      db,
      orgId,
      requests.map((request) => request.personId),
    ),
  ]);
  const nameOf = new Map(people.map((person) => [person.id, person.name]));
  return requests.map((request): Task => {
    const what = competencyNames(framework, request.competencies);
    const asker = request.requesterUserId ? askers.get(request.requesterUserId) : undefined;
    const by = asker ? `Asked by ${asker}` : "Asked";
    if (request.personId === personId) {
      return {
        kind: "rate-new-competencies",
        title: "Rate yourself on competencies you have not rated yet",
        detail: `${by}: ${what}`,
        href: "/feedback",
        due: null,
        personId: null,
        personName: null,
        cycleId: null,
      };
    }
    const name = nameOf.get(request.personId) ?? "a colleague";
    return {
      kind: "peer-feedback",
      title: `Give feedback on ${name}`,
      detail: `${by}: ${what}`,
      href: "/feedback",
      due: null,
      personId: request.personId,
      personName: name,
      cycleId: null,
    };
  });
};

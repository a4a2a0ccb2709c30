import { cycleCompletion } from "../../storage/queries/cycle-completion.ts";
import { cycleFeedbackAsks } from "../../storage/queries/cycle-feedback-asks.ts";
import { participantCompletion } from "../cycles/participant-completion.ts";
import type { Task } from "./task.ts";
import type { TaskContext, TaskSource } from "./task-source.ts";

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const until = (endsOn: string) => longDate.format(new Date(`${endsOn}T00:00:00Z`));

const byDueThenTitle = (a: Task, b: Task) =>
  (a.due ?? "9999").localeCompare(b.due ?? "9999") || a.title.localeCompare(b.title);

/**
 * What open check-in cycles ask of the person, as tasks for Home: their own self-assessment
 * (once the window has opened and until it is submitted in it), the manager assessments of the
 * people they managed when a cycle opened, and the peer feedback they were asked for in a cycle,
 * each due when its cycle ends.
 *
 * @example
 * const tasks = await cycleTasks({ db, orgId, personId, framework, today });
 * tasks[0]?.title; // "Assess yourself for H1 2027 career check-in"
 */
export const cycleTasks: TaskSource = async (context: TaskContext): Promise<Task[]> => {
  const { db, orgId, personId: me, today } = context;
  const scope = { orgId, openOnly: true };
  const started = <T extends { startsOn: string }>(row: T) => row.startsOn <= today;
  const own = (await cycleCompletion(db, { ...scope, personId: me })).filter(started);
  const reports = (await cycleCompletion(db, { ...scope, managerAtOpening: me })).filter(started);
  const asks = await cycleFeedbackAsks(db, orgId, me);
  const tasks: Task[] = [
    ...own
      .filter((row) => participantCompletion(row).self === "to-do")
      .map(
        (row): Task => ({
          kind: "self-assessment",
          title: `Assess yourself for ${row.cycleName}`,
          detail: `Your view of your own work, open until ${until(row.endsOn)}; your manager gives theirs separately.`,
          href: "/assess",
          due: row.endsOn,
          personId: null,
          personName: null,
          cycleId: row.cycleId,
        }),
      ),
    ...reports
      .filter((row) => participantCompletion(row).manager === "to-do")
      .map(
        (row): Task => ({
          kind: "manager-assessment",
          title: `Assess ${row.name} for ${row.cycleName}`,
          detail: `Your view of ${row.name}'s work as their manager, open until ${until(row.endsOn)}.`,
          href: "/team",
          due: row.endsOn,
          personId: row.personId,
          personName: row.name,
          cycleId: row.cycleId,
        }),
      ),
    ...asks.map(
      (ask): Task => ({
        kind: "peer-feedback",
        title: `Give feedback on ${ask.personName} for ${ask.cycleName}`,
        detail: `${ask.personName} is in ${ask.cycleName}; you rate only the competencies you were asked about.`,
        href: "/feedback",
        due: ask.endsOn,
        personId: ask.personId,
        personName: ask.personName,
        cycleId: ask.cycleId,
      }),
    ),
  ];
  return tasks.sort(byDueThenTitle);
};

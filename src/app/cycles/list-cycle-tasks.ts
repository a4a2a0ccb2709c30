import type { Database } from "../../storage/database.ts";
import { cycleCompletion } from "../../storage/queries/cycle-completion.ts";
import { cycleFeedbackAsks } from "../../storage/queries/cycle-feedback-asks.ts";
import { organisationToday } from "../organisation-today.ts";
import type { Actor } from "../policy.ts";
import { organisationWide, refuseUnless } from "../refusal.ts";
import type { Task } from "../tasks/task.ts";
import { participantCompletion } from "./participant-completion.ts";

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const until = (endsOn: string) => longDate.format(new Date(`${endsOn}T00:00:00Z`));

const byDueThenTitle = (a: Task, b: Task) =>
  (a.due ?? "9999").localeCompare(b.due ?? "9999") || a.title.localeCompare(b.title);

/**
 * What open check-in cycles ask of the actor now, as tasks for Home: their own self-assessment
 * (while their window is open and it is not yet submitted in it), the manager assessments of the
 * people they managed when a cycle opened, and the peer feedback they were asked for in a cycle.
 * Soonest end first; none for an account that is not a person.
 *
 * @example
 * const tasks = await listCycleTasks({ db, now: () => new Date() }, actor);
 * tasks[0]?.title; // "Assess yourself for H1 2027 career check-in"
 */
export async function listCycleTasks(
  deps: { db: Database; now: () => Date },
  actor: Extract<Actor, { kind: "user" }>,
): Promise<Task[]> {
  refuseUnless(actor, "cycle:list", organisationWide(actor.orgId));
  if (actor.personId === null) return [];
  const today = await organisationToday(deps, actor.orgId);
  return cycleTasksOf(deps.db, { orgId: actor.orgId, personId: actor.personId, today });
}

/**
 * The tasks open cycles give one person on a given day: the rule behind {@link listCycleTasks},
 * for callers that already know who is asking and what day it is (Home's task sources).
 */
export async function cycleTasksOf(
  db: Database,
  who: { orgId: string; personId: string; today: string },
): Promise<Task[]> {
  const { personId: me, today } = who;
  const scope = { orgId: who.orgId, openOnly: true };
  const started = <T extends { startsOn: string }>(row: T) => row.startsOn <= today;
  const own = (await cycleCompletion(db, { ...scope, personId: me })).filter(started);
  const reports = (await cycleCompletion(db, { ...scope, managerAtOpening: me })).filter(started);
  const asks = await cycleFeedbackAsks(db, who.orgId, me);
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
}

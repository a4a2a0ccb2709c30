import { listCheckInSchedules } from "../../storage/queries/check-in-schedule.ts";
import { countPeopleUnder } from "../../storage/queries/reporting-lines.ts";
import { loadCurrentPlan } from "../load-current-plan.ts";
import { organisationToday } from "../organisation-today.ts";
import { planCheckInDue } from "../plan-check-in-due.ts";
import { type Actor, can } from "../policy.ts";
import { type ReadProfileDeps, readProfile } from "../read-profile.ts";
import { signedInActor } from "../refusal.ts";
import { listMyTasks, type MyTasks } from "../tasks/list-my-tasks.ts";
import { summariseTasks, type TaskSummary } from "../tasks/summarise-tasks.ts";
import { type HomePlan, homePlan } from "./home-plan.ts";
import { type HomeStanding, homeStanding } from "./home-standing.ts";

/** What reading Home needs. */
export interface ReadHomeDeps extends ReadProfileDeps {
  now: () => Date;
}

/** Everything Home shows, for one signed-in user. */
export interface HomeRead {
  /** The user's person record; null for an account that only administers. */
  person: { id: string; name: string } | null;
  standing: HomeStanding | null;
  plan: HomePlan | null;
  tasks: MyTasks;
  /** What is open across the people under the user; null when nobody reports to them. */
  team: TaskSummary | null;
  /** What is open across the organisation; for admins only. */
  organisation: TaskSummary | null;
  /** Today on the organisation's calendar. */
  today: string;
}

/**
 * Home for the signed-in user: where they stand (the next-role rule and readProfile, verdict
 * first), their plan's progress and next check-in, their tasks soonest first, and counts of
 * what is open across their team (managers) and the organisation (admins).
 *
 * @example
 * const home = await readHome(deps, actor);
 * home.standing?.next?.verdict
 */
export async function readHome(
  deps: ReadHomeDeps,
  actor: Actor,
  options: { taskLimit?: number } = {},
): Promise<HomeRead> {
  const member = signedInActor(actor);
  const { orgId, personId } = member;
  const today = await organisationToday(deps, orgId);
  const orgWide = { orgId, ownerPersonId: null, managerChain: [] };
  const organisation = can(member, "analytics:org", orgWide).allowed
    ? await summariseTasks({ db: deps.db, today }, { orgId })
    : null;
  if (personId === null) {
    return {
      person: null,
      standing: null,
      plan: null,
      tasks: { items: [], total: 0 },
      team: null,
      organisation,
      today,
    };
  }
  const read = await readProfile(deps, member, personId, { alsoRequires: ["home:read"] });
  const { framework, person, profile } = read;
  const [current, schedules, reports] = await Promise.all([
    loadCurrentPlan(deps.db, { orgId, personId }),
    listCheckInSchedules(deps.db, { orgId, personId }),
    countPeopleUnder(deps.db, { orgId, managerId: personId }),
  ]);
  const [tasks, team] = await Promise.all([
    listMyTasks(
      { db: deps.db, orgId, personId, framework, today },
      options.taskLimit === undefined ? {} : { limit: options.taskLimit },
    ),
    reports > 0 ? summariseTasks({ db: deps.db, today }, { orgId, managerId: personId }) : null,
  ]);
  const schedule = schedules.find((plan) => plan.planId === current?.id);
  const target = current?.targetRoleId
    ? (framework.roles.find((role) => role.id === current.targetRoleId)?.title ?? null)
    : null;
  return {
    person: { id: person.id, name: person.name },
    standing: homeStanding(framework, person, profile),
    plan: current && schedule ? homePlan(current, target, planCheckInDue(schedule)) : null,
    tasks,
    team,
    organisation,
    today,
  };
}

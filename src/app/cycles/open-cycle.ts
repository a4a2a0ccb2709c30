import type { InputIssue } from "../../framework/input-issue.ts";
import type { Database } from "../../storage/database.ts";
import { type CyclePopulation, createCycle } from "../../storage/queries/cycles.ts";
import { personNames } from "../../storage/queries/person-names.ts";
import { organisationToday } from "../organisation-today.ts";
import { type Actor, localAdminUserId } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { organisationWide, Refusal, refuseUnless } from "../refusal.ts";
import { type CycleRaters, type CycleView, cycleView } from "./cycle-view.ts";

/** What an admin says when opening a cycle. */
export interface OpenCycleInput {
  name: string;
  /** The window on the organisation's calendar (YYYY-MM-DD), both days included. */
  startsOn: string;
  endsOn: string;
  population: CyclePopulation;
  /** Peers are chosen by the person unless the admin says their manager chooses. */
  raters: Omit<CycleRaters, "peersChosenBy"> & Partial<Pick<CycleRaters, "peersChosenBy">>;
}

/** What opening a cycle needs. */
export interface OpenCycleDeps {
  db: Database;
  now: () => Date;
}

function checkInput(input: OpenCycleInput, today: string): InputIssue[] {
  const issues: InputIssue[] = [];
  if (input.name.trim() === "") {
    issues.push({
      path: "name",
      message: "The cycle has no name.",
      hint: 'Name it so people recognise it, e.g. "H1 2027 career check-in".',
    });
  }
  if (input.endsOn < input.startsOn) {
    issues.push({
      path: "endsOn",
      message: `The window ends (${input.endsOn}) before it starts (${input.startsOn}).`,
      hint: "Choose a last day on or after the first day.",
    });
  } else if (input.endsOn < today) {
    issues.push({
      path: "endsOn",
      message: `The window ended on ${input.endsOn}, before today (${today}).`,
      hint: "Choose a last day from today on, so people have time to take part.",
    });
  }
  const { self, manager, peers } = input.raters;
  if (!self && !manager && peers === 0) {
    issues.push({
      path: "raters",
      message: "The cycle asks nobody to assess anyone.",
      hint: "Ask for at least one of a self-assessment, a manager assessment or peer feedback.",
    });
  }
  if (input.population.kind === "people" && input.population.personIds.length === 0) {
    issues.push({
      path: "population.personIds",
      message: "The list of people is empty.",
      hint: "Choose at least one person, or open the cycle for everyone or a manager's people.",
    });
  }
  return issues;
}

async function checkPopulation(
  db: Database,
  orgId: string,
  population: CyclePopulation,
): Promise<InputIssue[]> {
  if (population.kind === "everyone") return [];
  const ids = population.kind === "team" ? [population.managerId] : population.personIds;
  const found = new Set((await personNames(db, orgId, ids)).map((person) => person.id));
  const unknown = [...new Set(ids)].filter((id) => !found.has(id));
  if (unknown.length === 0) return [];
  return population.kind === "team"
    ? [
        {
          path: "population.managerId",
          message: "No person in the organisation has this id.",
          hint: "Choose the manager from the people of the organisation.",
        },
      ]
    : [
        {
          path: "population.personIds",
          message: `${unknown.length === 1 ? "One id names" : `${unknown.length} ids name`} nobody in the organisation: ${unknown.join(", ")}.`,
          hint: "Choose people from the organisation's list of people.",
        },
      ];
}

/**
 * Opens a check-in cycle (admins): its people are the population as it stands now, each kept
 * with their manager of today; audited. Bad input is refused with every field to fix and
 * changes nothing; a population of nobody is refused too.
 *
 * @example
 * const cycle = await openCycle({ db, now }, admin, {
 *   name: "H1 2027 career check-in", startsOn: "2027-01-11", endsOn: "2027-02-05",
 *   population: { kind: "everyone" }, raters: { self: true, manager: true, peers: 2 },
 * });
 */
export async function openCycle(
  deps: OpenCycleDeps,
  actor: Extract<Actor, { kind: "user" }>,
  input: OpenCycleInput,
): Promise<CycleView> {
  refuseUnless(actor, "cycle:manage", organisationWide(actor.orgId));
  const today = await organisationToday(deps, actor.orgId);
  const issues = [
    ...checkInput(input, today),
    ...(await checkPopulation(deps.db, actor.orgId, input.population)),
  ];
  if (issues.length > 0) {
    throw new Refusal("validation", "The cycle cannot be opened as it is.", issues);
  }
  return deps.db.transaction(async (tx) => {
    const { cycle, participants } = await createCycle(
      tx,
      {
        orgId: actor.orgId,
        name: input.name.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        selfRated: input.raters.self,
        managerRated: input.raters.manager,
        peerCount: input.raters.peers,
        peerChooser: input.raters.peersChosenBy ?? "person",
        createdByUserId: actor.userId === localAdminUserId ? null : actor.userId,
      },
      input.population,
    );
    if (participants === 0) {
      throw new Refusal("validation", "The cycle would have nobody in it.", [
        {
          path: "population",
          message: "Nobody is in the population chosen.",
          hint: "Choose a manager who has people, or list the people the cycle is for.",
        },
      ]);
    }
    await recordAuditEntry(tx, actor, {
      action: "cycle:open",
      targetType: "cycle",
      targetId: cycle.id,
      detail: { name: cycle.name, participants },
    });
    return cycleView({ ...cycle, participants });
  });
}

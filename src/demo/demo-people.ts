import type { RoleHistoryEntry } from "../engine/types.ts";
import type { Framework } from "../framework/schema.ts";
import type { Random } from "./create-random.ts";
import { demoBackground } from "./demo-background.ts";
import { seniorityOf } from "./demo-career.ts";
import { demoNames } from "./demo-names.ts";
import { demoOrgChart } from "./demo-org-chart.ts";
import { demoPreferences, pickAmbition } from "./demo-preferences.ts";
import { demoRoleHistory } from "./demo-role-history.ts";
import { type DemoTraits, demoTraits } from "./demo-traits.ts";
import type { DemoPerson } from "./demo-types.ts";

/** The people of the demo organisation with their role history and hidden traits. */
export interface DemoStaff {
  people: DemoPerson[];
  roleHistory: RoleHistoryEntry[];
  traits: Map<string, DemoTraits>;
}

/** Fills every seat of the demo org chart with a named person, a background and aspirations. */
export function demoPeople(options: {
  framework: Framework;
  now: Date;
  random: Random;
}): DemoStaff {
  const { framework, now, random } = options;
  const seats = demoOrgChart(framework);
  const names = demoNames(random, seats.length);
  const people: DemoPerson[] = [];
  const roleHistory: RoleHistoryEntry[] = [];
  const traits = new Map<string, DemoTraits>();
  seats.forEach((seat, index) => {
    const name = names[index];
    if (!name) throw new Error("Ran out of demo names.");
    const ambition = pickAmbition(framework, seat.roleId, random);
    const personTraits = demoTraits({
      framework,
      seniority: seniorityOf(framework, seat.roleId),
      ambition,
      isTop: seat.managerKey === null,
      random,
    });
    traits.set(seat.key, personTraits);
    people.push({
      id: seat.key,
      name: name.name,
      email: name.email,
      roleId: seat.roleId,
      managerId: seat.managerKey,
      team: seat.team,
      background: demoBackground(framework, seat.roleId, random),
      preferences: demoPreferences(framework, seat.roleId, ambition, random),
    });
    roleHistory.push(
      ...demoRoleHistory({
        framework,
        personId: seat.key,
        roleId: seat.roleId,
        tenure: personTraits.tenure,
        now,
        random,
      }),
    );
  });
  return { people, roleHistory, traits };
}

import { expect, it } from "vitest";
import { dayFromToday, seedCycleCast } from "../../../test/cycle-cast.ts";
import { describeOnEachDatabase } from "../../../test/db.ts";
import { openCycle } from "../cycles/open-cycle.ts";
import { cycleTasks } from "./cycle-tasks.ts";
import { listMyTasks } from "./list-my-tasks.ts";

const now = () => new Date();

/** Today's tasks from open cycles for one person of the cast. */
function tasksFor(
  cast: Awaited<ReturnType<typeof seedCycleCast>>,
  who: { person: { id: string } },
) {
  const { db, orgId, framework } = cast;
  return cycleTasks({ db, orgId, personId: who.person.id, framework, today: dayFromToday(0) });
}

describeOnEachDatabase("the tasks an open cycle gives each person", (database) => {
  it("asks participants, their managers and the peers asked, until each has done their part", async () => {
    const cast = await seedCycleCast(database().db);
    const { db, erin, ben, ava, cleo, dev, submit, askFeedback } = cast;
    const cycle = await openCycle({ db, now }, erin.actor, {
      name: "H1 2027 career check-in",
      startsOn: dayFromToday(-1),
      endsOn: dayFromToday(10),
      population: { kind: "team", managerId: ben.person.id },
      raters: { self: true, manager: true, peers: 1 },
    });
    await askFeedback(ava.person.id, dev, true);
    const titles = async (who: typeof ava) =>
      (await tasksFor(cast, who)).map((task) => [task.kind, task.title]);

    const [own] = await tasksFor(cast, ava);
    expect(own).toMatchObject({
      kind: "self-assessment",
      href: "/assess",
      due: dayFromToday(10),
      cycleId: cycle.id,
      personId: null,
    });
    expect(await titles(ben)).toEqual([
      ["manager-assessment", "Assess Ava for H1 2027 career check-in"],
      ["manager-assessment", "Assess Cleo for H1 2027 career check-in"],
    ]);
    expect(await titles(dev)).toEqual([
      ["peer-feedback", "Give feedback on Ava for H1 2027 career check-in"],
    ]);
    expect(await titles(erin)).toEqual([]);

    await submit(ava.person.id, ava, "self");
    await submit(cleo.person.id, ben, "manager");
    expect(await titles(ava)).toEqual([]);
    expect(await titles(ben)).toEqual([
      ["manager-assessment", "Assess Ava for H1 2027 career check-in"],
    ]);
  });

  it("gives no task before a cycle's window opens", async () => {
    const cast = await seedCycleCast(database().db);
    const { db, erin, ava } = cast;
    await openCycle({ db, now }, erin.actor, {
      name: "Later",
      startsOn: dayFromToday(3),
      endsOn: dayFromToday(20),
      population: { kind: "people", personIds: [ava.person.id] },
      raters: { self: true, manager: false, peers: 0 },
    });
    expect(await tasksFor(cast, ava)).toEqual([]);
  });

  it("shows on Home among the person's other tasks, a peer's ask once, with the cycle's end", async () => {
    const { db, orgId, framework, erin, ben, ava, dev, askFeedback } = await seedCycleCast(
      database().db,
    );
    const cycle = await openCycle({ db, now }, erin.actor, {
      name: "H1 2027 career check-in",
      startsOn: dayFromToday(-1),
      endsOn: dayFromToday(10),
      population: { kind: "team", managerId: ben.person.id },
      raters: { self: true, manager: true, peers: 1 },
    });
    await askFeedback(ava.person.id, dev, true);
    const home = (personId: string) =>
      listMyTasks({ db, orgId, personId, framework, today: dayFromToday(0) });

    const mine = await home(ava.person.id);
    expect(mine.items.map((task) => [task.kind, task.cycleId])).toContainEqual([
      "self-assessment",
      cycle.id,
    ]);
    const asked = (await home(dev.person.id)).items.filter((task) => task.kind === "peer-feedback");
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ cycleId: cycle.id, due: dayFromToday(10) });
  });
});

import { expect, it } from "vitest";
import { dayFromToday, seedCycleCast } from "../../../test/cycle-cast.ts";
import { describeOnEachDatabase } from "../../../test/db.ts";
import { listAuditLog } from "../../storage/queries/audit-log.ts";
import { listPersonSnapshots } from "../../storage/queries/cycle-snapshots.ts";
import { listOutboxMails } from "../../storage/queries/outbox-listing.ts";
import { Refusal } from "../refusal.ts";
import { closeCycle } from "./close-cycle.ts";
import { cycleSnapshotContentSchema } from "./cycle-snapshot-content.ts";
import { listCycles } from "./list-cycles.ts";
import { nudgeParticipant } from "./nudge-participant.ts";
import { openCycle } from "./open-cycle.ts";
import { readCycleCompletion } from "./read-cycle-completion.ts";

const now = () => new Date();
const publicUrl = "https://pathways.example.com";

describeOnEachDatabase("a check-in cycle from opening to closing", (database) => {
  async function openForThree() {
    const cast = await seedCycleCast(database().db);
    const { db, erin, ava, cleo, dev } = cast;
    const cycle = await openCycle({ db, now }, erin.actor, {
      name: "H1 2027 career check-in",
      startsOn: dayFromToday(-1),
      endsOn: dayFromToday(10),
      population: { kind: "people", personIds: [ava.person.id, cleo.person.id, dev.person.id] },
      raters: { self: true, manager: true, peers: 1 },
    });
    return { ...cast, cycle };
  }

  it("counts what was done inside the window, per person, for admins and managers", async () => {
    const { db, erin, ben, ava, cleo, dev, cycle, submit, askFeedback } = await openForThree();
    expect(cycle).toMatchObject({ status: "open", participants: 3 });
    await submit(ava.person.id, ava, "self");
    await submit(ava.person.id, ben, "manager");
    await askFeedback(ava.person.id, dev);
    // Before the window opened: it does not count for this cycle.
    await submit(cleo.person.id, cleo, "self", undefined, new Date(Date.now() - 30 * 86_400_000));

    const all = await readCycleCompletion(db, erin.actor, cycle.id);
    expect(all.people.map((p) => [p.name, p.self, p.manager, p.peers.done, p.complete])).toEqual([
      ["Ava", "done", "done", 1, true],
      ["Cleo", "to-do", "to-do", 0, false],
      ["Dev", "to-do", "to-do", 0, false],
    ]);
    expect(all.complete).toBe(1);
    const waiting = await readCycleCompletion(db, erin.actor, cycle.id, { status: "incomplete" });
    expect(waiting.people.map((p) => p.name)).toEqual(["Cleo", "Dev"]);
    const payments = await readCycleCompletion(db, erin.actor, cycle.id, { team: "Payments" });
    expect(payments.people.map((p) => p.name)).toEqual(["Ava", "Cleo"]);

    const bens = await readCycleCompletion(db, ben.actor, cycle.id);
    expect(bens.people.map((p) => p.name)).toEqual(["Ava", "Cleo"]);
    expect((await readCycleCompletion(db, dev.actor, cycle.id)).people).toEqual([]);
    await expect(
      readCycleCompletion(db, dev.actor, cycle.id, { managerId: ben.person.id }),
    ).rejects.toMatchObject({ kind: "forbidden" });
    expect((await listCycles(db, dev.actor)).map((c) => c.name)).toEqual([
      "H1 2027 career check-in",
    ]);
  });

  it("queues one reminder per person and day, only for their managers and admins", async () => {
    const { db, orgId, ben, cleo, dev, cycle } = await openForThree();
    const deps = { db, now, publicUrl };
    const first = await nudgeParticipant(deps, ben.actor, cycle.id, cleo.person.id);
    expect(first).toEqual({ queued: true, message: "Cleo will get a reminder by email." });
    const again = await nudgeParticipant(deps, ben.actor, cycle.id, cleo.person.id);
    expect(again.queued).toBe(false);
    expect(again.message).toContain("already reminded today");
    const mails = await listOutboxMails(db, { orgId });
    expect(mails.map((m) => [m.kind, m.toAddress])).toEqual([
      ["cycle-reminder", "cleo@acme.example"],
    ]);
    expect(mails[0]?.subject).toContain("H1 2027 career check-in");
    await expect(nudgeParticipant(deps, dev.actor, cycle.id, cleo.person.id)).rejects.toMatchObject(
      { kind: "forbidden" },
    );
    const [entry] = await listAuditLog(db, { orgId, action: "cycle:nudge" });
    expect(entry).toMatchObject({ targetId: cleo.person.id });
  });

  it("keeps each person's profile as it stood at closing, whatever changes later", async () => {
    const { db, orgId, erin, ava, cycle, frameworks, submit } = await openForThree();
    await submit(ava.person.id, ava, "self", [
      { competency: "strategy", level: 1 },
      { competency: "execution", level: 1 },
    ]);
    const closed = await closeCycle({ db, frameworks, now }, erin.actor, cycle.id);
    expect(closed).toMatchObject({ status: "closed", participants: 3 });
    const before = await listPersonSnapshots(db, orgId, ava.person.id);
    const content = cycleSnapshotContentSchema.parse(before[0]?.content);
    expect(content.competencies.strategy?.level).toBe(1);
    expect(content.current).toMatchObject({ roleId: "pm", readiness: "close" });
    expect(content.next).toMatchObject({ roleId: "senior-pm" });

    await submit(ava.person.id, ava, "self", [
      { competency: "strategy", level: 2 },
      { competency: "execution", level: 2 },
    ]);
    const again = await closeCycle({ db, frameworks, now }, erin.actor, cycle.id);
    expect(again.closedAt).toBe(closed.closedAt);
    expect(await listPersonSnapshots(db, orgId, ava.person.id)).toEqual(before);
    expect(await listAuditLog(db, { orgId, action: "cycle:close" })).toHaveLength(1);
  });

  it("lets only admins open and close cycles, and refuses bad input without opening one", async () => {
    const { db, orgId, erin, ben, frameworks, cycle } = await openForThree();
    const input = {
      name: "  ",
      startsOn: dayFromToday(5),
      endsOn: dayFromToday(1),
      population: { kind: "people" as const, personIds: [crypto.randomUUID() as string] },
      raters: { self: false, manager: false, peers: 0 },
    };
    const refused = await openCycle({ db, now }, erin.actor, input).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Refusal);
    expect((refused as Refusal).fields.map((f) => f.path)).toEqual([
      "name",
      "endsOn",
      "raters",
      "population.personIds",
    ]);
    await expect(openCycle({ db, now }, ben.actor, { ...input, name: "Q3" })).rejects.toMatchObject(
      { kind: "forbidden" },
    );
    await expect(closeCycle({ db, frameworks, now }, ben.actor, cycle.id)).rejects.toMatchObject({
      kind: "forbidden",
    });
    expect(await listCycles(db, erin.actor)).toHaveLength(1);
    expect(await listAuditLog(db, { orgId, action: "cycle:open" })).toHaveLength(1);
  });

  it("opens a cycle for everyone under a manager, each with the manager they have today", async () => {
    const { db, erin, ben } = await seedCycleCast(database().db);
    const cycle = await openCycle({ db, now }, erin.actor, {
      name: "Payments check-in",
      startsOn: dayFromToday(0),
      endsOn: dayFromToday(14),
      population: { kind: "team", managerId: ben.person.id },
      raters: { self: true, manager: true, peers: 0 },
    });
    const { people } = await readCycleCompletion(db, erin.actor, cycle.id);
    expect(people.map((p) => [p.name, p.managerName, p.peers.asked])).toEqual([
      ["Ava", "Ben", 0],
      ["Cleo", "Ben", 0],
    ]);
  });
});

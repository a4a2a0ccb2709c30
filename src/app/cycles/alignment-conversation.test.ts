import { expect, it } from "vitest";
import { dayFromToday, seedCycleCast } from "../../../test/cycle-cast.ts";
import { describeOnEachDatabase } from "../../../test/db.ts";
import { withAgreedLevels } from "../../engine/alignment/with-agreed-levels.ts";
import { agreedStartingPoint } from "../plans/agreed-starting-point.ts";
import { readProfile } from "../read-profile.ts";
import { Refusal } from "../refusal.ts";
import { cycleTasks } from "../tasks/cycle-tasks.ts";
import { chooseCyclePeers } from "./choose-cycle-peers.ts";
import { openCycle } from "./open-cycle.ts";
import { readAlignment } from "./read-alignment.ts";
import { recordAlignmentOutcome } from "./record-alignment-outcome.ts";

const now = () => new Date();

describeOnEachDatabase("a cycle's peers and alignment conversation", (database) => {
  it("asks the peers a person chooses, then lets person and manager agree levels the plan starts from", async () => {
    const cast = await seedCycleCast(database().db);
    const { db, orgId, framework, frameworks, erin, ben, ava, dev, submit } = cast;
    const deps = { db, frameworks, now, publicUrl: "https://pathways.example" };
    const cycle = await openCycle({ db, now }, erin.actor, {
      name: "H1 2027 career check-in",
      startsOn: dayFromToday(-1),
      endsOn: dayFromToday(10),
      population: { kind: "team", managerId: ben.person.id },
      raters: { self: true, manager: true, peers: 1 },
    });
    const tasks = async (who: typeof ava) =>
      (
        await cycleTasks({ db, orgId, personId: who.person.id, framework, today: dayFromToday(0) })
      ).map((task) => task.kind);

    expect(await tasks(ava)).toContain("choose-peers");
    await expect(
      chooseCyclePeers(deps, ben.actor, cycle.id, ava.person.id, [dev.person.id]),
    ).rejects.toThrow("each person chooses");
    const chosen = await chooseCyclePeers(deps, ava.actor, cycle.id, ava.person.id, [
      dev.person.id,
    ]);
    expect(chosen.asked).toEqual(["Dev"]);
    expect(await tasks(ava)).not.toContain("choose-peers");
    expect(await tasks(dev)).toEqual(["peer-feedback"]);

    const waiting = await readAlignment(deps, ava.actor, cycle.id, ava.person.id);
    expect(waiting.ready).toBe(false);
    expect(waiting.summary).toBe(
      "The conversation opens once your self-assessment and Ben's assessment are in.",
    );
    await submit(ava.person.id, ava, "self", [
      { competency: "strategy", level: 2, note: "Led the pricing strategy" },
    ]);
    await submit(ava.person.id, ben, "manager", [{ competency: "strategy", level: 1 }]);
    expect(await tasks(ben)).toContain("alignment-conversation");

    const avas = await readAlignment(deps, ava.actor, cycle.id, ava.person.id);
    expect(avas.ready).toBe(true);
    expect(avas.conversation.items[0]).toMatchObject({
      competency: "strategy",
      misaligned: true,
      words: "You see level 2, Ben sees level 1.",
      self: { level: 2, note: "Led the pricing strategy" },
    });
    const bens = await readAlignment(deps, ben.actor, cycle.id, ava.person.id);
    expect(bens.conversation.items[0]?.words).toBe("Ava sees level 2, you see level 1.");
    await expect(readAlignment(deps, dev.actor, cycle.id, ava.person.id)).rejects.toThrow(Refusal);

    const bad = recordAlignmentOutcome(deps, ben.actor, cycle.id, ava.person.id, {
      note: "",
      agreedLevels: [{ competency: "nonsense", level: 2 }],
    });
    await expect(bad).rejects.toMatchObject({
      kind: "validation",
      fields: [{ path: "note" }, { path: "agreedLevels.0.competency" }],
    });
    expect(await agreedStartingPoint(db, orgId, ava.person.id)).toBeNull();

    const recorded = await recordAlignmentOutcome(deps, ben.actor, cycle.id, ava.person.id, {
      note: "Strategy is at level 2; discovery is next.",
      agreedLevels: [{ competency: "strategy", level: 2 }],
    });
    expect(recorded.outcome).toMatchObject({
      note: "Strategy is at level 2; discovery is next.",
      agreedLevels: [{ competency: "strategy", level: 2 }],
      recordedBy: "Ben",
    });
    expect(await tasks(ben)).not.toContain("alignment-conversation");
    const avaSees = await readAlignment(deps, ava.actor, cycle.id, ava.person.id);
    expect(avaSees.conversation.items[0]?.agreedLevel).toBe(2);

    const start = await agreedStartingPoint(db, orgId, ava.person.id);
    expect(start?.sentence).toBe(
      "Starts from the levels agreed in H1 2027 career check-in for one competency.",
    );
    const { profile } = await readProfile({ db, frameworks }, ava.actor, ava.person.id);
    expect(profile.competencies.strategy?.level).not.toBe(2);
    expect(withAgreedLevels(profile, start?.agreed ?? {}).competencies.strategy?.level).toBe(2);
  });
});

import { expect, it } from "vitest";
import { seedCycleCast } from "../../../test/cycle-cast.ts";
import { describeOnEachDatabase } from "../../../test/db.ts";
import { listAuditLog } from "../../storage/queries/audit-log.ts";
import { createCycle } from "../../storage/queries/cycles.ts";
import { createPerson } from "../../storage/queries/people.ts";
import { decidePromotionCase } from "../promotion-cases/decide-promotion-case.ts";
import { openPromotionCase } from "../promotion-cases/open-promotion-case.ts";
import { Refusal } from "../refusal.ts";
import { readCalibration } from "./read-calibration.ts";

describeOnEachDatabase("a cycle's calibration", (database) => {
  it("sets a case beside an engine-found candidate, says how their manager rates, and records the decision", async () => {
    const { db, orgId, frameworks, ava, ben, cleo, dev, erin, submit } = await seedCycleCast(
      database().db,
    );
    await submit(ava.person.id, ben, "manager", [
      { competency: "strategy", level: 2 },
      { competency: "execution", level: 2 },
    ]);
    await submit(cleo.person.id, cleo, "self", [
      { competency: "strategy", level: 2 },
      { competency: "execution", level: 2 },
    ]);
    await submit(cleo.person.id, ben, "manager", [
      { competency: "strategy", level: 2 },
      { competency: "execution", level: 2 },
    ]);
    const { cycle } = await createCycle(
      db,
      {
        orgId,
        name: "H2 check-in",
        startsOn: "2026-11-01",
        endsOn: "2026-12-31",
        selfRated: true,
        managerRated: true,
        peerCount: 0,
        createdByUserId: null,
      },
      { kind: "people", personIds: [ava.person.id, cleo.person.id] },
    );
    const deps = { db, frameworks };
    const opened = await openPromotionCase(deps, ben.actor, {
      personId: ava.person.id,
      targetRoleId: "senior-pm",
      cycleId: cycle.id,
    });

    const seen = await readCalibration(deps, erin.actor, cycle.id);
    expect(seen.roles.map((group) => group.role.title)).toEqual(["Senior Product Manager"]);
    const [avaRow, cleoRow] = seen.roles[0]?.candidates ?? [];
    expect(avaRow).toMatchObject({
      person: { name: "Ava" },
      case: { id: opened.id, status: "open", decisionWords: null },
      manager: { name: "Ben" },
      can: { decide: true },
    });
    expect(avaRow?.fit.reason).toContain("Senior Product Manager");
    expect(avaRow?.confidence.summary).toMatch(/confidence/i);
    expect(cleoRow).toMatchObject({ person: { name: "Cleo" }, case: null, gaps: [] });
    expect(cleoRow?.fit.readiness).toBe("ready");
    expect(seen.managers).toHaveLength(1);
    expect(seen.managers[0]?.leniency).toMatch(/^Too few of Ben's ratings/);

    const audited = await listAuditLog(db, { orgId, targetType: "cycle" });
    expect(audited.map((entry) => entry.action)).toContain("calibration:read");

    const bens = await readCalibration(deps, ben.actor, cycle.id);
    expect(bens.roles[0]?.candidates.map((item) => item.can.decide)).toEqual([false, false]);
    for (const outsider of [ava, dev]) {
      const refused = await readCalibration(deps, outsider.actor, cycle.id).catch((e) => e);
      expect(refused).toBeInstanceOf(Refusal);
      expect((refused as Refusal).kind).toBe("forbidden");
    }
    // A manager outside Ava's chain sees the view, but none of Ben's people.
    await createPerson(db, { orgId, name: "Faye", managerId: dev.person.id, roleId: "pm" });
    expect((await readCalibration(deps, dev.actor, cycle.id)).roles).toEqual([]);

    await decidePromotionCase(db, erin.actor, opened.id, {
      decision: "promote-now",
      note: "Clear across managers.",
    });
    const decided = await readCalibration(deps, ben.actor, cycle.id);
    expect(decided.roles[0]?.candidates[0]?.case).toMatchObject({
      status: "decided",
      decisionWords: "Promote now",
      decisionNote: "Clear across managers.",
    });
  });
});

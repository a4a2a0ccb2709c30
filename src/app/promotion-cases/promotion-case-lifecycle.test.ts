import { expect, it } from "vitest";
import { seedCycleCast } from "../../../test/cycle-cast.ts";
import { describeOnEachDatabase } from "../../../test/db.ts";
import { listAuditLog } from "../../storage/queries/audit-log.ts";
import { createEvidence } from "../../storage/queries/evidence.ts";
import { Refusal } from "../refusal.ts";
import { decidePromotionCase } from "./decide-promotion-case.ts";
import { editCaseNarrative } from "./edit-case-narrative.ts";
import { listPromotionCases } from "./list-promotion-cases.ts";
import { openPromotionCase } from "./open-promotion-case.ts";
import { readPromotionCase } from "./read-promotion-case.ts";
import { sharePromotionCase } from "./share-promotion-case.ts";

async function refusal(promise: Promise<unknown>): Promise<Refusal> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Refusal);
  return error as Refusal;
}

describeOnEachDatabase("a promotion case from opening to decision", (database) => {
  async function avasCase() {
    const cast = await seedCycleCast(database().db);
    const { db, orgId, ava, ben, frameworks, submit } = cast;
    await submit(ava.person.id, ava, "self", [
      { competency: "strategy", level: 2 },
      { competency: "execution", level: 2 },
    ]);
    await submit(ava.person.id, ben, "manager", [
      { competency: "strategy", level: 1 },
      { competency: "execution", level: 2 },
    ]);
    const base = { orgId, personId: ava.person.id, competencies: ["strategy"] };
    await createEvidence(db, {
      ...base,
      date: "2026-10-01",
      title: "Set the payments strategy for 2027",
      visibility: "manager",
    });
    await createEvidence(db, {
      ...base,
      date: "2026-10-02",
      title: "A private note to self",
      visibility: "private",
    });
    const deps = { db, frameworks };
    const opened = await openPromotionCase(deps, ben.actor, {
      personId: ava.person.id,
      targetRoleId: "senior-pm",
    });
    return { ...cast, deps, caseId: opened.id };
  }

  it("is filled by the engine when read, with ratings, shared evidence, gaps and confidence", async () => {
    const { deps, ben, caseId } = await avasCase();
    const filled = await readPromotionCase(deps, ben.actor, caseId);
    expect(filled).toMatchObject({
      person: { name: "Ava" },
      targetRole: { id: "senior-pm", title: "Senior Product Manager" },
      currentRole: { title: "Product Manager" },
      openedBy: "Ben",
      status: "open",
      sharedWithPerson: false,
      can: { edit: true, decide: false },
    });
    const strategy = filled.expectations.find((item) => item.competency.id === "strategy");
    expect(strategy).toMatchObject({
      expected: 2,
      verdict: "short",
      byRater: { self: 2, manager: 1 },
    });
    expect(strategy?.evidence.map((entry) => entry.title)).toEqual([
      "Set the payments strategy for 2027",
    ]);
    const execution = filled.expectations.find((item) => item.competency.id === "execution");
    expect(execution).toMatchObject({ verdict: "met", level: 2 });
    expect(filled.gaps).toHaveLength(1);
    expect(filled.gaps[0]).toMatch(/^Strategy: .* short of level 2/);
    expect(filled.fit.reason).toContain("Senior Product Manager");
    expect(filled.confidence.summary).toMatch(/confidence/i);
  });

  it("is never seen by a peer, and by the person only once shared", async () => {
    const { deps, ava, ben, cleo, dev, caseId } = await avasCase();
    expect((await refusal(readPromotionCase(deps, dev.actor, caseId))).kind).toBe("forbidden");
    expect((await refusal(readPromotionCase(deps, cleo.actor, caseId))).kind).toBe("forbidden");
    const before = await refusal(readPromotionCase(deps, ava.actor, caseId));
    expect(before.message).toContain("once your manager shares it");
    expect(await listPromotionCases(deps, ava.actor)).toEqual([]);
    expect(await listPromotionCases(deps, dev.actor)).toEqual([]);

    await editCaseNarrative(deps.db, ben.actor, caseId, "Ava set the payments strategy.");
    await sharePromotionCase(deps.db, ben.actor, caseId, true);
    const seen = await readPromotionCase(deps, ava.actor, caseId);
    expect(seen).toMatchObject({
      narrative: "Ava set the payments strategy.",
      can: { edit: false, decide: false },
    });
    expect((await listPromotionCases(deps, ava.actor)).map((item) => item.id)).toEqual([caseId]);
    expect((await listPromotionCases(deps, ben.actor)).map((item) => item.id)).toEqual([caseId]);
    expect((await refusal(sharePromotionCase(deps.db, ava.actor, caseId, false))).kind).toBe(
      "forbidden",
    );
  });

  it("is decided by an admin, audited, and read by the manager chain with its decision", async () => {
    const { deps, orgId, ben, erin, caseId } = await avasCase();
    const refused = await refusal(
      decidePromotionCase(deps.db, ben.actor, caseId, { decision: "promote-now" }),
    );
    expect(refused.kind).toBe("forbidden");
    await decidePromotionCase(deps.db, erin.actor, caseId, {
      decision: "with-a-plan",
      note: "Close the strategy gap first.",
    });
    const decided = await readPromotionCase(deps, ben.actor, caseId);
    expect(decided).toMatchObject({
      status: "decided",
      decisionWords: "Promote with a plan",
      decided: { note: "Close the strategy gap first.", decidedBy: "Erin" },
      can: { edit: false, decide: false },
    });
    const again = await refusal(
      decidePromotionCase(deps.db, erin.actor, caseId, { decision: "not-yet" }),
    );
    expect(again.message).toContain("already has its decision (Promote with a plan)");
    expect((await refusal(editCaseNarrative(deps.db, ben.actor, caseId, "More"))).kind).toBe(
      "validation",
    );
    const actions = (await listAuditLog(deps.db, { orgId, targetType: "promotion-case" })).map(
      (entry) => entry.action,
    );
    expect(actions.sort()).toEqual(["case:decide", "case:open"]);
  });

  it("refuses a second open case toward the same role, the held role and a peer opening one", async () => {
    const { deps, ava, ben, dev } = await avasCase();
    const twice = await refusal(
      openPromotionCase(deps, ben.actor, { personId: ava.person.id, targetRoleId: "senior-pm" }),
    );
    expect(twice.fields[0]?.message).toContain("already exists for Ava");
    const held = await refusal(
      openPromotionCase(deps, ben.actor, { personId: ava.person.id, targetRoleId: "pm" }),
    );
    expect(held.fields[0]?.message).toBe("Ava already holds the role Product Manager.");
    const unknown = await refusal(
      openPromotionCase(deps, ben.actor, { personId: ava.person.id, targetRoleId: "astronaut" }),
    );
    expect(unknown.fields[0]?.path).toBe("targetRoleId");
    expect(
      (
        await refusal(
          openPromotionCase(deps, dev.actor, {
            personId: ava.person.id,
            targetRoleId: "senior-pm",
          }),
        )
      ).kind,
    ).toBe("forbidden");
  });
});

import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { ConflictError } from "../conflict-error.ts";
import { createPerson, getPerson, updatePerson } from "./people.ts";
import { updatePersonReportingSafely } from "./update-person-reporting-safely.ts";

describeOnEachDatabase("manager changes", (database) => {
  it("never leave a reporting cycle when X→Y and Y→X race, 30 times over", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const x = await createPerson(db, { orgId, name: "Xia" });
    const y = await createPerson(db, { orgId, name: "Yusuf" });
    for (let round = 0; round < 30; round++) {
      await updatePerson(db, orgId, x.id, { managerId: null });
      await updatePerson(db, orgId, y.id, { managerId: null });
      const outcomes = await Promise.allSettled([
        updatePersonReportingSafely(db, orgId, x.id, { managerId: y.id }),
        updatePersonReportingSafely(db, orgId, y.id, { managerId: x.id }),
      ]);
      const refused = outcomes.flatMap((outcome) =>
        outcome.status === "rejected" ? [outcome.reason as unknown] : [],
      );
      expect(refused, `round ${round}`).toHaveLength(1);
      expect(refused[0]).toBeInstanceOf(ConflictError);
      expect((refused[0] as Error).message).toContain("reporting line would loop");
      const [xNow, yNow] = await Promise.all([
        getPerson(db, orgId, x.id),
        getPerson(db, orgId, y.id),
      ]);
      const cycle = xNow?.managerId === y.id && yNow?.managerId === x.id;
      expect(cycle, `round ${round}`).toBe(false);
      expect([xNow?.managerId, yNow?.managerId].filter((id) => id !== null)).toHaveLength(1);
    }
  }, 120_000);

  it("refuses a longer loop in words, and someone as their own manager", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const a = await createPerson(db, { orgId, name: "Ada" });
    const b = await createPerson(db, { orgId, name: "Bo", managerId: a.id });
    const c = await createPerson(db, { orgId, name: "Cy", managerId: b.id });
    await expect(updatePersonReportingSafely(db, orgId, a.id, { managerId: c.id })).rejects.toThrow(
      /reporting line would loop/,
    );
    await expect(updatePersonReportingSafely(db, orgId, a.id, { managerId: a.id })).rejects.toThrow(
      /cannot be their own manager/,
    );
    expect((await getPerson(db, orgId, a.id))?.managerId).toBeNull();
  });
});

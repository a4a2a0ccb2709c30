import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { listAuditLog, recordAudit } from "./audit-log.ts";
import { getOrganisation, renameOrganisation } from "./organisations.ts";

describeOnEachDatabase("audit log and organisations", (database) => {
  it("records writes and reads and lists an organisation's trail newest first, in pages", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const other = await seedOrganisation(db, "Other");
    const orgId = organisation.id;
    for (const action of ["person.create", "person.read", "assessment.submit"]) {
      await recordAudit(db, { orgId, action, targetType: "person", targetId: "p1" });
    }
    await recordAudit(db, {
      orgId: other.organisation.id,
      action: "person.read",
      targetType: "person",
    });
    const firstPage = await listAuditLog(db, { orgId, limit: 2 });
    expect(firstPage.map((e) => e.action)).toEqual(["assessment.submit", "person.read"]);
    const nextPage = await listAuditLog(db, { orgId, before: firstPage[1]?.id });
    expect(nextPage.map((e) => e.action)).toEqual(["person.create"]);
    expect(nextPage[0]?.at).toBeInstanceOf(Date);
  });

  it("keeps the detail of an entry as structured data", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    await recordAudit(db, {
      orgId: organisation.id,
      actorUserId: null,
      action: "framework.publish",
      targetType: "framework-version",
      targetId: "v1",
      detail: { version: "1.0.0", previous: null },
    });
    const [entry] = await listAuditLog(db, {
      orgId: organisation.id,
      targetType: "framework-version",
    });
    expect(entry?.detail).toEqual({ version: "1.0.0", previous: null });
  });

  it("renames an organisation and answers null for one that does not exist", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    expect((await renameOrganisation(db, organisation.id, "Acme Inc"))?.name).toBe("Acme Inc");
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(await renameOrganisation(db, missing, "X")).toBeNull();
    expect(await getOrganisation(db, missing)).toBeNull();
  });
});

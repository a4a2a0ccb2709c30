import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../test/db.ts";
import { fixtureText } from "../../test/fixtures/frameworks/fixture-text.ts";
import { seedAdminAndMember } from "../../test/framework-actors.ts";
import { listAuditLog } from "../storage/queries/audit-log.ts";
import { listFrameworkVersions } from "../storage/queries/framework-versions.ts";
import { checkFrameworkSource, importFrameworkVersion } from "./import-framework-version.ts";
import { localAdminActor, localAdminUserId } from "./local-admin-actor.ts";
import { Refusal } from "./refusal.ts";

const minimal = { source: fixtureText("minimal.yaml"), fileName: "minimal.yaml" };

describeOnEachDatabase("importing a framework version", (database) => {
  async function seed() {
    const { db } = database();
    const { organisation } = await seedOrganisation(db, "Acme");
    return { db, orgId: organisation.id, ...(await seedAdminAndMember(db, organisation.id)) };
  }

  it("stores an admin's valid file as a draft and records the import", async () => {
    const { db, orgId, admin } = await seed();
    const stored = await importFrameworkVersion(db, admin, minimal);
    expect(stored).toMatchObject({ frameworkId: "minimal", version: "1.0.0", status: "draft" });
    expect(stored.importedBy).toBe(admin.userId);
    const [entry] = await listAuditLog(db, { orgId, action: "framework:import" });
    expect(entry).toMatchObject({
      actorUserId: admin.userId,
      targetType: "framework-version",
      targetId: stored.id,
      detail: { fileName: "minimal.yaml", assumed: expect.any(Array) },
    });
  });

  it("stores the command line's import with no account named, and the local admin as actor", async () => {
    const { db, orgId } = await seed();
    const stored = await importFrameworkVersion(db, localAdminActor(orgId), minimal);
    expect(stored.importedBy).toBeNull();
    const [entry] = await listAuditLog(db, { orgId, action: "framework:import" });
    expect(entry).toMatchObject({ actorUserId: localAdminUserId, targetId: stored.id });
  });

  it("refuses a member, and stores and records nothing", async () => {
    const { db, orgId, member } = await seed();
    const refused = importFrameworkVersion(db, member, minimal);
    await expect(refused).rejects.toBeInstanceOf(Refusal);
    await expect(refused).rejects.toMatchObject({ kind: "forbidden" });
    await expect(checkFrameworkSource(member, minimal)).rejects.toThrow(Refusal);
    expect(await listFrameworkVersions(db, orgId)).toHaveLength(1);
    expect(await listAuditLog(db, { orgId })).toEqual([]);
  });

  it("refuses a broken file with every problem pointing into the source, storing nothing", async () => {
    const { db, orgId, admin } = await seed();
    const broken = { source: fixtureText("broken.yaml"), fileName: "broken.yaml" };
    const error = await importFrameworkVersion(db, admin, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Refusal);
    const refusal = error as Refusal;
    expect(refusal.kind).toBe("validation");
    expect(refusal.message).toMatch(/problem\(s\); nothing was stored\.$/);
    expect(refusal.fields.length).toBeGreaterThan(1);
    for (const field of refusal.fields) {
      expect(field.path).toMatch(/^source/);
      expect(field.message).toMatch(/\(line \d+, column \d+\)$/);
    }
    expect(await listFrameworkVersions(db, orgId)).toHaveLength(1);
    expect(await listAuditLog(db, { orgId })).toEqual([]);
  });
});

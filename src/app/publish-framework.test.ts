import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../test/db.ts";
import { fixtureText } from "../../test/fixtures/frameworks/fixture-text.ts";
import { seedAdminAndMember } from "../../test/framework-actors.ts";
import { listAuditLog } from "../storage/queries/audit-log.ts";
import {
  listFrameworkVersions,
  publishFrameworkVersion,
} from "../storage/queries/framework-versions.ts";
import { importFrameworkVersion } from "./import-framework-version.ts";
import { localAdminActor, localAdminUserId } from "./local-admin-actor.ts";
import { publishFramework } from "./publish-framework.ts";
import { Refusal } from "./refusal.ts";

const minimal = { source: fixtureText("minimal.yaml"), fileName: "minimal.yaml" };

describeOnEachDatabase("publishing a framework version", (database) => {
  async function seed() {
    const { db } = database();
    const { organisation, framework } = await seedOrganisation(db, "Acme");
    await publishFrameworkVersion(db, organisation.id, framework.id);
    const orgId = organisation.id;
    const actors = await seedAdminAndMember(db, orgId);
    const draft = await importFrameworkVersion(db, actors.admin, minimal);
    const forgotten: string[] = [];
    const deps = { db, frameworks: { forget: (id: string) => forgotten.push(id) } };
    return { db, orgId, deps, forgotten, draft, previous: framework, ...actors };
  }

  it("publishes an admin's draft, retires the previous one, forgets the cache and records it", async () => {
    const { db, orgId, deps, forgotten, draft, previous, admin } = await seed();
    const published = await publishFramework(deps, admin, draft.id);
    expect(published).toMatchObject({ id: draft.id, status: "published" });
    expect(published.publishedAt).toBeInstanceOf(Date);
    const statuses = new Map((await listFrameworkVersions(db, orgId)).map((v) => [v.id, v.status]));
    expect(statuses.get(previous.id)).toBe("retired");
    expect(forgotten).toEqual([orgId]);
    const entries = await listAuditLog(db, { orgId, action: "framework:publish" });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: admin.userId,
      targetType: "framework-version",
      targetId: draft.id,
      detail: null,
    });
  });

  it("refuses a member, and publishes, forgets and records nothing", async () => {
    const { db, orgId, deps, forgotten, draft, member } = await seed();
    await expect(publishFramework(deps, member, draft.id)).rejects.toMatchObject({
      kind: "forbidden",
    });
    const versions = await listFrameworkVersions(db, orgId);
    expect(versions.find((v) => v.id === draft.id)?.status).toBe("draft");
    expect(forgotten).toEqual([]);
    expect(await listAuditLog(db, { orgId, action: "framework:publish" })).toEqual([]);
  });

  it("records the same entry for the command line, with the local admin as the actor", async () => {
    const { db, orgId, deps, draft } = await seed();
    await publishFramework(deps, localAdminActor(orgId), draft.id);
    const [entry] = await listAuditLog(db, { orgId, action: "framework:publish" });
    expect(entry).toMatchObject({
      actorUserId: localAdminUserId,
      targetType: "framework-version",
      targetId: draft.id,
      detail: null,
    });
  });

  it("answers an unknown or another organisation's version as not found", async () => {
    const { db, deps, admin } = await seed();
    const other = await seedOrganisation(db, "Other");
    const error = await publishFramework(deps, admin, other.framework.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Refusal);
    expect(error).toMatchObject({
      kind: "not-found",
      message: `No framework version has the id ${other.framework.id}.`,
    });
  });
});

import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { buildTestFramework, describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { constraintProblem } from "../database-error.ts";
import { frameworkVersions } from "../schema.ts";
import {
  createFrameworkVersion,
  getFrameworkVersion,
  getPublishedFrameworkVersion,
  listFrameworkVersions,
  publishFrameworkVersion,
} from "./framework-versions.ts";

describeOnEachDatabase("framework versions", (database) => {
  it("stores the document and source of an imported version as a draft", async () => {
    const { db } = database();
    const { organisation, framework } = await seedOrganisation(db);
    const found = await getFrameworkVersion(db, organisation.id, framework.id);
    expect(found).toMatchObject({
      frameworkId: "test-framework",
      version: "1.0.0",
      status: "draft",
    });
    expect(found?.document).toEqual(buildTestFramework());
    expect(await getPublishedFrameworkVersion(db, organisation.id)).toBeNull();
  });

  it("publishes one version at a time and retires the one before", async () => {
    const { db } = database();
    const { organisation, framework } = await seedOrganisation(db);
    const orgId = organisation.id;
    const next = await createFrameworkVersion(db, {
      orgId,
      document: buildTestFramework("1.1.0"),
      source: "version: 1.1.0",
    });
    await publishFrameworkVersion(db, orgId, framework.id);
    const published = await publishFrameworkVersion(db, orgId, next.id);
    expect(published?.status).toBe("published");
    expect(published?.publishedAt).toBeInstanceOf(Date);
    expect((await getPublishedFrameworkVersion(db, orgId))?.id).toBe(next.id);
    expect((await getFrameworkVersion(db, orgId, framework.id))?.status).toBe("retired");
    const listed = await listFrameworkVersions(db, orgId);
    expect(listed.map((v) => [v.version, v.status]).sort()).toEqual([
      ["1.0.0", "retired"],
      ["1.1.0", "published"],
    ]);
    expect(listed[0]).not.toHaveProperty("document");
  });

  it("lets the database itself refuse a second published version in one organisation", async () => {
    const { db } = database();
    const { organisation, framework } = await seedOrganisation(db);
    const next = await createFrameworkVersion(db, {
      orgId: organisation.id,
      document: buildTestFramework("2.0.0"),
      source: "version: 2.0.0",
    });
    await publishFrameworkVersion(db, organisation.id, framework.id);
    const error = await db
      .update(frameworkVersions)
      .set({ status: "published" })
      .where(eq(frameworkVersions.id, next.id))
      .catch((e: unknown) => e);
    expect(constraintProblem(error)).toBe("unique-violation");
  });

  it("refuses importing the same version twice and keeps organisations apart", async () => {
    const { db } = database();
    const { organisation, framework } = await seedOrganisation(db);
    const error = await createFrameworkVersion(db, {
      orgId: organisation.id,
      document: buildTestFramework(),
      source: "again",
    }).catch((e: unknown) => e);
    expect(constraintProblem(error)).toBe("unique-violation");
    const other = await seedOrganisation(db, "Other");
    expect(await getFrameworkVersion(db, other.organisation.id, framework.id)).toBeNull();
    expect(await publishFrameworkVersion(db, other.organisation.id, framework.id)).toBeNull();
  });
});

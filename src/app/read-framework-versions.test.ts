import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../test/db.ts";
import { fixtureText } from "../../test/fixtures/frameworks/fixture-text.ts";
import { seedAdminAndMember } from "../../test/framework-actors.ts";
import { publishFrameworkVersion } from "../storage/queries/framework-versions.ts";
import { importFrameworkVersion } from "./import-framework-version.ts";
import { diffFrameworkVersions, readFrameworkVersions } from "./read-framework-versions.ts";

describeOnEachDatabase("reading framework versions", (database) => {
  async function seed() {
    const { db } = database();
    const { organisation, framework } = await seedOrganisation(db, "Acme");
    await publishFrameworkVersion(db, organisation.id, framework.id);
    const actors = await seedAdminAndMember(db, organisation.id);
    const source = { source: fixtureText("minimal.yaml"), fileName: "minimal.yaml" };
    const draft = await importFrameworkVersion(db, actors.admin, source);
    return { db, published: framework, draft, ...actors };
  }

  it("lists an admin's versions newest first and diffs a draft against the published one", async () => {
    const { db, admin, draft, published } = await seed();
    const versions = await readFrameworkVersions(db, admin);
    expect(versions.map((v) => v.id)).toEqual([draft.id, published.id]);
    const diff = await diffFrameworkVersions(db, admin, draft.id);
    expect(diff.to).toEqual({ id: "minimal", version: "1.0.0" });
    const back = await diffFrameworkVersions(db, admin, published.id, draft.id);
    expect(back.from).toEqual({ id: "minimal", version: "1.0.0" });
  });

  it("lets a member read the versions too, and answers an unknown id as not found", async () => {
    const { db, member, draft } = await seed();
    expect((await readFrameworkVersions(db, member)).map((v) => v.id)).toContain(draft.id);
    const unknown = "8e0f3c1a-5b7d-4c2e-9f10-1a2b3c4d5e6f";
    await expect(diffFrameworkVersions(db, member, unknown)).rejects.toMatchObject({
      kind: "not-found",
      message: `No framework version has the id ${unknown}.`,
    });
  });
});

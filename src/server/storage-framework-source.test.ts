import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestPglite, type TestDatabase } from "../../test/db.ts";
import { buildFramework } from "../../test/factories.ts";
import {
  createFrameworkVersion,
  publishFrameworkVersion,
} from "../storage/queries/framework-versions.ts";
import { createOrganisation } from "../storage/queries/organisations.ts";
import { ProblemError } from "./problem.ts";
import { storageFrameworkSource } from "./storage-framework-source.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestPglite();
});
afterAll(() => database.close());

async function publish(orgId: string, version: string) {
  const document = buildFramework({ version });
  const stored = await createFrameworkVersion(database.db, { orgId, document, source: "{}" });
  await publishFrameworkVersion(database.db, orgId, stored.id);
}

describe("storageFrameworkSource", () => {
  const framework = buildFramework({ version: "9.9.9" });

  it("answers with the default framework outside any organisation", async () => {
    const source = storageFrameworkSource({
      db: database.db,
      defaultFramework: { framework, source: "" },
    });
    expect(await source.current(null)).toMatchObject({ version: "9.9.9", versionId: null });
  });

  it("says plainly when an organisation has nothing published", async () => {
    const org = await createOrganisation(database.db, { name: "Empty" });
    const source = storageFrameworkSource({
      db: database.db,
      defaultFramework: { framework, source: "" },
    });
    await expect(source.current(org.id)).rejects.toBeInstanceOf(ProblemError);
  });

  it("reuses the published version until it expires or is forgotten", async () => {
    let clock = 0;
    const org = await createOrganisation(database.db, { name: "Acme" });
    const source = storageFrameworkSource({
      db: database.db,
      defaultFramework: { framework, source: "" },
      ttlMs: 1000,
      now: () => clock,
    });
    await publish(org.id, "1.0.0");
    expect((await source.current(org.id)).version).toBe("1.0.0");
    await publish(org.id, "1.1.0");
    expect((await source.current(org.id)).version).toBe("1.0.0");
    clock = 1000;
    expect((await source.current(org.id)).version).toBe("1.1.0");
    await publish(org.id, "1.2.0");
    source.forget(org.id);
    expect((await source.current(org.id)).version).toBe("1.2.0");
  });

  it("keeps the same document after expiry while the published version is unchanged", async () => {
    let clock = 0;
    const org = await createOrganisation(database.db, { name: "Steady" });
    const source = storageFrameworkSource({
      db: database.db,
      defaultFramework: { framework, source: "" },
      ttlMs: 1000,
      now: () => clock,
    });
    await publish(org.id, "2.0.0");
    const first = await source.current(org.id);
    clock = 5000;
    expect((await source.current(org.id)).framework).toBe(first.framework);
  });

  it("shares one load between concurrent requests", async () => {
    const org = await createOrganisation(database.db, { name: "Busy" });
    const source = storageFrameworkSource({
      db: database.db,
      defaultFramework: { framework, source: "" },
    });
    await publish(org.id, "3.0.0");
    const [a, b] = await Promise.all([source.current(org.id), source.current(org.id)]);
    expect(a.framework).toBe(b.framework);
  });
});

import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditTrail, runCli, seedDemoDataDir } from "../../../test/cli.ts";
import { localAdminUserId } from "../../app/local-admin-actor.ts";

let dataDir: string;
let orgId: string;

beforeAll(async () => {
  const seeded = await seedDemoDataDir(async (_db, id) => id);
  dataDir = seeded.dataDir;
  orgId = seeded.prepared;
}, 120_000);
afterEach(() => {
  process.exitCode = undefined;
});

const publishEntries = () => auditTrail(dataDir, { orgId, action: "framework:publish" });

describe("pathways framework import --store, versions and publish", { timeout: 60_000 }, () => {
  it("stores a draft, lists it and publishes it as the local admin, with the API's entry", async () => {
    const minimal = "test/fixtures/frameworks/minimal.yaml";
    const stored = await runCli("framework", "import", minimal, "--store", "--data-dir", dataDir);
    expect(stored.stderr).toBe("");
    expect(stored.code).toBe(0);
    const id = /stored minimal 1\.0\.0 as a draft \(([^)]+)\)/.exec(stored.stdout)?.[1];
    expect(id).toBeDefined();
    const listed = await runCli("framework", "versions", "--json", "--data-dir", dataDir);
    const versions = JSON.parse(listed.stdout) as { id: string; status: string }[];
    expect(versions.find((v) => v.id === id)?.status).toBe("draft");

    const published = await runCli("framework", "publish", String(id), "--data-dir", dataDir);
    expect(published.stderr).toBe("");
    expect(published.stdout).toBe(`published minimal 1.0.0 (${id})\n`);
    const entries = await publishEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: localAdminUserId,
      targetType: "framework-version",
      targetId: id,
      detail: null,
    });
  });

  it("explains an unknown version id and exits 1", async () => {
    const unknown = "8e0f3c1a-5b7d-4c2e-9f10-1a2b3c4d5e6f";
    const { code, stderr } = await runCli("framework", "publish", unknown, "--data-dir", dataDir);
    expect(code).toBe(1);
    expect(stderr).toContain(`No framework version has the id ${unknown}.`);
  });
});

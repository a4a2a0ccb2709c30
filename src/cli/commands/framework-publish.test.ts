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

/** Where holders of the default framework's roles go in the minimal one. */
const minimalRoleFor = {
  "group-pm": "senior-pm",
  "vp-product": "senior-pm",
  "founder-gm": "senior-pm",
  "product-architect": "principal-pm",
  "innovation-rnd": "principal-pm",
  "operations-program": "program-manager",
  "bizdev-partnerships": "program-manager",
  "product-marketing-strategy": "program-manager",
};

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

    // The demo's leaders hold roles the minimal framework does not have: a dry run names them.
    const dryRun = await runCli(
      "framework",
      "publish",
      String(id),
      "--dry-run",
      "--data-dir",
      dataDir,
    );
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain("Publishing Minimal");
    expect(dryRun.stdout).toContain("would be left without a role");
    expect(dryRun.stdout).toContain("no rating carries over");
    expect(dryRun.stdout).toContain("Nothing was changed (dry run)");
    const refused = await runCli("framework", "publish", String(id), "--data-dir", dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("roleMapping.group-pm");
    expect(await publishEntries()).toHaveLength(0);

    const mapped = Object.entries(minimalRoleFor).flatMap(([from, to]) => [
      "--map-role",
      `${from}=${to}`,
    ]);
    const published = await runCli(
      "framework",
      "publish",
      String(id),
      ...mapped,
      "--data-dir",
      dataDir,
    );
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

  it("then asks everyone to rate the competency the version adds, with --ask-to-rate", async () => {
    const next = "test/fixtures/frameworks/minimal-v2.yaml";
    const stored = await runCli("framework", "import", next, "--store", "--data-dir", dataDir);
    const id = /as a draft \(([^)]+)\)/.exec(stored.stdout)?.[1];
    const published = await runCli(
      "framework",
      "publish",
      String(id),
      "--map-role",
      "pm=product-manager",
      "--map-role",
      "program-manager=senior-pm",
      "--ask-to-rate",
      "--data-dir",
      dataDir,
    );
    expect(published.stderr).toBe("");
    expect(published.stdout).toMatch(
      /Asked \d+ people across the organisation to rate themselves on Communication/,
    );
    const asked = await auditTrail(dataDir, { orgId, action: "framework:ask-to-rate" });
    expect(asked).toHaveLength(1);
  });

  it("explains an unknown version id and exits 1", async () => {
    const unknown = "8e0f3c1a-5b7d-4c2e-9f10-1a2b3c4d5e6f";
    const { code, stderr } = await runCli("framework", "publish", unknown, "--data-dir", dataDir);
    expect(code).toBe(1);
    expect(stderr).toContain(`No framework version has the id ${unknown}.`);
  });
});

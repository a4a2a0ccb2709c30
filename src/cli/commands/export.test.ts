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

const trail = () => auditTrail(dataDir, { orgId, targetType: "organisation" });

describe("pathways export", { timeout: 60_000 }, () => {
  it("writes the people CSV and records the export as the API does, by the local admin", async () => {
    const { code, stdout } = await runCli("export", "people", "--data-dir", dataDir);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toContain("name,email");
    const [latest] = await trail();
    expect(latest).toMatchObject({
      action: "export:people",
      targetType: "organisation",
      targetId: orgId,
      actorUserId: localAdminUserId,
    });
  });

  it("records a ratings export too", async () => {
    const { code } = await runCli("export", "ratings", "--data-dir", dataDir);
    expect(code).toBe(0);
    expect((await trail())[0]).toMatchObject({ action: "export:ratings", targetId: orgId });
  });
});

import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { auditTrail, demoMemberEmail, runCli, seedDemoDataDir } from "../../../test/cli.ts";
import { localAdminUserId } from "../../app/policy.ts";
import { openDatabase } from "../../storage/open-database.ts";
import { findUserByEmail } from "../../storage/queries/users.ts";
import { users } from "../../storage/schema.ts";

afterEach(() => {
  process.exitCode = undefined;
  vi.unstubAllEnvs();
});

describe("pathways people role", () => {
  it("changes an account's organisation role as the local admin, audited, and keeps an owner", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const { dataDir, prepared } = await seedDemoDataDir(async (db, orgId) => {
      const owners = await db.select().from(users).where(eq(users.role, "owner"));
      return { orgId, owners: owners.map((owner) => owner.email) };
    });
    const { orgId, owners } = prepared;
    expect(owners).toHaveLength(1);
    const owner = owners[0] ?? "";

    const made = await runCli("people", "role", demoMemberEmail, "admin", "--data-dir", dataDir);
    expect(made.code).toBe(0);
    expect(made.stdout).toBe(
      `${demoMemberEmail} is now an admin of Northwind Labs (was a member).\n`,
    );
    const same = await runCli("people", "role", demoMemberEmail, "admin", "--data-dir", dataDir);
    expect(same.stdout).toContain("is already an admin of Northwind Labs; nothing changed.");

    const lastOwner = await runCli("people", "role", owner, "member", "--data-dir", dataDir);
    expect(lastOwner.code).toBe(1);
    expect(lastOwner.stderr).toContain(
      "This is the organisation's only owner, so you cannot change their role; make someone else an owner first",
    );
    const wizard = await runCli("people", "role", demoMemberEmail, "wizard", "--data-dir", dataDir);
    expect(wizard.code).toBe(1);
    expect(wizard.stderr).toContain("owner, admin, member");
    const nobody = await runCli(
      "people",
      "role",
      "nobody@example.com",
      "admin",
      "--data-dir",
      dataDir,
    );
    expect(nobody.stderr).toContain("No account signs in with nobody@example.com");

    const handle = await openDatabase({ dataDir });
    try {
      expect((await findUserByEmail(handle.db, demoMemberEmail))?.role).toBe("admin");
      expect((await findUserByEmail(handle.db, owner))?.role).toBe("owner");
    } finally {
      await handle.close();
    }
    const trail = await auditTrail(dataDir, { orgId, action: "account:role" });
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      actorUserId: localAdminUserId,
      detail: { from: "member", to: "admin" },
    });
  }, 180_000);
});

import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { auditTrail, runCli, seedDemoDataDir } from "../../../test/cli.ts";
import { openDatabase } from "../../storage/open-database.ts";
import { findUserByEmail } from "../../storage/queries/users.ts";
import { sessions } from "../../storage/schema.ts";

afterEach(() => {
  process.exitCode = undefined;
  vi.unstubAllEnvs();
});

describe("pathways people deactivate / reactivate", () => {
  it("deactivates an account, ending its sessions, and reactivates it, audited", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const email = "quinn.becker@example.com";
    const { dataDir, prepared: orgId } = await seedDemoDataDir(async (db, orgId) => {
      const user = await findUserByEmail(db, "quinn.becker@example.com");
      await db.insert(sessions).values({
        id: "digest-of-a-session",
        userId: user?.id ?? "",
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      return orgId;
    });
    const off = await runCli("people", "deactivate", email, "--data-dir", dataDir);
    expect(off.stdout).toContain("is deactivated");
    const unknown = await runCli(
      "people",
      "deactivate",
      "nobody@example.com",
      "--data-dir",
      dataDir,
    );
    expect(unknown.stderr).toContain("No account signs in with nobody@example.com");
    const on = await runCli("people", "reactivate", email, "--data-dir", dataDir);
    expect(on.stdout).toContain("is active again");
    const handle = await openDatabase({ dataDir });
    try {
      const user = await findUserByEmail(handle.db, email);
      expect(user?.deactivatedAt).toBeNull();
      expect(
        await handle.db
          .select()
          .from(sessions)
          .where(eq(sessions.userId, user?.id ?? "")),
      ).toEqual([]);
    } finally {
      await handle.close();
    }
    const trail = await auditTrail(dataDir, { orgId });
    expect(trail.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["account:deactivate", "account:reactivate"]),
    );
  }, 60_000);
});

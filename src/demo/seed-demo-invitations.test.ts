import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../test/db.ts";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { listPeopleDirectory } from "../storage/queries/people-directory.ts";
import { invitations } from "../storage/schema.ts";
import { seedDemoOrganisation } from "./seed-demo-organisation.ts";

const framework = loadDefaultFramework();
const now = new Date("2026-06-01T08:00:00.000Z");
const quickHash = async (password: string) => `plain:${password}`;

describeOnEachDatabase("the demo organisation's invitations", (database) => {
  it("shows an invitation in every state and people with no account", async () => {
    const { db } = database();
    const seeded = await seedDemoOrganisation({ db, framework, now, hashPassword: quickHash });
    const rows = await db.select().from(invitations);
    const state = (row: (typeof rows)[number]) =>
      row.acceptedAt
        ? "accepted"
        : row.revokedAt
          ? "revoked"
          : row.expiresAt <= now
            ? "expired"
            : "open";
    expect(rows.map(state).sort()).toEqual(["accepted", "expired", "open", "revoked"]);

    const page = { limit: 1000, offset: 0 };
    const statusOf = async (status: "none" | "invited" | "active") =>
      listPeopleDirectory(db, seeded.orgId, { status }, page);
    expect(await statusOf("active")).toHaveLength(3);
    expect(await statusOf("invited")).toHaveLength(2);
    expect((await statusOf("none")).length).toBeGreaterThan(3);
  });
});

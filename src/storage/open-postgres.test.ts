import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createScratchPostgresDatabase } from "../../test/db.ts";
import { openDatabase } from "./open-database.ts";
import { redactUrl } from "./open-postgres.ts";
import { createOrganisation, getOrganisation } from "./queries/organisations.ts";

describe("redactUrl", () => {
  it("hides the password of a connection URL and keeps the rest", () => {
    expect(redactUrl("postgres://app:s3cret@db.internal:5432/pathways")).toBe(
      "postgres://app:***@db.internal:5432/pathways",
    );
  });

  it("does not echo a URL it cannot parse, which might hold a password", () => {
    expect(redactUrl("not a url with s3cret")).not.toContain("s3cret");
  });
});

// Registered only when a server is given: `npm test` always gives one.
if (process.env.TEST_DATABASE_URL) {
  describe("openDatabase with a PostgreSQL URL", () => {
    it("lets two instances start at once on one database and see each other's writes", async () => {
      const scratch = await createScratchPostgresDatabase();
      const [first, second] = await Promise.all([
        openDatabase({ url: scratch.url }),
        openDatabase({ url: scratch.url }),
      ]);
      try {
        expect([first.kind, second.kind]).toEqual(["postgres", "postgres"]);
        const organisation = await createOrganisation(first.db, { name: "Shared" });
        expect((await getOrganisation(second.db, organisation.id))?.name).toBe("Shared");
      } finally {
        await Promise.all([first.close(), second.close()]);
        await scratch.drop();
      }
    }, 60_000);

    it("survives the server cutting its idle connections, logs it and reconnects", async () => {
      const scratch = await createScratchPostgresDatabase();
      const warnings: string[] = [];
      const logger = { info: () => undefined, warn: (message: string) => warnings.push(message) };
      const handle = await openDatabase({ url: scratch.url, logger });
      const admin = await openDatabase({ url: scratch.url });
      try {
        await createOrganisation(handle.db, { name: "Before" });
        const database = new URL(scratch.url).pathname.slice(1);
        await admin.db.execute(
          sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${database} and pid <> pg_backend_pid()`,
        );
        await expect.poll(() => warnings.length).toBeGreaterThan(0);
        expect(warnings[0]).toContain("reconnecting");
        const organisation = await createOrganisation(handle.db, { name: "After" });
        expect((await getOrganisation(handle.db, organisation.id))?.name).toBe("After");
      } finally {
        await Promise.all([handle.close(), admin.close()]);
        await scratch.drop();
      }
    }, 60_000);

    it("says where it failed when the server cannot be reached, without the password", async () => {
      const url = "postgres://app:s3cret@127.0.0.1:1/nowhere";
      const error = await openDatabase({ url }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(String((error as Error).message)).toContain("127.0.0.1:1");
      expect(String((error as Error).message)).toContain("Check DATABASE_URL");
      expect(String((error as Error).message)).not.toContain("s3cret");
    });
  });
}

import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../../test/db.ts";
import { PeopleImportError } from "../../../storage/people-import/people-import-error.ts";
import { importFailure } from "./import-jobs.ts";

describeOnEachDatabase("why an import failed", (database) => {
  it("says a database refusal in words, without the SQL or the rows it carried", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const insert = () =>
      db.execute(sql`insert into people (org_id, name, email)
        values (${organisation.id}, ${"Maya Lindqvist"}, ${"maya@example.com"})`);
    await insert();
    const error = await insert().catch((e: unknown) => e);
    const reason = importFailure(error);
    expect(reason).toContain("the database refused the write (SQLSTATE 23505)");
    expect(reason).not.toMatch(/Maya|maya@example.com|insert into/);
  });

  it("keeps an import's own problems, per row, and a plain error's message", () => {
    const problem = {
      row: 14,
      column: "email",
      message: "another person already uses maya@example.com",
      hint: "Change or remove the row.",
    };
    expect(importFailure(new PeopleImportError([problem]))).toBe(
      "row 14, email: another person already uses maya@example.com. Change or remove the row.",
    );
    expect(importFailure(new Error("the disk is full"))).toBe("the disk is full");
    expect(importFailure(new Error("x".repeat(5000))).length).toBeLessThan(2_100);
  });
});

import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestPglite, type TestDatabase } from "../../test/db.ts";
import { people } from "../storage/schema.ts";
import { loggableError } from "./loggable-error.ts";

describe("loggable errors", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestPglite();
  }, 120_000);
  afterAll(async () => {
    await database.close();
  });

  async function failure(run: () => Promise<unknown>): Promise<unknown> {
    try {
      await run();
    } catch (error) {
      return error;
    }
    throw new Error("the query did not fail");
  }

  it("names a failed query with far too many parameters in one line, without its SQL or values", async () => {
    const ids = Array.from({ length: 70_000 }, () => randomUUID());
    const error = await failure(() =>
      database.db.select().from(people).where(inArray(people.id, ids)),
    );
    const logged = loggableError(error);
    expect(logged.summary).toMatch(
      /^\w+: SQLSTATE 08P01 \(connection or protocol problem\) in select from "people"$/,
    );
    expect(logged.summary).not.toContain("\n");
    const text = JSON.stringify(logged);
    expect(text.length).toBeLessThan(4_000);
    expect(text).not.toContain(ids[0]);
    expect(text).not.toContain("$5000");
  });

  it("keeps the text a statement carried out of the summary", async () => {
    const secret = "Maya's private note";
    const error = await failure(() => database.db.execute(sql`select ${secret}::uuid`));
    const logged = loggableError(error);
    expect(logged.summary).toContain("SQLSTATE 22P02 (data exception)");
    expect(JSON.stringify(logged)).not.toContain("Maya");
  });

  it("names our own errors by their first line", () => {
    expect(loggableError(new RangeError("Maximum call stack size exceeded\nmore")).summary).toBe(
      "RangeError: Maximum call stack size exceeded",
    );
  });
});

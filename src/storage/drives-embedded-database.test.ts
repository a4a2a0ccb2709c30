import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../test/db.ts";
import { drivesEmbeddedDatabase } from "./drives-embedded-database.ts";

describeOnEachDatabase("drivesEmbeddedDatabase", (database) => {
  it("tells the embedded database from a PostgreSQL server", () => {
    const { db, kind } = database();
    expect(drivesEmbeddedDatabase(db)).toBe(kind === "pglite");
  });
});

import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "../schema.ts";
import { organisations } from "../schema.ts";
import { backupTables, schemaTables } from "./backup-tables.ts";
import { excludedTables } from "./excluded-tables.ts";

describe("backupTables", () => {
  it("backs up every table of the schema except the ones excluded with a reason", () => {
    const backedUp = backupTables().map((table) => table.name);
    const all = [...schemaTables().keys()];
    const excluded = Object.keys(excludedTables);
    expect(excluded.every((name) => all.includes(name))).toBe(true);
    expect([...backedUp, ...excluded].sort()).toEqual([...all].sort());
    expect(backedUp).toEqual(expect.arrayContaining(["organisations", "users", "audit_log"]));
  });

  it("leaves out the organisation's revision, which belongs to the database that holds it", () => {
    const root = backupTables().find((table) => table.name === "organisations");
    expect(root?.columns).toEqual(["id", "name", "created_at", "time_zone"]);
  });

  it("orders each table after every table it references", () => {
    const order = backupTables().map((table) => table.name);
    for (const table of backupTables()) {
      for (const dependency of table.dependsOn) {
        expect(order.indexOf(dependency)).toBeLessThan(order.indexOf(table.name));
      }
    }
    expect(order[0]).toBe("organisations");
  });

  it("restores a person's manager in a second pass, as it points at the same table", () => {
    const people = backupTables().find((table) => table.name === "people");
    expect(people?.selfReferences).toEqual(["manager_id"]);
  });

  it("picks up a newly added table through its organisation column", () => {
    const titleMappings = pgTable("title_mappings", {
      id: uuid("id").primaryKey(),
      orgId: uuid("org_id")
        .notNull()
        .references(() => organisations.id),
      title: text("title").notNull(),
    });
    const tables = backupTables({ ...schema, titleMappings });
    expect(tables.map((table) => table.name)).toContain("title_mappings");
  });

  it("refuses a table whose rows belong to no organisation, naming it", () => {
    const loose = pgTable("loose_notes", { id: uuid("id").primaryKey(), text: text("text") });
    expect(() => backupTables({ ...schema, loose })).toThrow(
      /"loose_notes" belongs to no organisation/,
    );
  });
});

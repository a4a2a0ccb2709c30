import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { buildTestFramework, describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { createPerson, listPeople } from "../queries/people.ts";
import { organisations, people } from "../schema.ts";
import { applyPeopleImport } from "./apply-people-import.ts";
import { importPeople } from "./import-people.ts";
import { PeopleImportError } from "./people-import-error.ts";
import { preparePeopleImport } from "./prepare-people-import.ts";

const framework = buildTestFramework();
const today = "2026-11-24";
const header = "name,email,job title";

function fileOf(rows: number): string {
  const lines = [header];
  for (let index = 0; index < rows; index++) {
    lines.push(`Person ${index},person${index}@example.com,Product Manager`);
  }
  return lines.join("\n");
}

describeOnEachDatabase("people import failures in words", (database) => {
  it("names a duplicate email within the file by row, ignoring case", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const content = `${fileOf(12)}\nMaya,maya@example.com,Product Manager\nMaya Two,MAYA@Example.com,Product Manager`;
    const outcome = await importPeople(db, { orgId: organisation.id, framework, content, today });
    expect(outcome.status).toBe("refused");
    expect(outcome.plan.problems).toEqual([
      {
        row: 15,
        column: "email",
        message:
          "duplicate email: MAYA@Example.com is also on row 14 (emails are compared ignoring case), and each email belongs to one person",
        hint: "Change the email on row 15 or on row 14, or remove one of the two rows.",
      },
    ]);
    expect(await listPeople(db, { orgId: organisation.id })).toEqual([]);
  });

  it("names the row whose email another person took since the file was checked, briefly and without SQL", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const content = `${fileOf(3000)}\nMaya,maya@example.com,Product Manager`;
    const plan = await preparePeopleImport(db, { orgId, framework, content });
    expect(plan.problems).toEqual([]);
    await createPerson(db, { orgId, name: "Maya Early", email: "Maya@Example.com" });
    const error = await applyPeopleImport(db, plan, { orgId, today }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PeopleImportError);
    const message = (error as Error).message;
    expect(message).toBe(
      "row 3002, email: another person already uses maya@example.com (added since the file was checked), and each email belongs to one person. Change or remove the row, or import the file again to update that person instead.",
    );
    expect(message).not.toMatch(/insert|select|params|Person 1,/i);
    expect(await listPeople(db, { orgId })).toHaveLength(1);
  });

  it("names the rows of a reporting loop a manager change made since the file was checked", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const ava = await createPerson(db, { orgId, name: "Ava", email: "ava@example.com" });
    const ben = await createPerson(db, { orgId, name: "Ben", email: "ben@example.com" });
    const content = `${header},manager email\nAva,ava@example.com,Product Manager,ben@example.com\n${fileOf(
      3,
    )
      .split("\n")
      .slice(1)
      .map((line) => `${line},ava@example.com`)
      .join("\n")}`;
    const plan = await preparePeopleImport(db, { orgId, framework, content });
    expect(plan.problems).toEqual([]);
    await db.update(people).set({ managerId: ava.id }).where(eq(people.id, ben.id));
    const error = await applyPeopleImport(db, plan, { orgId, today }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PeopleImportError);
    expect((error as Error).message).toBe(
      "row 2, manager email: the reporting line would loop: ava@example.com -> ben@example.com -> ava@example.com (a manager changed since the file was checked). Someone in this loop must report outside it, or to nobody; fix the file or the organisation and import again.",
    );
    expect(await listPeople(db, { orgId })).toHaveLength(2);
  });

  it("moves the organisation's revision once for an import of many batches", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const boss = "Boss,boss@example.com,Product Manager,";
    const rows = fileOf(1200)
      .split("\n")
      .slice(1)
      .map((line) => `${line},boss@example.com`);
    const content = [`${header},manager email`, boss, ...rows].join("\n");
    const plan = await preparePeopleImport(db, { orgId, framework, content });
    const last = async () => {
      const result = await db.execute(sql`select last_value from organisation_revisions`);
      return Number((result as unknown as { rows: { last_value: string }[] }).rows[0]?.last_value);
    };
    const before = await last();
    expect(await applyPeopleImport(db, plan, { orgId, today })).toMatchObject({ created: 1201 });
    const [after] = await db
      .select({ revision: organisations.revision })
      .from(organisations)
      .where(eq(organisations.id, orgId));
    expect(after?.revision).toBe(before + 1);
    expect(await last()).toBe(before + 1);
  });

  it("lists at most ten rows and counts the rest", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const plan = await preparePeopleImport(db, { orgId, framework, content: fileOf(25) });
    for (let index = 0; index < 25; index++) {
      await createPerson(db, {
        orgId,
        name: `Early ${index}`,
        email: `person${index}@example.com`,
      });
    }
    const error = (await applyPeopleImport(db, plan, { orgId, today }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(PeopleImportError);
    expect(error.message.split("\n")).toHaveLength(11);
    expect(error.message).toContain("…and 15 more rows with problems.");
    expect(error.message.length).toBeLessThan(2_500);
  });
});

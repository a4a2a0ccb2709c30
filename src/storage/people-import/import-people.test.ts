import { asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { buildTestFramework, describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import type { Database } from "../database.ts";
import { setTitleMapping } from "../queries/title-mappings.ts";
import { people, roleHistory } from "../schema.ts";
import { importPeople } from "./import-people.ts";

const framework = buildTestFramework();
const today = "2026-11-24";
const header = "Name,E-mail,Job_Title,Manager Email,Team,Start Date";
const good = [
  header,
  "Cleo Park,cleo@acme.test,Senior Product Manager,,Platform,2020-01-06",
  "Ava Stone,ava@acme.test,product manager,CLEO@acme.test,Platform,2023-04-03",
  "Ben Ode,ben@acme.test,Product-Manager,cleo@acme.test,Growth,",
].join("\n");

async function snapshot(db: Database) {
  const rows = await db
    .select({
      email: people.email,
      roleId: people.roleId,
      team: people.team,
      managerId: people.managerId,
    })
    .from(people)
    .orderBy(asc(people.email));
  const history = await db.select().from(roleHistory);
  return { rows, history: history.length };
}

describeOnEachDatabase("people import", (database) => {
  async function run(content: string | Uint8Array, extra: { dryRun?: boolean } = {}) {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    return {
      db,
      orgId: organisation.id,
      outcome: await importPeople(db, {
        orgId: organisation.id,
        framework,
        content,
        today,
        ...extra,
      }),
    };
  }

  it("creates everyone with roles, managers resolved by email and role history from the start date", async () => {
    const { db, outcome } = await run(good);
    expect(outcome.status).toBe("applied");
    expect(outcome.plan.counts).toEqual({ create: 3, update: 0, unchanged: 0 });
    const stored = await db.select().from(people).orderBy(asc(people.email));
    const cleo = stored.find((person) => person.email === "cleo@acme.test");
    expect(
      stored.map((person) => [person.email, person.roleId, person.managerId === cleo?.id]),
    ).toEqual([
      ["ava@acme.test", "pm", true],
      ["ben@acme.test", "pm", true],
      ["cleo@acme.test", "senior-pm", false],
    ]);
    const history = await db.select().from(roleHistory).orderBy(asc(roleHistory.from));
    expect(history.map((stint) => stint.from)).toEqual(["2020-01-06", "2023-04-03", today]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const { db, orgId } = await run(good);
    const before = await snapshot(db);
    const again = await importPeople(db, { orgId, framework, content: good, today: "2026-12-01" });
    expect(again.plan.counts).toEqual({ create: 0, update: 0, unchanged: 3 });
    expect(await snapshot(db)).toEqual(before);
  });

  it("updates a changed role and team, closing the old role stint", async () => {
    const { db, orgId } = await run(good);
    const changed = good.replace(
      "Ben Ode,ben@acme.test,Product-Manager,cleo@acme.test,Growth",
      "Ben Ode,BEN@acme.test,Senior PM title,cleo@acme.test,Core",
    );
    await setTitleMapping(db, { orgId, title: "senior pm title", roleId: "senior-pm" });
    const outcome = await importPeople(db, {
      orgId,
      framework,
      content: changed,
      today: "2026-12-01",
    });
    expect(outcome.plan.counts).toEqual({ create: 0, update: 1, unchanged: 2 });
    const [ben] = await db.select().from(people).where(eq(people.email, "ben@acme.test"));
    expect([ben?.roleId, ben?.team]).toEqual(["senior-pm", "Core"]);
    const stints = await db
      .select()
      .from(roleHistory)
      .where(eq(roleHistory.personId, ben?.id ?? ""));
    expect(stints.map((stint) => [stint.roleId, stint.to]).sort()).toEqual([
      ["pm", "2026-12-01"],
      ["senior-pm", null],
    ]);
  });

  it("plans without writing on a dry run", async () => {
    const { db, outcome } = await run(good, { dryRun: true });
    expect(outcome.status).toBe("planned");
    expect(outcome.plan.counts.create).toBe(3);
    expect((await snapshot(db)).rows).toEqual([]);
  });

  const badFiles: [string, string | Uint8Array, number | null, RegExp][] = [
    [
      "an unknown column",
      "name,email,job title,salary\nAva,ava@acme.test,PM,1",
      1,
      /unknown column "salary".*Use the columns: name, email/,
    ],
    ["a missing column", "name,job title\nAva,PM", 1, /the column "email" is missing/],
    ["invalid UTF-8", new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xff, 0xfe]), 2, /not UTF-8/],
    ["NUL bytes", "name,email,job title\nAva\u0000,ava@acme.test,PM", 2, /NUL bytes/],
    ["an empty file", "", null, /the file is empty/],
    ["a huge file", `${header}\n${"x".repeat(21 * 1024 * 1024)}`, null, /at most 20.0 MB/],
    [
      "duplicate emails",
      `${header}\nAva,ava@acme.test,PM,,,\nAva S,AVA@acme.test,PM,,,`,
      3,
      /AVA@acme.test is also on row 2/,
    ],
    [
      "a manager loop",
      `${header}\nAva,ava@acme.test,PM,ben@acme.test,,\nBen,ben@acme.test,PM,ava@acme.test,,`,
      2,
      /loops: ava@acme.test -> ben@acme.test -> ava@acme.test/,
    ],
    [
      "an unknown manager",
      `${header}\nAva,ava@acme.test,PM,zed@acme.test,,`,
      2,
      /zed@acme.test is neither in the file nor in the organisation/,
    ],
    [
      "an unmatched title",
      `${header}\nAva,ava@acme.test,Chief Vibes Officer,,,`,
      2,
      /no role matches the job title "Chief Vibes Officer"/,
    ],
    ["a bad date", `${header}\nAva,ava@acme.test,PM,,,03/01/2024`, 2, /not a date.*YYYY-MM-DD/],
    [
      "an unknown role id",
      "name,email,job title,role id\nAva,ava@acme.test,PM,astronaut",
      2,
      /No role "astronaut" in the framework.*Use one of: pm, senior-pm/,
    ],
    [
      "neither a job title nor a role id",
      "name,email,job title,role id\nAva,ava@acme.test,,",
      2,
      /the job title is empty.*or the role id/,
    ],
  ];
  for (const [kind, content, row, message] of badFiles) {
    it(`refuses a file with ${kind}, naming the row, and writes nothing`, async () => {
      const { db, outcome } = await run(content);
      expect(outcome.status).toBe("refused");
      const problem = outcome.plan.problems[0];
      expect(problem?.row).toBe(row);
      expect(`${problem?.message}. ${problem?.hint}`).toMatch(message);
      expect((await snapshot(db)).rows).toEqual([]);
    });
  }

  it("takes the role from a role id column before the job title, as the people export writes it", async () => {
    const file =
      "name,email,job title,role id\nAva,ava@acme.test,Wizard,senior-pm\nBen,ben@acme.test,,pm";
    const { db, outcome } = await run(file);
    expect(outcome.status).toBe("applied");
    expect((await snapshot(db)).rows.map((row) => [row.email, row.roleId])).toEqual([
      ["ava@acme.test", "senior-pm"],
      ["ben@acme.test", "pm"],
    ]);
  });

  it("lists each unmatched title once with all its rows", async () => {
    const file = `${header}\nAva,ava@acme.test,Wizard,,,\nBen,ben@acme.test,wizard!,,,\nCleo,cleo@acme.test,PM,,,`;
    const { outcome } = await run(file);
    expect(outcome.plan.unmatchedTitles).toEqual([
      { title: "Wizard", rows: [2] },
      { title: "wizard!", rows: [3] },
    ]);
  });
});

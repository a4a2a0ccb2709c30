import { expect, it } from "vitest";
import { buildTestFramework, describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { singleVersionLineage } from "../../engine/profile/framework-lineage.ts";
import { readCsv } from "../../framework/csv/read-csv.ts";
import { importPeople } from "../people-import/import-people.ts";
import { createAssessment, submitAssessment } from "../queries/assessments.ts";
import { listPeople } from "../queries/people.ts";
import { exportCsv } from "./export-csv.ts";

const framework = buildTestFramework();
const peopleFile = [
  "name,email,job title,manager email,team,start date",
  "Cleo Park,cleo@acme.test,Senior Product Manager,,Platform,2020-01-06",
  'Ava Stone,ava@acme.test,Product Manager,cleo@acme.test,"Platform, core",2023-04-03',
].join("\n");

const cells = (csv: string) => readCsv(csv).records.map((record) => record.cells);

describeOnEachDatabase("CSV exports", (database) => {
  async function seed() {
    const { db } = database();
    const { organisation, framework: version } = await seedOrganisation(db);
    const orgId = organisation.id;
    await importPeople(db, { orgId, framework, content: peopleFile, today: "2026-11-24" });
    const people = await listPeople(db, { orgId });
    const ava = people.find((person) => person.email === "ava@acme.test");
    const cleo = people.find((person) => person.email === "cleo@acme.test");
    if (!ava || !cleo) throw new Error("the people file did not import");
    const ratings = [
      { competency: "execution", level: 2, note: "Ships, reliably" },
      { competency: "strategy", level: 1 },
    ];
    const draft = await createAssessment(db, {
      orgId,
      personId: ava.id,
      raterKind: "manager",
      raterPersonId: cleo.id,
      frameworkVersionId: version.id,
      ratings,
    });
    await submitAssessment(db, { orgId, id: draft.id, at: new Date("2026-10-01T09:00:00Z") });
    await createAssessment(db, {
      orgId,
      personId: ava.id,
      raterKind: "self",
      frameworkVersionId: version.id,
      ratings,
    });
    return { db, orgId, ava, draftId: draft.id, version };
  }

  it("exports people with job title, role id, manager email and start date, quoting cells that hold commas", async () => {
    const { db, orgId, version } = await seed();
    expect(
      cells(
        await exportCsv(db, "people", {
          orgId,
          framework,
          lineage: singleVersionLineage(framework, version.id),
        }),
      ),
    ).toEqual([
      ["name", "email", "job title", "role id", "manager email", "team", "start date"],
      [
        "Ava Stone",
        "ava@acme.test",
        "Product Manager",
        "pm",
        "cleo@acme.test",
        "Platform, core",
        "2023-04-03",
      ],
      [
        "Cleo Park",
        "cleo@acme.test",
        "Senior Product Manager",
        "senior-pm",
        "",
        "Platform",
        "2020-01-06",
      ],
    ]);
  });

  it("exports one row per rating of submitted assessments only", async () => {
    const { db, orgId, draftId, version } = await seed();
    const rows = cells(
      await exportCsv(db, "ratings", {
        orgId,
        framework,
        lineage: singleVersionLineage(framework, version.id),
      }),
    );
    expect(
      rows.slice(1).map((row) => [row[0], row[1], row[2], row[4], row[5], row[6], row[7]]),
    ).toEqual([
      ["ava@acme.test", draftId, "manager", "1.0.0", "execution", "2", "Ships, reliably"],
      ["ava@acme.test", draftId, "manager", "1.0.0", "strategy", "1", ""],
    ]);
    expect(new Date(rows[1]?.[3] ?? "").toISOString()).toBe("2026-10-01T09:00:00.000Z");
  });

  it("exports per-team competency means with the people they rest on", async () => {
    const { db, orgId, version } = await seed();
    const rows = cells(
      await exportCsv(db, "team-analytics", {
        orgId,
        framework,
        lineage: singleVersionLineage(framework, version.id),
      }),
    );
    expect(rows[0]).toEqual([
      "team",
      "people",
      "competency id",
      "competency",
      "mean level",
      "people rated",
    ]);
    expect(rows.filter((row) => row[0] === "Platform, core")).toEqual([
      ["Platform, core", "1", "strategy", "Strategy", "1.00", "1"],
      ["Platform, core", "1", "execution", "Execution", "2.00", "1"],
    ]);
    expect(rows.filter((row) => row[0] === "Platform").map((row) => row[4])).toEqual(["", ""]);
  });
});

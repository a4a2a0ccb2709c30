import { expect, it } from "vitest";
import { buildTestFramework, describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { singleVersionLineage } from "../../engine/profile/framework-lineage.ts";
import { readCsv } from "../../framework/csv/read-csv.ts";
import { importPeople } from "../people-import/import-people.ts";
import { createAssessment, submitAssessment } from "../queries/assessments.ts";
import { createPerson, listPeople } from "../queries/people.ts";
import { exportCsv } from "./export-csv.ts";

const framework = buildTestFramework();
const prefixes = ["=", "+", "-", "@", "\t", "\r"];
const cells = (csv: string) => readCsv(csv).records.map((record) => record.cells);

describeOnEachDatabase("CSV exports and spreadsheet formulas", (database) => {
  it("neutralises every formula-leading cell in every export, keeping numbers numbers", async () => {
    const { db } = database();
    const { organisation, framework: version } = await seedOrganisation(db);
    const orgId = organisation.id;
    const manager = await createPerson(db, {
      orgId,
      name: '=HYPERLINK("http://evil.example","Click")',
      email: "cleo@acme.test",
      roleId: "pm",
      team: "+Platform",
    });
    for (const [index, prefix] of prefixes.entries()) {
      const person = await createPerson(db, {
        orgId,
        name: `${prefix}cmd|' /C calc'!A${index}`,
        email: `p${index}@acme.test`,
        roleId: "pm",
        managerId: manager.id,
        team: "+Platform",
      });
      const draft = await createAssessment(db, {
        orgId,
        personId: person.id,
        raterKind: "manager",
        raterPersonId: manager.id,
        frameworkVersionId: version.id,
        ratings: [{ competency: "execution", level: 2, note: `${prefix}SUM(A1:A9)` }],
      });
      await submitAssessment(db, { orgId, id: draft.id });
    }
    const exports = await Promise.all(
      (["people", "ratings", "team-analytics"] as const).map(async (kind) =>
        cells(
          await exportCsv(db, kind, {
            orgId,
            framework,
            lineage: singleVersionLineage(framework, version.id),
          }),
        ).slice(1),
      ),
    );
    for (const row of exports.flat()) {
      for (const cell of row) expect(cell, JSON.stringify(row)).not.toMatch(/^[=+\-@\t\r]/);
    }
    const [peopleRows = [], ratingRows = [], teamRows = []] = exports;
    expect(peopleRows.map((row) => row[0])).toContain(`'=HYPERLINK("http://evil.example","Click")`);
    expect(ratingRows.map((row) => row[7]).sort()).toEqual(
      prefixes.map((prefix) => `'${prefix}SUM(A1:A9)`).sort(),
    );
    // Numbers stay numbers: levels, means and counts are written without a quote.
    expect(ratingRows.every((row) => row[6] === "2")).toBe(true);
    expect(teamRows.find((row) => row[2] === "execution")).toEqual([
      "'+Platform",
      "7",
      "execution",
      "Execution",
      "2.00",
      "6",
    ]);
  });

  it("imports its own people export as it was, formulas and all", async () => {
    const { db } = database();
    const { organisation, framework: version } = await seedOrganisation(db);
    const orgId = organisation.id;
    const names = prefixes.map((prefix, index) => `${prefix}Name ${index}`.trim());
    for (const [index, name] of names.entries()) {
      await createPerson(db, { orgId, name, email: `p${index}@acme.test`, roleId: "pm" });
    }
    const exported = await exportCsv(db, "people", {
      orgId,
      framework,
      lineage: singleVersionLineage(framework, version.id),
    });
    const outcome = await importPeople(db, {
      orgId,
      framework,
      content: exported,
      today: "2026-11-24",
    });
    expect(outcome.status).toBe("applied");
    expect(outcome.plan.counts).toEqual({ create: 0, update: 0, unchanged: names.length });
    const stored = await listPeople(db, { orgId });
    expect(stored.map((person) => person.name).sort()).toEqual([...names].sort());
  });
});

import { describe, expect, it } from "vitest";
import { minimalFramework } from "../../../test/fixtures/frameworks/fixture-text.ts";
import { diffFrameworks } from "../../framework/diff-frameworks.ts";
import type { Framework } from "../../framework/schema.ts";
import { collectionLines, expectationLine, expectationsByRole } from "./framework-diff-lines.ts";

const before = minimalFramework();

function edit(change: (draft: Framework) => void): Framework {
  const draft = structuredClone(before);
  change(draft);
  return draft;
}

describe("the framework diff in words", () => {
  const after = edit((d) => {
    d.competencies.push({
      ...structuredClone(d.competencies[0]!),
      id: "stakeholders",
      name: "Stakeholders",
    });
    d.roles[1]!.id = "product-manager";
    d.roles[1]!.title = "Product Lead";
    d.roles[1]!.expectations.stakeholders = 3;
    d.roles[1]!.aliases.push("PM");
    d.roles[2]!.title = "Lead Product Manager";
    d.roles[2]!.expectations.strategy = 3;
    delete d.roles[2]!.expectations["people-leadership"];
    d.roles = d.roles.filter((r) => r.id !== "program-manager");
    d.migration = { fromVersion: "1.0.0", competencies: {}, roles: { pm: "product-manager" } };
  });
  const diff = diffFrameworks(before, after);
  const everything = [
    ...collectionLines("competency", diff.competencies, diff.names),
    ...collectionLines("role", diff.roles, diff.names),
    ...diff.expectations.map(expectationLine),
  ];

  it("speaks in names: added, removed and renamed items, each rename once", () => {
    expect(collectionLines("competency", diff.competencies, diff.names)).toEqual([
      "Added the competency Stakeholders",
    ]);
    expect(collectionLines("role", diff.roles, diff.names)).toEqual([
      "Removed the role Program Manager",
      "Renamed Product Manager to Product Lead",
      "Renamed Senior Product Manager to Lead Product Manager",
      "Product Lead: other titles — added: “PM”",
    ]);
  });

  it("says what each role now expects, grouped by role", () => {
    const groups = expectationsByRole(diff.expectations);
    expect(groups.map(([role, changes]) => [role, changes.map(expectationLine)])).toEqual([
      ["product-manager", ["Product Lead expects Stakeholders at level 3 (was not expected)"]],
      [
        "senior-pm",
        [
          "Lead Product Manager expects Strategy & vision at level 3 (was level 2)",
          "Lead Product Manager no longer expects People leadership (was level 2)",
        ],
      ],
    ]);
  });

  it("shows no ids and no raw JSON", () => {
    for (const line of everything) {
      expect(line).not.toMatch(/product-manager|senior-pm|program-manager|people-leadership/);
      expect(line).not.toMatch(/[[\]{}]/);
    }
  });
});

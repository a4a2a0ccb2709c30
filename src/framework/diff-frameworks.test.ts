import { describe, expect, it } from "vitest";
import { minimalFramework } from "../../test/fixtures/frameworks/fixture-text.ts";
import { diffFrameworks } from "./diff-frameworks.ts";
import { renderDiffText } from "./render-diff-text.ts";
import type { Framework } from "./schema.ts";

const before = minimalFramework();

function edit(change: (draft: Framework) => void): Framework {
  const draft = structuredClone(before);
  change(draft);
  return draft;
}

describe("diffFrameworks", () => {
  it("finds nothing between a framework and itself", () => {
    const diff = diffFrameworks(before, before);
    expect(diff.roles).toEqual({ added: [], removed: [], renamed: [], changed: [] });
    expect(diff.expectations).toEqual([]);
  });

  it("lists added and removed roles", () => {
    const after = edit((d) => {
      d.roles = d.roles.filter((r) => r.id !== "program-manager");
      d.roles.push({ ...structuredClone(d.roles[0]!), id: "intern", title: "Product Intern" });
    });
    const diff = diffFrameworks(before, after);
    expect(diff.roles.added).toEqual([{ id: "intern", name: "Product Intern" }]);
    expect(diff.roles.removed).toEqual([{ id: "program-manager", name: "Program Manager" }]);
  });

  it("treats a role with the same title under a new id as renamed, not removed and added", () => {
    const after = edit((d) => {
      d.roles[1]!.id = "product-manager";
    });
    const diff = diffFrameworks(before, after);
    expect(diff.roles.renamed).toEqual([
      { from: "pm", to: "product-manager", fromName: "Product Manager", toName: "Product Manager" },
    ]);
    expect(diff.roles.added).toEqual([]);
    expect(diff.roles.removed).toEqual([]);
  });

  it("follows the later version's migration mapping for renames and keeps expectations comparable", () => {
    const after = edit((d) => {
      d.version = "2.0.0";
      d.competencies[2]!.id = "leadership";
      d.competencies[2]!.name = "Leading people";
      for (const role of d.roles) {
        const level = role.expectations["people-leadership"];
        if (level === undefined) continue;
        delete role.expectations["people-leadership"];
        role.expectations.leadership = level;
      }
      d.migration = {
        fromVersion: "1.0.0",
        competencies: { "people-leadership": "leadership" },
        roles: {},
      };
    });
    const diff = diffFrameworks(before, after);
    expect(diff.competencies.renamed).toEqual([
      {
        from: "people-leadership",
        to: "leadership",
        fromName: "People leadership",
        toName: "Leading people",
      },
    ]);
    expect(diff.competencies.changed).toEqual([
      {
        id: "leadership",
        name: "Leading people",
        changes: [{ field: "name", from: "People leadership", to: "Leading people" }],
      },
    ]);
    expect(diff.expectations).toEqual([]);
  });

  it("reports field-level changes and each expectation that moved", () => {
    const after = edit((d) => {
      d.roles[2]!.title = "Lead Product Manager";
      d.roles[2]!.expectations.strategy = 3;
      delete d.roles[2]!.expectations["people-leadership"];
      d.competencies[0]!.levels["3"] = "Sets delivery practice for the whole company.";
    });
    const diff = diffFrameworks(before, after);
    expect(diff.roles.changed).toEqual([
      {
        id: "senior-pm",
        name: "Lead Product Manager",
        changes: [{ field: "title", from: "Senior Product Manager", to: "Lead Product Manager" }],
      },
    ]);
    expect(diff.competencies.changed[0]?.changes[0]?.field).toBe("levels.3");
    const role = { role: "senior-pm", roleTitle: "Lead Product Manager" };
    expect(diff.expectations).toEqual([
      { ...role, competency: "strategy", competencyName: "Strategy & vision", from: 2, to: 3 },
      {
        ...role,
        competency: "people-leadership",
        competencyName: "People leadership",
        from: 2,
        to: null,
      },
    ]);
    expect(diff.names.tracks).toMatchObject({ management: expect.any(String) });
  });

  it("renders the diff as text, one section per kind", () => {
    const after = edit((d) => {
      d.version = "1.1.0";
      d.roles[2]!.expectations.strategy = 3;
      d.roles[2]!.aliases.push("Senior PM");
      d.roles = d.roles.filter((r) => r.id !== "program-manager");
    });
    const text = renderDiffText(diffFrameworks(before, after));
    expect(text).toContain("minimal 1.0.0 -> minimal 1.1.0\n");
    expect(text).toContain("Competencies: no changes\n");
    expect(text).toContain(
      "Roles: 0 added, 1 removed, 0 renamed, 1 changed\n  - program-manager  Program Manager\n",
    );
    expect(text).toContain(
      "  ~ senior-pm  Senior Product Manager\n      aliases  other titles: added: “Senior PM”\n",
    );
    expect(text).toContain(
      "  senior-pm  strategy: 2 -> 3  (Senior Product Manager, Strategy & vision)\n",
    );
  });
});

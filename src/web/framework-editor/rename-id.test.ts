import { describe, expect, it } from "vitest";
import { buildFramework } from "../../../test/factories.ts";
import type { Framework } from "../api/types.ts";
import { recordRename, renameCompetency, renameRole } from "./rename-id.ts";

describe("recordRename", () => {
  it("keeps a chain of renames pointing from the published id and forgets a rename undone", () => {
    const once = recordRename({}, "group-pm", "lead", ["group-pm"]);
    const twice = recordRename(once, "lead", "product-lead", ["group-pm"]);
    expect(twice).toEqual({ "group-pm": "product-lead" });
    expect(recordRename(twice, "product-lead", "group-pm", ["group-pm"])).toEqual({});
  });

  it("records nothing for an id the published version never had", () => {
    expect(recordRename({}, "brand-new", "newer", ["pm"])).toEqual({});
  });
});

describe("renaming ids in a draft", () => {
  const doc = buildFramework() as Framework;
  const role = doc.roles[0]?.id ?? "";
  const competency = doc.competencies[0]?.id ?? "";

  it("moves every reference to a role and maps it", () => {
    const renamed = renameRole(doc, role, "renamed-role", [role]);
    expect(renamed.roles[0]?.id).toBe("renamed-role");
    expect(JSON.stringify(renamed.transitions)).not.toContain(`"${role}"`);
    expect(renamed.migration?.roles).toEqual({ [role]: "renamed-role" });
  });

  it("moves every expectation of a competency and maps it", () => {
    const renamed = renameCompetency(doc, competency, "renamed-skill", [competency]);
    expect(renamed.roles.some((r) => competency in r.expectations)).toBe(false);
    expect(renamed.roles.some((r) => "renamed-skill" in r.expectations)).toBe(true);
    expect(renamed.migration?.competencies).toEqual({ [competency]: "renamed-skill" });
  });
});

import { describe, expect, it } from "vitest";
import { describeFieldChange, fieldLabel } from "./describe-field-change.ts";
import type { DiffNames } from "./diff-frameworks.ts";

const names: DiffNames = {
  roles: { "senior-pm": "Senior Product Manager", "group-pm": "Group Product Manager" },
  competencies: { strategy: "Strategy", stakeholders: "Stakeholders" },
  tracks: { management: "Management", ic: "Individual contributor" },
};

const words = (field: string, from: unknown, to: unknown) =>
  describeFieldChange({ field, from, to }, names);

describe("fieldLabel", () => {
  it("gives framework fields plain labels", () => {
    expect(fieldLabel("aliases")).toBe("other titles");
    expect(fieldLabel("rank")).toBe("place on the track");
    expect(fieldLabel("managesPeople")).toBe("manages people");
    expect(fieldLabel("levels")).toBe("level descriptions");
    expect(fieldLabel("levels.3")).toBe("level 3 description");
    expect(fieldLabel("growth.2")).toBe("growth actions for level 2");
  });

  it("turns a field nobody labelled into words", () => {
    expect(fieldLabel("someNewField")).toBe("some new field");
  });
});

describe("describeFieldChange", () => {
  it("compares lists: what was added and what was removed, never JSON", () => {
    expect(words("aliases", ["Product Lead"], ["PM", "Product Lead"])).toEqual([
      { label: "other titles", detail: "added: “PM”" },
    ]);
    expect(words("responsibilities", ["Owns the roadmap"], ["Runs discovery"])).toEqual([
      { label: "responsibilities", detail: "added: “Runs discovery”; removed: “Owns the roadmap”" },
    ]);
    expect(words("aliases", ["A", "B"], ["B", "A"])[0]?.detail).toBe("same entries, new order");
    expect(words("aliases", ["PM"], ["PM", "PM"])[0]?.detail).toBe("added: “PM”");
    expect(words("aliases", ["A", "B", "C", "D", "E"], [])[0]?.detail).toBe(
      "removed: “A”, “B”, “C” and 2 more",
    );
  });

  it("shows ids inside values as names", () => {
    expect(words("mandatory", ["strategy"], ["strategy", "stakeholders"])).toEqual([
      { label: "must-have competencies", detail: "added: Stakeholders" },
    ]);
    expect(words("comparableTo", [], ["group-pm"])[0]?.detail).toBe("added: Group Product Manager");
    expect(words("track", "management", "ic")).toEqual([
      { label: "track", detail: "now Individual contributor (was Management)" },
    ]);
  });

  it("names list entries that are objects by their name", () => {
    const skill = { competency: "strategy", name: "Pricing", description: "Sets prices." };
    expect(words("skillsToDevelop", [], [skill])[0]?.detail).toBe("added: “Pricing”");
  });

  it("quotes and shortens text, and says numbers and yes/no in words", () => {
    const long = "Sets the delivery practice for the whole company and coaches every team on it.";
    const [summary] = words("summary", "Ships.", long);
    expect(summary?.label).toBe("summary");
    expect(summary?.detail).toMatch(/^now “Sets the delivery practice .*…” \(was “Ships\.”\)$/);
    expect(summary?.detail.length).toBeLessThan(90);
    expect(words("rank", 2, 3)).toEqual([{ label: "place on the track", detail: "now 3 (was 2)" }]);
    expect(words("managesPeople", null, false)).toEqual([
      { label: "manages people", detail: "set to no" },
    ]);
    expect(words("whoThrives", "People who like data.", null)[0]?.detail).toBe(
      "removed (was “People who like data.”)",
    );
  });

  it("words a changed level description", () => {
    expect(words("levels.3", "Runs a team.", "Runs a group.")).toEqual([
      { label: "level 3 description", detail: "now “Runs a group.” (was “Runs a team.”)" },
    ]);
    expect(words("levels.4", ["Leads."], ["Leads.", "Coaches."])[0]?.detail).toBe(
      "added: “Coaches.”",
    );
  });

  it("turns a whole map into one line per entry that differs", () => {
    expect(words("growth", null, { "2": ["Read a book"], "3": ["Run a workshop"] })).toEqual([
      { label: "growth actions for level 2", detail: "added" },
      { label: "growth actions for level 3", detail: "added" },
    ]);
    expect(words("levels", { "1": "a", "2": "b" }, { "1": "a", "2": "c" })).toEqual([
      { label: "level 2 description", detail: "changed" },
    ]);
  });
});

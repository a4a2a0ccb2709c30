import { describe, expect, it } from "vitest";
import { buildTestFramework } from "../../../test/db.ts";
import { managerCycles } from "./manager-cycles.ts";
import { fieldOfHeader } from "./people-columns.ts";
import { titleMatcher } from "./title-matcher.ts";

describe("job title matching", () => {
  const framework = buildTestFramework();

  it("matches role titles and ids whatever their case and punctuation", () => {
    const match = titleMatcher(framework, []);
    expect(match("SENIOR product-manager")).toEqual({ roleId: "senior-pm" });
    expect(match("Senior PM")).toEqual({ roleId: "senior-pm" });
    expect(match("Product Manager.")).toEqual({ roleId: "pm" });
  });

  it("prefers the organisation's own mapping and never guesses a near title", () => {
    const match = titleMatcher(framework, [{ title: "Product Manager", roleId: "senior-pm" }]);
    expect(match("product manager")).toEqual({ roleId: "senior-pm" });
    expect(match("Product Managers").roleId).toBeNull();
  });

  it("explains a mapping to a role the framework no longer has", () => {
    const match = titleMatcher(framework, [{ title: "Wizard", roleId: "wizard" }]);
    expect(match("wizard")).toEqual({
      roleId: null,
      reason: '"wizard" is mapped to the role wizard, which the framework no longer has',
    });
  });
});

describe("people file headers", () => {
  it("accepts common spellings of each column", () => {
    expect(["Job Title", "job_title", "JOB-TITLE", "Title"].map(fieldOfHeader)).toEqual([
      "jobTitle",
      "jobTitle",
      "jobTitle",
      "jobTitle",
    ]);
    expect(["Manager_Email", "Hire Date", "E-mail", "Salary"].map(fieldOfHeader)).toEqual([
      "managerEmail",
      "startDate",
      "email",
      null,
    ]);
  });
});

describe("manager loops", () => {
  it("finds every member of a loop and nobody who only reports into it", () => {
    const loops = managerCycles(
      new Map([
        ["a", "b"],
        ["b", "c"],
        ["c", "a"],
        ["d", "a"],
        ["e", null],
        ["f", "f"],
      ]),
    );
    expect([...loops.keys()].sort()).toEqual(["a", "b", "c", "f"]);
    expect(loops.get("b")).toEqual(["b", "c", "a"]);
    expect(loops.get("f")).toEqual(["f"]);
  });
});

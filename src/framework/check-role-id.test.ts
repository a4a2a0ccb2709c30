import { describe, expect, it } from "vitest";
import { loadFrameworkFile } from "../../test/default-framework.ts";
import { checkCompetencyIds } from "./check-competency-ids.ts";
import { checkRoleId } from "./check-role-id.ts";

const framework = loadFrameworkFile("test/fixtures/frameworks/minimal.yaml");
const roleIds = framework.roles.map((role) => role.id).join(", ");

describe("checkRoleId", () => {
  it("accepts a role of the framework and an absent role", () => {
    expect(checkRoleId(framework, "pm", "roleId")).toEqual([]);
    expect(checkRoleId(framework, null, "roleId")).toEqual([]);
    expect(checkRoleId(framework, undefined, "roleId")).toEqual([]);
  });

  it("names an unknown role where it was given and lists the roles to use", () => {
    expect(checkRoleId(framework, "astronaut", "query.to")).toEqual([
      {
        path: "query.to",
        message: 'No role "astronaut" in the framework.',
        hint: `Use one of: ${roleIds}.`,
      },
    ]);
  });
});

describe("checkCompetencyIds", () => {
  it("names each unknown competency by its position", () => {
    const issues = checkCompetencyIds(framework, ["execution", "jazz"], "competencies");
    expect(issues).toEqual([
      {
        path: "competencies.1",
        message: 'No competency "jazz" in the framework.',
        hint: "Use one of: execution, strategy, people-leadership.",
      },
    ]);
    expect(checkCompetencyIds(framework, undefined, "competencies")).toEqual([]);
  });
});

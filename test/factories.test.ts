import { describe, expect, it } from "vitest";
import { parseFramework } from "../src/framework/parse-framework.ts";
import {
  buildAssessment,
  buildFramework,
  buildFrameworkInput,
  buildPerson,
  buildProfile,
} from "./factories.ts";

describe("test factories", () => {
  it("build a framework that passes every framework check", () => {
    const result = parseFramework(JSON.stringify(buildFrameworkInput()), {
      fileName: "built.json",
    });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("apply overrides on top of the built framework", () => {
    expect(buildFramework({ version: "2.1.0" }).version).toBe("2.1.0");
  });

  it("give each assessment a fresh id and turn levels into ratings", () => {
    const first = buildAssessment({ levels: { execution: 3 } });
    const second = buildAssessment();
    expect(first.id).not.toBe(second.id);
    expect(first.ratings).toEqual([{ competency: "execution", level: 3 }]);
  });

  it("build a person and a profile whose unlisted competencies are unknown", () => {
    expect(buildPerson({ roleId: "apm" }).roleId).toBe("apm");
    const profile = buildProfile({ levels: { execution: 3 } });
    expect(profile.competencies.execution?.level).toBe(3);
    expect(profile.competencies.influence?.level).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { forgetMappingTarget } from "./forget-mapping-target.ts";

describe("forgetMappingTarget", () => {
  it("drops renames into the id, keeps a split's other parts and records nothing new", () => {
    const mapping = { "group-pm": "lead", old: ["lead", "coach"], gone: null, kept: "pm" };
    expect(forgetMappingTarget(mapping, "lead")).toEqual({
      old: ["coach"],
      gone: null,
      kept: "pm",
    });
    expect(forgetMappingTarget({ split: ["lead"] }, "lead")).toEqual({});
  });
});

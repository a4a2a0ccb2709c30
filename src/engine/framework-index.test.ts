import { describe, expect, it } from "vitest";
import { buildFramework } from "../../test/factories.ts";
import { competencyLabel, frameworkIndex, labelOf, requireRole } from "./framework-index.ts";

const framework = buildFramework();

describe("frameworkIndex", () => {
  it("builds the lookups once per framework object", () => {
    expect(frameworkIndex(framework)).toBe(frameworkIndex(framework));
    expect(frameworkIndex(buildFramework())).not.toBe(frameworkIndex(framework));
  });

  it("lays out role expectations in competency order with mandatory flags", () => {
    const senior = requireRole(framework, "senior-pm");
    expect(senior.competencies[0]).toBe("product-strategy");
    expect(senior.mandatory[0]).toBe(true);
    expect(senior.expected).toEqual([3, 4, 3, 3, 2]);
  });

  it("lists each track's roles most junior first", () => {
    const management = frameworkIndex(framework).rolesByTrack.get("management") ?? [];
    expect(management.map((role) => role.id)).toEqual(["apm", "pm", "senior-pm", "group-pm"]);
  });

  it("lower-cases names for use mid-sentence but keeps acronyms", () => {
    expect(labelOf("Product strategy")).toBe("product strategy");
    expect(labelOf("UX research")).toBe("UX research");
    expect(competencyLabel(framework, "influence")).toBe("stakeholder influence");
    expect(competencyLabel(framework, "unknown-id")).toBe("unknown-id");
  });
});

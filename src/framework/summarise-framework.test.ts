import { describe, expect, it } from "vitest";
import { minimalFramework } from "../../test/fixtures/frameworks/fixture-text.ts";
import { formatSummary, summariseFramework } from "./summarise-framework.ts";

describe("summariseFramework", () => {
  it("counts competencies, roles per track in declared order, transitions and entry routes", () => {
    const summary = summariseFramework(minimalFramework());
    expect(summary.rolesPerTrack).toEqual([
      { track: "management", roles: 3 },
      { track: "ic", roles: 1 },
      { track: "adjacent", roles: 1 },
    ]);
    expect(formatSummary(summary)).toBe(
      "minimal 1.0.0: 3 competencies; roles: 3 management, 1 ic, 1 adjacent; 6 transitions; 2 entry routes",
    );
  });

  it("uses the singular for one of a kind", () => {
    const summary = { ...summariseFramework(minimalFramework()), competencies: 1, entryRoutes: 1 };
    expect(formatSummary(summary)).toMatch(/1 competency;.*1 entry route$/);
  });
});

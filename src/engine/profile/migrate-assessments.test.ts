import { describe, expect, it } from "vitest";
import { buildAssessment, buildFramework } from "../../../test/factories.ts";
import { migrateAssessments } from "./migrate-assessments.ts";

const next = buildFramework({
  version: "2.0.0",
  migration: {
    fromVersion: "1.0.0",
    competencies: {
      vision: "product-strategy",
      roadmapping: "product-strategy",
      delivery: "execution",
      leadership: ["influence", "people-leadership"],
      "market-research": null,
    },
    roles: {},
  },
});

describe("migrateAssessments", () => {
  it("renames, merges at the mean, splits by copying and drops retired competencies", () => {
    const old = buildAssessment({
      id: "a-1",
      frameworkVersion: "1.0.0",
      ratings: [
        { competency: "vision", level: 3, note: "clear story", evidence: ["e-1"] },
        { competency: "roadmapping", level: 4, evidence: ["e-1", "e-2"] },
        { competency: "delivery", level: 2 },
        { competency: "leadership", level: 3 },
        { competency: "market-research", level: 5 },
        { competency: "customer-insight", level: 3 },
      ],
    });
    const { assessments, notes } = migrateAssessments(next, [old]);
    expect(assessments[0]?.frameworkVersion).toBe("2.0.0");
    expect(assessments[0]?.ratings).toEqual([
      { competency: "product-strategy", level: 3.5, note: "clear story", evidence: ["e-1", "e-2"] },
      { competency: "execution", level: 2 },
      { competency: "customer-insight", level: 3 },
      { competency: "influence", level: 3 },
      { competency: "people-leadership", level: 3 },
    ]);
    expect(notes).toEqual([
      "Assessment a-1: leadership was split into influence and people-leadership; each carries its rating (3).",
      "Assessment a-1: market-research is retired in 2.0.0, so its rating (5) was dropped.",
      "Assessment a-1: vision and roadmapping were merged into product-strategy at their mean (3.5).",
    ]);
    expect(old.frameworkVersion).toBe("1.0.0");
  });

  it("passes assessments already on the new version through untouched", () => {
    const current = buildAssessment({ frameworkVersion: "2.0.0", levels: { vision: 3 } });
    const { assessments, notes } = migrateAssessments(next, [current]);
    expect(assessments[0]).toBe(current);
    expect(notes).toEqual([]);
  });

  it("leaves an assessment from an unmapped version unchanged and says why", () => {
    const ancient = buildAssessment({
      id: "a-0",
      frameworkVersion: "0.9.0",
      levels: { vision: 3 },
    });
    const { assessments, notes } = migrateAssessments(next, [ancient]);
    expect(assessments[0]).toBe(ancient);
    expect(notes).toEqual([
      "Assessment a-0 is on version 0.9.0, which 2.0.0 cannot carry over (it maps from 1.0.0 only); it was left unchanged.",
    ]);
  });

  it("drops a competency the mapping does not mention and tells how to keep it", () => {
    const old = buildAssessment({
      id: "a-2",
      frameworkVersion: "1.0.0",
      levels: { "sales-craft": 4 },
    });
    const { assessments, notes } = migrateAssessments(next, [old]);
    expect(assessments[0]?.ratings).toEqual([]);
    expect(notes[0]).toContain("sales-craft is not in 2.0.0");
    expect(notes[0]).toContain("add it to the migration to keep it");
  });
});

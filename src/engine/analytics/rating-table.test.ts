import { describe, expect, it } from "vitest";
import { buildAssessment, buildFramework } from "../../../test/factories.ts";
import { readRatingTable } from "./rating-table.ts";

const framework = buildFramework();
const execution = framework.competencies.findIndex((c) => c.id === "execution");
const size = framework.competencies.length;

function rowsOf(table: ReturnType<typeof readRatingTable>, person: number): number[] {
  const rows: number[] = [];
  for (let row = table.head[person] as number; row >= 0; row = table.next[row] as number) {
    rows.push(row);
  }
  return rows;
}

describe("readRatingTable", () => {
  it("keeps one row per rater, holding that rater's latest submitted ratings", () => {
    const assessments = [
      buildAssessment({
        raterId: "m",
        submittedAt: "2026-03-01T00:00:00.000Z",
        levels: { execution: 4 },
      }),
      buildAssessment({
        raterId: "m",
        submittedAt: "2026-01-01T00:00:00.000Z",
        levels: { execution: 2 },
      }),
      buildAssessment({ raterId: "m", submittedAt: null, levels: { execution: 5 } }),
      buildAssessment({ raterId: "person-1", raterKind: "self", levels: { execution: 3 } }),
    ];
    const table = readRatingTable({
      framework,
      assessments,
      evidence: [],
      personIndex: new Map([["person-1", 0]]),
      raterPosition: () => 0,
    });
    const levels = rowsOf(table, 0).map((row) => table.cells[row * size + execution]);
    expect(levels.sort()).toEqual([3, 4]);
  });

  it("grows past its first guess when one person has many raters", () => {
    const assessments = Array.from({ length: 100 }, (_, i) =>
      buildAssessment({
        raterId: `peer-${i}`,
        raterKind: "peer",
        levels: { execution: 1 + (i % 5) },
      }),
    );
    const table = readRatingTable({
      framework,
      assessments,
      evidence: [],
      personIndex: new Map([["person-1", 0]]),
      raterPosition: () => 0,
    });
    const rows = rowsOf(table, 0);
    expect(rows).toHaveLength(100);
    const total = rows.reduce(
      (sum, row) => sum + (table.cells[row * size + execution] as number),
      0,
    );
    expect(total).toBe(300);
  });
});

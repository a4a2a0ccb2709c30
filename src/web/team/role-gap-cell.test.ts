import { describe, expect, it } from "vitest";
import type { RoleFit } from "../api/types.ts";
import { roleGapCell } from "./role-gap-cell.ts";

const fit: RoleFit = {
  roleId: "senior-pm",
  fit: 0.8,
  readiness: "close",
  gaps: [
    { competency: "strategy", expected: 4, actual: 3, shortfall: 1, mandatory: false, weight: 1 },
    {
      competency: "influence",
      expected: 4,
      actual: 2.5,
      shortfall: 1.5,
      mandatory: true,
      weight: 2,
    },
    {
      competency: "mentoring",
      expected: 3,
      actual: null,
      shortfall: 0,
      mandatory: false,
      weight: 1,
    },
  ],
  strengths: [{ competency: "execution", expected: 4, actual: 4.5 }],
  unknown: ["mentoring"],
  reason: "",
};

describe("roleGapCell", () => {
  it("says in words how far each competency is from what the person's own role expects", () => {
    expect(roleGapCell(fit, "execution")).toEqual({ kind: "meets", words: "Meets" });
    expect(roleGapCell(fit, "strategy").words).toBe("Up to a level short");
    expect(roleGapCell(fit, "influence").words).toBe("More than a level short");
    expect(roleGapCell(fit, "mentoring").words).toBe("Not rated yet");
    expect(roleGapCell(fit, "org-design").words).toBe("Not expected");
    expect(roleGapCell(null, "strategy").kind).toBe("not-expected");
  });
});

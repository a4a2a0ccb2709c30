import { describe, expect, it } from "vitest";
import { describeMove, typicalYears } from "./describe-move.ts";

const titles: Record<string, string> = {
  "senior-pm": "Senior Product Manager",
  "group-pm": "Group Product Manager",
};
const titleOf = (id: string) => titles[id] ?? id;

describe("describeMove", () => {
  it("names both roles, the kind and the usual years", () => {
    expect(
      describeMove(
        {
          from: "senior-pm",
          to: "group-pm",
          kind: "promotion",
          typicalDuration: { minYears: 1, maxYears: 2 },
        },
        titleOf,
      ),
    ).toBe("Senior Product Manager → Group Product Manager, promotion, usually 1–2 years");
  });

  it("leaves the years out when the framework gives none", () => {
    expect(describeMove({ from: "group-pm", to: "senior-pm", kind: "lateral" }, titleOf)).toBe(
      "Group Product Manager → Senior Product Manager, lateral move",
    );
  });

  it("says a single year once", () => {
    expect(typicalYears({ minYears: 1, maxYears: 1 })).toBe("usually 1 year");
  });
});

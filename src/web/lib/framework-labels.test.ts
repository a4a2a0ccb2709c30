import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { frameworkLabels } from "./framework-labels.ts";

describe("frameworkLabels", () => {
  const framework = loadDefaultFramework();
  const labels = frameworkLabels(framework);

  it("names a level with its scale label", () => {
    expect(labels.level(3)).toBe(`3 · ${framework.scale.find((s) => s.level === 3)?.label}`);
  });

  it("gives the competency's own descriptor for a level as its list of criteria", () => {
    const competency = framework.competencies[0];
    expect(labels.criteria(competency?.id ?? "", 2)).toEqual([competency?.levels["2"]]);
    const listed = frameworkLabels({
      ...framework,
      competencies: [
        { ...(competency as NonNullable<typeof competency>), levels: { "2": ["A", "B"] } },
      ],
    });
    expect(listed.criteria(competency?.id ?? "", 2)).toEqual(["A", "B"]);
  });

  it("falls back to the id when the framework does not know it", () => {
    expect(labels.competency("no-such-thing")).toBe("no-such-thing");
    expect(labels.role("no-such-role")).toBe("no-such-role");
    expect(labels.criteria("no-such-thing", 2)).toEqual([]);
  });
});

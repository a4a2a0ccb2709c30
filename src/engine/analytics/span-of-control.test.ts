import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { buildFramework, buildPerson } from "../../../test/factories.ts";
import { spanOfControl } from "./span-of-control.ts";

const reports = (count: number, managerId: string) =>
  Array.from({ length: count }, (_, i) => buildPerson({ id: `${managerId}-${i}`, managerId }));

describe("spanOfControl", () => {
  it("flags a manager with more direct reports than the guideline, naming them", () => {
    const kim = buildPerson({ id: "kim", name: "Kim Park", roleId: null, managerId: null });
    const [span] = spanOfControl(buildFramework(), [kim, ...reports(9, "kim")]);
    expect(span?.status).toBe("above");
    expect(span?.reason).toBe(
      "Kim Park has 9 direct reports, above the framework's guideline of 3–8: coaching time per person may be thin.",
    );
  });

  it("says so when the framework gives no guideline", () => {
    const [span] = spanOfControl(buildFramework({ spanOfControl: undefined }), reports(1, "kim"));
    expect(span?.status).toBe("no-guideline");
    expect(span?.reason).toContain("Their manager has 1 direct report;");
    expect(span?.reason).not.toContain("kim");
  });

  it("does not hold a Senior PM who mentors two people to the managers' guideline", () => {
    const framework = loadDefaultFramework();
    const people = [
      buildPerson({ id: "ben", name: "Ben Ortiz", roleId: "senior-pm" }),
      buildPerson({ id: "dana", name: "Dana Lee", roleId: "group-pm" }),
      ...reports(2, "ben"),
      ...reports(2, "dana"),
    ];
    const spans = spanOfControl(framework, people);
    const ben = spans.find((span) => span.managerId === "ben");
    expect(ben?.status).toBe("no-guideline");
    expect(ben?.reason).toBe(
      "Ben Ortiz has 2 direct reports; as a Senior Product Manager they lead without managing people, so the framework's span-of-control guideline does not apply.",
    );
    const dana = spans.find((span) => span.managerId === "dana");
    expect(dana?.status).toBe("below");
    expect(dana?.reason).toMatch(/^Dana Lee has 2 direct reports, below/);
  });
});

import { describe, expect, it } from "vitest";
import { buildFramework, buildPerson } from "../../../test/factories.ts";
import { spanOfControl } from "./span-of-control.ts";

const reports = (count: number, managerId: string) =>
  Array.from({ length: count }, (_, i) => buildPerson({ id: `${managerId}-${i}`, managerId }));

describe("spanOfControl", () => {
  it("flags a manager with more direct reports than the guideline", () => {
    const [span] = spanOfControl(buildFramework(), reports(9, "kim"));
    expect(span?.status).toBe("above");
    expect(span?.reason).toBe(
      "kim has 9 direct reports, above the framework's guideline of 3–8: coaching time per person may be thin.",
    );
  });

  it("says so when the framework gives no guideline", () => {
    const [span] = spanOfControl(buildFramework({ spanOfControl: undefined }), reports(1, "kim"));
    expect(span?.status).toBe("no-guideline");
    expect(span?.reason).toContain("kim has 1 direct report;");
  });
});

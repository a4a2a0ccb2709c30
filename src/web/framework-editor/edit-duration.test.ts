import { describe, expect, it } from "vitest";
import { editDuration } from "./edit-duration.ts";

describe("editDuration", () => {
  it("keeps the other bound when one changes", () => {
    expect(editDuration({ minYears: 1, maxYears: 2 }, "maxYears", 3)).toEqual({
      minYears: 1,
      maxYears: 3,
    });
  });

  it("starts a duration from the first bound given", () => {
    expect(editDuration(undefined, "minYears", 2)).toEqual({ minYears: 2, maxYears: 2 });
  });

  it("leaves the duration out once both bounds are cleared", () => {
    const once = editDuration({ minYears: 1, maxYears: 2 }, "minYears", undefined);
    expect(once).toEqual({ minYears: 0, maxYears: 2 });
    expect(editDuration(once, "maxYears", undefined)).toBeUndefined();
  });
});

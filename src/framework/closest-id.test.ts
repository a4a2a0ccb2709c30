import { describe, expect, it } from "vitest";
import { closestIds, closestIdsHint, editDistance } from "./closest-id.ts";

describe("closestIds", () => {
  it("counts single-character edits", () => {
    expect(editDistance("strategy", "stratgey")).toBe(2);
    expect(editDistance("", "pm")).toBe(2);
    expect(editDistance("pm", "pm")).toBe(0);
  });

  it("puts the nearest id first and ids containing the typed one before distant ones", () => {
    expect(closestIds("senior", ["vp-product", "senior-pm", "apm"])[0]).toBe("senior-pm");
    expect(closestIds("exection", ["strategy", "execution", "outcomes"], 1)).toEqual(["execution"]);
  });

  it("says to declare the thing first when nothing is known", () => {
    expect(closestIdsHint("role", "pm", [])).toMatch(/Declare the role first/);
  });
});

import { describe, expect, it } from "vitest";
import { wrapLabel } from "./wrap-label.ts";

describe("wrapLabel", () => {
  it("keeps a short title on one line", () => {
    expect(wrapLabel("Product Manager", 26)).toEqual(["Product Manager"]);
  });

  it("breaks a two-part title at the slash", () => {
    expect(wrapLabel("Group Product Manager / Director of Product", 26)).toEqual([
      "Group Product Manager /",
      "Director of Product",
    ]);
  });

  it("breaks a long title between words", () => {
    expect(wrapLabel("Operations & Program Management", 26)).toEqual([
      "Operations & Program",
      "Management",
    ]);
  });

  it("marks a title cut short with an ellipsis", () => {
    expect(wrapLabel("one two three four five six", 7)).toEqual(["one two", "three…"]);
  });
});

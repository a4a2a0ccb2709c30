import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error.ts";
import { unmatchedTitlesOf } from "./people-import-problems.tsx";

const problem = (path: string, message: string) => ({ path, message, hint: "Map it to a role." });

describe("unmatchedTitlesOf", () => {
  it("lists each unmatched job title once, ignoring the file's other problems", () => {
    const error = new ApiError(400, {
      detail: "Nothing was imported.",
      errors: [
        problem("rows.3.job title", 'no role matches the job title "Product Wizard"'),
        problem("rows.4.start date", '"next spring" is not a date'),
        problem("rows.7.job title", 'no role matches the job title "Product Wizard"'),
        problem("rows.9.job title", 'no role matches the job title "Growth Lead"'),
      ],
    });
    expect(unmatchedTitlesOf(error)).toEqual(["Product Wizard", "Growth Lead"]);
  });

  it("finds no titles when every problem is about something else", () => {
    const error = new ApiError(400, { errors: [problem("file", "the file is empty")] });
    expect(unmatchedTitlesOf(error)).toEqual([]);
  });
});

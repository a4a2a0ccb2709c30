import { describe, expect, it } from "vitest";
import { loadFrameworkFile } from "../../test/default-framework.ts";
import { checkRatings } from "./check-ratings.ts";

const framework = loadFrameworkFile("test/fixtures/frameworks/minimal.yaml");

describe("checkRatings", () => {
  it("finds nothing wrong with known competencies rated once on the scale", () => {
    const ratings = [
      { competency: "execution", level: 1 },
      { competency: "strategy", level: 3 },
    ];
    expect(checkRatings(framework, ratings, "ratings")).toEqual([]);
  });

  it("names an unknown competency, a repeat and a level off the scale, each where it is", () => {
    const ratings = [
      { competency: "jazz", level: 2 },
      { competency: "execution", level: 4 },
      { competency: "execution", level: 2.5 },
    ];
    expect(checkRatings(framework, ratings, "ratings")).toEqual([
      {
        path: "ratings.0.competency",
        message: 'No competency "jazz" in the framework.',
        hint: "Use one of: execution, strategy, people-leadership.",
      },
      {
        path: "ratings.1.level",
        message: "Level 4 is not on the scale.",
        hint: "Use a whole number from 1 to 3.",
      },
      {
        path: "ratings.2.competency",
        message: '"execution" is rated twice.',
        hint: "Rate each competency once.",
      },
      {
        path: "ratings.2.level",
        message: "Level 2.5 is not on the scale.",
        hint: "Use a whole number from 1 to 3.",
      },
    ]);
  });
});

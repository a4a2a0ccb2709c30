import { describe, expect, it } from "vitest";
import { managerLeniency } from "./manager-leniency.ts";

const part = (raterId: string, mean: number, compared = 8) => ({
  raterId,
  compared,
  sum: mean * compared,
});

describe("managerLeniency", () => {
  const parts = [part("ben", 0.5), part("cleo", 0), part("dana", -0.1), part("eve", 0.1)];
  const all = ["ben", "cleo", "dana", "eve"];

  it("says to the nearest half level how a manager rates against others of the same people and other managers", () => {
    const [ben] = managerLeniency(parts, [{ id: "ben", name: "Ben" }], all);
    expect(ben?.known).toBe(true);
    expect(ben?.words).toBe(
      "Ben rates about half a level above what the same people's own and peers' ratings show, more generously than most other managers.",
    );
  });

  it("calls a manager in line when within a quarter level, and names stricter managers", () => {
    const [cleo, dana] = managerLeniency(
      [...parts, part("dana", -1.2, 40)],
      [
        { id: "cleo", name: "Cleo" },
        { id: "dana", name: "Dana" },
      ],
      all,
    );
    expect(cleo?.words).toMatch(/^Cleo rates in line with .*, much like the other managers\.$/);
    expect(dana?.words).toMatch(/about one level below .*more strictly than most other managers/);
  });

  it("says when there is too little to tell, and never shows a number", () => {
    const answers = managerLeniency(
      [part("ben", 1, 3), part("cleo", 0.5)],
      [
        { id: "ben", name: "Ben" },
        { id: "cleo", name: "Cleo" },
      ],
      ["ben", "cleo"],
    );
    expect(answers[0]).toMatchObject({ known: false });
    expect(answers[0]?.words).toMatch(/^Too few of Ben's ratings/);
    expect(answers[1]?.words).toMatch(
      /too few other managers have rated enough to compare with\.$/,
    );
    for (const answer of answers) expect(answer.words).not.toMatch(/\d/);
  });
});

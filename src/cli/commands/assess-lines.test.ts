import { describe, expect, it } from "vitest";
import { loadFrameworkFile } from "../../../test/default-framework.ts";
import { readRatingLines } from "./assess-lines.ts";
import { assessCompetencies } from "./assess-state.ts";

const competencies = assessCompetencies(loadFrameworkFile("test/fixtures/frameworks/minimal.yaml"));

describe("readRatingLines", () => {
  it("reads competency=level lines with optional notes, skipping blanks and comments", () => {
    expect(
      readRatingLines("# me\nexecution=2 ships weekly\n\nstrategy = 3\n", competencies),
    ).toEqual({
      ok: true,
      ratings: [
        { competency: "execution", level: 2, note: "ships weekly" },
        { competency: "strategy", level: 3 },
      ],
    });
  });

  it("reports every bad line by number", () => {
    const read = readRatingLines(
      "executon=2\nstrategy=7\nexecution=1\nexecution=2\nhello\n",
      competencies,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      expect.stringMatching(/^line 1: unknown competency "executon". .*execution/),
      "line 2: strategy=7 is not on the scale; use one of 1, 2, 3",
      "line 4: execution is already rated on line 3; keep one",
      'line 5: "hello" is not competency=level, e.g. execution=3',
    ]);
  });

  it("refuses empty input", () => {
    expect(readRatingLines("\n# nothing\n", competencies)).toMatchObject({ ok: false });
  });
});

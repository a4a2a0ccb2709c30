import { describe, expect, it } from "vitest";
import { loadFrameworkFile } from "../../../test/default-framework.ts";
import { readRatingLines } from "./assess-lines.ts";

const framework = loadFrameworkFile("test/fixtures/frameworks/minimal.yaml");

describe("readRatingLines", () => {
  it("reads competency=level lines with optional notes, skipping blanks and comments", () => {
    expect(readRatingLines("# me\nexecution=2 ships weekly\n\nstrategy = 3\n", framework)).toEqual({
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
      framework,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      expect.stringMatching(/^line 1: No competency "executon" in the framework. .*execution/),
      "line 2: Level 7 is not on the scale. Use a whole number from 1 to 3.",
      'line 4: "execution" is rated twice. Rate each competency once.',
      'line 5: "hello" is not competency=level, e.g. execution=3',
    ]);
  });

  it("refuses empty input", () => {
    expect(readRatingLines("\n# nothing\n", framework)).toMatchObject({ ok: false });
  });
});

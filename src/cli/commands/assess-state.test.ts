import { describe, expect, it } from "vitest";
import { loadFrameworkFile } from "../../../test/default-framework.ts";
import { readKeys } from "./assess-keys.ts";
import { type AssessState, assessCompetencies, pressKey, startAssessment } from "./assess-state.ts";

const framework = loadFrameworkFile("test/fixtures/frameworks/minimal.yaml");
const competencies = assessCompetencies(framework);
const type = (state: AssessState, input: string) => readKeys(input).reduce(pressKey, state);

describe("the self-assessment state machine", () => {
  it("offers every competency with a descriptor for each scale level", () => {
    expect(competencies.map((item) => item.id)).toEqual(framework.competencies.map((c) => c.id));
    expect(competencies[0]?.levels.map((item) => item.descriptor)).toEqual([
      "Ships small features with a checklist.",
      "Ships whole features and unblocks the team.",
      "Sets delivery practice across teams.",
    ]);
  });

  it("moves the cursor with up and down and stops at both ends", () => {
    const start = startAssessment(competencies);
    expect(type(start, "\x1b[A").cursor).toBe(0);
    expect(type(start, "\x1b[B\x1b[B\x1b[B\x1b[B").cursor).toBe(2);
    expect(type(start, "\x1b[B\x1b[B\x1b[A").cursor).toBe(1);
  });

  it("records the chosen level with its note and moves to the next competency", () => {
    const state = type(startAssessment(competencies), "\x1b[B\rships weekly\x7fy\r");
    expect(state.ratings).toEqual([{ competency: "execution", level: 2, note: "ships weekly" }]);
    expect(state).toMatchObject({ index: 1, cursor: 0, phase: "choose", note: "" });
  });

  it("jumps to a level typed as its number", () => {
    expect(type(startAssessment(competencies), "3").cursor).toBe(2);
  });

  it("finishes once every competency is rated, then ignores keys", () => {
    const done = type(startAssessment(competencies), "\r\r\x1b[B\r\r3\r\r");
    expect(done.phase).toBe("done");
    expect(done.ratings.map((rating) => rating.level)).toEqual([1, 2, 3]);
    expect(type(done, "\x1b[Bq").ratings).toEqual(done.ratings);
  });

  it("leaves without ratings on q while choosing, but types q inside a note", () => {
    expect(type(startAssessment(competencies), "\x1b[Bq").phase).toBe("quit");
    const noting = type(startAssessment(competencies), "\rquick");
    expect(noting).toMatchObject({ phase: "note", note: "quick" });
    expect(type(noting, "\x03").phase).toBe("quit");
  });
});

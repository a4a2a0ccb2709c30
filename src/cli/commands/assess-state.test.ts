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

  it("records the chosen level, with a note only when n opens one, and moves on", () => {
    const state = type(startAssessment(competencies), "\x1b[Bnships weekly\x7fy\r\r");
    expect(state.ratings).toEqual([{ competency: "execution", level: 2, note: "ships weekly" }]);
    expect(state).toMatchObject({ index: 1, cursor: 0, phase: "choose", note: "" });
  });

  it("takes a level's number after a confirmed level as the next choice, never as a note", () => {
    const state = type(startAssessment(competencies), "3\r2\r");
    expect(state.ratings).toEqual([
      { competency: "execution", level: 3 },
      { competency: "strategy", level: 2 },
    ]);
  });

  it("jumps to a level typed as its number", () => {
    expect(type(startAssessment(competencies), "3").cursor).toBe(2);
  });

  it("goes back with its answer highlighted, and cancels a note with esc", () => {
    const back = type(startAssessment(competencies), "3nkeep\r\r\x1b[D");
    expect(back).toMatchObject({ index: 0, cursor: 2, note: "keep", phase: "choose" });
    const cancelled = type(back, "n more");
    expect(cancelled.note).toBe("keep more");
    expect(type(cancelled, "\x1b")).toMatchObject({ note: "keep", phase: "choose" });
    expect(type(startAssessment(competencies), "b").index).toBe(0);
  });

  it("reviews every answer before finishing, then ignores keys", () => {
    const reviewing = type(startAssessment(competencies), "\r\x1b[B\r3\r");
    expect(reviewing.phase).toBe("review");
    expect(reviewing.ratings.map((rating) => rating.level)).toEqual([1, 2, 3]);
    const changed = type(reviewing, "b1\r");
    expect(changed.phase).toBe("review");
    expect(changed.ratings.map((rating) => rating.level)).toEqual([1, 2, 1]);
    const done = type(changed, "\r");
    expect(done.phase).toBe("done");
    expect(type(done, "\x1b[Bq").ratings).toEqual(done.ratings);
  });

  it("skips a competency with s, leaving it unrated", () => {
    const state = type(startAssessment(competencies), "s2\r3\r");
    expect(state.phase).toBe("review");
    expect(state.ratings).toEqual([
      { competency: "strategy", level: 2 },
      { competency: "people-leadership", level: 3 },
    ]);
  });

  it("leaves without ratings on q while choosing, but types q inside a note", () => {
    expect(type(startAssessment(competencies), "\x1b[Bq").phase).toBe("quit");
    const noting = type(startAssessment(competencies), "nquick");
    expect(noting).toMatchObject({ phase: "note", note: "quick" });
    expect(type(noting, "\x03").phase).toBe("quit");
  });
});

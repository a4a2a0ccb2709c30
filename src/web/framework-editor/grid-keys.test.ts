import { describe, expect, it } from "vitest";
import { gridKeyAction } from "./grid-keys.ts";

const size = { rows: 3, columns: 4, maxLevel: 5 };

describe("gridKeyAction", () => {
  it("moves with the arrows and stops at the edges", () => {
    expect(gridKeyAction("ArrowRight", { row: 0, column: 0 }, size)).toEqual({
      kind: "move",
      row: 0,
      column: 1,
    });
    expect(gridKeyAction("ArrowUp", { row: 0, column: 2 }, size)).toEqual({
      kind: "move",
      row: 0,
      column: 2,
    });
    expect(gridKeyAction("End", { row: 1, column: 0 }, size)).toMatchObject({ column: 3 });
  });

  it("sets a level on the scale, clears it with 0 and ignores levels off the scale", () => {
    expect(gridKeyAction("4", { row: 0, column: 0 }, size)).toEqual({ kind: "level", level: 4 });
    expect(gridKeyAction("0", { row: 0, column: 0 }, size)).toEqual({ kind: "level", level: null });
    expect(gridKeyAction("7", { row: 0, column: 0 }, size)).toEqual({ kind: "none" });
  });

  it("toggles mandatory with space", () => {
    expect(gridKeyAction(" ", { row: 0, column: 0 }, size)).toEqual({ kind: "mandatory" });
  });
});

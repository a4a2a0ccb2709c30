import { describe, expect, it } from "vitest";
import { createRaterPositions } from "./rater-positions.ts";

describe("createRaterPositions", () => {
  it("keeps people at their position and appends each outside rater once", () => {
    const raterIds = ["ana", "ben"];
    let added = 0;
    const positionOf = createRaterPositions(
      new Map([
        ["ana", 0],
        ["ben", 1],
      ]),
      raterIds,
      () => {
        added += 1;
      },
    );
    expect(positionOf("ben", 0, "ana")).toBe(1);
    expect(positionOf("ana", 0, "ana")).toBe(0);
    expect(positionOf("coach-1", 0, "ana")).toBe(2);
    expect(positionOf("coach-1", 1, "ben")).toBe(2);
    expect(raterIds).toEqual(["ana", "ben", "coach-1"]);
    expect(added).toBe(1);
  });

  it("stays right when many ids share a cache slot", () => {
    const people = new Map(Array.from({ length: 600 }, (_, i) => [`p${i}`, i] as const));
    const positionOf = createRaterPositions(people, [...people.keys()], () => undefined);
    for (let round = 0; round < 2; round++) {
      for (let i = 599; i >= 0; i -= 7) expect(positionOf(`p${i}`, 0, "nobody")).toBe(i);
    }
  });
});

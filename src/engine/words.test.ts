import { describe, expect, it } from "vitest";
import { capitalise, formatLevel, isAre, joinWords, listSome, shortfallWords } from "./words.ts";

describe("words", () => {
  it("joins lists the way people write them", () => {
    expect(joinWords([])).toBe("");
    expect(joinWords(["a"])).toBe("a");
    expect(joinWords(["a", "b", "c"])).toBe("a, b and c");
    expect(listSome(["a", "b", "c", "d", "e"])).toBe("a, b, c and two more");
    expect(isAre(["a", "b"])).toBe("are");
  });

  it("shows whole levels plainly and others with one decimal", () => {
    expect(formatLevel(3)).toBe("3");
    expect(formatLevel(3.04)).toBe("3");
    expect(formatLevel(3.375)).toBe("3.4");
  });

  it("rounds shortfalls to half levels in words", () => {
    expect(shortfallWords(0.1)).toBe("a little");
    expect(shortfallWords(0.5)).toBe("half a level");
    expect(shortfallWords(1)).toBe("one level");
    expect(shortfallWords(1.6)).toBe("one and a half levels");
    expect(shortfallWords(2)).toBe("two levels");
    expect(shortfallWords(3)).toBe("three levels");
    expect(shortfallWords(3.5)).toBe("three and a half levels");
    expect(capitalise("ready")).toBe("Ready");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { heatColour } from "./heat-colour.ts";

const lightness = (background: string) => Number(/(\d+)%\)$/.exec(background)?.[1]);

describe("heatColour", () => {
  it("greys out a level nobody rated", () => {
    expect(heatColour(null, 5).background).toBe("#eef0f2");
  });

  it("darkens as the level rises, on any scale", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.double({ min: 0, max: 1 }), (max, t) => {
        const low = 1 + t * (max - 1) * 0.5;
        const high = low + (max - low) * 0.5 + 0.01;
        expect(lightness(heatColour(high, max).background)).toBeLessThanOrEqual(
          lightness(heatColour(low, max).background),
        );
      }),
    );
  });

  it("writes white text on the darkest cells and dark text on the palest", () => {
    expect(heatColour(5, 5).color).toBe("#ffffff");
    expect(heatColour(1, 5).color).toBe("#1d232a");
  });
});

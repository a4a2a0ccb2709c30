import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { heatColour } from "./heat-colour.ts";

function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) {
    const [r, g, b] = [hex[1], hex[2], hex[3]].map(
      (part) => Number.parseInt(part ?? "0", 16) / 255,
    );
    return [r ?? 0, g ?? 0, b ?? 0];
  }
  const [h, s, l] = (/hsl\((\d+) (\d+)% (\d+)%\)/.exec(colour) ?? []).slice(1).map(Number);
  const a = ((s ?? 0) / 100) * Math.min((l ?? 0) / 100, 1 - (l ?? 0) / 100);
  const f = (n: number) => {
    const k = (n + (h ?? 0) / 30) % 12;
    return (l ?? 0) / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)];
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

describe("heatColour", () => {
  it("greys out a level nobody rated", () => {
    expect(heatColour(null, 5).background).toBe("#eef0f2");
  });

  it("keeps the written level readable (WCAG AA contrast) at every level of any scale", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0, max: 1 }), (max, t) => {
        const { background, color } = heatColour(1 + t * (max - 1), max);
        expect(contrast(background, color)).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });

  it("darkens as the level rises", () => {
    const darkness = (level: number) => 1 - luminance(heatColour(level, 5).background);
    expect(darkness(1)).toBeLessThan(darkness(2.5));
    expect(darkness(2.5)).toBeLessThan(darkness(3.5));
    expect(darkness(3.5)).toBeLessThan(darkness(5));
  });
});

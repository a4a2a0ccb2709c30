import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, restoreNeutralisedCell } from "./neutralise-formula.ts";

const dangerous = ["=", "+", "-", "@", "\t", "\r"];

describe("neutraliseFormula", () => {
  it.each(dangerous)("puts a quote before a cell starting with %j", (prefix) => {
    expect(neutraliseFormula(`${prefix}HYPERLINK("http://evil.example")`)).toBe(
      `'${prefix}HYPERLINK("http://evil.example")`,
    );
  });

  it("leaves ordinary text, and formula characters after the start, alone", () => {
    for (const cell of ["Ava Stone", "a=b", "ava+pm@acme.test", "", "'quoted", " =x"]) {
      expect(neutraliseFormula(cell)).toBe(cell);
    }
  });

  it("keeps plain numbers, negative ones too, in numeric columns, and quotes the rest", () => {
    expect(neutraliseFormula("-2", { numeric: true })).toBe("-2");
    expect(neutraliseFormula("-0.25", { numeric: true })).toBe("-0.25");
    expect(neutraliseFormula("3.50", { numeric: true })).toBe("3.50");
    expect(neutraliseFormula("-2+cmd", { numeric: true })).toBe("'-2+cmd");
    expect(neutraliseFormula("-2")).toBe("'-2");
  });

  it("never leaves a text cell starting with a formula character, and restores every cell", () => {
    fc.assert(
      fc.property(fc.constantFrom("", ...dangerous), fc.string(), (prefix, rest) => {
        const cell = `${prefix}${rest}`;
        const out = neutraliseFormula(cell);
        expect(/^[=+\-@\t\r]/.test(out)).toBe(false);
        expect(restoreNeutralisedCell(out)).toBe(cell);
      }),
    );
  });
});

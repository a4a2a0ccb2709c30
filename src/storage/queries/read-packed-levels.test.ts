import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPackedLevels } from "./read-packed-levels.ts";

type Row = [number[], number, number] | null;

// What JSON.parse would make of the text: the reference the scan must agree with.
function reference(rows: Row[], size: number) {
  const values = new Float64Array(rows.length * size).fill(Number.NaN);
  let compared = 0;
  let aligned = 0;
  rows.forEach((row, p) => {
    if (row === null) return;
    row[0].forEach((level, c) => {
      if (c < size && level > 0) values[p * size + c] = level;
    });
    compared += row[1];
    aligned += row[2];
  });
  return { values, compared, aligned };
}

// PostgreSQL's json_agg and json_build_array put spaces and line breaks between elements.
const asPostgres = (rows: Row[]) =>
  `[${rows
    .map((row) => (row === null ? "null" : `[[${row[0].join(",")}], ${row[1]}, ${row[2]}]`))
    .join(", \n ")}]`;

describe("readPackedLevels", () => {
  it("reads levels, unknowns and agreement counts as PostgreSQL writes them", () => {
    const packed = readPackedLevels("[[[2.5,0,4], 3, 2], \n null, \n [[0,1,1.25], 1, 0]]", 3, 3);
    expect([...packed.values]).toEqual([
      2.5,
      Number.NaN,
      4,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      1,
      1.25,
    ]);
    expect(packed).toMatchObject({ compared: 4, aligned: 2 });
  });

  it("reads an empty organisation", () => {
    expect(readPackedLevels("[]", 0, 14)).toMatchObject({ compared: 0, aligned: 0 });
  });

  it("agrees with JSON.parse for any levels, in either spacing", () => {
    const level = fc.oneof(fc.constant(0), fc.double({ min: 1, max: 5, noNaN: true }));
    const row = fc.option(fc.tuple(fc.array(level, { maxLength: 6 }), fc.nat(50), fc.nat(50)), {
      nil: null,
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 20 }),
        fc.integer({ min: 1, max: 6 }),
        (rows, size) => {
          const expected = reference(rows, size);
          expect(readPackedLevels(JSON.stringify(rows), rows.length, size)).toEqual(expected);
          expect(readPackedLevels(asPostgres(rows), rows.length, size)).toEqual(expected);
        },
      ),
    );
  });
});

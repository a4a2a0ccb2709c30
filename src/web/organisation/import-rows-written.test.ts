import { describe, expect, it } from "vitest";
import { importRowsWritten } from "./import-rows-written.ts";

const counts = { create: 7, update: 0, unchanged: 3 };

describe("importRowsWritten", () => {
  it("counts the file's rows to write, not the writes behind them, once done", () => {
    expect(importRowsWritten({ status: "done", processed: 14, total: 14, counts })).toEqual({
      written: 7,
      rows: 7,
    });
  });

  it("turns writes done into rows done while running, never past the rows", () => {
    expect(importRowsWritten({ status: "running", processed: 7, total: 14, counts })).toEqual({
      written: 3,
      rows: 7,
    });
    expect(importRowsWritten({ status: "running", processed: 0, total: 0, counts })).toEqual({
      written: 0,
      rows: 7,
    });
  });
});

import { describe, expect, it } from "vitest";
import { freshId } from "./fresh-id.ts";

describe("freshId", () => {
  it("takes the first number no item has", () => {
    expect(freshId("note", ["note-1", "note-3"])).toBe("note-2");
    expect(freshId("route", [])).toBe("route-1");
  });
});

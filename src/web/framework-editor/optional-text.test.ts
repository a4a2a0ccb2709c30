import { describe, expect, it } from "vitest";
import { optionalNumber, optionalText } from "./optional-text.ts";

describe("optional fields", () => {
  it("leaves an empty optional text out", () => {
    expect(optionalText("")).toBeUndefined();
    expect(optionalText("Mostly")).toBe("Mostly");
  });

  it("reads a blank or unreadable number as nothing", () => {
    expect(optionalNumber(" ")).toBeUndefined();
    expect(optionalNumber("abc")).toBeUndefined();
    expect(optionalNumber("2.5")).toBe(2.5);
  });
});

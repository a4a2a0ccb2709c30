import { describe, expect, it } from "vitest";
import { defaultEngineOptions, resolveOptions } from "./options.ts";

describe("resolveOptions", () => {
  it("returns the defaults themselves when nothing is given", () => {
    expect(resolveOptions()).toBe(defaultEngineOptions);
    expect(resolveOptions({})).toBe(defaultEngineOptions);
  });

  it("uses the documented defaults", () => {
    expect(defaultEngineOptions.raterWeights).toEqual({ manager: 0.5, self: 0.3, peer: 0.2 });
    expect(defaultEngineOptions.disagreementThreshold).toBe(1.5);
    expect(defaultEngineOptions.planFocusMax).toBe(3);
    expect(defaultEngineOptions.checkInCadenceDays).toBe(30);
  });

  it("merges nested settings field by field", () => {
    const options = resolveOptions({ readiness: { ready: 0.9, close: 0.7 }, evidenceBoost: 2 });
    expect(options.readiness).toEqual({ ready: 0.9, close: 0.7 });
    expect(options.evidenceBoost).toBe(2);
    expect(options.raterWeights).toEqual(defaultEngineOptions.raterWeights);
  });
});

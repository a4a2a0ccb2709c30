import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { buildProfile } from "../../../test/factories.ts";
import { roleFit } from "../fit/role-fit.ts";
import { defaultEngineOptions } from "../options.ts";
import { readinessCode, readinessNames, roleVectors } from "./role-vectors.ts";

const framework = loadDefaultFramework();
const ids = framework.competencies.map((competency) => competency.id);
const level = fc.option(
  fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true })),
  { nil: null, freq: 4 },
);

describe("readinessCode", () => {
  it("decides every role's readiness exactly as roleFit does", () => {
    const vectors = roleVectors(framework, defaultEngineOptions);
    fc.assert(
      fc.property(fc.array(level, { minLength: ids.length, maxLength: ids.length }), (drawn) => {
        const levels = Float64Array.from(drawn, (value) => value ?? Number.NaN);
        const profile = buildProfile({
          framework,
          levels: Object.fromEntries(ids.map((id, i) => [id, drawn[i] ?? null])),
        });
        for (const vector of vectors) {
          const code = readinessCode(levels, 0, vector, defaultEngineOptions.readiness);
          expect(readinessNames[code]).toBe(roleFit(framework, profile, vector.role.id).readiness);
        }
      }),
      { numRuns: 300 },
    );
  });
});

import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { exactSchema } from "./exact-schema.ts";

interface Gap {
  competency: string;
  actual: number | null;
  note?: string;
}

describe("exactSchema", () => {
  it("accepts a schema whose output is exactly the type", () => {
    const schema = exactSchema<Gap>()(
      z.object({
        competency: z.string(),
        actual: z.number().nullable(),
        note: z.string().optional(),
      }),
    );
    expect(schema.parse({ competency: "execution", actual: null })).toEqual({
      competency: "execution",
      actual: null,
    });
  });

  it("refuses, at compile time, a schema that misses a field or types one differently", () => {
    // Each line fails `tsc` unless exactSchema rejects it; the runtime assertion keeps vitest honest.
    const checks = [
      // @ts-expect-error the optional `note` is missing from the schema
      exactSchema<Gap>()(z.object({ competency: z.string(), actual: z.number().nullable() })),
      exactSchema<Gap>()(
        // @ts-expect-error `actual` is not nullable in the schema
        z.object({ competency: z.string(), actual: z.number(), note: z.string().optional() }),
      ),
    ];
    expect(checks).toHaveLength(2);
  });
});

import { OpenAPIHono, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { filledSchema } from "./filled-schema.ts";

const step = z.strictObject({ name: z.string(), notes: z.array(z.string()).default([]) });
const plan = z.strictObject({
  steps: z.array(step).default([]),
  owner: z.string().optional(),
  byLevel: z.record(z.string(), z.array(z.string()).default([])),
  duration: z
    .strictObject({ min: z.number(), max: z.number() })
    .refine((value) => value.max >= value.min, { message: "max below min" })
    .optional(),
});

function componentsOf(schema: z.ZodType) {
  const app = new OpenAPIHono();
  app.openAPIRegistry.register("Plan", schema);
  const document = app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: { title: "Plans", version: "1" },
  });
  return document.components?.schemas ?? {};
}

describe("filledSchema", () => {
  it("lists defaulted fields as required, at every depth, and keeps optional ones optional", () => {
    const schemas = componentsOf(filledSchema(plan, new Map([[step, "Step"]])));
    expect(schemas.Plan).toMatchObject({ required: ["steps", "byLevel"] });
    expect(schemas.Step).toMatchObject({ required: ["name", "notes"] });
  });

  it("leaves the original schema as it was", () => {
    expect(componentsOf(plan).Plan).toMatchObject({ required: ["byLevel"] });
  });

  it("validates like the original, refinements and strictness included", () => {
    const filled = filledSchema(plan);
    const value = { steps: [{ name: "a", notes: [] }], byLevel: { "1": ["x"] } };
    expect(filled.safeParse(value).success).toBe(true);
    expect(filled.safeParse({ ...value, extra: 1 }).success).toBe(false);
    expect(filled.safeParse({ ...value, duration: { min: 3, max: 1 } }).success).toBe(false);
  });
});

import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { fieldErrors } from "./field-errors.ts";

function issuesOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected the value to be invalid");
  return result.error.issues;
}

describe("fieldErrors", () => {
  it("prefixes query and path parameters so the client knows where to look", () => {
    const issues = issuesOf(z.object({ limit: z.coerce.number().max(100) }), { limit: "500" });
    expect(fieldErrors("query", issues)[0]?.path).toBe("query.limit");
    expect(fieldErrors("param", issues)[0]?.path).toBe("path.limit");
  });

  it("names the body itself when the whole body is wrong", () => {
    const errors = fieldErrors("json", issuesOf(z.object({}), 42));
    expect(errors[0]).toMatchObject({ path: "(body)", hint: "Enter a group of fields." });
  });

  it("points into arrays by index", () => {
    const schema = z.object({ ratings: z.array(z.object({ level: z.number().int().min(1) })) });
    const errors = fieldErrors("json", issuesOf(schema, { ratings: [{ level: 2 }, { level: 0 }] }));
    expect(errors).toEqual([
      { path: "ratings.1.level", message: expect.any(String), hint: "Use at least 1." },
    ]);
  });

  it("explains a bad email", () => {
    const errors = fieldErrors("json", issuesOf(z.object({ email: z.email() }), { email: "nope" }));
    expect(errors[0]?.hint).toBe("Enter an email address, such as ava@example.com.");
  });
});

import { z } from "@hono/zod-openapi";
import { idParam, idSchema } from "../../id-schema.ts";

/** A framework file's text to validate or import. */
export const frameworkSourceSchema = z
  .strictObject({
    source: z.string().min(1).openapi({ description: "The framework as YAML or JSON text." }),
    fileName: z.string().min(1).max(200).default("framework.yaml"),
  })
  .openapi("FrameworkSource");

/** A stored framework version without its document. */
export const frameworkVersionSchema = z
  .object({
    id: z.string(),
    frameworkId: z.string(),
    version: z.string(),
    status: z.enum(["draft", "published", "retired"]),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .openapi("FrameworkVersion");

/** The outcome of validating a framework file. */
export const validationSchema = z
  .object({
    valid: z.boolean(),
    issues: z.array(
      z.object({
        code: z.string(),
        message: z.string(),
        hint: z.string(),
        line: z.number().nullable(),
        column: z.number().nullable(),
        path: z.string(),
      }),
    ),
  })
  .openapi("FrameworkValidation");

/** The `{id}` path parameter of a framework version. */
export const idParamSchema = z.object({
  id: idParam("id"),
});

/** Which version to diff against (default: the published one). */
export const diffQuerySchema = z.object({
  against: idSchema.optional().openapi({ param: { name: "against", in: "query" } }),
});

import { z } from "@hono/zod-openapi";
import type { FrameworkDiff } from "../../../framework/diff-frameworks.ts";
import { frameworkShapes } from "../../../framework/import/import-result.ts";
import {
  competencySchema,
  type Framework,
  frameworkSchema,
  roleSchema,
  transitionSchema,
} from "../../../framework/schema.ts";
import { exactSchema } from "../../exact-schema.ts";
import { type ComponentName, filledSchema } from "../../filled-schema.ts";
import { idParam, idSchema } from "../../id-schema.ts";

/** A framework file's text to validate or import. */
export const frameworkSourceSchema = z
  .strictObject({
    source: z.string().min(1).openapi({
      description:
        "The framework file: YAML or JSON text, a one-sheet ladder (CSV, or XLSX in base64), Markdown with front matter, or a job-family table.",
    }),
    fileName: z.string().min(1).max(200).default("framework.yaml").openapi({
      description:
        "The file's name; its extension (.yaml, .json, .csv, .xlsx, .md) tells its shape.",
    }),
    encoding: z.enum(["text", "base64"]).default("text").openapi({
      description: "How `source` is written: text, or base64 for a binary file such as XLSX.",
    }),
  })
  .openapi("FrameworkSource", { description: "A framework file's text to validate or import." });

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
  .openapi("FrameworkVersion", { description: "A stored framework version without its document." });

/** The outcome of validating a framework file. */
export const validationSchema = z
  .object({
    valid: z.boolean(),
    shape: z
      .enum(frameworkShapes)
      .nullable()
      .openapi({ description: "The shape the file was read as." }),
    assumed: z.array(z.string()).openapi({
      description: "What was filled in because the file did not say it, in plain words.",
    }),
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
  .openapi("FrameworkValidation", { description: "The outcome of validating a framework file." });

/** The `{id}` path parameter of a framework version. */
export const idParamSchema = z.object({
  id: idParam("id"),
});

/** Which version to diff against (default: the published one). */
export const diffQuerySchema = z.object({
  against: idSchema.optional().openapi({
    param: { name: "against", in: "query" },
    description: "The version to compare with, by id; the published one when left out.",
  }),
});

/** A framework document as stored: validated, every default filled in. */
export const frameworkDocumentSchema = exactSchema<Framework>()(
  filledSchema(
    frameworkSchema,
    new Map<z.ZodType, ComponentName>([
      [
        competencySchema,
        {
          name: "Competency",
          description:
            "A competency of the framework: what it covers and what each proficiency level looks like.",
        },
      ],
      [
        roleSchema,
        {
          name: "Role",
          description:
            "A role of the framework: its track, rank, responsibilities and the level it expects per competency.",
        },
      ],
      [
        transitionSchema,
        {
          name: "Transition",
          description: "A move between two roles of the framework, and what it asks of a person.",
        },
      ],
    ]),
  ).openapi("Framework", {
    description: "A framework document as stored: validated, every default filled in.",
  }),
);

/** The published framework document and its version. */
export const currentFrameworkSchema = z
  .object({ version: z.string(), framework: frameworkDocumentSchema })
  .openapi("CurrentFramework", {
    description: "The published framework document and its version.",
  });

const namedItem = z.object({
  id: z
    .string()
    .openapi({ description: "The item's id in the framework file.", example: "strategy" }),
  name: z
    .string()
    .openapi({ description: "The competency's name or the role's title.", example: "Strategy" }),
});

const collectionDiffSchema = z
  .object({
    added: z.array(namedItem).openapi({ description: "Items only the later version has." }),
    removed: z.array(namedItem).openapi({ description: "Items only the earlier version had." }),
    renamed: z
      .array(
        z.object({
          from: z.string().openapi({ description: "The earlier id.", example: "lead-pm" }),
          to: z.string().openapi({ description: "The later id.", example: "senior-pm" }),
          fromName: z
            .string()
            .openapi({ description: "The name under the earlier id.", example: "Lead PM" }),
          toName: z.string().openapi({
            description: "The name under the later id.",
            example: "Senior Product Manager",
          }),
        }),
      )
      .openapi({ description: "Items that carry on under another id." }),
    changed: z
      .array(
        z.object({
          id: z.string().openapi({ description: "The later id.", example: "senior-pm" }),
          name: z.string().openapi({
            description: "The later name or title.",
            example: "Senior Product Manager",
          }),
          changes: z.array(
            z.object({
              field: z.string().openapi({
                description: "Dotted field name, e.g. `aliases` or `levels.3`.",
                example: "aliases",
              }),
              from: z.unknown().openapi({
                description: "The earlier value as in the file; null when it was not set.",
              }),
              to: z.unknown().openapi({
                description: "The later value as in the file; null when it is not set.",
              }),
            }),
          ),
        }),
      )
      .openapi({ description: "Items in both versions whose fields differ." }),
  })
  .openapi("CollectionDiff", {
    description:
      "What changed in one part of the framework (competencies, roles…): added, removed, renamed and changed.",
  });

const nameMap = (description: string, example: Record<string, string>) =>
  z.record(z.string(), z.string()).openapi({ description, example });

/** Everything that differs between two versions of a framework. */
export const frameworkDiffSchema = exactSchema<FrameworkDiff>()(
  z
    .object({
      from: z.object({ id: z.string(), version: z.string() }),
      to: z.object({ id: z.string(), version: z.string() }),
      competencies: collectionDiffSchema,
      roles: collectionDiffSchema,
      expectations: z.array(
        z.object({
          role: z.string().openapi({ description: "The role's later id.", example: "senior-pm" }),
          roleTitle: z.string().openapi({
            description: "The role's later title.",
            example: "Senior Product Manager",
          }),
          competency: z
            .string()
            .openapi({ description: "The competency's later id.", example: "strategy" }),
          competencyName: z
            .string()
            .openapi({ description: "The competency's name.", example: "Strategy" }),
          from: z.number().nullable().openapi({
            description: "The level expected before; null when it was not expected.",
            example: 2,
          }),
          to: z.number().nullable().openapi({
            description: "The level expected now; null when it is no longer expected.",
            example: 3,
          }),
        }),
      ),
      names: z
        .object({
          roles: nameMap("Role titles by id.", { "senior-pm": "Senior Product Manager" }),
          competencies: nameMap("Competency names by id.", { strategy: "Strategy" }),
          tracks: nameMap("Track names by id.", { management: "Management" }),
        })
        .openapi({
          description:
            "The names of every role, competency and track of either version by id (the later version's wins), to show ids inside changed values as names.",
        }),
    })
    .openapi("FrameworkDiff", {
      description: "Everything that differs between two versions of a framework.",
    }),
);

import { z } from "@hono/zod-openapi";
import { frameworkDocumentSchema } from "./schema.ts";

/** A draft's problem, placed by its dotted path in the document. */
const draftIssueSchema = z.object({
  path: z.string().openapi({ example: "roles.2.title" }),
  message: z.string(),
  hint: z.string(),
  severity: z.enum(["problem", "warning"]),
});

/** A draft open in the editor. */
export const frameworkDraftSchema = z
  .object({
    id: z.string(),
    frameworkId: z.string(),
    version: z.string(),
    revision: z.number().int(),
    document: frameworkDocumentSchema.openapi({
      description:
        "The working copy, in the framework's shape; when `sound` is false it may still have the problems listed in `issues` (empty or missing fields).",
    }),
    sound: z.boolean(),
    issues: z.array(draftIssueSchema),
    savedAt: z.string().nullable(),
    savedBy: z.string().nullable(),
    assumed: z.array(z.string()).openapi({
      description:
        "What the import filled in because the file did not say it, in plain words, to refine before publishing; empty for a draft started in the app or imported whole.",
      example: ["Each level leads to the next by promotion."],
    }),
  })
  .openapi("FrameworkDraft", {
    description: "A draft open in the editor: its working copy, revision and problems.",
  });

/** A save from the editor: the revision edited and the whole working copy. */
export const draftEditSchema = z
  .strictObject({
    revision: z.number().int().min(1).openapi({
      description: "The revision the edit started from; a draft saved since answers 409.",
    }),
    document: z.record(z.string(), z.unknown()),
  })
  .openapi("FrameworkDraftEdit", {
    description: "A save from the editor: the revision edited and the whole working copy.",
  });

/** Which format to download a version in. */
export const exportQuerySchema = z.object({
  format: z.enum(["yaml", "json", "csv"]).openapi({
    param: { name: "format", in: "query" },
    description: "yaml or json for one file, csv for one file per sheet.",
    example: "yaml",
  }),
});

/** A version as downloadable files: one YAML or JSON file, or one CSV file per sheet. */
export const frameworkFilesSchema = z
  .object({ files: z.array(z.object({ name: z.string(), text: z.string() })) })
  .openapi("FrameworkFiles", {
    description:
      "A version as downloadable files: one YAML or JSON file, or one CSV file per sheet.",
  });

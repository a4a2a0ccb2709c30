import { z } from "@hono/zod-openapi";
import { idParam } from "../../id-schema.ts";

/** The JSON form of a people import request. */
export const peopleImportInputSchema = z
  .object({
    csv: z
      .string()
      .min(1)
      .openapi({ example: "name,email,job title\nAva,ava@acme.test,Product Manager\n" }),
    dryRun: z.boolean().default(false),
  })
  .openapi("PeopleImportInput", { description: "The JSON form of a people import request." });

const counts = z.object({ create: z.number(), update: z.number(), unchanged: z.number() });

/** A dry run's answer: what importing the file would change. */
export const peopleImportPlanSchema = z
  .object({
    status: z.literal("planned"),
    counts,
    unmatchedTitles: z.array(z.object({ title: z.string(), rows: z.array(z.number()) })),
    changes: z.array(
      z.object({
        row: z.number(),
        email: z.string(),
        action: z.enum(["create", "update"]),
        roleId: z.string(),
        changes: z.array(z.string()),
      }),
    ),
    changesShown: z.number().openapi({ description: "At most 1,000 changed rows are listed." }),
  })
  .openapi("PeopleImportPlan", {
    description: "A dry run's answer: what importing the file would change.",
  });

/** A running or finished import, as polled for progress. */
export const importJobSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(["running", "done", "failed"]),
    processed: z.number(),
    total: z.number(),
    counts,
    result: z
      .object({ created: z.number(), updated: z.number(), unchanged: z.number() })
      .nullable(),
    error: z.string().nullable(),
  })
  .openapi("ImportJob", { description: "A running or finished import, as polled for progress." });

/** The id of an import in a path. */
export const importIdParamSchema = z.object({
  id: idParam("id"),
});

/** A job title mapped to a framework role. */
export const titleMappingSchema = z
  .object({
    title: z.string().trim().min(1).max(200).openapi({ example: "Product Owner" }),
    roleId: z.string().min(1).max(100).openapi({ example: "pm" }),
  })
  .openapi("TitleMapping", { description: "A job title mapped to a framework role." });

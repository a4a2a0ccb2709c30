import { z } from "@hono/zod-openapi";
import { trackIds } from "../../../framework/schema.ts";
import { idSaying, idSchema } from "../../id-schema.ts";
import { nonEmptyPatch } from "../../non-empty-patch.ts";
import { backgroundSchema } from "../placement/schema.ts";

const idText = z.string().trim().min(1).max(100);

/** What a person wants from their career. */
export const preferencesSchema = z
  .strictObject({
    tracks: z.array(z.enum(trackIds)).max(3).default([]),
    avoidRoles: z.array(idText).max(50).default([]),
    targetRoles: z.array(idText).max(50).default([]),
    successMeans: z.string().trim().max(2000).optional(),
  })
  .openapi("Preferences", { description: "What a person wants from their career." });

/** The fields a person can be created with. */
export const personInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200).openapi({ example: "Ava Lindqvist" }),
    roleId: idText.nullable().default(null).openapi({ example: "senior-pm" }),
    email: z.email().max(254).nullable().default(null).openapi({ example: "ava@example.com" }),
    managerId: idSchema.nullable().default(null),
    team: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .nullable()
      .default(null)
      .openapi({ example: "Payments" }),
    background: backgroundSchema.optional(),
    preferences: preferencesSchema.optional(),
  })
  .openapi("PersonInput", { description: "The fields a person can be created with." });

/** The fields a person can be changed with; all optional, null clears. */
export const personPatchSchema = nonEmptyPatch(
  z.strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    roleId: idText.nullable().optional(),
    email: z.email().max(254).nullable().optional(),
    managerId: idSchema.nullable().optional(),
    team: z.string().trim().min(1).max(200).nullable().optional(),
    background: backgroundSchema.optional(),
    preferences: preferencesSchema.optional(),
  }),
).openapi("PersonPatch", {
  description: "The fields a person can be changed with; all optional, null clears.",
});

/** A person as the API shows them. */
export const personSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    roleId: z.string().nullable(),
    managerId: z.string().nullable(),
    team: z.string().nullable(),
    // A union, not .nullable(): the OpenAPI generator would merge null into the named components.
    background: z.union([backgroundSchema, z.null()]),
    preferences: z.union([preferencesSchema, z.null()]),
  })
  .openapi("Person", { description: "A person as the API shows them." });

/** The filters of the people list. */
export const peopleQuerySchema = z.object({
  team: z
    .string()
    .max(200)
    .optional()
    .openapi({
      param: { name: "team", in: "query" },
      description: "Only people of this team.",
      example: "Payments",
    }),
  reportsTo: idSaying("reportsTo must be the id of a person, as the people list gives it")
    .optional()
    .openapi({
      param: { name: "reportsTo", in: "query" },
      description: "Only people reporting to this manager, by person id.",
    }),
  depth: z
    .enum(["direct", "all"])
    .optional()
    .openapi({
      param: { name: "depth", in: "query" },
      description: "With reportsTo: direct reports only, or everyone under the manager (all).",
    }),
});

/** The `{id}` path parameter of a person. */
export const personIdParamSchema = z.object({
  id: idSchema.openapi({
    param: { name: "id", in: "path" },
    example: "1900a08f-5c0a-431d-a21e-4637919fcd60",
  }),
});

export type PersonInput = z.infer<typeof personInputSchema>;
export type PersonPatch = z.infer<typeof personPatchSchema>;
export type PersonBody = z.infer<typeof personSchema>;

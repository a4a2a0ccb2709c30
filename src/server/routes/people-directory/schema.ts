import { z } from "@hono/zod-openapi";
import { accountStatuses } from "../../../storage/queries/people-directory.ts";
import { idParam } from "../../id-schema.ts";

/** What the People page filters by. */
export const directoryQuerySchema = z.object({
  search: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name: "search", in: "query" }, description: "Part of a name or email." }),
  status: z
    .enum(accountStatuses, "status must be none, invited, active or deactivated")
    .optional()
    .openapi({
      param: { name: "status", in: "query" },
      description:
        "Only people whose account is in this state: none, invited, active or deactivated.",
    }),
  team: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name: "team", in: "query" }, description: "Only people of this team." }),
  roleId: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({
      param: { name: "roleId", in: "query" },
      description: "Only people in this role of the framework, such as senior-pm.",
    }),
});

/** One person of the People page. */
export const directoryEntrySchema = z
  .object({
    personId: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    roleId: z.string().nullable(),
    team: z.string().nullable(),
    managerId: z.string().nullable(),
    managerName: z.string().nullable(),
    accountStatus: z.enum(accountStatuses),
    orgRole: z.enum(["member", "admin", "owner"]).nullable(),
    invitation: z
      .object({
        id: z.string(),
        expiresAt: z.string(),
        expired: z.boolean(),
        sendCount: z.number().int(),
        lastSentAt: z.string(),
      })
      .nullable(),
  })
  .openapi("DirectoryEntry", { description: "One person of the People page." });

/** A person opened from the People page, with their role history (newest first). */
export const directoryPersonSchema = directoryEntrySchema
  .extend({
    roleHistory: z.array(
      z.object({ roleId: z.string(), from: z.string(), to: z.string().nullable() }),
    ),
  })
  .openapi("DirectoryPerson", {
    description: "A person opened from the People page, with their role history (newest first).",
  });

/** The id of a person in a path. */
export const directoryIdParamSchema = z.object({ id: idParam("id") });

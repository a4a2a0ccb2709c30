import { z } from "@hono/zod-openapi";
import { idSaying } from "../../id-schema.ts";

const moment = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: "Use a date such as 2026-06-01 or a time such as 2026-06-01T09:30:00Z.",
  })
  .optional();

/** The filters of the audit log, besides the page. */
export const auditQuerySchema = z.object({
  action: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({
      param: { name: "action", in: "query" },
      description: "Only entries of this action, such as export:people.",
      example: "export:people",
    }),
  actorUserId: idSaying(
    "actorUserId must be the id of an account, as an entry's actor.userId gives it",
  )
    .optional()
    .openapi({
      param: { name: "actorUserId", in: "query" },
      description: "Only entries done by this account.",
    }),
  targetType: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .optional()
    .openapi({
      param: { name: "targetType", in: "query" },
      description: "Only entries about this kind of thing, such as person or plan.",
      example: "person",
    }),
  targetId: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({
      param: { name: "targetId", in: "query" },
      description: "Only entries about this one thing, by its id.",
    }),
  personId: idSaying("personId must be the id of a person, as the people list gives it")
    .optional()
    .openapi({
      param: { name: "personId", in: "query" },
      description: "Entries a person took part in: done to them, or done by their account.",
    }),
  from: moment.openapi({
    param: { name: "from", in: "query" },
    description: "Entries at or after this date or time (dates start at midnight UTC).",
    example: "2026-06-01",
  }),
  to: moment.openapi({
    param: { name: "to", in: "query" },
    description: "Entries before this date or time (dates start at midnight UTC).",
    example: "2026-07-01",
  }),
});

/** One audit entry, in words and with the ids to filter by. */
export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string().openapi({ example: "2026-06-01T09:30:00.000Z" }),
    action: z.string().openapi({ example: "export:people" }),
    summary: z.string().openapi({ example: "Erin Lee exported the people of Acme as CSV." }),
    actor: z.object({
      userId: z.string().nullable(),
      name: z.string().openapi({ example: "Erin Lee" }),
      via: z.enum(["web or API", "command line", "Pathways itself"]),
    }),
    target: z.object({
      type: z.string().openapi({ example: "organisation" }),
      id: z.string().nullable(),
      name: z.string().openapi({ example: "Acme" }),
    }),
  })
  .openapi("AuditEntry", {
    description: "One audit entry, in words and with the ids to filter by.",
  });

import { z } from "@hono/zod-openapi";
import type { OutboxMailView } from "../../../app/mail/outbox-mail-view.ts";
import { mailKinds, outboxStatuses } from "../../../storage/tables/outbox.ts";
import { exactSchema } from "../../exact-schema.ts";

/** The filters of the Outbox list, besides the page. */
export const outboxQuerySchema = z.object({
  status: z
    .enum(outboxStatuses, {
      error: `status must be one of ${outboxStatuses.join(", ")}; leave it out for every mail.`,
    })
    .optional()
    .openapi({
      param: { name: "status", in: "query" },
      description: "Only mails in this state: pending, sent, kept (not sent, by choice) or failed.",
      example: "kept",
    }),
});

/** One mail of the outbox, as admins see it. */
export const outboxMailSchema = exactSchema<OutboxMailView>()(
  z
    .object({
      id: z.string(),
      kind: z.enum(mailKinds),
      status: z.enum(outboxStatuses).openapi({
        description:
          "pending: waiting to be sent or tried again; sent; kept: no SMTP server is configured, so the link is passed on by hand; failed: every attempt failed.",
      }),
      to: z.string().openapi({ example: "ava@example.com" }),
      subject: z.string().openapi({ example: "Ben asked for your feedback" }),
      link: z.string().nullable().openapi({ description: "The mail's one link." }),
      attempts: z.number().int(),
      lastError: z.string().nullable().openapi({ description: "Why the last attempt failed." }),
      createdAt: z.string().openapi({ example: "2026-06-01T09:30:00.000Z" }),
      sentAt: z.string().nullable(),
      nextAttemptAt: z
        .string()
        .nullable()
        .openapi({ description: "When a pending mail is tried next." }),
    })
    .openapi("OutboxMail", { description: "One mail of the outbox, as admins see it." }),
);

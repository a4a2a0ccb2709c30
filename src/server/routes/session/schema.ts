import { z } from "@hono/zod-openapi";

/** An email address, compared case-insensitively. */
export const emailSchema = z
  .email("must be an email address, e.g. ava@example.com")
  .max(254)
  .transform((email) => email.trim().toLowerCase())
  .openapi({ example: "ava@example.com" });

/** Sign-in credentials. */
export const loginSchema = z
  .strictObject({
    email: emailSchema,
    password: z.string().min(1).max(1024).openapi({ example: "correct horse battery" }),
  })
  .openapi("Login", { description: "Sign-in credentials." });

/**
 * The signed-in user, their organisation with its time zone, today's date there, and the CSRF token to echo in X-CSRF-Token on state-changing requests. */
export const sessionSchema = z
  .object({
    user: z.object({
      id: z.string(),
      email: z.string(),
      orgId: z.string(),
      personId: z.string().nullable(),
      role: z.enum(["member", "admin", "owner"]),
    }),
    organisation: z.object({
      id: z.string(),
      name: z.string(),
      timeZone: z.string().openapi({
        description: "The IANA time zone whose calendar decides what day it is.",
        example: "Europe/Berlin",
      }),
    }),
    today: z.string().openapi({
      description:
        "What day it is now in the organisation's time zone (YYYY-MM-DD): the day every form starts from.",
      example: "2026-06-02",
    }),
    csrfToken: z.string(),
  })
  .openapi("Session", {
    description:
      "The signed-in user, their organisation with its time zone, today's date there, and the CSRF token to echo in X-CSRF-Token on state-changing requests.",
  });

export type SessionBody = z.infer<typeof sessionSchema>;

/** Whether anyone is signed in, asked without it being an error when nobody is. */
export const sessionStateSchema = z
  .object({
    signedIn: z.boolean(),
    session: sessionSchema.nullable().openapi({
      description: "The signed-in user as `GET /api/v1/session/me` answers; null when signed out.",
    }),
  })
  .openapi("SessionState", { description: "Whether anyone is signed in, and who." });

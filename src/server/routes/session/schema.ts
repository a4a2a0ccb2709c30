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
  .openapi("Login");

/** The signed-in user and the CSRF token to echo in X-CSRF-Token on state-changing requests. */
export const sessionSchema = z
  .object({
    user: z.object({
      id: z.string(),
      email: z.string(),
      orgId: z.string(),
      personId: z.string().nullable(),
      role: z.enum(["member", "admin", "owner"]),
    }),
    csrfToken: z.string(),
  })
  .openapi("Session");

export type SessionBody = z.infer<typeof sessionSchema>;

import { z } from "@hono/zod-openapi";

/** Whether single sign-on is set up, for the sign-in page. */
export const ssoStatusSchema = z
  .object({
    enabled: z.boolean(),
    /** What the sign-in button names: the provider, or "single sign-on". */
    label: z.string().openapi({ example: "single sign-on" }),
    /** True when passwords are off for everyone but the break-glass owner. */
    passwordsOff: z.boolean(),
  })
  .openapi("SsoStatus", { description: "Whether single sign-on is set up, for the sign-in page." });

const localPath = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])/, {
    message: "Must be a path of this site.",
  })
  .openapi({ example: "/people" });

/** Where a sign-in with the provider starts. */
export const ssoStartQuerySchema = z.object({
  organisation: z.uuid().optional().openapi({
    description: "The organisation, when several on this server have single sign-on.",
  }),
  invitation: z.string().min(1).max(200).optional().openapi({
    description: "The invitation token the sign-in continues, accepted once signed in.",
  }),
  returnTo: localPath.optional().openapi({ description: "Where to go once signed in." }),
});

/** What the provider sends the browser back with. */
export const ssoCallbackQuerySchema = z.object({
  code: z.string().max(4000).optional().openapi({
    description: "The one-time code the identity provider gives after a sign-in.",
  }),
  state: z.string().max(4000).optional().openapi({
    description: "The value Pathways sent with the sign-in, to match it with this answer.",
  }),
  iss: z.string().max(4000).optional().openapi({
    description: "Which identity provider answered.",
  }),
  error: z.string().max(4000).optional().openapi({
    description: "Why the identity provider did not sign the person in, when it did not.",
  }),
  error_description: z.string().max(4000).optional().openapi({
    description: "The identity provider's own words about that refusal.",
  }),
});

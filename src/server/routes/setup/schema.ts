import { z } from "@hono/zod-openapi";
import { maxPasswordLength, minPasswordLength } from "../../../app/accounts/check-new-password.ts";
import { galleryFrameworkIds } from "../../../framework/gallery.ts";
import { emailSchema } from "../session/schema.ts";

/** The first start's form: the one-time token, the organisation and its owner. */
export const setupSchema = z
  .strictObject({
    token: z.string().min(1).max(200).openapi({ description: "The token from the setup link." }),
    organisationName: z.string().trim().min(1).max(200).openapi({ example: "Acme Product" }),
    name: z.string().trim().min(1).max(200).openapi({ example: "Ava Lindqvist" }),
    email: emailSchema,
    password: z
      .string()
      .min(minPasswordLength, `use at least ${minPasswordLength} characters`)
      .max(maxPasswordLength),
    startingPoint: z.enum(galleryFrameworkIds).default("product-management").openapi({
      description:
        "The framework to start from: the server's default product management framework, the minimal four-level PM ladder, or the engineering ladder.",
    }),
  })
  .openapi("Setup", {
    description: "The first start's form: the one-time token, the organisation and its owner.",
  });

/** Whether the one-time setup is still open. */
export const setupStatusSchema = z
  .object({ open: z.boolean() })
  .openapi("SetupStatus", { description: "Whether the one-time setup is still open." });

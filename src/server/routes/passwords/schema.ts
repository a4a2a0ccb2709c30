import { z } from "@hono/zod-openapi";
import { maxPasswordLength } from "../../../app/accounts/check-new-password.ts";
import { emailSchema } from "../session/schema.ts";

/** Asking for a reset link. */
export const passwordResetRequestSchema = z
  .strictObject({ email: emailSchema })
  .openapi("PasswordResetRequest", { description: "Asking for a reset link." });

/** The answer to a reset request: the same whether or not an account has the email. */
export const passwordResetRequestedSchema = z
  .object({ message: z.string() })
  .openapi("PasswordResetRequested", {
    description: "The answer to a reset request: the same whether or not an account has the email.",
  });

/** The secret of a reset link in a path, as the reset mail gives it. */
export const resetTokenParamSchema = z.object({
  token: z
    .string()
    .min(1)
    .max(200, "the token is the part after token= in the reset link")
    .openapi({ param: { name: "token", in: "path" } }),
});

/** The new password chosen through a reset link. */
export const passwordResetSchema = z
  .strictObject({
    password: z
      .string()
      .max(maxPasswordLength)
      .openapi({ example: "river otter under the bridge" }),
  })
  .openapi("PasswordReset", { description: "The new password chosen through a reset link." });

/** A signed-in user's password change. */
export const passwordChangeSchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z.string().max(maxPasswordLength),
  })
  .openapi("PasswordChange", { description: "A signed-in user's password change." });

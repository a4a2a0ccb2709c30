import { z } from "@hono/zod-openapi";
import { maxPasswordLength } from "../../../app/accounts/check-new-password.ts";
import { idParam, idSchema } from "../../id-schema.ts";

/** Whom to invite: some people by id, everyone with an email and no account nor invitation, or the people an import created. */
export const inviteInputSchema = z
  .union([
    z.strictObject({
      personIds: z
        .array(idSchema)
        .min(1, "name at least one person to invite")
        .max(1000, "invite at most 1,000 people at once"),
    }),
    z.strictObject({
      everyoneUninvited: z.literal(true).openapi({
        description: "Invite everyone who has an email but no account and no invitation yet.",
      }),
    }),
    z.strictObject({
      createdByImport: idSchema.openapi({
        description:
          "Invite the people this finished people import created (its id, from POST /api/v1/imports/people), and nobody else.",
      }),
    }),
  ])
  .openapi("InviteInput", {
    description:
      "Whom to invite: some people by id, everyone with an email and no account nor invitation, or the people an import created.",
  });

/** Who was invited and who was left out, with the reason. */
export const inviteOutcomeSchema = z
  .object({
    invited: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        email: z.string(),
        expiresAt: z.string().openapi({ description: "When the link stops working." }),
      }),
    ),
    skipped: z.array(z.object({ personId: z.string(), name: z.string(), reason: z.string() })),
  })
  .openapi("InviteOutcome", {
    description: "Who was invited and who was left out, with the reason.",
  });

/** An invitation as admins see it. */
export const invitationSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    email: z.string(),
    status: z.enum(["open", "expired", "accepted", "revoked"]),
    expiresAt: z.string(),
    lastSentAt: z.string(),
    sendCount: z.number().int(),
  })
  .openapi("Invitation", { description: "An invitation as admins see it." });

/** The id of an invitation in a path. */
export const invitationIdParamSchema = z.object({ id: idParam("id") });

/** The secret of an invitation link in a path, as the invitation mail gives it. */
export const invitationTokenParamSchema = z.object({
  token: z
    .string()
    .min(1)
    .max(200, "the token is the part after token= in the invitation link")
    .openapi({ param: { name: "token", in: "path" } }),
});

/** What an invitation link shows to whoever opens it. */
export const invitationLinkSchema = z
  .object({
    state: z.enum(["open", "expired", "accepted", "revoked", "unknown"]),
    advice: z.string().openapi({ description: "What to do now, in words." }),
    organisationName: z.string().nullable(),
    personName: z.string().nullable(),
    email: z.string().nullable(),
    expiresAt: z.string().nullable(),
    ssoStartUrl: z
      .string()
      .nullable()
      .openapi({ description: "Where to continue with single sign-on instead of a password." }),
  })
  .openapi("InvitationLink", { description: "What an invitation link shows to whoever opens it." });

/** The password chosen when accepting an invitation. */
export const acceptInvitationSchema = z
  .strictObject({
    password: z
      .string()
      .max(maxPasswordLength)
      .openapi({ example: "river otter under the bridge" }),
  })
  .openapi("AcceptInvitation", {
    description: "The password chosen when accepting an invitation.",
  });

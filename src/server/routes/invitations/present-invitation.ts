import type { z } from "@hono/zod-openapi";
import type { StoredInvitation } from "../../../storage/queries/invitations.ts";
import type { invitationSchema } from "./schema.ts";

/** An invitation as the API answers it, its status read at `now`. */
export function presentInvitation(
  invitation: StoredInvitation,
  now: Date,
): z.infer<typeof invitationSchema> {
  const status = invitation.acceptedAt
    ? "accepted"
    : invitation.revokedAt
      ? "revoked"
      : invitation.expiresAt <= now
        ? "expired"
        : "open";
  return {
    id: invitation.id,
    personId: invitation.personId,
    email: invitation.email,
    status,
    expiresAt: invitation.expiresAt.toISOString(),
    lastSentAt: invitation.lastSentAt.toISOString(),
    sendCount: invitation.sendCount,
  };
}

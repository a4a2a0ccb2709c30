import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "../database.ts";
import { invitations } from "../schema.ts";

/**
 * Marks the open, unexpired invitation with this digest accepted if it is the person's; its id if
 * so, else null.
 */
export async function acceptInvitationOf(
  db: Database,
  input: { tokenDigest: string; personId: string; at: Date },
): Promise<string | null> {
  const rows = await db
    .update(invitations)
    .set({ acceptedAt: input.at })
    .where(
      and(
        eq(invitations.tokenDigest, input.tokenDigest),
        eq(invitations.personId, input.personId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, input.at),
      ),
    )
    .returning({ id: invitations.id });
  return rows[0]?.id ?? null;
}

import type { z } from "@hono/zod-openapi";
import type { DirectoryEntry } from "../../../storage/queries/people-directory.ts";
import type { directoryEntrySchema } from "./schema.ts";

/** A People page row as the API answers it, the invitation's expiry read at `now`. */
export function presentDirectoryEntry(
  entry: DirectoryEntry,
  now: Date,
): z.infer<typeof directoryEntrySchema> {
  const { invitation } = entry;
  return {
    ...entry,
    invitation: invitation
      ? {
          id: invitation.id,
          expiresAt: invitation.expiresAt.toISOString(),
          expired: invitation.expiresAt <= now,
          sendCount: invitation.sendCount,
          lastSentAt: invitation.lastSentAt.toISOString(),
        }
      : null,
  };
}

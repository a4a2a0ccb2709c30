import type { DirectoryEntry } from "../api/types.ts";

/** A person's account status in words: no account, invited (until when), active, deactivated. */
export function AccountStatusLabel({ entry }: { entry: DirectoryEntry }) {
  switch (entry.accountStatus) {
    case "none":
      return <>No account</>;
    case "active":
      return <>Active</>;
    case "deactivated":
      return <>Deactivated</>;
    case "invited": {
      const invitation = entry.invitation;
      if (!invitation) return <>Invited</>;
      const day = new Date(invitation.expiresAt).toLocaleDateString(undefined, {
        dateStyle: "medium",
      });
      return invitation.expired ? (
        <>Invitation expired {day}</>
      ) : (
        <>Invited, link works until {day}</>
      );
    }
  }
}

import type { StoredUser } from "../storage/queries/users.ts";
import type { OrgRole } from "./policy.ts";

/** A person's account as every surface shows it. */
export interface AccountView {
  personId: string;
  email: string;
  role: OrgRole;
  status: "active" | "deactivated";
  /** When the account was deactivated (ISO time), or null while it is active. */
  deactivatedAt: string | null;
}

/** The view of a stored account. */
export function accountView(personId: string, user: StoredUser): AccountView {
  return {
    personId,
    email: user.email,
    role: user.role,
    status: user.deactivatedAt ? "deactivated" : "active",
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
  };
}

import type { Person } from "../../engine/types.ts";
import type { people } from "../schema.ts";

/** A person as stored: the engine's Person plus organisation, email and timestamps. */
export interface StoredPerson extends Person {
  orgId: string;
  email: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Maps a stored row to the domain shape, leaving out absent optional facts. */
export function toPerson(row: typeof people.$inferSelect): StoredPerson {
  return {
    id: row.id,
    orgId: row.orgId,
    name: row.name,
    email: row.email,
    roleId: row.roleId,
    managerId: row.managerId,
    team: row.team,
    ...(row.background ? { background: row.background } : {}),
    ...(row.preferences ? { preferences: row.preferences } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

import { randomUUID } from "node:crypto";
import type { Database } from "../storage/database.ts";
import { people, roleHistory } from "../storage/schema.ts";
import type { DemoOrganisation } from "./demo-types.ts";
import { insertInChunks } from "./insert-in-chunks.ts";

/**
 * Writes the demo people and their role history with a few multi-row statements and returns
 * demo person id -> stored person id. Ids are assigned up front so managers and reports go in
 * together: PostgreSQL checks the manager reference at the end of the statement.
 */
export async function seedDemoPeople(
  db: Database,
  orgId: string,
  demo: DemoOrganisation,
): Promise<Map<string, string>> {
  const ids = new Map(demo.people.map((person) => [person.id, randomUUID()]));
  const stored = (demoId: string): string => {
    const id = ids.get(demoId);
    if (!id) throw new Error(`The demo data refers to ${demoId}, who is not in it.`);
    return id;
  };
  await insertInChunks(
    db,
    people,
    demo.people.map((person) => ({
      id: stored(person.id),
      orgId,
      name: person.name,
      email: person.email,
      roleId: person.roleId,
      managerId: person.managerId ? stored(person.managerId) : null,
      team: person.team,
      background: person.background ?? null,
      preferences: person.preferences ?? null,
    })),
  );
  await insertInChunks(
    db,
    roleHistory,
    demo.roleHistory.map((entry) => ({
      personId: stored(entry.personId),
      roleId: entry.roleId,
      from: entry.from,
      to: entry.to,
    })),
  );
  return ids;
}

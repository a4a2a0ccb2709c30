import type { Database } from "../storage/database.ts";

/** What seeding the demo records needs: where to write and how demo ids map to stored ids. */
export interface SeedDemoContext {
  db: Database;
  orgId: string;
  frameworkVersionId: string;
  /** Demo person id -> stored person id. */
  personIds: Map<string, string>;
  /** Demo person id -> stored account id, for the people who can sign in. */
  userIds: Map<string, string>;
}

/** The stored id of a demo person, or a clear error when the demo data is inconsistent. */
export function storedPersonId(context: SeedDemoContext, demoId: string): string {
  const id = context.personIds.get(demoId);
  if (!id) throw new Error(`The demo data refers to ${demoId}, who was not written.`);
  return id;
}

import { and, desc, eq } from "drizzle-orm";
import type { Framework } from "../../framework/schema.ts";
import type { Database } from "../database.ts";
import { auditLog, frameworkVersions, people, users } from "../schema.ts";
import type { StoredFrameworkVersion } from "./framework-versions.ts";

/** One save of a draft: a sound document, or a working copy that still has problems. */
export type DraftSave =
  | { sound: true; document: Framework; source: string }
  | { sound: false; working: unknown };

/**
 * Saves a draft version if it is still at `revision`, moving it one revision on; null when
 * someone saved it in between (or it is no longer a draft), so nothing is overwritten unseen.
 */
export async function saveFrameworkDraft(
  db: Database,
  input: { orgId: string; id: string; revision: number; save: DraftSave; savedBy: string | null },
): Promise<StoredFrameworkVersion | null> {
  const { save } = input;
  const content = save.sound
    ? {
        document: save.document,
        source: save.source,
        version: save.document.version,
        working: null,
      }
    : { working: save.working };
  const [row] = await db
    .update(frameworkVersions)
    .set({
      ...content,
      revision: input.revision + 1,
      updatedAt: new Date(),
      updatedBy: input.savedBy,
    })
    .where(
      and(
        eq(frameworkVersions.orgId, input.orgId),
        eq(frameworkVersions.id, input.id),
        eq(frameworkVersions.status, "draft"),
        eq(frameworkVersions.revision, input.revision),
      ),
    )
    .returning();
  return row ?? null;
}

/** Who saved a version last, in words: their name, or their email for an account only. */
export async function nameOfSaver(db: Database, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db
    .select({ email: users.email, name: people.name })
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(users.id, userId));
  return row ? (row.name ?? row.email) : null;
}

/**
 * What the import of a version filled in because its file did not say it, as the import's audit
 * entry recorded it; empty for a version started in the app or imported whole.
 */
export async function assumedOnImport(
  db: Database,
  orgId: string,
  versionId: string,
): Promise<string[]> {
  const [entry] = await db
    .select({ detail: auditLog.detail })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.orgId, orgId),
        eq(auditLog.action, "framework:import"),
        eq(auditLog.targetType, "framework-version"),
        eq(auditLog.targetId, versionId),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  const assumed = entry?.detail?.assumed;
  return Array.isArray(assumed)
    ? assumed.filter((item): item is string => typeof item === "string")
    : [];
}
